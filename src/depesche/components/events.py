"""Events: who did what to whom, typed with PLOVER.

A trigger (verb lemma, particle verb, or event noun from
:mod:`depesche.lang.de_events`) opens an event; its source and target come
from the sentence's structure: the actor outside any prepositional phrase is
the agent, ``mit``/``gegen``/``zum`` phrases and other actors give the
target, ``von``-phrases the agent of passives and nouns (``auf Bitten von X``),
coordination (``X und Y``, ``mit X und Y``) makes several sources or targets.
Genitive attributes (``Anhänger der Junta``) are no participants, except the
owner of a demand or plan that is rejected (``die Forderung der FPÖ``).
Criticism idioms (``X steht in der Kritik``, ``geriet in die Kritik``, ``stößt auf
Kritik``) make their subject the target of an ACCUSE event whose critic may go
unnamed; a criticised vote accuses its winner.
Status, time, place and the quote an event was said in are attached from the
same sentence.  Precision comes first: an event whose source (or, for most
types, target) the text does not give is dropped, and an event retold later
in the dispatch is kept once.  So is one whose participants are doubtful: the
subject of a passive (the one it happened to), an actor list that goes on
with an unnamed phrase, a noun phrase naming no actor before the verb, a
mention the recogniser misread; and a sports report yields no events.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, partial

from ..lang import de_events as L
from ..lang.de_roles import HEAD_OF_STATE, PRONOUNS_WE, TITLE_HEADS
from ..pipeline import Component
from ..record import body_range, span
from ..tokenizer import token_strings, token_texts
from .entities import _title_lemma
from .sentences import pieces

_PREPOSITIONS = L.TARGET_PREPOSITIONS | L.AGENT_PREPOSITIONS | {
    "in", "im", "ins", "am", "bei", "beim", "aus", "über", "unter", "vor", "nach", "seit", "während", "wegen", "trotz", "um",
    "angesichts", "gegenüber", "laut", "ohne"}


class Events(Component):
    name = "events"
    version = "0.3.4"
    requires = ("record.entities", "record.timexes", "record.quotes", "token.is_sent_start")
    assigns = ("record.events",)

    def __call__(self, doc):
        record = doc._.record
        actor_of, owners = _actor_tokens(doc, record)
        body_start, body_end = body_range(record)
        events: list[dict] = []
        seen: list[tuple] = []  # (sentence number, type, status, source) of every trigger read so far
        country_of = _countries_of_cities(record)
        entities = {e["id"]: e for e in record["entities"]}
        for n, sent in enumerate(() if _sports_report(doc) else _sentences(doc)):
            if sent.end_char <= body_start or sent.start_char >= body_end:
                continue
            events += _sentence_events(doc, sent, actor_of, owners, record, (n, seen, country_of, entities))
        if any(v.get("_vote") for v in events):
            events = _accuse_vote_winner(doc, record, events, actor_of, owners)
        events = _drop_echoes(events, record, _genitive_offices(doc, actor_of))
        for n, event in enumerate(events, 1):
            event["id"] = f"v{n}"
        record["events"] = events
        return doc


def _sentences(doc):
    """The sentences as Spans, a run-on cut into pieces (:func:`~.sentences.pieces`): the
    work per trigger reaches over its sentence."""
    return [doc[a:b] for sent in doc.sents for a, b in pieces(doc, sent.start, sent.end)]


def _sports_report(doc) -> bool:
    """Clubs that meet, host and travel to each other: a sports dispatch has no PLOVER events.
    Distinct sports words count, so a protest that names its stadium three times is no sports report."""
    words = {w.lower() for w in token_texts(doc)[1] if w[:1].isalpha()}
    found = {w if w in L.SPORTS_DOCUMENT else w.rsplit("-", 1)[-1] for w in words}
    return len(found & L.SPORTS_DOCUMENT) >= L.SPORTS_DOCUMENT_MIN


def _countries_of_cities(record) -> dict[str, str]:
    """City entity id -> id of its country's entity, where the document names both (from the KB)."""
    try:
        from ..kb import KB
    except ImportError:  # the shipped KB is optional for the stage to work
        return {}
    kb = KB.load()
    countries = {e["kb"]: e["id"] for e in record["entities"] if e.get("kind") == "country" and e.get("kb")}
    out = {}
    for e in record["entities"]:
        entry = kb.get(e["kb"]) if e.get("kind") == "city" and e.get("kb") else None
        if entry is not None and entry.country in countries:
            out[e["id"]] = countries[entry.country]
    return out


def _actor_tokens(doc, record) -> tuple[list[str | None], dict[int, str]]:
    """Entity id per token for actor mentions (names, descriptions, pronouns),
    and the derived adjectives that name the owner of a thing (``die polnische Forderung``)."""
    out: list[str | None] = [None] * len(doc)
    owners: dict[int, str] = {}
    starts = [s.start for s in doc.sents]
    for e in record["entities"]:
        if e["type"] not in ("PER", "ORG", "LOC"):
            continue
        spans = [(m, doc.char_span(m["start"], m["end"], alignment_mode="expand")) for m in e["mentions"]]
        named = [sp.start for m, sp in spans if sp is not None and m["form"] == "name"]
        for m, sp in spans:
            if sp is None:
                continue
            if m["form"] == "derived":
                if sp.end < len(doc) and _owned(doc[sp.end].text):
                    owners[sp.start] = e["id"]
                continue
            if not _acts(sp, m, e) or not _anchored(sp, m, named, starts):
                continue
            for t in range(sp.start, sp.end):
                out[t] = e["id"]
    return out, owners


def _anchored(sp, mention, named: list[int], starts: list[int]) -> bool:
    """A pronoun or a description (other than a title: ``der Kanzler``) of a named entity
    carries an event only where the name stands in its sentence or the one before: resolved
    further back, it is too often resolved wrongly.  An entity never named has only its
    descriptions (``die Polizei``)."""
    if mention["form"] == "name" or not named or (mention["form"] == "nominal" and _is_title(sp[-1].text)):
        return True
    t = sp.start
    k = bisect_right(starts, t) - 1
    lo, hi = starts[max(0, k - 1)], starts[k + 1] if k + 1 < len(starts) else float("inf")
    return any(lo <= n < hi for n in named)


def _acts(sp, mention, entity) -> bool:
    """Can this mention stand for its entity as a participant?

    Possessives modify a noun and ``das Urteil`` is no description of a
    person; neither are a plural (``die Beschlüsse``) or ``wir``.  Names with
    a lower-case verb or adverb in them (``lud Macron``), one function word
    (``Nahe``) or a place named by a common noun (``die Miliz``) are
    recogniser slips: a wrong participant is worse than none."""
    form, person, head = mention["form"], entity.get("kind") == "person", sp[-1]
    if form == "pronoun":
        low = mention["text"].lower()
        return not (low.startswith(("sein", "ihr")) or (person and low in PRONOUNS_WE))
    if form == "nominal":
        return not (_owned(head.text) or (person and "Plur" in head.morph.get("Number")))
    if form == "name":
        return not (any(t.text[:1].islower() and t.tag_.startswith(("V", "ADV", "PAV")) for t in sp)
                    or (len(sp) == 1 and head.tag_ in _NOT_VERB_TAGS | {"ADV", "PPER", "ADJD"})
                    or (entity.get("kind") == "place" and head.tag_ == "NN"))
    return True


def _owned(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() and (low in L.OWNED_NOUNS or _noun(low) is not None)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    low = word.lower()
    if low.startswith("ge") and len(low) > 6:
        low = low[2:]
    for ending in L.VERB_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


# Promise verbs only set the status of the event they embed ("sicherte zu, ... zu schicken").
_ALL_VERBS = {**{v: ("PROMISE", None) for v in L.PROMISE_VERBS}, **L.VERBS, **L.VERBS_OTHER,
              **{v: ("LABEL", None) for v in L.LABEL_VERBS}}
_VERB_STEMS: dict[str, str] = {}
for _lemma in _ALL_VERBS:
    _VERB_STEMS.setdefault(_stem(_lemma), _lemma)
    for _p in L.SEPARABLE_PARTICLES:  # "sicherte ... zu": base stem + particle
        if _lemma.startswith(_p) and len(_lemma) > len(_p) + 3:
            _VERB_STEMS.setdefault(f"{_stem(_lemma[len(_p):])}|{_p}", _lemma)
            _VERB_STEMS.setdefault(_p + "ge" + _stem(_lemma[len(_p):]), _lemma)  # zugesichert
# What a word must match for :func:`_trigger` to find a verb in it: checked first, it spares
# the tag and context tests of the ~95% of words that are no trigger.
_VERB_BASES = set(_ALL_VERBS) | {v[len(p):] for v in _ALL_VERBS for p in L.SEPARABLE_PARTICLES if v.startswith(p)}
_STEM_KEYS = {k.split("|")[0] for k in _VERB_STEMS}


_HEADS = tuple(L.COMPOUND_HEADS)


@lru_cache(maxsize=65536)
def _noun(low: str):
    """``(type, mode)`` of an event noun, compounds by their head (``Warnstreik``)."""
    if low in L.NOUNS:
        return L.NOUNS[low]
    if not low.endswith(_HEADS):  # one C call for the many words that are no compound of a head
        return None
    head = next((h for h in L.COMPOUND_HEADS if low.endswith(h) and len(low) > len(h) + 2), None)
    return L.NOUNS[head] if head else None


# "vor einigen Wochen" is no "einigen": closed word classes are never verbs.
_NOT_VERB_TAGS = {"PIAT", "PIDAT", "PIS", "PDAT", "PDS", "PPOSAT", "ART", "APPR", "APPRART", "KON", "KOUS", "CARD"}
_SCORE = re.compile(r"\b\d+ ?: ?\d+\b")


def _is_noun(tok) -> bool:
    return tok.text[:1].isupper() and _noun(tok.text.lower()) is not None


def _trigger(sent, i: int, word: str):
    """``(lemma, (type, mode), particle token index)`` if token i (text ``word``) triggers
    an event.  The Token is built only for words that pass the cheap tests on the text."""
    if not word.isalpha():
        return None
    low = word.lower()
    if word[0].isupper():
        if i == sent.start or not sent.doc[i].is_sent_start:
            noun = _noun(low)
            if noun:
                return low, noun, None
        if i != sent.start:
            return None
    lemma = token_strings(sent.doc, "LEMMA")[i]
    bases = [b for b in (L.IRREGULAR.get(low), lemma.lower() if lemma else None, low) if b]
    stem = _stem(word)
    if stem not in _STEM_KEYS and not any(b in _VERB_BASES for b in bases):
        return None
    if _attributive(sent.doc, i, sent.start) or sent.doc[i].tag_ in _NOT_VERB_TAGS:
        return None
    # A separated particle: "kündigte ... an", "warf ... vor", "sicherte ... zu".
    particle = _separated_particle(sent, i)
    if particle is not None:
        p = sent.doc[particle].text.lower()
        lemma = next((p + b for b in bases if p + b in _ALL_VERBS), None) or _VERB_STEMS.get(f"{stem}|{p}")
        # "traf ... ein" is not "treffen": a particle the lexicon does not know ends the search.
        return (lemma, _ALL_VERBS[lemma], particle) if lemma else None
    # A bare stem is no verb form ("sind sich einig"); inflected forms carry an ending.
    lemma = next((b for b in bases if b in _ALL_VERBS), None) or (_VERB_STEMS.get(stem) if stem != low else None)
    return (lemma, _ALL_VERBS[lemma], None) if lemma else None


def _separated_particle(sent, i: int) -> int | None:
    """Index of the particle split off the finite verb at i, if any.

    The tagger marks it (STTS ``PTKVZ``) up to the next finite verb or
    subordinate clause; without tags the last word of the clause stands in."""
    doc = sent.doc
    if not doc[i].tag_:
        last = _clause_last(sent, i)
        return last if last is not None and doc[last].text.lower() in L.SEPARABLE_PARTICLES else None
    if not doc[i].tag_.endswith("FIN"):
        return None
    for j in range(i + 1, sent.end):
        tag = doc[j].tag_
        if tag == "PTKVZ":
            return j
        if tag.endswith("FIN") or tag in ("KOUS", "PRELS", "$."):
            return None
    return None


# Event types that are complete without a target (a protest, an election result).
_NO_TARGET = {"PROTEST", "OTHER", "MOBILIZE"}
_GENITIVE = {"des", "eines", "seines", "ihres", "dessen", "deren", "der", "einer", "seiner", "ihrer"}
_PRONOUNS = {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}


def _attributive(doc, i: int, start: int) -> bool:
    """``die scharf kritisierten Angriffe``: a participle before its noun is no verb."""
    word = doc[i].text
    n = i + 1
    while n < len(doc) and doc[n].is_space:
        n += 1
    if i == 0 or n >= len(doc) or not doc[n].text[:1].isupper():
        return False
    # "liefern sich X und die vom Iran unterstützte Miliz"; before the finite verb the tag is often wrong.
    if doc[i].tag_ == "ADJA" and any(doc[t].tag_.endswith("FIN") for t in range(start, i)):
        return True
    if not word.endswith(("te", "ten", "tes", "tem", "ter", "ene", "enen", "enes", "enem", "ener")):
        return False
    prev = doc[i - 1].text
    return prev[:1].islower() and prev.lower() not in _PRONOUNS


def _clause_last(sent, i: int) -> int | None:
    """Last token of the clause token i stands in: where a separated particle goes."""
    doc = sent.doc
    for j in range(i + 1, min(sent.end, i + 25)):
        if doc[j].text in {",", ".", ";", ":"} and (doc[j].text != "," or _clause_ends(doc, j)):
            return j - 1
    return None


def _clause_ends(doc, j: int) -> bool:
    return j + 1 >= len(doc) or doc[j + 1].text.lower() in {"dass", "ob", "im", "um", "die", "der", "das", "weil", "wenn", "als"}


def _sentence_events(doc, sent, actor_of, owners, record, context) -> list[dict]:
    """Events of one sentence; ``context`` is its number and what earlier sentences said
    (an anaphoric ``das Gespräch`` keeps the status of the meeting announced before,
    ``wies die Forderung zurück`` answers whoever made the last demand)."""
    n, seen, country_of, entities = context
    seen[:] = [x for x in seen if x[0] >= n - 2]  # two sentences back is as far as an anaphor reaches
    events = []
    texts = token_texts(doc)[1]
    lows = [w.lower() for w in texts[sent.start:sent.end]]
    words = set(lows)
    if words & L.SPORTS or _SCORE.search(record["text"][sent.start_char:sent.end_char]):
        return []
    # Computed once per sentence: per-trigger work must stay linear on very long sentences.
    aside = _bracketed(texts, sent)  # "(er ist jener Gutachter, der ... abgezogen wurde)": no participants, no events
    hits = {i: h for i in range(sent.start, sent.end) if i not in aside and (h := _trigger(sent, i, texts[i])) is not None}
    if not hits:
        return events
    promise_end = min((h[2] if h[2] is not None else i for i, h in hits.items() if h[0] in L.PROMISE_VERBS), default=None)
    clauses = _clauses(doc, sent, actor_of, aside)
    mentions: dict = {"aside": aside}  # per-clause caches
    verbs = [j for j, h in hits.items() if h[1][0] not in ("PROMISE", "LABEL") and not _is_noun(doc[j])]
    nouns = {j: h[1][0] for j, h in hits.items() if _is_noun(doc[j])}
    for i, hit in hits.items():
        lemma, (etype, mode), particle = hit
        if lemma in L.RETYPE and L.RETYPE[lemma][0] & words:
            etype, mode = L.RETYPE[lemma][1]
        needs = L.NEEDS_OBJECT.get(lemma)
        if needs and not needs & words:
            continue
        if etype == "PROMISE":
            continue
        if etype == "LABEL":
            etype = _label_type(lows, lemma)
            if etype is None:
                continue
        is_noun = _is_noun(doc[i])
        if not is_noun and lemma in L.NOT_WITH:
            lo, hi = next(c for c in clauses if c[0] <= i < c[1])
            if L.NOT_WITH[lemma] & set(lows[lo - sent.start:hi - sent.start]):
                continue
        if is_noun and lemma in L.CRITICISM_NOUNS and (idiom := _criticism_idiom(doc, sent, i, clauses)) is not None:
            # "X steht in der Kritik": the subject is criticised, by someone the text mostly leaves unnamed.
            event = _criticism_event(doc, sent, i, idiom, clauses, (actor_of, owners), mentions, record,
                                     _status(doc, sent, i, lemma, lows, is_noun, promise_end))
            if event is not None:
                seen.append((n, etype, event["status"], event["source"]))
                events.append(event)
            continue
        if is_noun and etype == "CONSULT" and i > sent.start and doc[i - 1].text.lower() in ("im", "ins"):
            continue  # "im Gespräch mit der Zeitung" is an interview, "ins Gespräch bringen" a suggestion
        if is_noun and any(v["type"] == etype and v["trigger"]["start"] < doc[i].idx < v["trigger"]["end"] + 60 for v in events):
            continue  # "verstärkt die Kontakte": the noun is the verb's object, one event
        # "verurteilte die Angriffe auf Israel": the noun's phrase is the noun's, not the verb's.
        inner = () if is_noun else [(j, _phrase_end(doc, sent, j)) for j, t in nouns.items() if j > i and t != etype]
        source, target = _arguments(doc, sent, i, (actor_of, owners), is_noun, etype, clauses, mentions, verbs, inner,
                                    L.TARGET_FROM.get(lemma))
        status = _status(doc, sent, i, lemma, lows, is_noun, promise_end)
        anaphoric = i > sent.start and doc[i - 1].text.lower() in _ANAPHORIC
        if is_noun and anaphoric and status == "happened":
            status = next((x[2] for x in reversed(seen) if x[1] == etype and x[0] < n and x[2] == "planned"), status)
        if etype == "REJECT" and source and not target and _rejects_what_was_said(doc, sent, i):
            target = next(([e for e in x[3] if e not in source] for x in reversed(seen)
                           if x[1] in L.DEMANDS and set(x[3]) - set(source)), [])
        seen.append((n, etype, status, source))
        if mode == "visit":  # "reist nach Kairo": the visit is to Egypt, Cairo is where
            target = list(dict.fromkeys(country_of.get(e, e) for e in target))
            if not all(_official(entities[e]) for e in source):
                continue  # an official visit: a tourist or a recruit "reist nach Syrien" too
        if etype == "PROTEST":  # people protest; a country "protesting" is a diplomat's complaint
            source = [e for e in source if entities[e]["type"] != "LOC"]
        if etype == "ASSAULT" and not is_noun and source and target and all(
                entities[e]["type"] == "PER" for e in source + target):
            etype, mode = "ACCUSE", "disapprove"  # "griff Konzernchef Appel scharf an": an attack in words
        if not is_noun and not target and (etype in L.SYMMETRIC or source) and (pair := _plural_pair(doc, sent, record, actor_of)):
            # "Beide Seiten vereinbarten" makes the sources, "lädt beide Politiker ein" the targets.
            if pair[0] < i and not source:
                source = pair[1]
            elif pair[0] > i and source and etype in L.SYMMETRIC:
                target = [e for e in pair[1] if e not in source]
        if not source and (etype != "PROTEST" or not target):
            continue
        if not target and (mode in ("third-party", "visit") or etype not in _NO_TARGET and lemma not in L.NO_TARGET_VERBS
                           and not (etype in L.SYMMETRIC and len(source) > 1)):
            continue  # who did it to whom is the point: without a target the reading is too unsure
        text = record["text"]
        trig = span(text, doc[i].idx, doc[i].idx + len(doc[i]))
        event = {"id": "", "type": etype, "trigger": trig, "source": source, "target": target,
                 "location": _location(doc, sent, record), "time": _time(doc, sent, i, record),
                 "status": status}
        if mode:
            event["mode"] = mode
        event["_noun"], event["_sent"] = is_noun, sent.start
        if particle is not None:
            event["particle"] = span(text, doc[particle].idx, doc[particle].idx + len(doc[particle]))
        quote = next((q["id"] for q in record.get("quotes", []) if q["start"] <= trig["start"] < q["end"]), None)
        if quote:
            event["quote"] = quote
        events.append(event)
    return events


def _criticism_idiom(doc, sent, i: int, clauses) -> tuple[int, int, bool] | None:
    """``steht in der Kritik``, ``geriet in die Kritik``, ``ist unter Kritik geraten``, ``stößt auf
    scharfe Kritik``, ``sieht sich heftiger Kritik ausgesetzt``, ``erntete Kritik``: an idiom whose
    subject is the one criticised.  ``(clause index, first token of the idiom's phrase, past)``."""
    j = i - 1
    while j > sent.start and (doc[j].tag_ == "ADJA" or doc[j].text.lower() in _DEFINITE
                              or (doc[j].text[:1].islower() and doc[j].tag_ in ("ADV", "ADJD", "PTKNEG"))):
        j -= 1  # "in die internationale Kritik", "auf scharfe Kritik"
    if doc[j].text.lower() in L.CRITICISM_FIGURES and doc[i - 1].text.lower() == "der" and j < i - 1:
        j -= 1  # "ins Kreuzfeuer der Kritik", "in die Schusslinie der Kritik"
        while j > sent.start and doc[j].text.lower() in _DEFINITE:
            j -= 1
    prep = doc[j].text.lower() if doc[j].tag_ in ("APPR", "APPRART") else ""
    forms = L.CRITICISM_IDIOMS.get(prep)
    k = next((n for n, (lo, hi) in enumerate(clauses) if lo <= i < hi), None)
    if not forms or k is None:
        return None
    lo, hi = clauses[k]
    verbs = [t for t in range(lo, hi) if t != i and doc[t].text.lower() in forms and doc[t].text[:1].islower()]
    if not verbs or any(doc[t - 1].text.lower() == "zu" for t in verbs):
        return None  # "droht in die Kritik zu geraten": not (yet) criticised
    words = {doc[t].text.lower() for t in range(lo, hi)}
    past = bool(words & L.CRITICISM_PAST) or ("geraten" in words and bool(words & L.CRITICISM_PERFECT))
    return k, (j if prep else i), past


def _criticism_event(doc, sent, i, idiom, clauses, actors, mentions, record, status) -> dict | None:
    """The ACCUSE event of a criticism idiom: its subject (an actor, the owner of a plan, or a vote,
    whose winner :func:`_accuse_vote_winner` fills in) is the target; a ``von``-phrase or genitive
    after the noun (``in der Kritik der Opposition``) or ``bei X`` (``stößt bei X auf Kritik``) the source."""
    k, phrase_start, past = idiom
    if any(q["start"] <= doc[i].idx < q["end"] for q in record.get("quotes", []) if q.get("kind") in ("direct", "indirect")):
        return None  # someone's words, not the dispatch's report
    phrase_end = _phrase_end(doc, sent, i)
    # "In der Kritik stehen die Regierung und die Polizei": the noun's phrase ends before the verb.
    phrase_end = next((t - 1 for t in range(i + 1, phrase_end + 1) if doc[t].tag_.startswith("V")), phrase_end)
    clause_mentions = partial(_clause_mentions, doc, sent, clauses, actors, mentions)
    args = clause_mentions(k)
    agent = doc[i + 1].text.lower() if i + 1 < sent.end else None
    near = [a for a in args if i < a[0] <= phrase_end]
    source_arg = (next((a for a in near if a[2] in L.AGENT_PREPOSITIONS and a[2] == agent), None)
                  or next((a for a in near if a[2] in ("poss", "gen") and a[0] <= i + 4), None)
                  or next((a for a in args if a[2] in ("bei", "beim") and a[3] < phrase_start), None))
    source = _with_coordinated(doc, source_arg, args) if source_arg else []
    subject = _idiom_subject(doc, sent, clauses, k, (phrase_start, phrase_end), actors, clause_mentions)
    if subject is None:
        return None
    what, found = subject
    if what == "actor":
        if _partner_unnamed(doc, actors[0], found[3]):
            return None  # "Die Regierung und die Notenbank stehen in der Kritik": one side is no entity
        target = [e for e in _with_coordinated(doc, found, clause_mentions(found[4])) if e not in source]
        if not target:
            return None
    else:
        target = []
    if status == "happened":
        status = "happened" if past else "ongoing"
    text = record["text"]
    event = {"id": "", "type": "ACCUSE", "trigger": span(text, doc[i].idx, doc[i].idx + len(doc[i])),
             "source": source, "target": target, "location": _location(doc, sent, record),
             "time": _time(doc, sent, i, record), "status": status, "mode": "disapprove", "_noun": True, "_sent": sent.start}
    if what == "vote":
        event["_vote"] = True
    return event


def _idiom_subject(doc, sent, clauses, k, skip, actors, clause_mentions):
    """The subject of the clause: ``("actor", (first, entity, preposition, last, clause))`` for an actor
    named outside any prepositional phrase, ``("vote", token)`` for an election.  The first bare noun
    phrase decides; one naming neither (``Das Gesetz steht in der Kritik``) gives None.  A plan or
    demand stands for its owner (``Die Pläne der Regierung stoßen auf Kritik``); a relative clause and
    one that starts with its verb (``... und geriet in die Kritik``) take the subject before."""
    actor_of, owners = actors
    lo, hi = clauses[k]
    args = clause_mentions(k)
    if k and (doc[lo].tag_ == "PRELS" or (doc[lo].tag_.endswith("FIN") and _joins_verb(doc, lo - 1, hi))):
        before = [a for a in clause_mentions(k - 1) if a[2] is None]
        if doc[lo].tag_ == "PRELS":  # "die Regierung, die in der Kritik steht"
            before = [a for a in before if a[3] == clauses[k - 1][1] - 1]
        return ("actor", (*before[0], k - 1)) if before and not _oblique(doc, sent, before[0][0]) else None
    t = lo
    while t < hi:
        if skip[0] <= t <= skip[1]:
            t = skip[1] + 1
            continue
        tok = doc[t]
        if actor_of[t] is not None:
            arg = next((a for a in args if a[0] <= t <= a[3]), None)
            if arg is None:
                t += 1
                continue
            if arg[2] is None:
                return ("actor", (*arg, k)) if not _oblique(doc, sent, arg[0]) else None
            t = arg[3] + 1  # in a prepositional phrase or a genitive: not the subject
            continue
        if tok.tag_ == "PPER" and tok.text.lower() not in ("sich",):
            return None  # an unresolved pronoun
        if tok.tag_ in ("NN", "NE") and tok.text[:1].isupper() and t > sent.start and doc[t - 1].text.lower() in ("als", "wie"):
            t += 1
            continue
        if tok.tag_ in ("NN", "NE") and tok.text[:1].isupper() and _np_preposition(doc, sent, t, actor_of) is None:
            if t + 1 < hi and actor_of[t + 1] is not None:
                t += 1  # "Der Autobauer Volkswagen": a title or apposition before the name
                continue
            low = tok.text.lower()
            if low.endswith(L.VOTE_HEADS) and not low.endswith(L.VOTE_NOT):
                return "vote", t
            if _owned(tok.text):  # "die Pläne der Regierung", "Ungarns Vorschlag", "die polnische Forderung"
                if t - 1 in owners:
                    return "actor", (t - 1, owners[t - 1], "poss", t - 1, k)
                owner = next((a for a in args if a[2] == "poss" and (a[3] == t - 1 or t < a[0] <= t + 3)), None)
                if owner is not None:
                    return "actor", (*owner, k)
            return None
        t += 1
    return None


def _accuse_vote_winner(doc, record, events, actor_of, owners) -> list[dict]:
    """A vote under criticism accuses its winner: the one the document's election-result event elects,
    else the one who won it, got a share of the votes or was declared winner.  Without a single
    winner the criticism is dropped."""
    # "X ließ sich im Amt bestätigen", "X wurde wiedergewählt": the source; "Y wählte X": the one elected.
    winners = {tuple(v["target"] or v["source"]) for v in events
               if v["type"] == "OTHER" and v.get("mode") == "election" and (v["target"] or v["source"])}
    winner = list(next(iter(winners))) if len(winners) == 1 else (None if winners else _named_winner(doc, record, actor_of, owners))
    out = []
    for v in events:
        if v.pop("_vote", False):
            if not winner:
                continue
            v["target"] = [e for e in winner if e not in v["source"]]
            if not v["target"]:
                continue
        out.append(v)
    return out


def _named_winner(doc, record, actor_of, owners) -> list[str] | None:
    """``X gewann die Wahl``, ``X erhielt 60 Prozent der Stimmen``, ``X wurde zum Sieger erklärt``: the
    subject of such a clause (a person or an organisation); several winners, the largest share."""
    kinds = {e["id"]: e["type"] for e in record["entities"]}
    shares = {}  # entity -> vote share (0 where none is given)
    body_start, body_end = body_range(record)
    for sent in _sentences(doc):
        if sent.end_char <= body_start or sent.start_char >= body_end:
            continue
        aside = _bracketed(doc, sent)
        for lo, hi in _clauses(doc, sent, actor_of, aside):
            words = [doc[t].text.lower() for t in range(lo, hi)]
            wset = set(words)
            if wset & (L.NEGATIONS | L.HYPOTHETICAL | L.MODALS):
                continue  # "will die Wahl gewinnen", "erhielt nicht genug Stimmen"
            won = bool(wset & L.WIN_VERBS) and any(w.endswith(L.VOTE_HEADS) and not w.endswith(L.VOTE_NOT) for w in wset)
            share = None
            if wset & L.VOTE_SHARE_VERBS and "stimmen" in wset:
                share = next((a["value"] for a in record.get("amounts", []) if a.get("unit") == "percent"
                              and doc[lo].idx <= a["start"] < doc[hi - 1].idx + len(doc[hi - 1])), None)
            declared = bool(wset & L.WINNER_NOUNS) and "erklärt" in wset and bool(wset & _WERDEN)
            if not (won or share is not None or declared):
                continue
            subjects = [a for a in _mentions_in(doc, sent, lo, hi, actor_of, owners)
                        if a[2] is None and a[0] not in aside and kinds.get(a[1]) in ("PER", "ORG")]
            if subjects and not _oblique(doc, sent, subjects[0][0]):
                eid = subjects[0][1]
                shares[eid] = max(shares.get(eid, 0.0), share or 0.0)
    if not shares:
        return None
    best = max(shares.values())
    top = [e for e, s in shares.items() if s == best]
    return top if len(top) == 1 else None


def _official(entity) -> bool:
    """A state, an organisation or a person with an office named in the text."""
    return entity["type"] == "ORG" or entity.get("kind") == "country" or bool(entity.get("roles"))


_ANAPHORIC = {"das", "die", "der", "dem", "den", "des", "dieses", "diese", "diesen", "diesem"}


def _rejects_what_was_said(doc, sent, i: int) -> bool:
    """``wies das zurück``, ``lehnte die Forderung ab``: the object points back to an earlier demand."""
    for j in range(i + 1, min(sent.end - 1, i + 5)):
        low = doc[j].text.lower()
        if low in ("das", "dies"):
            return not doc[j + 1].text[:1].isupper()
        if low in _ANAPHORIC:
            k = j + 1
            while k < sent.end - 1 and doc[k].text[:1].islower():
                k += 1  # adjectives
            return _owned(doc[k].text)
    return False


_NP_WORDS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer",
             "sein", "seine", "seinem", "seinen", "seines", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihres", "ihrer",
             "und", "von", "vom", "mit", "gegen", "gegenüber", "zwischen", "durch", "seitens", "an", "auf", "für", "zu", "zum", "zur"}


def _phrase_end(doc, sent, i: int) -> int:
    """Last token of the noun phrase an event noun heads (its von/mit/gegen attachments)."""
    end = i
    for t in range(i + 1, min(sent.end, i + 9)):
        word = doc[t].text
        if doc[t].is_punct or not (word[:1].isupper() or word.lower() in _NP_WORDS or word.lower().endswith(("en", "er", "em", "es", "e"))):
            break
        if word.lower() in {"war", "ist", "sind", "waren", "wurde", "hat", "habe", "sei", "werden", "wird"}:
            break
        end = t
    return end


def _genitive_offices(doc, actor_of) -> dict[str, set[str]]:
    """``Serbiens Präsident Aleksandar Vučić``: the person holds an office of the genitive's entity."""
    out: dict[str, set[str]] = {}
    for t in range(len(doc) - 2):
        owner = actor_of[t]
        if owner is None or actor_of[t + 1] == owner or not _modifier(doc, t, t):
            continue
        holder = next((actor_of[j] for j in range(t + 2, min(t + 4, len(doc))) if actor_of[j] not in (None, owner)), None)
        if holder:
            out.setdefault(holder, set()).add(owner)
    return out


def _drop_echoes(events: list[dict], record, offices: dict[str, set[str]]) -> list[dict]:
    """One event per real-world event.

    ``verhängte Sanktionen gegen X``: the noun repeats its verb's event, keep
    the verb's.  A later event of the same type and mode whose participants
    are those of an earlier one, or hold an office of them (``Serbien und
    Kosovo verständigten sich ... Vučić und Kurti stimmten zu``), retells it."""
    office_of = {e["id"]: {r["of"] for r in e.get("roles") or [] if r.get("of")} | offices.get(e["id"], set())
                 for e in record["entities"]}

    def retells(v, before: set) -> bool:
        return all(a in before or office_of.get(a, set()) & before for a in v["source"] + v["target"])

    keep, told = [], {}  # (type, mode) -> participant sets of the events kept
    for v in events:
        echo = v.get("_noun") and any(
            w is not v and not w.get("_noun") and w["type"] == v["type"] and w["_sent"] == v["_sent"]
            and set(w["source"] + w["target"]) & set(v["source"] + v["target"]) for w in events)
        kind = (v["type"], v.get("mode"))
        if not echo and not any(retells(v, before) for before in told.get(kind, ())):
            keep.append(v)
            told.setdefault(kind, []).append(set(v["source"] + v["target"]))
    for v in keep:
        v.pop("_noun", None)
        v.pop("_sent", None)
    return keep


def _label_type(lows: list[str], lemma: str) -> str | None:
    """``bezeichnete X als Verbündeten`` -> SUPPORT; ``... als Bedrohung`` -> ACCUSE."""
    marker = L.LABEL_VERBS[lemma]
    if marker not in lows:
        return None
    after = lows[lows.index(marker) + 1: lows.index(marker) + 5]
    if set(after) & L.POSITIVE_LABELS:
        return "SUPPORT"
    if set(after) & L.NEGATIVE_LABELS:
        return "ACCUSE"
    return None


def _plural_pair(doc, sent, record, actor_of) -> tuple[int, list[str]] | None:
    """``Die beiden Staatschefs telefonierten``, ``die Präsidenten beider Länder``,
    ``beide Seiten``: the token and the two actors last named that fit the head."""
    k = next((t for t in range(sent.start, sent.end) if doc[t].text.lower() in ("beide", "beiden", "beider")), None)
    if k is None:
        return None
    head = doc[k - 1].text if doc[k].text.lower() == "beider" and k > sent.start else doc[min(k + 1, sent.end - 1)].text
    fits = _pair_test(head.lower(), {e["id"]: e for e in record["entities"]})
    if fits is None:
        return None
    found: list[str] = []
    for t in range(sent.start - 1, max(-1, sent.start - 400), -1):  # bounded: linear on long documents
        eid = actor_of[t]
        if eid is not None and eid not in found and fits(eid):
            found.append(eid)
            if len(found) == 2:
                return k, found
    return None


def _pair_test(head: str, entities: dict):
    """Which actors a plural head (``Staatschefs``, ``Seiten``, ``Länder``) can stand for."""
    if head in L.PAIR_PEOPLE:
        return lambda eid: entities[eid]["type"] == "PER"
    if head in L.PAIR_COUNTRIES:
        return lambda eid: entities[eid].get("kind") == "country"
    office = head.rstrip("s").removesuffix("en").removesuffix("n")
    if not head[:1].isalpha() or len(office) < 4:
        return None
    return lambda eid: entities[eid]["type"] == "PER" and any(
        _office_fits(r["title"].lower(), office) for r in entities[eid]["roles"])


_HEADS_OF_STATE = {h.lower() for h in HEAD_OF_STATE}


def _office_fits(title: str, head: str) -> bool:
    return (title.endswith(head) or head.endswith(title)
            or (title in _HEADS_OF_STATE and any(head.endswith(h) for h in _HEADS_OF_STATE)))


def _np_preposition(doc, sent, t: int, actor_of=None) -> str | None:
    """The preposition governing the noun phrase that token t starts, if any.

    ``gen`` for a genitive attribute of another noun (``Anhänger der Junta``,
    ``Sicherheitskräfte seines Innenministeriums``): it names whose the
    participant is, it is not the participant."""
    j = t if doc[t].text.lower() in _GENITIVE else t - 1  # the mention may start with its article
    if j > sent.start and j == t - 1 and (_is_title(doc[j].text) or (doc[j].pos_ == "NOUN" and doc[j].text[:1].isupper())):
        j -= 1  # "des Satirikers Jan Böhmermann"
    while j > sent.start and j > t - 5 and doc[j].text[:1].islower() and doc[j].text.lower().endswith(("e", "en", "er")) \
            and doc[j].text.lower() not in _GENITIVE and doc[j].text.lower() not in _PREPOSITIONS:
        j -= 1  # adjectives: "einer rechtsextremen Terrorzelle"
    if j > sent.start and doc[j].text.lower() in _GENITIVE and _noun_before(doc, sent, j):
        return "poss" if _owned(doc[j - 1].text) else "gen"
    if j > sent.start + 1 and doc[j].text.lower() in _GENITIVE and doc[j - 1].text.lower() in ("und", "sowie"):
        k = j - 2  # "die Unterhändler der Regierung und der Guerilla FARC": the second genitive of a pair
        while k > sent.start and doc[k].tag_ in ("ADJA", "NN", "NE"):
            k -= 1
        if doc[k].text.lower() in _GENITIVE and _noun_before(doc, sent, k):
            return "gen"
    if t > sent.start and _noun_before(doc, sent, t) and doc[t].text.endswith("s") and not _is_title(doc[t - 1].text) \
            and doc[t].pos_ == "PROPN" and t + 1 < sent.end and doc[t + 1].text[:1].islower():
        return "poss" if _owned(doc[t - 1].text) else "gen"  # "das Gesuch Deutschlands", "die Kirche Kubas"
    j = t - 1
    steps = 0
    while j >= sent.start and steps < 5:
        low = doc[j].text.lower()
        if low in ("von", "vom") and j > sent.start and _is_title(doc[j - 1].text):
            return "gen"  # "der Bürgermeister von Palermo"
        if low == "mit" and j > sent.start and doc[j - 1].text.lower() in ("gemeinsam", "zusammen"):
            return doc[j - 1].text.lower()  # "empfing ihn gemeinsam mit X": X acts along, it is no target
        if low in _PREPOSITIONS or doc[j].tag_ in ("APPR", "APPRART"):  # "neben Strache"
            return low
        if low in {",", "und", "oder"} and actor_of and (k := _list_item_before(doc, sent, j, actor_of)) is not None:
            # A list shares its preposition: "zwischen Wien und Bratislava", "der Erzfeinde USA und Kuba".
            return _np_preposition(doc, sent, k, actor_of)
        if doc[j].is_punct or low in {"und", "oder"} or _verbish(doc[j]):
            return None  # the phrase ends at a verb: "angesichts X verstärkt Belarus"
        j -= 1
        steps += 1
    return None


def _list_item_before(doc, sent, j: int, actor_of) -> int | None:
    """First token of the actor mention that ends right before the list joint at j
    (past a bracketed short name: ``dem Bundeskriminalamt (BKA) und Interpol``)."""
    k = j - 1
    if k > sent.start and doc[k].text == ")":
        while k > sent.start and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < sent.start or not actor_of[k]:
        return None
    while k > sent.start and actor_of[k - 1] == actor_of[k]:
        k -= 1
    return k


def _is_title(word: str) -> bool:
    return word[:1].isupper() and _title_lemma(word).lower().endswith(tuple(TITLE_HEADS))


def _noun_before(doc, sent, j: int) -> bool:
    """A common noun (capitalised, not a sentence start) right before token j."""
    prev = doc[j - 1]
    return prev.text[:1].isupper() and prev.i > sent.start and prev.pos_ not in ("PROPN", "VERB", "AUX") and prev.text.isalpha()


def _bracketed(texts: list[str], sent) -> set[int]:
    """Tokens inside brackets: asides and short names (``texts``: the doc's token texts)."""
    out, depth = set(), 0
    if "(" not in texts[sent.start:sent.end]:
        return out
    for t in range(sent.start, sent.end):
        depth += (texts[t] == "(") - (texts[t] == ")")
        if depth > 0:
            out.add(t)
    return out


def _clauses(doc, sent, actor_of, aside: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the sentence's clauses, cut at commas, semicolons, colons and dashes
    (not at the commas of a list of actors, ``USA, Russland und China``, nor inside the
    brackets ``aside`` holds)."""
    bounds, start = [], sent.start
    texts = token_texts(doc)[1]
    for t in range(sent.start, sent.end):
        if t in aside or (texts[t] == "," and 0 < t < len(doc) - 1 and actor_of[t - 1] and actor_of[t + 1]):
            continue
        if texts[t] in {",", ";", ":", "-", "–", "—"} or _joins_verb(doc, t, sent.end):
            if t > start:
                bounds.append((start, t))
            start = t + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    return bounds


def _joins_verb(doc, t: int, end: int) -> bool:
    """``forderte X und warf Y vor``: ``und`` before a finite verb starts a clause of the same subject."""
    return token_texts(doc)[1][t].lower() in ("und", "oder", "sowie") and t + 1 < end and doc[t + 1].tag_.endswith("FIN")


_DEFINITE = {"der", "die", "das", "den", "dem", "des"}


def _determiner(doc, sent, i: int) -> str | None:
    """The determiner of the noun at i, past its adjectives (``die gute Zusammenarbeit`` -> ``die``)."""
    j = i - 1
    while j > sent.start and j > i - 4 and doc[j].text[:1].islower() and doc[j].text.lower() not in _NP_WORDS:
        j -= 1
    return doc[j].text.lower() if j >= sent.start else None


def _partner_unnamed(doc, actor_of, last: int) -> bool:
    """The subject goes on with ``und`` + a noun phrase that names no actor."""
    if last + 2 >= len(doc) or doc[last + 1].text.lower() not in ("und", "sowie"):
        return False
    j = last + 2
    while j < len(doc) - 1 and actor_of[j] is None and not doc[j].is_punct and (
            doc[j].text[:1].islower() or _title_lemma(doc[j].text).lower().endswith(tuple(TITLE_HEADS))):
        j += 1  # article, adjectives, a title: "die syrische Opposition", "der chinesische Staatschef Xi"
    return actor_of[j] is None and doc[j].text[:1].isupper() and doc[j].pos_ != "VERB"


_OBLIQUE = {"den", "dem", "einen", "einem", "diesen", "diesem", "ihn", "ihm", "ihnen"}


def _phrase_opener(doc, sent, first: int, words, tags) -> int:
    """Back from the mention at ``first`` over up to three tokens with ``tags`` or titles to the
    first of ``words`` (its article or pronoun), or as far as that goes."""
    j = first
    while j > sent.start and j > first - 4 and doc[j].text.lower() not in words and (
            doc[j - 1].tag_ in tags or _is_title(doc[j - 1].text)):
        j -= 1
    return j


def _oblique(doc, sent, first: int) -> bool:
    """The mention at ``first`` is in the accusative or dative case: its article, past
    adjectives and a title, or the pronoun itself says so (never a nominative form)."""
    return doc[_phrase_opener(doc, sent, first, _OBLIQUE, ("ADJA", "ART", "PPER"))].text.lower() in _OBLIQUE


def _masculine_nominative(doc, sent, arg) -> bool:
    """The mention ``arg`` opens with "der" (past adjectives and a title) and its noun is masculine
    singular: no other case has that form, so it is the subject whatever its place."""
    j = _phrase_opener(doc, sent, arg[0], ("der",), ("ADJA", "ART"))
    if doc[j].text.lower() != "der":
        return False
    head = doc[arg[3]] if doc[arg[3]].tag_ == "NN" else next(
        (doc[t] for t in range(j + 1, arg[3] + 1) if doc[t].tag_ == "NN"), None)
    return head is not None and "Masc" in head.morph.get("Gender") and "Sing" in head.morph.get("Number")


def _unnamed_before(doc, actor_of, first: int) -> bool:
    """The mention at ``first`` follows ``<noun phrase naming no actor> und``."""
    j = first - 1
    while j > 0 and doc[j].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT", "CARD"):
        j -= 1  # article, adjectives
    return doc[j].text.lower() in ("und", "sowie") and j > 0 and doc[j - 1].tag_ == "NN" and actor_of[j - 1] is None


def _unnamed_subject(doc, lo: int, finite: int | None, subject: int, actor_of) -> bool:
    """``Stealth-Jagdflugzeuge besuchen Litauen``: before the verb stands a noun phrase that names
    no actor, so it is the subject and the actor after the verb is an object."""
    if finite is None or subject < finite or doc[lo].tag_ not in _NP_START_TAGS or any(
            doc[t].text.lower() in ("und", "oder", "sowie") for t in range(finite, subject)):
        return False  # "X hat ... und Polen fordert": the subject of a second main clause
    prefield = range(lo, finite)  # "Dem Kanzler Scholz warf Merz ... vor": an actor there is an object put first
    return not any(actor_of[t] for t in prefield) and any(doc[t].tag_ in ("NN", "NE") for t in prefield)


_NP_START_TAGS = {"ART", "NN", "NE", "ADJA", "PIAT", "PPOSAT", "PDAT", "CARD"}


def _after_noun(doc, sent, first: int) -> bool:
    """The preposition before the mention at ``first`` follows a common noun (``Prozess gegen X``)."""
    j = first - 1
    while j > sent.start and j > first - 5 and doc[j].tag_ not in ("APPR", "APPRART"):
        j -= 1
    return j > sent.start and doc[j].tag_ in ("APPR", "APPRART") and doc[j - 1].tag_ == "NN"


def _borrows_subject(doc, lo: int, hi: int) -> bool:
    """An infinitive clause (``..., Truppen nach X zu schicken``) or one that starts with its
    verb (``X, der Y vertritt, kritisierte Z``) has its subject in the clause before.
    Without tags every clause may borrow."""
    if not doc[lo].tag_:
        return True
    return doc[lo].tag_.startswith("V") or any(doc[t].tag_ in ("PTKZU", "VVIZU") for t in range(lo, hi))


def _mentions_in(doc, sent, lo, hi, actor_of, owners):
    args = []  # (first token, entity id, preposition, last token)
    for t in range(lo, hi):
        eid = actor_of[t]
        if t in owners and eid is None:
            args.append((t, owners[t], "poss", t))
            continue
        if eid is None or (t + 1 < hi and actor_of[t + 1] == eid):
            continue  # take the last token of a mention
        first = t
        while first > lo and actor_of[first - 1] == eid:
            first -= 1
        if _modifier(doc, first, t):
            continue
        n = t + 1
        while n < hi and (doc[n].tag_ == "ADJA" or doc[n].is_space):
            n += 1  # "Griechenlands geschlagene Linke"
        nxt = doc[n] if n < hi else None
        if doc[t].text.endswith("s") and nxt is not None and nxt.pos_ == "NOUN" and nxt.text[:1].isupper():
            if _owned(nxt.text):  # "Ungarns Forderung": the owner of a demand
                args.append((first, eid, "poss", t))
            continue  # "Griechenlands Linke", "Russlands Armee": the noun is the actor, not the name
        args.append((first, eid, _np_preposition(doc, sent, first, actor_of), t))
    return args


def _coordinated(doc, last: int, first: int) -> bool:
    """``X und [der Regierungschef] Y``, ``sowohl X als auch Y``: one joint and only noun-phrase
    words between two mentions."""
    words = [doc[t].text.lower() for t in range(last + 1, first)]
    between = [doc[t] for n, t in enumerate(range(last + 1, first)) if words[n - 1:n + 1] != ["als", "auch"]]
    joins = [t for t in between if t.text.lower() in (",", "und", "sowie") or (
        t.text.lower() == "als" and t.i + 1 < first and doc[t.i + 1].text.lower() == "auch")]
    return len(joins) == 1 and len(between) < 6 and all(
        t in joins or (not t.is_punct and (t.text[:1].isupper() or t.text.lower() in _NP_WORDS or not _verbish(t)))
        for t in between)


def _with_coordinated(doc, first, args) -> list[str]:
    """The entity of mention ``first`` and of the mentions coordinated with it."""
    out, last = [first[1]], first[3]
    for t, e, p, end in args:
        if t > last:
            if not _coordinated(doc, last, t):
                break
            if e not in out:
                out.append(e)
            last = end
    return out


def _verbish(tok) -> bool:
    if tok.tag_:  # "in ganz Deutschland": an adverb does not end the phrase
        return tok.tag_.startswith("V")
    if tok.pos_ in ("VERB", "AUX"):
        return True
    low = tok.text.lower()
    return (tok.text[:1].islower() and low not in _NP_WORDS and low not in _PREPOSITIONS
            and not low.endswith(("e", "en", "er", "es", "em")))


def _modifier(doc, first: int, last: int) -> bool:
    """Mentions that only modify another: ``Nehammer (ÖVP)``, ``Israels Ministerpräsident X``."""
    if first > 0 and doc[first - 1].text == "(" and last + 1 < len(doc) and doc[last + 1].text == ")":
        return True
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    return (doc[last].text.endswith("s") and nxt is not None and nxt.text[:1].isupper()
            and _title_lemma(nxt.text).lower().endswith(tuple(TITLE_HEADS)))


def _clause_mentions(doc, sent, clauses, actors, mentions: dict, n: int) -> list[tuple]:
    """The actor mentions of clause ``n`` outside the sentence's brackets, cached per sentence in ``mentions``."""
    if n not in mentions:
        mentions[n] = [a for a in _mentions_in(doc, sent, *clauses[n], *actors) if a[0] not in mentions["aside"]]
    return mentions[n]


def _arguments(doc, sent, i, actors, is_noun, etype, clauses, mentions, verbs=(), inner=(), target_from=None):
    """Source and target entity ids for the trigger at token i, from its own clause.

    A clause without a subject of its own (an infinitive ``..., X nach Y zu
    schicken``, or the rest after an apposition) takes the agent of the
    clause before it.  Coordinated mentions (``mit X und Y``) all count."""
    clause_mentions = partial(_clause_mentions, doc, sent, clauses, actors, mentions)
    k = next((n for n, (lo, hi) in enumerate(clauses) if lo <= i < hi), None)
    if k is None:
        return [], []
    lo, hi = clauses[k]
    args = list(clause_mentions(k))
    if k and doc[lo].tag_ == "PRELS" and not any(a[2] is None for a in args):
        # "Fakola, das von X angegriffen worden war": the relative pronoun is the name before the comma.
        before = clause_mentions(k - 1)
        if before and before[-1][3] == clauses[k - 1][1] - 1:
            args = [(*before[-1][:2], None, before[-1][3])] + args
    elif (not any(a[2] is None for a in args) or (k and _joins_verb(doc, lo - 1, hi))) and _borrows_subject(doc, lo, hi):
        # "... und warf Benko vor": after a verb-first "und" every noun phrase is an object.
        for n in range(k - 1, -1, -1):
            subject = [a for a in clause_mentions(n) if a[2] is None][:1]
            if subject:
                args = subject + args
                break
    args = [a for a in args if a[2] in (None, "poss") or not any(j < a[0] <= end for j, end in inner)]
    if not args:
        return [], []
    side = lambda a: _with_coordinated(doc, a, args) if a else []  # noqa: E731
    if ("passive", k) not in mentions:
        mentions[("passive", k)] = _passive(doc, lo, hi)
    passive = mentions[("passive", k)]  # its subject suffers the event: "wurden ... getroffen"
    if is_noun:
        near = [a for a in args if i < a[0] <= _phrase_end(doc, sent, i)]
        governor = _np_preposition(doc, sent, i)
        if not near and (etype == "PROTEST" or governor in {"angesichts", "wegen", "trotz", "nach", "seit", "vor", "während", "von"}
                         or (i > sent.start and doc[i - 1].text.lower() in {"das", "die", "der", "dem", "den", "des"})):
            return [], []  # a circumstance or an anaphoric "das Treffen", not a new event
        # "von X" right after the noun, or a genitive: "die Einladung des Ministeriums", "die Forderung
        # der FPÖ" ("ein Abkommen mit den Gläubigern von EU und IWF" names no agent).
        agent = doc[i + 1].text.lower() if i + 1 < sent.end else None
        source = side(next((a for a in near if a[2] in L.AGENT_PREPOSITIONS and a[2] == agent), None)
                      or next((a for a in near if a[2] in ("poss", "gen") and a[0] <= i + 4), None))
        first = next((a for a in near if a[2] in L.TARGET_PREPOSITIONS), None)
        if first and _partner_unnamed(doc, actors[0], max(a[3] for a in args if a[1] in side(first))):
            return [], []  # "Verhandlungen mit Audi, BMW und Daimler": the list goes on past the actors known
        target = [e for e in side(first) if e not in source]
        if i > sent.start and doc[i - 1].text.lower() == "auf":  # "auf Bitten von X": the clause agent is the target
            return source, [a[1] for a in args if a[2] is None and a[1] not in source][:1]
        # Protesters are seldom the clause's subject; the subject of another event verb acts on the
        # noun, it does not do it ("verurteilte die Angriffe", "hob die Sanktionen auf"); and "das
        # Abkommen" is one made before, not by whoever speaks of it.
        if not source and etype != "PROTEST" and not passive and not any(lo <= j < i for j in verbs) \
                and _determiner(doc, sent, i) not in _DEFINITE:
            subject = next((a for a in args if a[2] is None and a[1] not in target), None)
            if subject and _partner_unnamed(doc, actors[0], subject[3]):
                return [], []
            source = [subject[1]] if subject else []
        return source, [e for e in target if e not in source]
    # "Den Präsidenten kritisierte X", "wenn ihn X bittet": an object put first is no subject.
    # "Die Reform lobte der Kanzler": after the verb, "der" with a masculine singular noun can only be the subject.
    verb = next((t for t in range(lo, hi) if doc[t].tag_.endswith("FIN")), hi)
    subjects = sorted((a for a in args if a[2] is None), key=lambda a: (
        _oblique(doc, sent, a[0]), not (a[0] > verb and _masculine_nominative(doc, sent, a))))
    agents = [a for a in args if a[2] in L.AGENT_PREPOSITIONS] if passive else []
    if agents:
        source = side(agents[0])
        target = [a[1] for a in subjects if a[1] not in source][:1]
    elif subjects and not (passive and etype != "OTHER"):  # "X wurde festgenommen": by whom is unsaid
        source = side(subjects[0])
        finite = next((t for t in range(lo, hi) if doc[t].tag_.endswith("FIN")), None)
        if any(_partner_unnamed(doc, actors[0], a[3]) for a in subjects if a[1] in source) \
                or _unnamed_subject(doc, lo, finite, subjects[0][0], actors[0]):
            return [], []  # "Die USA und die syrische Opposition fordern": one source is no entity
        # A prepositional target ("zum Nachbarn X", "nach X") outranks a bare noun phrase;
        # whom a demand is made of stands in a von-phrase ("forderte vom Westen").
        # "für" names a beneficiary of a noun ("Unterstützung für X"); after a verb it is mostly a circumstance.
        preps = (L.TARGET_PREPOSITIONS - {"für"}) | (L.AGENT_PREPOSITIONS if etype == "REQUEST" else set()) | (
            {"zusammen"} if etype in L.SYMMETRIC else set())  # "arbeitet zusammen mit X": the partner
        rest = [a for a in args if a[1] not in source and not (a[2] is not None and doc[a[0]].text in L.PLATFORMS)]
        if isinstance(target_from, frozenset):  # "reiste mit X nach Y": only these prepositions name it
            preps, target_from = target_from, "phrase"
        # "Im Prozess gegen X hat Y ... gefordert": a phrase before the verb that hangs on a noun is no target.
        rest = [a for a in rest if a[2] not in preps or finite is None or a[0] > finite or not _after_noun(doc, sent, a[0])]
        first = next((a for a in rest if a[2] in preps), None) if target_from != "bare" else None
        if first is None and not (etype in L.SYMMETRIC and len(source) > 1) and target_from != "phrase":
            # "X und Y trafen sich": no target
            first = next((a for a in rest if a[2] is None), None)
        target = [e for e in side(first) if e not in source]
        if first and (_partner_unnamed(doc, actors[0], first[3]) or _unnamed_before(doc, actors[0], first[0])):
            return [], []  # "rief die Regierung und die PKK auf": the target set would be incomplete
        if not target:  # whose demand was rejected: "lehnte die Forderung der FPÖ ab"
            target = [a[1] for a in rest if a[2] == "poss" and a[0] > subjects[0][3]][:1]
    else:
        return [], []
    return source, target


_WERDEN = {"wurde", "wurden", "worden", "werden", "wird", "werde", "würde", "würden"}


def _passive(doc, lo: int, hi: int) -> bool:
    """A form of ``werden`` and a past participle: ``wurde ... getroffen``, ``soll vereinbart werden``."""
    words = {doc[t].text.lower() for t in range(lo, hi)}
    return "worden" in words or (bool(words & _WERDEN) and any(doc[t].tag_ == "VVPP" for t in range(lo, hi)))


def _status(doc, sent, i, lemma, lows, is_noun, promise_end) -> str:
    before = lows[: i - sent.start]
    window = set(lows[max(0, i - sent.start - 4): i - sent.start + 3])
    if window & L.NEGATIONS:
        return "negated"
    if lemma in L.PROMISE_VERBS or (promise_end is not None and promise_end < i and not any(
            _joins_verb(doc, t, sent.end) for t in range(promise_end, i))):  # "sicherte zu und lud ein"
        return "promised"
    if set(before) & L.HYPOTHETICAL:
        return "hypothetical"
    if set(lows) & {"will", "wollen", "soll", "sollen", "plant", "planen", "beabsichtigt", "möchte", "werde"}:
        return "planned"
    if ("wird" in lows or "werden" in lows) and doc[i].text.lower().endswith("en") and not any(w in lows for w in ("worden", "wurde")):
        return "planned"
    if set(lows) & L.ONGOING or (is_noun and "seit" in before):
        return "ongoing"
    return "happened"


def _time(doc, sent, i, record):
    best = None
    for t in record.get("timexes", []):
        if sent.start_char <= t["start"] < sent.end_char:
            dist = abs(t["start"] - doc[i].idx)
            if best is None or dist < best[0]:
                best = (dist, t["id"])
    return best[1] if best else None


def _location(doc, sent, record):
    for e in record["entities"]:
        if e.get("kind") not in ("city", "place", "region"):
            continue
        for m in e["mentions"]:
            if sent.start_char <= m["start"] < sent.end_char and m["form"] == "name":
                sp = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if sp is not None and sp.start > 0 and doc[sp.start - 1].text.lower() in {"in", "im", "nach"}:
                    return e["id"]
    return None
