"""A learnt second opinion on the speaker (Source) of a speech event.

The rules of :mod:`depesche.components.quotes` propose one source per cue (or
none).  This ranker sees that proposal next to every other pronoun and noun
phrase of the cue's sentence (STTS chunks, with a passive's or a noun's
``von``/``durch`` preposition where there is one) and a "no source" option,
and picks the best by a linear score over sparse features: STTS tags and
words of closed classes at and around the candidate, its case, its position
and distance to the cue, the clause boundaries and finite verbs between them,
whether it is the rules' choice, and the cue's tag and lemma.

The weights (``models/quote_source/weights.json``) are a conditional logit
model trained by ``depesche train quote_source`` on SpkAtt-2023 train (the
four fifths not held out, see its PROVENANCE.md).  It runs only when a tagger
gave STTS tags; it changes no cue and no message.  On news it may pick another
candidate but never "no source" where the rules found one: what it learnt of
SpkAtt's source-less events (attitudes, "wie angekündigt") dropped the subjects
of plain news reports ("X hatte ... angekündigt"), 32 in 400 bench articles.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ..lang import de_speech as L
from ..tokenizer import token_strings
from . import quotes as Q

WEIGHTS = Path(__file__).resolve().parents[1] / "models" / "quote_source" / "weights.json"

_CLOSED = frozenset("PPER PIS PDS PRELS PWS PRF ART PPOSAT PDAT PIAT APPR APPRART KON KOKOM PWAV KOUS ADV PTKNEG".split())
_CLOSED_OR_PUNCT = _CLOSED | {"$,", "$(", "$."}
_STARTS = Q._NP_TAGS | Q._PRONOUN_TAGS | {"PRF"}
_AGENT = frozenset({"von", "vom", "durch", "seitens", "aus"})
_MAX_SPAN = 40  # candidates at most this many tokens from the cue


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def candidates(doc, a: int, b: int) -> list[tuple[int, int]]:
    """Pronouns and noun phrases of the sentence ``[a, b)`` (with an agent preposition before)."""
    out = []
    tags, texts = token_strings(doc, "TAG"), Q._texts(doc)
    for k in range(a, b):
        tag = tags[k]
        if tag not in _STARTS:
            continue
        if tag in Q._PRONOUN_TAGS or tag == "PRF":
            out.append((k, k + 1))
        c = Q._chunk(doc, k, b)
        if c is not None and c[1] > c[0]:
            out.append(c)
            ext = Q._with_apposition(doc, c)
            if ext != c:
                out.append(ext)
        for span in list(out[-2:]):
            if span[0] == k and k > a and texts[k - 1].lower() in _AGENT:
                out.append((k - 1, span[1]))
    return list(dict.fromkeys(out))


class _Sentence:
    """What the features read of one sentence, computed once for all its cues: its clause
    boundaries and finite verbs, and the Doc's STTS tags (Token objects are costly to make;
    the rules' speaker may lie outside the cue's sentence)."""

    def __init__(self, doc, a: int, b: int):
        self.a, self.b = a, b
        self.tags = token_strings(doc, "TAG")
        self.bounds = [k for k in range(a, b) if Q._bound(doc, k)]
        self.bound = frozenset(self.bounds)
        self.fins = [k for k in range(a, b) if self.tags[k] in Q._FINITE]
        self.doc = doc

    def span(self, i: int, j: int) -> tuple:
        """What the features read of candidate ``[i, j)`` besides tags (one Token: the head's morphology)."""
        doc, tags = self.doc, self.tags
        head = next((t for t in range(j - 1, i - 1, -1) if tags[t] in Q._HEADS or tags[t] in Q._PRONOUN_TAGS
                     or tags[t] == "PRF"), j - 1)
        texts = Q._texts(doc)
        before, after = i > self.a, j < self.b  # the sentence goes on before / after the candidate
        morph = doc[head].morph
        case = morph.get("Case")
        return (tags[i - 1] if before else None, texts[i - 1].lower() if before else None,
                tags[j] if after else None, texts[j].lower() if after else None,
                case[0] if case else "-", tags[head], morph.get("Number"), morph.get("Person"), texts[i].lower(),
                not before or (i - 1 in self.bound if i - 1 < self.b else Q._bound(doc, i - 1)))


def event_features(doc, cue: int, kind, rule, cands, a: int, b: int, sent: _Sentence | None = None) -> list[list[str]]:
    """Feature lists: first for "no source", then one per candidate in ``cands``."""
    sent = sent or _Sentence(doc, a, b)
    tags = sent.tags
    ct = tags[cue]
    lemma = (doc[cue].lemma_ or doc[cue].text).lower()
    low = doc[cue].text.lower()
    lex = "verb" if low in L.VERB_FORMS or low in L.JOINED_FORMS else "noun" if doc[cue].text in L.SPEECH_NOUNS else "other"
    has_rule = "rule" if rule is not None else "norule"
    rule_t0 = doc[rule[0]].tag_ if rule is not None else "-"
    rule_w0 = doc[rule[0]].text.lower() if rule is not None and doc[rule[0]].tag_ in _CLOSED else "-"
    none = ["NONE", f"NONE|ct={ct}", f"NONE|cue={lemma}", f"NONE|{has_rule}", f"NONE|kind={kind}",
            f"NONE|rt0={rule_t0}", f"NONE|{has_rule}|ct={ct}", f"NONE|lex={lex}|{has_rule}", f"NONE|rw0={rule_w0}",
            f"NONE|form={low}", f"NONE|cue={lemma}|{has_rule}", f"NONE|lex={lex}|ct={ct}|{has_rule}"]
    bounds, bound = sent.bounds, sent.bound
    fins = [k for k in sent.fins if k != cue]
    ca = cue
    while ca > a and ca - 1 not in bound:
        ca -= 1
    cb = cue + 1
    while cb < b and cb not in bound:
        cb += 1
    fin = cue if ct in Q._FINITE else next((k for k in range(ca, cb) if tags[k] in Q._FINITE), None)
    vnum = doc[fin].morph.get("Number") if fin is not None else []
    vper = doc[fin].morph.get("Person") if fin is not None else []
    out = [none]
    for i, j in cands:
        t0, tl = tags[i], tags[j - 1]
        ptag, plow, ntag, nlow, case, htag, hnum, hper, w0, starts_clause = sent.span(i, j)
        before = j <= cue
        pos = "B" if before else "A" if i > cue else "I"
        gap = cue - j if before else i - cue - 1 if pos == "A" else 0
        lo, hi = (j, cue) if before else (cue, i)
        nb = sum(1 for k in bounds if lo <= k < hi)
        nf = sum(1 for k in fins if lo <= k < hi)
        f = [f"t0={t0}", f"tl={tl}", f"t0|tl={t0}|{tl}", f"len={_bucket(j - i)}",
             f"prev={ptag if ptag is not None else 'BOS'}", f"next={ntag if ntag is not None else 'EOS'}",
             f"pos={pos}", f"pos|d={pos}|{_bucket(gap)}", f"pos|ct={pos}|{ct}", f"pos|t0={pos}|{t0}",
             f"pos|ct|t0={pos}|{ct}|{t0}", f"nb={pos}|{min(nb, 3)}", f"nf={pos}|{min(nf, 2)}",
             f"case={case}", f"case|pos|ct={case}|{pos}|{ct}", f"htag={htag}",
             f"cue|pos={lemma}|{pos}"]
        if t0 in _CLOSED:
            f.append(f"w0={w0}")
            f.append(f"w0|pos={w0}|{pos}")
        if ptag is not None and ptag in _CLOSED_OR_PUNCT:
            f.append(f"pw={plow}")
            f.append(f"pw|ct={plow}|{ct}")
        if ntag is not None and ntag in _CLOSED_OR_PUNCT:
            f.append(f"nw={nlow}")
        if starts_clause:
            f.append("clause_start")
        inclause = ca <= i and j <= cb
        f.append(f"inclause={inclause}|{pos}")
        if inclause and vnum and hnum:
            f.append(f"num={'agree' if hnum == vnum else 'disagree'}")
            if hper and vper:
                f.append(f"per={'agree' if hper == vper else 'disagree'}")
        f.append(f"lex|pos|t0={lex}|{pos}|{t0}")
        if rule is not None:
            if (i, j) == rule:
                f += ["R=eq", f"R=eq|ct={ct}", f"R=eq|t0={t0}", f"R=eq|kind={kind}", f"R=eq|cue={lemma}",
                      f"R=eq|lex={lex}|ct={ct}|t0={t0}", f"R=eq|pos={pos}|{_bucket(gap)}"]
                if t0 in _CLOSED:
                    f.append(f"R=eq|w0={w0}")
            elif i < rule[1] and rule[0] < j:
                f.append("R=in" if rule[0] <= i and j <= rule[1] else "R=out" if i <= rule[0] and rule[1] <= j else "R=ov")
                f.append(f"R=ov|t0={t0}")
            else:
                f.append("R=other")
        else:
            f.append("R=none")
        out.append(f)
    return out


def ranks(ev) -> bool:
    """Whether the ranker decides this event's source: it has a cue, continues no earlier
    report, is no direct quotation and no prepositional frame ("laut X", "X zufolge",
    "nach Angaben von X", whose syntax names the source): those keep the rules' speaker."""
    return bool(ev.cue) and not ev.continuation and ev.kind != "direct" and not ev.fixed


def sentence_of(sents, starts: list[int], i: int) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence in ``sents`` (starting at ``starts``) holding token ``i``,
    or None where ``i`` lies in none (a frame may follow its quote's sentence)."""
    k = bisect_right(starts, i) - 1
    if k < 0 or i >= sents[k].end:
        return None
    return sents[k].start, sents[k].end


def options(doc, cue: int, rule, a: int, b: int, cands=None) -> list[tuple[int, int]]:
    """The spans weighed for the cue at token ``cue`` in the sentence ``[a, b)``: the
    sentence's candidates (``cands`` if computed already) near the cue, and the rules' choice."""
    lo, hi = max(a, cue - _MAX_SPAN), min(b, cue + _MAX_SPAN)
    out = [c for c in (cands if cands is not None else candidates(doc, a, b)) if lo <= c[0] and c[1] <= hi]
    if rule is not None and rule not in out:
        out.append(rule)
    return out


class Ranker:
    def __init__(self, weights: dict[str, float]):
        self.w = weights

    def score(self, feats: list[str]) -> float:
        return sum(map(self.w.get, feats, repeat(0.0)))  # in list order: the same float as a loop

    def choose(self, doc, cue: int, kind, rule, a: int, b: int, cands=None, sent: _Sentence | None = None):
        """The best source span (or None) for the cue at token ``cue`` in the sentence ``[a, b)``."""
        cands = options(doc, cue, rule, a, b, cands)
        feats = event_features(doc, cue, kind, rule, cands, a, b, sent)
        scores = [self.score(f) for f in feats]
        best = max(range(len(scores)), key=scores.__getitem__)
        return None if best == 0 else cands[best - 1]

    def rerank(self, doc, sents, events, keep: bool = False) -> None:
        """Replace the rules' source of each event with a cue by the ranker's choice; with
        ``keep``, a source the rules found is never replaced by none."""
        cache: dict[tuple[int, int], tuple] = {}  # per sentence: its candidates and _Sentence
        starts = [s.start for s in sents]
        for ev in events:
            bounds = sentence_of(sents, starts, ev.cue[0]) if ranks(ev) else None
            if bounds is None:
                continue
            if bounds not in cache:
                cache[bounds] = candidates(doc, *bounds), _Sentence(doc, *bounds)
            choice = self.choose(doc, ev.cue[0], ev.kind, ev.source, *bounds, *cache[bounds])
            ev.source = ev.source if keep and choice is None else choice


@lru_cache(maxsize=1)
def load() -> Ranker | None:
    """The shipped ranker, or None if its weights are missing."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return Ranker({k: float(v) for k, v in data["weights"].items() if v and math.isfinite(v)})
