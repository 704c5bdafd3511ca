"""Who said what: direct quotations, indirect and reported speech, speakers.

Rules over tokens and closed word lists (:mod:`depesche.lang.de_speech`), so
the stage runs without any model; token.pos_/morph/lemma_ from a tagger,
doc.ents from NER and record["entities"] from the entity stage make it better
when present.  With STTS tags the speaker of a cue is found by German clause
structure (there is no parser): the Vorfeld or the first nominative after the
finite verb, the phrase after a subordinator, a passive's von-agent, the
controller of an infinitive, the subject of a light verb whose object is a
speech noun; texts and evidence ("Ihr Antrag sagt", "Der Fall zeigt") are no
speakers.  With STTS tags a learnt ranker (:mod:`.quote_source`, trained on
SpkAtt-2023) then weighs the rules' speaker against the sentence's other
phrases and "no speaker" (not for direct quotations).  The unit is the *speech event*: a cue (verb, noun or
preposition) with its roles (source, message, addressee, channel).  Events
with a message become ``record["quotes"]``; the rest (``sagte nichts``, a
negated act) still make their speaker the current one for continuations.

Quotes split by an inserted frame (``"A", sagte X, "B"``) become one item
per part, sharing speaker, cue and a ``group`` id; a direct quotation that
runs over a paragraph break is split the same way, the later parts marked
``continuation``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..lang import de_speech as L
from ..lang.de_numbers import APPROX, VAGUE_PLURALS
from ..lang.de_roles import (COMPANY_HEADS, DESCRIPTION_NOT_PERSONS, DESCRIPTION_ORG_ENDINGS, DESCRIPTION_PERSON_ENDINGS,
                              ORG_NOUN_ENDINGS, ORGAN_HEADS, PRONOUNS_WE, REPRESENTATIVE_HEADS, THING_ENDINGS,
                              genitive_stems)
from ..lang.de_sentences import SENTENCE_STARTERS
from ..lang.de_time import MONTHS, WEEKDAYS
from ..pipeline import Component
from ..record import body_range, span
from ..tokenizer import token_strings, token_texts
from .sentences import pieces

_NOT_SPEAKER = SENTENCE_STARTERS - L.DETERMINERS.union(
    {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines", "Er", "Sie",
     "Wir", "Ich", "Man", "Ihr", "Sein", "Seine", "Ihre", "Unser", "Unsere", "Viele", "Alle", "Mehrere", "Einige", "Beide"}
)
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "–", "—", "-"})
_NON_FINITE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+zu\w+en)$")
# A lone capitalised Vorfeld word that is an adverb ("Dazu", "Ursprünglich").
_ADVERB = re.compile("(?:%s)$" % "|".join(L.ADVERB_SUFFIXES), re.I)
_ADJ_END = re.compile(r"(?:e|en|er|es|em)$")
_CAP = re.compile(r"^(?:[A-ZÄÖÜ]|\d+(?:[.,]\d+)?-[A-ZÄÖÜ])")
_AGE_NOUN = re.compile(r"\d{1,3}-Jährige[nr]?")
_CHANNEL_ENDINGS = tuple(sorted({w.lower() for w in L.CHANNEL_NOUNS}))
_CLAIM_ENDINGS = tuple(sorted({w.lower() for w in L.CLAIM_NOUNS | L.SPEECH_NOUNS | L.POLICY_NOUNS}))
_TEXT_ENDINGS = tuple(sorted({w.lower() for w in L.SPEECH_NOUNS | L.CHANNEL_NOUNS | L.STATEMENT_DOCUMENTS}))
_WORD = re.compile(r"\w")
_FRAME_AFTER = re.compile(r"\s*,\s*(\w+)")  # "…", sagte X


@dataclass
class Event:
    """One speech event over token indices of a Doc; ``message`` is a char span."""

    cue: list[int]
    kind: str | None  # direct | indirect | reported | None (no quote)
    sent: int
    message: tuple[int, int] | None = None
    source: tuple[int, int] | None = None  # token span [start, end)
    channel: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    continuation: bool = False
    fixed: bool = False  # the source is given by the frame's syntax ("laut X"): not the ranker's to choose
    group: int | None = None
    parent: "Event | None" = None  # the event a continuation continues
    fragments: list[tuple[int, int]] = field(default_factory=list)
    relative: bool = False  # a reported act of a relative clause, whose message is that clause


# --------------------------------------------------------------------------- tokens

def _is_cap(tok) -> bool:
    return bool(_CAP.match(tok.text))


def _texts(doc) -> list[str]:
    """The tokens' texts: the hot loops read them without building Token objects."""
    return token_texts(doc)[1]  # cached by an earlier stage: the text is not rebuilt


def _subjunctive(doc) -> list[bool]:
    """Per token: the tagger's morphology says Mood=Sub (once per Doc)."""
    flags = doc.user_data.get("quotes.sub")
    if flags is None:
        strings = doc.vocab.strings
        flags = doc.user_data["quotes.sub"] = [bool(h) and _has_sub(strings[h]) for h in doc.to_array("MORPH").tolist()]
    return flags


@lru_cache(maxsize=4096)
def _has_sub(morph: str) -> bool:
    """``Mood=Sub`` among the values of a UD feature string (``Mood=Sub|Number=Sing``)."""
    return any(f.startswith("Mood=") and "Sub" in f[5:].split(",") for f in morph.split("|"))


_NOT_KONJUNKTIV = L.AUXILIARIES - L.KONJUNKTIV_I


def _is_konjunktiv(doc, i: int) -> bool:
    """Konjunktiv I finite verb (from the tagger's morph, else word lists)."""
    texts = _texts(doc)
    text = texts[i]
    if _subjunctive(doc)[i] and text not in _NOT_KONJUNKTIV:
        return True
    if _noun_konjunktiv(doc, i):
        return True
    if text not in L.KONJUNKTIV_I and not (
        text.endswith("e") and not text.endswith("te") and text.islower() and len(text) > 3
        and text not in L.DETERMINERS and text not in L.AUXILIARIES and _near(doc, i, L.THIRD_PERSON)
        and not (i + 1 < len(texts) and _CAP.match(texts[i + 1]))  # "er gehe", not "er sagte", "sie heitere Lieder"
    ):
        return False
    return not _near(doc, i, {"ich", "Ich"})  # "ich habe" is indicative


def _noun_konjunktiv(doc, i: int) -> bool:
    """A tagged finite verb in -e next to a noun, with no "ich" in its clause: the third
    person Konjunktiv I ("Lebensgefahr bestehe nicht", "plane die Firma"), where the
    indicative ends in -t (the tagger's Mood misses these)."""
    tags, texts = token_strings(doc, "TAG"), _texts(doc)
    text = texts[i]
    if tags[i] not in ("VVFIN", "VMFIN") or not text.endswith("e") or text.endswith("te") or not text.islower() or len(text) < 4:
        return False
    if not any(0 <= k < len(doc) and tags[k] in ("NN", "NE") for k in (i - 1, i + 1)):
        return False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(doc) and not _bound(doc, k):
            if texts[k] in ("ich", "Ich"):
                return False
            k += step
    return True


def _subjunctive_in(doc, a: int, b: int) -> bool:
    """A Konjunktiv I or a tagger-marked subjunctive finite verb (Konjunktiv II included) in
    tokens ``[a, b)``: with a speech frame, reported speech."""
    return any(_is_konjunktiv(doc, t) or _subjunctive_finite(doc, t) for t in range(a, b))


def _konjunktiv_clause(doc, chars) -> bool:
    """The content at character span ``chars`` is a clause in the Konjunktiv: indirect speech
    even after a speech act ("warnte, das Gesetz gefährde den Frieden", "kündigte an, dass
    ihre Partei nicht zustimmen werde"); an indicative "stellte klar, dass er ... hält", "sicherte
    zu, ... zu schicken" and a condition ("drohte mit Vergeltung, sollte es ...") stay reports."""
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None or not len(span) or span[0].tag_ in _FINITE:
        return False
    return _subjunctive_in(doc, span.start, span.end)


def _wie_frame(doc, v: int, a: int, b: int) -> bool:
    """Whether cue ``v`` ends a clause ``[a, b)`` "wie <subject> <verb>" that attributes the
    rest of its sentence in any mood ("..., wie der Konzern mitteilte",
    "Wie die Polizei mitteilte, ..."); not "wie berichtet" without a speaker."""
    if doc[a].text.lower() != "wie" or v - a < 3 or any(_newsroom_aside(doc, t, a) for t in range(a + 1, min(a + 3, v))):
        return False  # (nor "Wie berichtet hatte X kritisiert, dass": X's frame of the dass clause)
    end = b
    while end > v and doc[end - 1].is_punct:
        end -= 1
    return v == end - 1 - (doc[end - 1].tag_ == "PTKVZ") and any(doc[t].tag_ in ("NN", "NE", "PPER", "PIS") for t in range(a + 1, v))


def _subjunctive_finite(doc, i: int) -> bool:
    """A finite verb the tagger marks Mood=Sub, Konjunktiv II included ("die Länder würden",
    "sie hätten"): with a speech frame, reported speech."""
    return (_subjunctive(doc)[i] or _texts(doc)[i].lower() in L.KONJUNKTIV_II_FORMS) and doc[i].tag_ in _FINITE


def _reported_mood(doc, i: int) -> bool:
    """Konjunktiv I, or Konjunktiv II in the third person plural, where it stands in for a
    Konjunktiv I that looks like the indicative ("sie hätten", "sie würden"): a report
    without a frame of its own.  Not "es wäre", "er würde": mostly conditional; nor "dürften",
    mostly the writer's guess ("Die Preise dürften steigen")."""
    if _is_konjunktiv(doc, i):
        return True
    morph = doc[i].morph
    return (_subjunctive_finite(doc, i) and "Plur" in morph.get("Number") and "3" in morph.get("Person")
            and _texts(doc)[i].lower() not in L.EPISTEMIC_FORMS)


def _near(doc, i, words) -> bool:
    texts = _texts(doc)
    return (i > 0 and texts[i - 1] in words) or (i + 1 < len(texts) and texts[i + 1] in words)


def _has_tags(doc) -> bool:
    """Whether a tagger ran (checked once per Doc: ``has_annotation`` scans all tokens)."""
    tagged = doc.user_data.get("quotes.tagged")
    if tagged is None:
        tagged = doc.user_data["quotes.tagged"] = doc.has_annotation("TAG")
    return tagged


# --------------------------------------------------------------------------- direct quotes

def find_quoted(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quoted stretches in ``text[start:end]`` as ``(open, close, runs_on)``.

    ``open``/``close`` are the offsets of the content (marks excluded);
    ``runs_on`` is true for a quotation left open at a paragraph end whose
    next paragraph opens with a quotation mark (the German convention for a
    quote over several paragraphs).
    """
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch in L.OPENING and _opens(text, i, start):
            closers = L.QUOTE_PAIRS[ch]
            para_end = text.find("\n\n", i, end)
            para_end = end if para_end < 0 else para_end
            j = i + 1
            while j < para_end and not (text[j] in closers and _closes(text, j, end)):
                j += 1
            if j < para_end:
                out.append((i + 1, j, False))
                i = j + 1
                continue
            nxt = para_end
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if para_end < end and nxt < end and text[nxt] == ch:
                out.append((i + 1, len(text[:para_end].rstrip()), True))
                i = nxt
                continue
        i += 1
    return out


def _opens(text, i, start) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > start else " "
    if ch in "'‘’":
        return False  # apostrophes; single quotes only as ‚…‘ or ›…‹
    if ch in "\"“«»›‹":
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return (prev.isspace() or prev in "([{–—-/:,„»«") and not nxt.isspace()
    return True


def _closes(text, j, end) -> bool:
    nxt = text[j + 1] if j + 1 < end else " "
    return not (nxt.isalnum())


# A quoted phrase right after one of these is part of a noun or prepositional phrase.
_FRAGMENT_OPENERS = L.DETERMINERS | L.POSSESSIVES | L.PREPOSITIONS | {"als", "zum", "zur", "vom", "im", "am", "beim"}


def _is_quotation(text: str, start: int, end: int) -> bool:
    """A quotation, not a scare-quoted term, title or short name."""
    content = text[start:end].strip()
    words = len(content.split())
    if words >= L.MIN_QUOTE_WORDS or (words >= 2 and content[-1:] in ".!?"):
        return True
    framed = _FRAME_AFTER.match(text, end + 1) or text[:start - 1].rstrip().endswith(":")
    return words >= 2 and bool(framed) and (
        not isinstance(framed, re.Match) or framed.group(1).lower() in L.VERB_FORMS or framed.group(1) in L.JOINED_FORMS)


# --------------------------------------------------------------------------- phrases

def _past_space(doc, i: int, end: int) -> int:
    """The first token from ``i`` that is not whitespace (spaCy makes extra spaces tokens)."""
    while i < end and doc[i].is_space:
        i += 1
    return i


def _np_forward(doc, i: int, end: int, glue_genitive: bool = True) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (determiner, adjectives, nouns, names)."""
    j = i
    has_det = False
    if j < end and doc[j].text in L.SPEAKER_PRONOUNS:
        k = i + 1
        if doc[i].text.lower() in ("wir", "ihr"):  # "wir Deutsche", "ihr Grünen"
            while k < end and _is_cap(doc[k]) and doc[k].text not in L.SPEAKER_PRONOUNS:
                k += 1
        return (i, k)
    if j < end and doc[j].text.lower() in L.DETERMINERS:
        has_det = True
        j += 1
    head = None
    while j < end:
        tok = doc[j]
        pos = tok.pos_ if _has_tags(doc) else ""
        if head == i == j - 1 and pos and _prenominal_genitive(doc, i, end):
            head = None  # "Griechenlands linke Opposition"
        if pos in ("VERB", "AUX", "ADP", "ADV", "PUNCT", "CCONJ", "SCONJ"):
            break
        if head is not None and tok.text.lower() in VAGUE_PLURALS:
            break  # "nach Angaben der Polizei Zehntausende Menschen": the quantity opens another phrase
        if _is_cap(tok) and (pos in ("", "NOUN", "PROPN", "ADJ", "NUM", "X") or head is None) and tok.text not in _NOT_SPEAKER:
            head = j
            j += 1
        elif (pos == "ADJ" or (not pos and tok.text.islower() and _ADJ_END.search(tok.text)
              and tok.text not in L.AUXILIARIES and tok.text not in L.VERB_FORMS
              and j + 1 < end and (_is_cap(doc[j + 1]) or doc[j + 1].text.islower() and _ADJ_END.search(doc[j + 1].text)))) and head is None:
            j += 1
        else:
            break
    if head is None:
        return None
    stop = head + 1
    while glue_genitive and has_det and stop + 1 < end and doc[stop].text in ("des", "der") and not _channel_word(doc, stop + 1):
        gen = _np_forward(doc, stop, end, glue_genitive=False)  # "der Chef der Vereinigung der Mittelständler"
        if not gen:
            break
        stop = gen[1]
    if glue_genitive and stop + 1 < end and doc[stop].text in ("und", "sowie") and (
            _is_cap(doc[stop + 1]) or doc[stop + 1].text in L.DETERMINERS):
        other = _np_forward(doc, stop + 1, end, glue_genitive=False)  # "Müller und Schmidt", "Kolleginnen und Kollegen"
        if other:
            stop = other[1]
    return (i, stop)


def _np_backward(doc, j: int, start: int) -> tuple[int, int] | None:
    """The noun phrase ending right before token ``j`` (``Regierung zufolge``)."""
    i = j
    while i > start and (_is_cap(doc[i - 1]) or doc[i - 1].text.lower() in L.DETERMINERS
                         or (doc[i - 1].text.islower() and _ADJ_END.search(doc[i - 1].text) and i < j)):
        i -= 1
        if doc[i].text.lower() in L.DETERMINERS:
            # a determiner ends the phrase unless it opens a genitive (des Ministeriums)
            if i > start and _is_cap(doc[i - 1]) and doc[i].text in ("des", "der"):
                continue
            break
    return (i, j) if i < j and any(_is_cap(doc[k]) for k in range(i, j)) else None


def _speaker_ok(doc, sp) -> bool:
    if sp is None:
        return False
    first = doc[sp[0]]
    if first.text in _NOT_SPEAKER:
        return False
    if sp[1] - sp[0] == 1 and first.text in L.SPEAKER_PRONOUNS:
        return first.text not in ("es",)
    return any(_is_cap(doc[k]) for k in range(sp[0], sp[1]))


def _channel_word(doc, i) -> bool:
    return i < len(doc) and doc[i].text in L.CHANNEL_NOUNS


def _clause_bounds(doc, i: int, s_start: int, s_end: int, stops=_CLAUSE_PUNCT) -> tuple[int, int]:
    """Token range of the clause around ``i``: up to the nearest clause punctuation or
    quotation mark on either side, within the sentence ``[s_start, s_end)``."""
    marks = _boundaries(doc, stops)
    k = bisect_left(marks, i)  # marks[k-1] < i <= marks[k]
    a = max(s_start, marks[k - 1] + 1) if k else s_start
    k = bisect_right(marks, i)  # first mark after i
    b = min(s_end, marks[k]) if k < len(marks) else s_end
    return a, b


def _boundaries(doc, stops) -> list[int]:
    """Sorted indices of the doc's clause punctuation and quotation marks, computed once per doc
    (a cue-dense sentence without commas made the token-by-token walk quadratic)."""
    key = ("depesche.clause_marks", "".join(sorted(stops)))
    marks = doc.user_data.get(key)
    if marks is None:
        marks = [k for k, t in enumerate(_texts(doc)) if (t in stops or t in L.CLOSING or t in L.OPENING)
                 and not _qualifying_bracket(doc, k)]
        doc.user_data[key] = marks
    return marks


# --------------------------------------------------------------------------- cues

def _verb_cue(doc, i: int, s_start: int, s_end: int):
    """``(lemma, kind, particle_index)`` if token ``i`` is a speech verb here."""
    texts = _texts(doc)
    text = texts[i]
    if not text.islower() and not (_opens_sentence(texts, i, s_start) and text[:1].isupper() and text.lower() not in L.INTERJECTIONS):
        return None
    low = text.lower()
    if low in L.HEISSEN_FORMS:  # "hieß es", "es heißt": the wire's unattributed frame, not "Das heißt",
        # nor "heißt es nun abwarten"
        es = i + 1 < s_end and texts[i + 1] == "es" or i > s_start and texts[i - 1] in ("es", "Es")
        _, b = _clause_bounds(doc, i, s_start, s_end)
        verb = any(doc[t].tag_ in ("VVINF", "VAINF", "VMINF", "VVIZU", "PTKZU") for t in range(i + 1, b))
        return ("heißen", "say", None) if es and not verb else None
    if low in L.JOINED_FORMS:
        if i + 1 < s_end and doc[i + 1].tag_ in ("ADJA", "ADJD"):
            return None  # an adverb: "ausgesprochen gut", "eine ausgesprochen kluge Frage"
        lemma, _, kind = L.JOINED_FORMS[low]
        return lemma, kind, None
    readings = L.VERB_FORMS.get(low)
    if not readings:
        return None
    _, b = _clause_bounds(doc, i, s_start, s_end)
    last = b - 1
    while last > i and not _WORD.search(texts[last]):
        last -= 1
    after = _after_fragment(texts, b, s_end)  # "warf der Regierung „Versagen“ vor"
    bare = None
    for lemma, particle, kind in readings:
        if particle is None:
            bare = (lemma, kind, None)
        elif last > i and texts[last] == particle:
            return lemma, kind, last
        elif after is not None and after < s_end and texts[after] == particle:
            return lemma, kind, after
    return bare


def _act_without_content(doc, lemma: str, kind: str, v: int, a: int, b: int, s_end: int, source) -> bool:
    """Whether verb cue ``v`` (clause ``[a, b)``) reports a speech act with no content clause:
    an act verb ("kritisierte den Plan"; "bezeichnen"/"nennen" with "als" or a predicate),
    "sprechen von" (not "sprach X frei"), or a say verb after "Das" with its subject after
    it ("Das teilte X mit", not "Das erinnert an")."""
    if kind == "act":
        return lemma not in L.ALS_VERBS or any(doc[t].text == "als" for t in range(v, b)) or _predicative(doc, v, b, s_end)
    if lemma in L.VON_ACTS and any(doc[t].text in ("von", "vom") for t in range(v + 1, b)):
        return not any(doc[t].tag_ in ("PTKVZ", "ADJD") for t in range(b - 2, b))
    return (v == _past_space(doc, a, b) + 1 and doc[v - 1].text in ("Das", "Dies")
            and source is not None and source[0] > v)


def _stative(doc, v: int, a: int, b: int) -> bool:
    """The participle of an act at token ``v`` states a state with "sein", no one acting
    ("Es sei ausgeschlossen, dass ...", "Die Gäste sollten gewarnt sein"), not a passive
    ("ist ... ausgeschlossen worden", "ist vom Gericht bestätigt")."""
    if doc[v].tag_ != "VVPP":
        return False
    words = {doc[t].text.lower() for t in range(a, b)}
    return bool(words & (L.SEIN_FORMS | {"sein"})) and not words & {"worden", "von", "vom", "durch"}


def _court_sentence(texts, a: int, b: int) -> bool:
    """The clause ``[a, b)`` gives a court's sentence: a penalty after "zu" ("zu drei Jahren Haft",
    "zum Tode") or a court or charge ("das Landgericht", "wegen Betrugs")."""
    for t in range(a, b):
        if texts[t] in L.COURT_WORDS or texts[t].endswith("gericht"):
            return True
        if texts[t] in ("zu", "zum", "zur") and any(texts[u] in L.PENALTY_WORDS or texts[u].endswith("strafe")
                                                   for u in range(t + 1, min(t + 6, b))):
            return True
    return False


def _threat(doc, v: int, a: int, b: int, s_end: int) -> bool:
    """"drohen" at token ``v`` (clause ``[a, b)``) threatens: its clause names what with "mit",
    a zu-infinitive follows the comma that ends it ("drohte, die Linie einzustellen"), or it
    frames the clause before ("..., droht der Minister")."""
    if any(doc[t].text == "mit" for t in range(a, b)):
        return True
    if a > 0 and doc[a - 1].text == "," and _verb_first(doc, v, a):
        before, _ = _clause_bounds(doc, a - 2, 0, a - 1) if a > 1 else (a, a)
        if doc[before].tag_ == "PRELS" and before > 0 and doc[before - 1].text == "," and doc[a - 2].tag_[:1] == "V":
            return False  # "Den Angeklagten, die ... bestreiten, drohen Geldstrafen": a relative clause, no report
        return not any(doc[t].tag_ in ("VVIZU", "PTKZU") for t in range(a, b))  # not "..., droht aber zu scheitern"
    if b >= s_end or doc[b].text != ",":
        return False
    _, c = _clause_bounds(doc, b + 1, b + 1, s_end)
    return any(doc[t].tag_ in ("VVIZU", "PTKZU") or doc[t].text == "zu" for t in range(b + 1, c))


def _predicative(doc, v: int, b: int, s_end: int) -> bool:
    """"nannte den Plan unverantwortlich", "nannte das Vorhaben „grob fahrlässig“": an
    adjective or a quoted fragment says what the object is called, as "als" would."""
    return any(doc[t].tag_ == "ADJD" for t in range(v + 1, b)) or _after_fragment(_texts(doc), b, s_end) is not None


def _after_fragment(texts, b: int, s_end: int) -> int | None:
    """The index right after a short quoted fragment opening at token ``b`` in a sentence
    ending at ``s_end`` (where "warf X „Versagen“ vor" has its particle), or None."""
    if b >= s_end or texts[b] not in L.OPENING:
        return None
    close = next((k for k in range(b + 1, min(s_end, b + 12)) if texts[k] in L.CLOSING), None)
    return close + 1 if close is not None else None


@dataclass
class _Sent:
    start: int  # token indices
    end: int
    para: int


def _sentences(doc) -> list[_Sent]:
    if doc.has_annotation("SENT_START"):
        spans = [(s.start, s.end) for s in doc.sents]
    else:
        from .sentences import sentence_starts

        starts = [0, *sentence_starts(doc), len(doc)]
        spans = list(zip(starts, starts[1:]))
    out, para = [], 0
    for a, b in spans:
        if a > 0 and ("\n" in doc[a - 1].whitespace_ or (doc[a - 1].is_space and "\n" in doc[a - 1].text)):
            para += 1
        a = _past_space(doc, a, b)
        while b > a and doc[b - 1].is_space:
            b -= 1
        out += [_Sent(p, q, para) for p, q in pieces(doc, a, b)]  # a run-on in pieces: the scans stay linear
    return out


# --------------------------------------------------------------------------- the finder

class SpeechFinder:
    """Find speech events in a Doc.

    ``extra_cues`` (lower-cased forms, e.g. :func:`learnt_cues`) widens the cue
    notion to SpkAtt's: thought, attitude and parliamentary documents
    (``glaube``, ``Antrag``).  They make events for that benchmark, never
    quotes.  (Matching other inflections by stem cost more precision than it
    gained recall.)  ``extra_lemmas`` (:func:`cue_lemmas`: ``lemma/class`` keys)
    does the same by the tagger's lemma, so unseen inflections count too.
    ``ranker``: the learnt source ranker (:func:`.quote_source.load`) by default,
    ``None`` for the rules alone.
    """

    def __init__(self, extra_cues: frozenset[str] = frozenset(), ranker="shipped", extra_lemmas: frozenset[str] = frozenset()):
        self.extra_cues = extra_cues
        self.extra_lemmas = extra_lemmas  # "lemma/class" keys (:func:`lemma_key`), matched when a tagger ran
        if ranker == "shipped":  # the learnt source ranker (:mod:`.quote_source`); None: the rules alone
            from .quote_source import load

            ranker = load()
        self.ranker = ranker

    def events(self, doc, start: int = 0, end: int | None = None, text: str | None = None) -> list[Event]:
        """Speech events in ``text[start:end]`` (``text`` is ``doc.text``, passed to save rebuilding it)."""
        text = doc.text if text is None else text
        end = len(text) if end is None else end
        sents = [s for s in _sentences(doc) if doc[s.start].idx >= start and doc[s.end - 1].idx < end]
        quoted = find_quoted(text, start, end)
        turns = _interview_turns(doc, sents)
        quotations = [q for q in quoted if _is_quotation(text, q[0], q[1]) and self._stands_alone(text, q)
                      and not any(t.message[0] <= q[0] < t.message[1] for t in turns)]
        fragments = [q for q in quoted if q not in quotations]
        events: list[Event] = list(turns)
        in_quote = set()
        for q in quotations:
            for t in doc.char_span(q[0] - 1, q[1] + 1, alignment_mode="expand") or []:
                in_quote.add(t.i)
        for turn in turns:
            in_quote.update(range(turn.source[0], turn.source[1] + 1))
            in_quote.update(t.i for t in doc.char_span(*turn.message, alignment_mode="expand") or ())
        sent_of = {}
        for k, s in enumerate(sents):
            for t in range(s.start, s.end):
                sent_of[t] = k
        direct = self._direct(doc, text, sents, quotations, sent_of)
        events.extend(direct)
        for k, s in enumerate(sents):
            if all(t in in_quote for t in range(s.start, s.end) if _WORD.search(doc[t].text)):
                continue
            events.extend(self._frame_events(doc, k, s, in_quote, direct, fragments))
        if events and _has_tags(doc) and _stts(doc):
            if self.ranker is not None:
                self.ranker.rerank(doc, sents, events, keep=not self.extra_lemmas)
            for ev in events:
                news = not self.extra_lemmas and ev.cue
                if news and _speaks_inside_message(doc, ev):
                    # "Der Streik sei ausgerufen worden, teilte X mit": not "Der Streik", but X
                    ev.source = _subject_of_frame(doc, ev.cue[0], sents[ev.sent])
                elif news and ev.source is None:
                    ev.source = _passive_body(doc, ev.cue[0], sents[ev.sent])  # "Beim Landesamt wurde betont"
                if ev.source is not None and ev.cue:
                    ev.source = _with_named_apposition(doc, _with_affiliation(doc, ev.source, ev.cue), ev.cue)
                    ev.source, channel = _dative_channel(doc, ev.source, ev.cue, sents[ev.sent])
                    ev.channel = ev.channel or channel
        events.sort(key=lambda e: (e.sent, e.message[0] if e.message else doc[e.cue[0]].idx if e.cue else 0))
        self._continue(doc, sents, events, in_quote, fragments)
        if _stts(doc):
            events = [e for e in events if not _title(doc, e)]
        events.sort(key=lambda e: (e.sent, e.message[0] if e.message else doc[e.cue[0]].idx if e.cue else 0))
        _number_groups(events)
        return events

    # -- direct speech
    @staticmethod
    def _stands_alone(text, q) -> bool:
        """A quotation is its own clause: not a noun-phrase fragment inside a sentence."""
        a, b = q[0] - 1, q[1] + 1
        before = text[:a].rstrip()
        after = text[b:].lstrip()
        if not before or before[-1] in ":,.!?\n–—-" or before.endswith(tuple(L.CLOSING)):
            return True
        if text[q[1] - 1:q[1]] in ".!?":
            return True
        if before.split()[-1].lower() in _FRAGMENT_OPENERS:
            return False  # "sprach von einem „guten Tag für Europa“", "lobte X als „Anker der Stabilität“"
        if after[:1] in (",", ""):
            return True
        return not after[:1].isalpha()

    def _direct(self, doc, text, sents, quotations, sent_of) -> list[Event]:
        events: list[Event] = []
        group = 0
        prev = None
        prev_runs_on = False
        for q in quotations:
            qs, qe, runs_on = q
            span_toks = doc.char_span(qs, qe, alignment_mode="expand")
            if span_toks is None or len(span_toks) == 0:
                continue
            first, last = span_toks.start, span_toks.end
            k1 = sent_of.get(first)
            k2 = sent_of.get(last - 1)
            if k1 is None or k2 is None:
                continue
            ev = Event(cue=[], kind="direct", sent=k1, message=(qs, qe))
            # frame after the closing mark, in the same sentence: ", sagte X."
            after_start = last + 1
            s2 = sents[k2]
            found = self._frame_cue(doc, after_start, s2.end, s2)
            if found is None:
                # frame before the opening mark: "X sagte: ..." / "Laut X: ..."
                s1 = sents[k1]
                found = self._frame_cue(doc, s1.start, first - 1, s1, before_quote=True)
            if found:
                ev.cue, ev.source, ev.channel = found
                if prev is not None and prev.sent == ev.sent and not prev.cue:
                    prev.cue, prev.source, prev.channel = ev.cue, ev.source, ev.channel
                    group += 1
                    prev.group = ev.group = group
            elif prev is not None and prev.cue and (prev.sent == ev.sent or prev_runs_on) and _frame_between(text, prev, ev):
                ev.cue, ev.source, ev.channel = prev.cue, prev.source, prev.channel
                ev.continuation = prev_runs_on
                if prev.group is None:
                    group += 1
                    prev.group = group
                ev.group = prev.group
            elif prev is not None and prev_runs_on:
                ev.continuation = True
            prev_runs_on = runs_on
            prev = ev
            events.append(ev)
        return events

    def _frame_cue(self, doc, a: int, b: int, s: _Sent, before_quote: bool = False):
        """Cue, source and channel of a frame clause in tokens ``[a, b)``."""
        a = max(a, s.start)
        b = min(b, s.end)
        for i in range(a, b):
            if doc[i].text in L.OPENING or (doc[i].text in L.CLOSING and i > a):
                b = i
                break
        cue = next(((i, c) for i in range(a, b) if (c := _verb_cue(doc, i, a, b))), None)
        if cue is None:
            if before_quote and b - 1 >= a and doc[b - 1].text == ":":  # "Der Minister: ..."
                sp = _np_backward(doc, b - 1, a)
                if _speaker_ok(doc, sp):
                    return [], sp, None
            return self._prep_frame(doc, a, b)
        i, (lemma, kind, part) = cue
        cue_toks = [i] + ([part] if part is not None else [])
        source = self._source(doc, i, a, b, a, b)
        return cue_toks, source, self._channel(doc, i, b)

    def _prep_frame(self, doc, a, b):
        for i in range(a, b):
            t = doc[i].text
            if t in L.SOURCE_BEFORE:
                sp = _np_forward(doc, i + 1, b)
                if sp:
                    return [i], sp, None
            if t in L.SOURCE_AFTER:
                sp = _np_backward(doc, i, a)
                if sp:
                    return [i], sp, None
        return None

    def _source(self, doc, v: int, a: int, b: int, s_start: int | None = None, s_end: int | None = None):
        """Speaker of cue verb ``v`` in the clause ``[a, b)`` of the sentence
        ``[s_start, s_end)``: by word lists, and if a parenthesis or an
        infinitive clause cut it from its subject (``X hat das, wie ich finde,
        angesprochen``, ``Ich bin froh, hier sprechen zu dürfen``), from
        ``s_start``; when a tagger ran, from STTS clause structure, the word lists
        kept only for a frame clause opening with its verb."""
        quoted = _quoted_person(doc, v, a, b) if _stts(doc) and doc[v].lemma_ == "zitieren" else None
        if quoted is not None:
            return quoted
        sp = _clause_subject(doc, v, a, b)
        if sp is None and s_start is not None and s_start < a and doc[v].text.islower():
            sp = _clause_subject(doc, v, s_start, b, whole=True)
        if s_start is None or s_end is None or not _stts(doc):
            return sp
        # STTS clause structure first (it keeps "auch wir", "wir als Fraktion", relative
        # pronouns and subjects before an insertion); the word lists only for a frame
        # clause that opens with its verb ("..., sagte der Minister", "teilte X mit"),
        # where the STTS rules would take the reported clause's subject, unless the tags
        # find a subject after the verb as well
        if sp is not None and not _may_be_subject(doc, sp):
            sp = None
        st = _experiencer(doc, v, a, b) or _stts_source(doc, v, s_start, s_end)
        if sp is None or not _verb_first(doc, v, a) or st is not None and (
                st[0] > v or sp[0] < v or _subject_before_insertion(doc, a, s_start) is not None
                or _second_clause(doc, v, a, s_start)):  # "X lobte den Plan, verurteilte aber die Drohungen"
            if (st is not None and sp is not None and v < sp[0] <= st[0] and st[1] < sp[1] and _verb_first(doc, v, a)
                    and any(doc[t].tag_ == "NE" or doc[t].ent_iob_ in ("B", "I") for t in range(st[1], sp[1]))):
                return _vetted(doc, v, sp)  # the same subject, with the name the tags cut off ("der Kieler Anwalt X")
            return st  # "X, mit denen ich spreche, kritisieren die Hürden": X
        return _vetted(doc, v, sp)

    def _channel(self, doc, v: int, b: int):
        for i in range(v + 1, b):
            if doc[i].text in L.CHANNEL_NOUNS and i > 0 and doc[i - 1].text.lower() in L.DETERMINERS:
                j = i + 1
                while j < b and _is_cap(doc[j]) and doc[j].text not in L.CHANNEL_NOUNS:
                    j += 1
                return (i - 1, j)
        return None

    # -- indirect and reported speech
    def _frame_events(self, doc, k: int, s: _Sent, in_quote, direct, fragments) -> list[Event]:
        toks = [i for i in range(s.start, s.end) if i not in in_quote]
        if not toks:
            return []
        out = []
        used = set()
        for ev in direct:
            used.update(ev.cue)
        texts = _texts(doc)
        for i in toks:
            if i in used:
                continue
            c = _verb_cue(doc, i, s.start, s.end)
            if c is None:
                if texts[i] in L.SPEECH_NOUNS:  # "die Forderung der Opposition, dass ..."
                    a, b = _clause_bounds(doc, i, s.start, s.end)
                    # after "nach", "trotz" …, only a clause of its own ("Nach Vorwürfen X, Y seien ..., leitete"),
                    # not the clause it is the occasion of ("wurde nach Kritik gestrichen")
                    content = self._content(doc, i, a, b, s, in_quote, before=not _occasion(doc, i, s.start))
                    if content is not None:
                        out.append(Event(cue=[i], kind="indirect", sent=k, message=content,
                                         source=self._noun_source(doc, i, a, b, (s.start, s.end))))
                        continue
                part = _particle_lemma(doc, i, s, self.extra_lemmas) if self.extra_lemmas else None
                if part is not None:  # "Wir stimmen dem Antrag zu": the verb with its particle
                    a, b = _clause_bounds(doc, i, s.start, s.end)
                    used.add(part)
                    out.append(Event(cue=[i, part], kind=None, sent=k, source=self._source(doc, i, a, b, s.start, s.end),
                                     message=self._content(doc, i, a, b, s, in_quote)))
                    continue
                if self._learnt_cue(doc, i, s, texts):
                    # no quote, but an event for the benchmark
                    a, b = _clause_bounds(doc, i, s.start, s.end)
                    if _verbal(doc, i, s):
                        out.append(Event(cue=[i], kind=None, sent=k, source=self._source(doc, i, a, b, s.start, s.end),
                                         message=self._content(doc, i, a, b, s, in_quote)))
                    else:
                        out.append(Event(cue=[i], kind=None, sent=k, source=self._noun_source(doc, i, a, b, (s.start, s.end))))
                continue
            lemma, kind, part = c
            if _newsroom_aside(doc, i, s.start) or not self.extra_lemmas and _attributive(doc, i, s.end):
                continue  # (SpkAtt counts "die angekündigte Reform" as an event; news reports no act there)
            if doc[i].text == lemma and any(doc[t].text.startswith(("ließ", "lass", "läss")) for t in range(s.start, i)):
                continue  # "ließ sich bestätigen": lassen + infinitive is not a speech act
            used.add(i)
            a, b = _clause_bounds(doc, i, s.start, s.end)
            if lemma in L.POLICY_ACTS and not any(texts[t] in L.POLICY_NOUNS for t in range(a, b)) or (
                    lemma in L.FUER_ACTS and not {"sich", "für"} <= {texts[t] for t in range(a, b)}) or (
                    kind == "act" and not self.extra_lemmas and _stative(doc, i, a, b)):
                continue  # "verteidigte den Titel", "setzte Tränengas ein", "ist ausgeschlossen": no speech act
                # (SpkAtt's wider notion counts a stated attitude as an event)
            cue = [i] + ([part] if part is not None else [])
            source = _heissen_source(doc, i, a, b) if lemma == "heißen" else self._source(doc, i, a, b, s.start, s.end)
            ev = Event(cue=cue, kind=None, sent=k, source=source, channel=self._channel(doc, i, b))
            ev.addressee = next(((t, t + 1) for t in range(a, b) if doc[t].text in L.DATIVE_PRONOUNS
                                 and not (ev.source and ev.source[0] <= t < ev.source[1])), None)
            content = self._content(doc, i, a, b, s, in_quote)
            if lemma in L.THREAT_ACTS and not _threat(doc, i, a, b, s.end) and not (
                    content is not None and _konjunktiv_clause(doc, content)):
                continue  # "dem Fahrer drohen Strafen", "droht zu scheitern": no speech act
            if lemma in L.JUDICIAL_ACTS and _court_sentence(texts, a, b):
                continue  # "wurde zu drei Jahren Haft verurteilt": a court's sentence, not a condemnation
            if lemma in L.CLAIM_ACTS and not (content is not None and _konjunktiv_clause(doc, content)) and not any(
                    texts[t].lower().endswith(_CLAIM_ENDINGS) or texts[t].lower() in L.PRONOUNS_OF_CLAIMS
                    for t in range(_fronted_object_start(doc, s.start, a), b)):
                continue  # "wies Personen an der Grenze zurück": no claim rejected ("den Pressebericht" is one)
            if content is None and kind == "say" and _stts(doc):
                content = _indicative_complement(doc, i, a, b, s, in_quote, ev.source)
            negated = any(doc[t].text in L.NEGATION for t in range(a, b))
            if content is not None:
                ev.message = content
                ev.kind = "indirect" if kind != "act" or _wie_frame(doc, i, a, b) or _konjunktiv_clause(doc, content) and not any(
                    doc[t].text in L.SPEECH_NOUNS for t in range(i + 1, b)) else "reported"  # not "wies Vorwürfe zurück, X habe"
                # "X sei falsch, erläuterte Koch.": a verb opening the clause after what it reports, its
                # subject after it, names the speaker by syntax (the ranker, trained on speeches, takes a
                # bare noun after "kritisierte" for its object)
                ev.fixed = bool(ev.kind == "indirect" and ev.source and ev.source[0] > i and a > s.start
                                and doc[a - 1].text == "," and _verb_first(doc, i, a) and content[1] <= doc[a - 1].idx)
            elif not negated and _act_without_content(doc, lemma, kind, i, a, b, s.end, ev.source):
                ev.kind = "reported"
                ev.message = _clause_text(doc, s, in_quote)
            if ev.kind == "reported":
                ev.message = _clause_text(doc, s, in_quote)
                if a > s.start and doc[a].tag_ == "PRELS":
                    ev.message = _char_span(doc, a, _trim(doc, a, b))  # "X, der den Plan verteidigt hatte," its clause
                    ev.relative = True
            out.append(ev)
            other = _other_part(doc, a, b, s, ev.message, in_quote) if ev.kind == "indirect" else None
            if other is not None:  # "Die Lage, sagte X, sei ernst": two spans, one report
                ev.group = -1 - i  # unique in the doc until _number_groups numbers it
                out.append(replace(ev, message=other, fragments=[]))
        if self.extra_lemmas:
            out += _evaluation_events(doc, k, s, toks, out)
        if not any(e.kind for e in out):
            prep = self._prep_event(doc, k, s, in_quote)
            if prep:
                out.append(prep)
            else:
                out += _so_frame(doc, k, s)
        for ev in out:
            if ev.message:
                ev.fragments = [(f0, f1) for f0, f1, _ in fragments if ev.message[0] <= f0 and f1 <= ev.message[1]]
        return out

    def _learnt_cue(self, doc, i: int, s, texts) -> bool:
        """Token ``i`` is a cue of SpkAtt's wider notion by the learnt forms or lemmas."""
        return (texts[i].lower() in self.extra_cues or (self.extra_lemmas and (
            lemma_key(doc[i]) in self.extra_lemmas or _frame_cue_lemma(doc, i, s)))) and not _name_or_function_word(doc, i)

    def _noun_source(self, doc, i, a, b, s=None):
        if s is not None and _stts(doc):
            return _stts_noun_source(doc, i, a, b, *s)
        if i + 2 < b and doc[i + 1].text in ("des", "der", "von") and doc[i].text not in L.TOPIC_NOUNS:
            sp = _np_forward(doc, i + 1 if doc[i + 1].text != "von" else i + 2, b)
            if _speaker_ok(doc, sp):
                return (i + 1, sp[1])  # with "von": "der Antrag von Ihnen"
        for j in (i - 1, i - 2):  # "Ihr Antrag", "meine persönliche Frage"
            if j >= a and doc[j].text.lower() in L.POSSESSIVES:
                return (j, j + 1)
        if i + 1 < b and doc[i + 1].text in ("von", "aus"):
            sp = _np_forward(doc, i + 2, b)
            if _speaker_ok(doc, sp):
                return (i + 1, sp[1])
        if doc[i].text in L.SUBJECT_NOUNS:  # "ich habe den Eindruck", "Verdi hat Vorschläge vorgelegt"
            return _light_verb_subject(doc, i, a)
        return None

    def _content(self, doc, v, a, b, s, in_quote, before: bool = True):
        """Char span of the content clause of cue ``v`` (dass/ob clause without its conjunction,
        as the gold guidelines have it, or Konjunktiv clause); none for a cue in an infinitive
        of what was not said ("ohne Zahlen zu nennen"); ``before``: a clause before the cue's may be it."""
        if doc[a].text.lower() in L.INFINITIVE_CONJUNCTIONS - {"um"}:  # "um zu verkünden, dass ..." reports
            return None
        if _wie_frame(doc, v, a, b):  # "Der Gewinn sank, wie der Konzern mitteilte": the rest
            if a > s.start and doc[a - 1].text == ",":
                return _char_span(doc, s.start, a - 1)
            if a == s.start and b + 1 < s.end and doc[b].text == ",":
                return _char_span(doc, b + 1, _content_end(doc, b + 1, s, in_quote))
        # dass/ob clause after the cue's clause
        j = b
        while j < s.end and doc[j].text in (",",):
            j += 1
        if j + 1 < s.end and doc[j].text in L.CONTENT_CONJUNCTIONS:
            return _char_span(doc, j + 1, _content_end(doc, j, s, in_quote))
        for t in range(v + 1, b - 1):
            if doc[t].text in L.CONTENT_CONJUNCTIONS:
                return _char_span(doc, t + 1, _content_end(doc, t, s, in_quote))
        # Konjunktiv clause after: "X sagte, er sei ...", "X sagte, die Länder würden ..."
        # (not an adverbial infinitive: "sagte X, ohne Zahlen zu nennen")
        if b + 1 < s.end and doc[b].text in (",", ":") and doc[b + 1].text.lower() not in L.INFINITIVE_CONJUNCTIONS and (
                doc[b + 1].tag_ != "KOUS") and not _opens_relative(doc, b + 1, s.end):
            # not an adverbial clause ("beharrt darauf, weil sie ... könnten") nor a relative one
            # ("zählte nach eigenen Angaben 40 Boote, von denen 12 ... hätten")
            end = _content_end(doc, b + 1, s, in_quote)
            if _subjunctive_in(doc, b + 1, end):  # also after a colon: "X sagte: Die Lage sei ernst"
                return _char_span(doc, b + 1, end)
            if doc[b].text == "," and (b + 1 < end and doc[b + 1].text == "zu" or any(
                    doc[t].text == "zu" and t + 1 < end and doc[t + 1].text.islower() for t in range(b + 1, end)) and self._act_infinitive(doc, v)):
                return _char_span(doc, b + 1, end)  # a zu-infinitive after a comma only
        # Konjunktiv clause before: "Er sei ..., sagte X."; any clause before a frame that
        # ends the sentence with its verb first ("Der Mann soll ... haben, teilte die Polizei mit.")
        if a > s.start and doc[a - 1].text == "," and before and doc[a].tag_ != "PRELS":
            # (not from a relative clause: "kein Platz für Gruppen, die zu Hass aufrufen" reports no Platz)
            start = s.start
            if (_subjunctive_in(doc, start, a - 1)
                    or any(t in in_quote for t in range(start, a - 1))
                    or doc[v].tag_ in _FINITE and _verb_first(doc, v, a) and not _WORD.search(doc[b:s.end].text)):
                return _char_span(doc, start, a - 1)
        return None

    @staticmethod
    def _act_infinitive(doc, v) -> bool:
        return any(r and r[-1] == "act" for r in _readings(doc, v))

    def _prep_event(self, doc, k, s, in_quote) -> Event | None:
        """``laut X``, ``X zufolge``, ``nach Angaben von X``, ``wie X sagte``: the rest is the message."""
        texts = _texts(doc)
        for i in range(s.start, s.end):
            t = texts[i]
            sp = None
            if t in L.SOURCE_BEFORE:
                sp = _np_forward(doc, _past_space(doc, i + 1, s.end), s.end)
                frame = (i, sp[1]) if sp else None
                if sp and (author := _author_of(doc, sp, s.end)) is not None:
                    sp, frame = author, (i, author[1])  # "laut Angaben der Polizei": the police
            elif t in L.SOURCE_AFTER:
                sp = _np_backward(doc, i, s.start)
                if sp and sp[0] - 1 > s.start and texts[sp[0] - 1] in ("vom", "von") and texts[sp[1] - 1].lower() in (
                        *WEEKDAYS, *MONTHS):  # "dem Bericht vom Donnerstag zufolge": the report, not the day
                    sp = (_np_backward(doc, sp[0] - 1, s.start) or (sp[0] - 1,))[0], sp[1]
                frame = (sp[0], i + 1) if sp else None
            elif t.lower() == "nach" and i + 1 < s.end and (n := _nach_noun(texts, i + 1, s.end)) is not None:
                # "nach Angaben", "nach ersten Erkenntnissen", "nach Polizeiangaben"
                j = _past_space(doc, n + 1, s.end)
                if j < s.end and texts[j] in ("von", "aus"):  # "nach Angaben aus Regierungskreisen"
                    j = _past_space(doc, j + 1, s.end)  # "nach Angaben von  Minister X": a double space
                elif n > i + 1 and not (j < s.end and texts[j] in ("der", "des")):
                    j = s.end  # "nach eigenen Angaben verkaufte ...": no source phrase follows
                # a compound names its source in the word ("nach Konzernangaben"), if a body
                sp = (_np_forward(doc, j, s.end) if texts[n] in L.NACH_NOUNS
                      else (n, n + 1) if _compound_body(texts[n]) or _name_prefix(texts[n]) else None)
                frame = (i, sp[1]) if sp else (i, n + 1)
                if texts[n - 1] == "eigenen" and _stts(doc):  # the clause's own subject: "X verkaufte nach eigenen Angaben"
                    f = next((v for v in range(s.start, s.end) if doc[v].tag_ in _FINITE), None)
                    sp = _stts_subject(doc, f, s.start, s.end) if f is not None else None
                elif sp is None and n == i + 2 and (texts[n - 1].endswith("schen") or texts[n - 1].lower() in L.POSSESSIVES):
                    sp = (n - 1, n)  # "nach armenischen Angaben": the adjective's country; "nach seinen Worten"
            else:
                continue
            ev = Event(cue=[i] if t.lower() != "nach" else [n], kind="indirect", sent=k, source=sp)
            if sp and doc[sp[0]].text.lower() in L.DETERMINERS and sp[0] + 1 < sp[1] and doc[sp[0] + 1].text in L.CHANNEL_NOUNS:
                ev.channel = sp
            if sp and _stts(doc) and _not_a_source(doc, sp):
                ev.source = _author(doc, sp, s.end)  # "laut Masterplan": a text, not a speaker
            ev.fixed = ev.source is not None  # the frame names its source: no candidate can beat it
            ev.message = _relative_rest(doc, i, s, frame) or _rest(doc, s, frame, in_quote)
            return ev if ev.message else None
        return None

    def _continue(self, doc, sents, events, in_quote, fragments):
        """Konjunktiv sentences without a cue continue the last speaker's report, and so does a
        sentence that says it does ("Demnach wurden zwei Menschen verletzt"), in any mood, with
        any act it reports ("Die Rebellen forderten demnach ...") as what was reported."""
        texts = _texts(doc)
        by_sent = {}
        for ev in events:
            by_sent.setdefault(ev.sent, []).append(ev)
        last = None
        last_k = -10
        for k, s in enumerate(sents):
            evs = by_sent.get(k, [])
            # (the mood is looked up only where a report could continue: it is the costly part)
            near = last is not None and (k - last_k == 1 or k - last_k == 2 and s.para == sents[last_k].para)
            reported = (bool(evs) or near) and any(_reported_mood(doc, t) for t in range(s.start, s.end) if t not in in_quote)
            said = near and any(texts[t].lower() in L.CONTINUATION_ADVERBS for t in range(s.start, s.end))  # "demnach":
            # of the report before, said by whoever it was, if anyone was named
            if said:  # the sentence's own acts are part of the report it continues
                evs = [e for e in evs if e.kind != "reported"]
                reported = True
            for e in evs:  # a quotation with no frame of its own, right after a report
                if (e.kind == "direct" and e.source is None and not e.cue and last is not None
                        and k - last_k <= 1 and last.source is not None):
                    e.source, e.parent, e.continuation = last.source, last, True
                elif (e.kind and e.source is None and e.cue and texts[e.cue[0]].lower() in L.HEISSEN_FORMS
                      and near and last.source is not None and not any(
                          texts[t] in L.SPEECH_NOUNS or texts[t] in L.CHANNEL_NOUNS for t in range(*_clause_bounds(doc, e.cue[0], s.start, s.end)))):
                    e.source = last.source  # "..., hieß es." after a report: its source goes on (not "in einer Mitteilung")
                elif (e.kind and e.source is None and e.cue and near and last.source is not None and e.cue[0] > 1
                      and texts[e.cue[0] - 1].lower() in L.ANAPHORIC_DETERMINERS and texts[e.cue[0]] in L.NACH_NOUNS):
                    e.source, e.parent = last.source, last  # "nach diesen Angaben": those of the report before
            # a cue without a message inside a Konjunktiv sentence is part of the report
            if any(e.kind for e in evs) or (evs and not reported):
                # the report goes on, not a cue without a message inside it ("X hätten ihn festgehalten, sagte Y")
                last, last_k = _last_report(evs), k
                continue
            # one sentence without a report may come between, in the same paragraph
            if last is None or k - last_k > 2 or k - last_k == 2 and s.para != sents[last_k].para or (
                    s.para - sents[last_k].para > 1 or not reported):
                if evs:
                    last, last_k = evs[-1], k
                continue
            if doc[s.end - 1].text == "?":
                continue
            ev = Event(cue=[], kind="indirect", sent=k, source=last.source, continuation=True,
                       channel=last.channel)
            ev.message = _clause_text(doc, s, in_quote)
            ev.fragments = [(f0, f1) for f0, f1, _ in fragments if ev.message[0] <= f0 and f1 <= ev.message[1]]
            ev.parent = last
            events.append(ev)
            last, last_k = ev, k


def _speaks_inside_message(doc, ev: Event) -> bool:
    """A verb frame's source inside the Konjunktiv clause it reports: a subject of what was
    said, taken where the frame's own subject was not found (an indicative clause before may
    share its subject with the verb: "X bestätigte ..., äußerte sich aber nicht")."""
    v = ev.cue[0] if ev.cue else None
    if ev.kind != "indirect" or ev.source is None or not ev.message or v is None or not doc[v].tag_.startswith("V"):
        return False
    chars = _char_span(doc, *ev.source)
    return (chars is not None and ev.message[0] <= chars[0] and chars[1] <= ev.message[1]
            and _konjunktiv_clause(doc, ev.message))


def _subject_of_frame(doc, v: int, sent) -> tuple[int, int] | None:
    """The subject after a finite verb that opens its clause after a comma ("..., sagt X am
    Montag"), or None: the source of a frame whose subject the clause rules missed."""
    if doc[v].tag_ not in _FINITE or v == sent.start or doc[v - 1].text != ",":
        return None
    cb = next((t for t in range(v + 1, sent.end) if _bound(doc, t)), sent.end)
    return _first_subject(doc, v + 1, cb, v)


def _passive_body(doc, v: int, sent) -> tuple[int, int] | None:
    """In a passive without an agent the body where it was said: "Im Ministerium wurde betont,
    dass ..." (news only: in parliament "im Ausschuss wurde beschlossen" has no speaker)."""
    ca, cb = _clause_bounds(doc, v, sent.start, sent.end)
    return _locative_body(doc, ca, cb) if _passive_agent(doc, v, ca, cb) is None else None


def _text_noun(doc, t: int) -> bool:
    """A statement, its document or a medium, compounds too ("Erklärung", "Zeitung", "Prüfbericht")."""
    text = doc[t].text
    return (text in L.SPEECH_NOUNS or text in L.CHANNEL_NOUNS or text in L.STATEMENT_DOCUMENTS
            or doc[t].tag_ == "NN" and text.lower().endswith(_TEXT_ENDINGS))


def _opens_relative(doc, k: int, end: int) -> bool:
    """Token ``k`` opens a relative clause ending by ``end``: a relative pronoun (after a
    preposition too: "von denen") whose clause has its finite verb last only; the tagger's
    PRELS before a verb-second clause is an article ("die Türkei setze ...")."""
    p = k + 1 if doc[k].tag_ in ("APPR", "APPRART") else k
    if p >= end or doc[p].tag_ != "PRELS":
        return False
    cb = next((t for t in range(p + 1, end) if _bound(doc, t)), end)
    while cb > p + 1 and not _WORD.search(doc[cb - 1].text):
        cb -= 1
    fins = [t for t in range(p + 1, cb) if doc[t].tag_ in _FINITE]
    return bool(fins) and fins[0] == cb - 1


def _last_report(evs: list[Event]) -> Event:
    """The report of a sentence that a next one continues: the last with a kind not made in
    a relative clause ("All das, was X ankündigt, ist nie finanzierbar, glaubt Y": Y's), else
    the last with a kind, else the last."""
    kinded = [e for e in evs if e.kind]
    return ([e for e in kinded if not e.relative] or kinded or evs)[-1]


_GENITIVE_DETERMINERS = frozenset({"des", "der", "eines", "einer"}) | {p for p in L.POSSESSIVES if p.endswith(("er", "es"))}


def _author_of(doc, sp, end: int) -> tuple[int, int] | None:
    """Who made the statement or text named by the noun phrase ``sp`` ("Angaben der Polizei",
    "einer Studie von Forschern um X (Uni Y)", "Ankündigungen aus Regierungskreisen"): the
    genitive or the phrase after "von"/"aus" that follows the noun, or None."""
    noun = doc[sp[1] - 1]
    if noun.tag_ != "NN" or _person_noun(noun) or _body_noun(noun):
        return None  # "laut Generalinspekteur der Geheimdienste, X": the person speaks
    j = _past_space(doc, sp[1], end)
    if j + 1 >= end:
        return None
    word = doc[j].text
    if word in _GENITIVE_DETERMINERS:
        author = _np_forward(doc, j, end)
    elif word in ("von", "vom", "aus"):
        author = _np_forward(doc, _past_space(doc, j + 1, end), end)
    else:
        return None
    if author is None or doc[author[1] - 1].text.lower() in (*WEEKDAYS, *MONTHS):
        return None  # "laut Angaben vom Samstag": a date, not an author
    k = _past_space(doc, author[1], end)
    if k + 1 < end and doc[k].text == "um" and (around := _np_forward(doc, _past_space(doc, k + 1, end), end)):
        k = _past_space(doc, around[1], end)  # "Forscher um Eva Roth"
    else:
        k = author[1]
    return (author[0], _past_parenthesis(doc, k, end))  # "(Uni Kiel)"


def _fronted_object_start(doc, s_start: int, a: int) -> int:
    """Where the object of a verb opening the clause at ``a`` may begin: the sentence start if
    its first clause has no finite verb ("Roths Vorschlag, Daten zu sammeln, wies X zurück"),
    else ``a`` ("Sie stellte ... fest, wies Personen zurück")."""
    k = s_start
    while k < a and not _bound(doc, k):
        if doc[k].tag_ in _FINITE:
            return a
        k += 1
    return s_start


def _occasion(doc, i: int, s_start: int) -> bool:
    """Speech noun ``i`` after "nach", "trotz", "wegen" … (past adjectives), outside the "nach
    Angaben" frames: the occasion of an act ("wurde nach Kritik gestrichen"), not a report."""
    k = i - 1
    while k >= s_start and doc[k].tag_ in ("ADJA", "ART", "PIAT"):
        k -= 1
    return k >= s_start and doc[k].text.lower() in L.OCCASION_PREPOSITIONS and doc[i].text not in L.NACH_NOUNS


def _attributive(doc, i: int, s_end: int) -> bool:
    """Token ``i`` is a participle before the noun it qualifies ("der kritisierten Bevorzugung",
    "die angekündigten Maßnahmen"): no act is reported."""
    text = doc[i].text
    participle = "ge" in text[1:-3] or text.endswith(("ierte", "ierten", "ierter", "iertes", "iertem"))
    return participle and doc[i].tag_ == "ADJA" and i + 1 < s_end and doc[i + 1].tag_ == "NN" and i > 0 and (
        doc[i - 1].tag_ in ("ART", "APPRART", "PDAT", "PPOSAT", "PIAT"))  # not "Das kündigte X an" mis-tagged


def _newsroom_aside(doc, i: int, s_start: int) -> bool:
    """Participle ``i`` in "Wie (bereits) berichtet, hat X ..." without an agent or an auxiliary:
    the paper's pointer to its own earlier report, not a frame ("wie von X berichtet" is one)."""
    if doc[i].text not in L.ASIDE_PARTICIPLES or i + 1 < len(doc) and doc[i + 1].text in L.WERDEN_FORMS:
        return False
    k = i - 1
    while k >= s_start and doc[k].tag_ == "ADV" and doc[k].text.lower() != "wie":
        k -= 1  # "bereits", "schon"
    return k >= s_start and doc[k].text.lower() == "wie" and (k == s_start or doc[k - 1].text in (",", "(", "–", "-"))


def _has_verb(doc, i: int, j: int) -> bool:
    """Whether a token of ``[i, j)`` is a verb by its STTS tag."""
    return any(doc[t].tag_[:1] == "V" for t in range(i, j))


def _title(doc, ev: Event) -> bool:
    """A quoted span with no verb that no one says (no frame, no speaker, no report it
    continues) is a title, a name or a phrase quoted in passing ("der Verein „Hilfe für
    Kinder in Not“", "gleichsam als ein ‚Fels in der Brandung‘"), not a quotation."""
    if ev.kind != "direct" or ev.cue or ev.source is not None or ev.continuation:
        return False
    span_ = doc.char_span(*ev.message, alignment_mode="expand")
    return span_ is not None and not _has_verb(doc, span_.start, span_.end)


def _sentence_of(doc, i: int) -> tuple[int, int]:
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    return sent.start, sent.end


def _name_or_function_word(doc, i: int) -> bool:
    """By its tags a token is a name ("Herr Weiß") or a function word ("meine" as a possessive),
    whatever learnt cue form it shares."""
    tag = doc[i].tag_
    return tag in _NOT_CUE_TAGS or (i > 0 and doc[i - 1].text in ("Herr", "Frau", "Herrn") and doc[i].text[:1].isupper())


def _frame_cue_lemma(doc, i: int, s) -> bool:
    """A verb that is a cue with a word of its frame in its clause ("Das halte ich für richtig")."""
    need = L.SPKATT_FRAME_CUES.get(doc[i].lemma_) if doc[i].tag_[:1] == "V" else None
    if need is None or (i + 1 < s.end and doc[i + 1].text in ("zu", "zum", "zur", "dazu")):
        return False  # "Das gehört dazu"
    a, b = _clause_bounds(doc, i, s.start, s.end)
    return any(doc[t].text.lower() in need or doc[t].tag_ in need for t in range(a, b) if t != i)


def particle_of(doc, i: int, s) -> int | None:
    """The separated particle (STTS PTKVZ) of the finite verb at token ``i`` in its clause, if any."""
    if doc[i].tag_ not in ("VVFIN", "VVIMP"):
        return None
    _, b = _clause_bounds(doc, i, s.start, s.end)
    return next((t for t in range(b - 1, i, -1) if doc[t].tag_ == "PTKVZ"), None)


def particle_key(doc, i: int, p: int) -> str:
    """The cue lemma key of verb ``i`` with its particle ``p``: ``zustimmen/V`` for "stimmen ... zu"."""
    return f"{doc[p].text.lower()}{doc[i].lemma_}/V"


def _particle_lemma(doc, i: int, s, lemmas: frozenset[str]) -> int | None:
    """The separated particle of a finite verb at token ``i`` when verb and particle make a
    cue lemma: its token index, else None."""
    p = particle_of(doc, i, s)
    return p if p is not None and particle_key(doc, i, p) in lemmas else None


def lemma_key(tok) -> str:
    """A token's lemma with its word class (``Antrag/N``, ``glauben/V``) for learnt cue lemmas."""
    tag = tok.tag_
    cls = "N" if tag in ("NN", "NE") else "V" if tag[:1] == "V" else tag
    return f"{tok.lemma_}/{cls}"


def _experiencer(doc, v: int, a: int, b: int) -> tuple[int, int] | None:
    """The dative pronoun of an adjective cue with a copula: whose knowledge or
    awareness it states ("Ist Ihnen bekannt, dass", "Mir ist bewusst, dass")."""
    if doc[v].tag_ != "ADJD" or not any(doc[t].text.lower() in L.SEIN_FORMS for t in range(a, v)) or any(
            doc[t].text in L.NOMINATIVE_ONLY and doc[t].text != "Sie" for t in range(a, b)):
        return None  # not "wir sind uns einig"
    return next(((t, t + 1) for t in range(a, v) if doc[t].text in L.DATIVE_EXPERIENCERS and doc[t].tag_ == "PPER"), None)


def _verb_first(doc, v: int, a: int) -> bool:
    """The clause ``[a, ...)`` of verb ``v`` opens with it or with a finite verb ("sagte X", "hat X gesagt")."""
    first = a
    while first < v and not _WORD.search(doc[first].text):
        first += 1
    return first == v or doc[first].tag_ in _FINITE


def _verbal(doc, i: int, s) -> bool:
    """A learnt cue used as a verb: lower case, or sentence-initial before a pronoun ("Wissen Sie")."""
    return doc[i].text.islower() or (_opens_sentence(_texts(doc), i, s.start) and i + 1 < s.end
                                     and doc[i + 1].text in L.SPEAKER_PRONOUNS)


def _opens_sentence(texts, i: int, s_start: int) -> bool:
    """Token ``i`` is the sentence's first word (after a dash or a quotation mark at most) or follows a colon."""
    return i == s_start or (i > s_start and texts[i - 1] == ":") or (
        i - s_start <= 2 and not any(_WORD.search(texts[t]) for t in range(s_start, i)))


def _clause_subject(doc, v: int, a: int, b: int, whole: bool = False):
    """The subject of the clause around ``v``: the agent of a passive, the NP after
    a subordinating conjunction, the Vorfeld if it can speak, else the NP after
    the finite verb.  ``whole``: the clause starts at ``a`` (a parenthesis inside)."""
    clause_a = v
    while clause_a > a and (whole or doc[clause_a - 1].text not in _CLAUSE_PUNCT):
        clause_a -= 1
    if (_NON_FINITE.match(doc[v].text) or doc[v].text.endswith("t")) and any(doc[k].text in L.PASSIVE_AUXILIARIES for k in range(clause_a, b)):
        for k in range(clause_a, b):
            if doc[k].text in ("von", "vom", "durch"):
                sp = _np_forward(doc, k + 1, b)
                if _speaker_ok(doc, sp):
                    return (k, sp[1])
        return None
    finite = next((t for t in range(clause_a, v) if doc[t].text in L.AUXILIARIES), v)
    if finite + 1 < b and doc[finite + 1].text in L.NOMINATIVE_PRONOUNS:
        return _with_quantifier(doc, finite + 1, b)  # "Erstens verlange er", "eines weiß ich"
    k = clause_a
    while k < v and doc[k].text.lower() in L.CONJUNCTIONS:
        k += 1
    if k + 1 < v and doc[k].text in L.PREPOSITIONS and doc[k + 1].text in L.RELATIVE_PRONOUNS:
        k += 2  # "über die wir sprechen"
    if k < v and doc[k].text.lower() in L.DETERMINERS:  # a relative pronoun: "die sagen", "den die AfD vorgelegt hat"
        if (k + 1 == v or doc[k + 1].text in L.AUXILIARIES) and doc[k].text.lower() not in ("das", "dies"):
            return (k, k + 1)
        if doc[k + 1].text in L.DATIVE_PRONOUNS or doc[k + 1].text in L.OBLIQUE_PRONOUNS:
            return (k, k + 1)  # "die Ihnen sagen"
        if (doc[k + 1].text in L.SPEAKER_PRONOUNS or doc[k + 1].text in L.DETERMINERS
                or doc[k + 1].text.lower() in L.POSSESSIVES):
            k += 1
    if clause_a < k < v:
        sp = _np_forward(doc, k, v)
        if _speaker_ok(doc, sp):
            if sp[1] == v and v + 1 < b and doc[v + 1].text in L.SPEAKER_PRONOUNS:
                return (v + 1, v + 2)  # "Als Mutter sage ich": a Vorfeld, not a clause
            return sp
    finite = next((t for t in range(k, v) if doc[t].text in L.AUXILIARIES), v)
    if k < finite:
        vorfeld = _np_forward(doc, k, finite)
        if _speaker_ok(doc, vorfeld) and not (vorfeld[1] - vorfeld[0] == 1 and _ADVERB.search(doc[k].text)):
            end = vorfeld[1]
            while end < finite and doc[end].text in L.QUANTIFIERS:
                end += 1  # "Sie alle", "wir selbst"
            if end == finite or (finite == v and end > vorfeld[1]):
                return (vorfeld[0], end)
            if (finite < v and not _is_cap(doc[finite + 1]) and doc[vorfeld[1]].text.islower()
                    and all(_WORD.search(doc[t].text) for t in range(vorfeld[1], finite))):
                return (k, finite)  # with an attribute: "Ihr Kollege aus dem Ausschuss hat ..."
    t = finite + 1
    while t < b and t - finite <= 3 and doc[t].text in L.MIDDLE_ADVERBS:
        t += 1
    sp = _np_forward(doc, t, b)
    if _speaker_ok(doc, sp) and doc[sp[0]].text not in L.OBLIQUE_PRONOUNS:
        return sp
    return None


# --------------------------------------------------------------------------- subjects from STTS tags

_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_NOT_CUE_TAGS = frozenset({"NE", "PPOSAT", "PDAT", "PIAT", "ART", "PPER", "PRF", "PRELS", "KON"})
_NON_FINITE_VERBS = frozenset({"VVINF", "VVPP", "VMINF", "VAINF", "VVIZU"})
_NP_TAGS = frozenset("ART PPOSAT PDAT PIAT PIDAT PWAT CARD ADJA NN NE FM TRUNC".split())
_HEADS = frozenset({"NN", "NE", "FM"})
_PRONOUN_TAGS = frozenset({"PPER", "PIS", "PDS", "PRELS", "PWS"})
_BOUNDARY = frozenset({"$,", "$.", "$("})
_DASHES = frozenset({"-", "–", "—"})
_SUBORDINATORS = frozenset({"KOUS", "PWAV", "PRELS", "PWS", "PRELAT"})
# what may follow a Vorfeld subject before the finite verb ("wir alle", "Wir als Partei", "der Kollege aus Bayern")
_VORFELD_REST = _NP_TAGS | {"KOKOM", "APPR", "APPRART", "ADV", "ADJD", "PIS", "PPER", "KON"}


def _vorfeld_rest(doc, k: int, end: int) -> bool:
    """Tokens ``[k, end)`` after a subject's head may belong to its phrase: attributes,
    prepositional phrases and qualifying brackets ("ein Sprecher von X (Grüne)")."""
    while k < end:
        m = _past_parenthesis(doc, k, end) if doc[k].text == "(" else k
        if m > k:
            k = m
            continue
        if doc[k].tag_ not in _VORFELD_REST:
            return False
        k += 1
    return True


def _bound(doc, i: int) -> bool:
    """A clause boundary: punctuation other than quotation marks and commas
    between adjectives ("ein wertegebundenes, rechtsstaatlich fundiertes Recht")."""
    tags, text = token_strings(doc, "TAG"), _texts(doc)[i]
    if tags[i] not in _BOUNDARY or text in L.OPENING or text in L.CLOSING:
        return False
    if text == "/" or _qualifying_bracket(doc, i):  # "CDU / CSU", "Drucksache 19 / 83"
        return False
    return not (text == "," and 0 < i < len(doc) - 1 and tags[i - 1] == "ADJA"
                and tags[i + 1] in ("ADJA", "ADJD", "ADV"))


def _stts(doc) -> bool:
    """Whether the Doc carries STTS tags (a tagger ran, not just coarse tags), checked once per Doc."""
    tagged = doc.user_data.get("quotes.stts")
    if tagged is None:
        tagged = doc.user_data["quotes.stts"] = any(t.tag_ in _FINITE for t in doc)
    return tagged


def _chunk(doc, i: int, end: int) -> tuple[int, int] | None:
    """The pronoun or noun phrase starting at token ``i`` (with genitives and
    coordinations: "der Chef der Vereinigung", "Kolleginnen und Kollegen")."""
    if i >= end:
        return None
    tags, texts = token_strings(doc, "TAG"), _texts(doc)
    text, tag = texts[i], tags[i]
    if tag in _PRONOUN_TAGS:
        if text not in L.SUBJECT_PRONOUNS and text.lower() not in L.SUBJECT_PRONOUNS:
            return None
        j = i + 1
        if j + 1 < end and (texts[j] == "als" and tag == "PPER" and text.lower() != "ich" or texts[j] in L.GENITIVE_OPENERS
                            and tag == "PIS" and text.lower() not in ("man", "jemand", "niemand")):
            rest = _chunk(doc, j + 1 if texts[j] == "als" else j, end)
            if rest is not None:  # "wir als Bund", "einer der Nutzer"
                j = rest[1]
    else:
        j, head = i, None
        while j < end:
            if head is not None and texts[j].lower() in VAGUE_PLURALS:
                break  # "laut Polizei Tausende Menschen"
            if head == i == j - 1 and _prenominal_genitive(doc, i, end):
                head = None  # "Griechenlands linke Opposition": the name determines the noun
            if (tags[j] in _HEADS or head is not None and _name_after(doc, j) or _age_noun(doc, j, end)) and (head is None or tags[j] != "NN" or head == i or tags[j - 1] == "NE"
                                     or texts[j].endswith(".") or texts[j - 1].endswith(".")
                                     or texts[j - 1].lower().endswith(L.TITLE_ENDINGS)):  # "des Kollegen Pflüger"
                head = j  # "Herr Präsident", "Kollege Marco Buschmann", not "die Regierung Maßnahmen"
            elif head is None and j > i and (pp := _attribute_pp(tags, texts, j, end)) is not None:
                j = pp  # "zwei mit der Sache vertraute Personen", "die von uns geschätzte Kollegin"
                continue
            elif head is None and tags[j] == "KON" and tags[j - 1] == "TRUNC":
                pass  # "die Wirtschafts- und Finanzaufsicht"
            elif j == i and (n := _approximator(texts, j, end)) and tags[j + n] == "CARD":
                j += n  # "rund 200 Beschäftigte", "mehr als 40 Ärzte"
                continue
            elif head is None and (tags[j] in _NP_TAGS or (
                    tags[j] in ("ADV", "ADJD") and j + 1 < end and (tags[j + 1] == "ADJA" and j > i or tags[j + 1] == "PIAT"))):
                pass  # "diese privatwirtschaftlich organisierten Banken", "die sehr geschätzte Kollegin"
            elif head is not None and tags[head] != "NE" and texts[j] in ("des", "der", "eines", "einer") and (
                    texts[j] in ("des", "eines") or "Gen" in doc[j].morph.get("Case") and not _masculine_title(doc, j + 1)):
                gen = _chunk(doc, j, end)
                if gen is None:
                    break
                j = gen[1]
                continue
            else:
                break
            j += 1
        if head is None or (j == i + 1 and _ADVERB.search(text)):  # "Viertens", "Folglich"
            return None
    j = _past_parenthesis(doc, j, end)  # "Minister Christian Lindner (FDP)"
    if (j + 1 < end and texts[j] == "für" and tags[j - 1] == "NN" and tags[j + 1] == "NN"
            and (j + 2 >= end or tags[j + 2] not in _NP_TAGS)):
        j += 2  # an institution's name: "des Bundeszentralamts für Steuern", "die Bundesagentur für Arbeit"
    if j < end and texts[j] in L.QUANTIFIERS and not (j + 1 < end and tags[j + 1] in ("NN", "ADJA", "ART")):
        j += 1  # "wir alle", not "ich alle Altparteien"
    if j + 1 < end and texts[j] in ("und", "sowie") and tags[j + 1] not in _PRONOUN_TAGS:
        other = _chunk(doc, j + 1, end)
        if other is not None:
            j = other[1]
    return (i, j)


def _approximator(texts, j: int, end: int) -> int:
    """Length of an approximating word or pair at token ``j`` ("rund", "mehr als"), else 0."""
    if j + 1 < end and texts[j].lower() in APPROX:
        return 1
    if j + 2 < end and f"{texts[j]} {texts[j + 1]}".lower() in APPROX:
        return 2
    return 0


_INFLECTED = ("te", "ten", "tem", "ter", "tes", "ene", "enen", "ener")


def _age_noun(doc, j: int, end: int) -> bool:
    """An age used as a noun ("der 73-Jährige"), which the tagger may take for an adjective,
    not before the noun it qualifies ("der 73-jährige Präsident")."""
    return bool(_AGE_NOUN.fullmatch(doc[j].text)) and not (j + 1 < end and doc[j + 1].tag_ in ("NN", "NE"))


def _attribute_pp(tags, texts, j: int, end: int) -> int | None:
    """The end of a prepositional phrase at ``j`` inside an extended attribute and of the participle
    or adjective after it, before the noun ("mit der Sache vertraute"); else None."""
    if tags[j] not in ("APPR", "APPRART"):
        return None
    k = j + 1
    while k < end and tags[k] in ("ART", "PPOSAT", "PIAT", "ADJA", "CARD"):
        k += 1
    if k < end and tags[k] == "PPER":
        k += 1
    else:
        n = k
        while k < end and tags[k] in ("NN", "NE"):
            k += 1
        if k == n:
            return None
    while k < end and tags[k] in ("ADV", "ADJD") and k + 1 < end and tags[k + 1] == "ADJA":
        k += 1  # "von mir sehr geschätzte"
    if k + 1 >= end:
        return None
    # (the tagger may take the participle for a finite verb: "vertraute Personen")
    attribute = tags[k] == "ADJA" or tags[k] in ("VVFIN", "VVPP") and texts[k].islower() and texts[k].endswith(_INFLECTED)
    return k + 1 if attribute and tags[k + 1] in ("ADJA", "NN", "NE") else None


_PAREN_INSIDE = frozenset({"NE", "NN", "CARD", "FM", "TRUNC", "ADJD", "$(", "$,"})


def _past_parenthesis(doc, j: int, end: int) -> int:
    """Past a short bracket after a name or noun that only qualifies it: a party, an age,
    an abbreviation ("Christian Lindner (FDP)", "der Kläger (52)", "Bündnis 90/Die Grünen");
    else ``j``.  Not a bracket with a verb or a preposition in it ("(Beifall bei der SPD)")."""
    if j >= end or j == 0 or doc[j].text != "(" or doc[j - 1].tag_ not in _HEADS:
        return j
    for m in range(j + 2, min(end, j + 8)):
        if doc[m].text == ")":
            inside = range(j + 1, m)
            ok = all(doc[t].tag_ in _PAREN_INSIDE or doc[t].tag_ == "ART" and doc[t - 1].text == "/" for t in inside)
            return m + 1 if ok and (_is_cap(doc[j + 1]) or doc[j + 1].tag_ == "CARD") else j
    return j


def _qualifying_bracket(doc, i: int) -> bool:
    """Token ``i`` is a bracket of :func:`_past_parenthesis` or a comma inside one ("Christian
    Lindner (FDP) sagte", "Eva Roth (Hunter College, New York) ergänzte"): no clause boundary."""
    texts = _texts(doc)
    if texts[i] not in ("(", ")", ",") or not _stts(doc):
        return False
    opening = i if texts[i] == "(" else next((k for k in range(i - 1, max(i - 8, -1), -1) if texts[k] in ("(", ")")), None)
    if opening is None or texts[opening] == ")":
        return False  # no bracket before, or a comma after one
    return _past_parenthesis(doc, opening, len(doc)) > max(opening, i)


def _name_after(doc, j: int) -> bool:
    """A capitalised token mis-tagged as a verb or adverb after a name or a title
    ("Herr Weiß", "Kollegin Heike Hänsel"): part of the name."""
    tags, texts = token_strings(doc, "TAG"), _texts(doc)
    return (tags[j] in ("VVIMP", "VVFIN", "VVINF", "ADJD", "ADV") and bool(_CAP.match(texts[j]))
            and (tags[j - 1] == "NE" or texts[j - 1].lower().endswith(L.TITLE_ENDINGS)))


def _masculine_title(doc, i: int) -> bool:
    """"der Kollege X" is a nominative, never the genitive it may be tagged as."""
    return (i < len(doc) and "Masc" in doc[i].morph.get("Gender") and "Sing" in doc[i].morph.get("Number")
            and doc[i].text.lower().endswith(L.TITLE_ENDINGS))


def _nominative(doc, c) -> bool:
    """Whether the noun phrase ``c`` may be a subject: not after an oblique article ("dem",
    "den"), nor "der" before a feminine noun ("der Landesregierung" is dative or genitive)."""
    first = doc[c[0]]
    if first.text in L.OBLIQUE_OPENERS or first.text.lower() in L.OBLIQUE_OPENERS:
        return False
    if first.text.lower() == "einer" and first.tag_ == "ART":
        return False  # "einer Sicherheitsfirma" (the pronoun "einer der Nutzer" is PIS)
    k = next((t for t in range(*c) if doc[t].tag_ not in ("ART", "ADJA", "CARD", "ADV")), c[0])
    if doc[k].tag_ == "NN" and (doc[k].text.lower() in MONTHS or doc[k].text.lower() in WEEKDAYS) or (
            doc[k].text in ("Ende", "Anfang", "Mitte") and k + 1 < c[1] and doc[k + 1].text.lower() in MONTHS):
        return False  # a time: "Ende April hatte das Duo angekündigt" (not "die Zeitung (Montag)")
    if first.text.lower() == "der":
        head = next((t for t in range(c[0] + 1, c[1]) if doc[t].tag_ not in ("ADJA", "ADV", "ADJD", "CARD")), None)
        if head is not None and doc[head].tag_ == "NN" and doc[head].text.lower().endswith(L.FEMININE_ENDINGS):
            return False
    return True


def _first_subject(doc, k: int, end: int, skip: int) -> tuple[int, int] | None:
    """The first noun phrase or pronoun in ``[k, end)`` that can be a subject,
    passing over prepositional phrases and token ``skip`` (the cue)."""
    after_pp = False
    while k < end:
        tok = doc[k]
        if k == skip:
            k += 1
            continue
        if tok.tag_ in ("APPR", "APPRART", "KOKOM"):
            c = _chunk(doc, k + 1, end)
            k = c[1] if c else k + 1
            after_pp = c is not None
            continue
        c = _chunk(doc, k, end)
        if c is not None and _nominative(doc, c):
            nxt = _chunk(doc, c[1], end) if after_pp and c[1] < end and doc[c[1]].tag_ in ("ART", "PPOSAT") else None
            if nxt is not None and _nominative(doc, nxt):
                c = nxt  # "spricht für die Fraktion Die Linke die Kollegin X": a name of the PP's noun first
            return _with_apposition(doc, _with_focus(doc, c))
        after_pp = False
        k = c[1] if c else k + 1
    return None


def _with_apposition(doc, c) -> tuple[int, int]:
    """A noun phrase with a name in commas after it ("der Vorsitzende, Achim Wambach,")."""
    j = c[1]
    if j + 1 < len(doc) and doc[j].text == "," and doc[c[1] - 1].tag_ == "NN" and doc[j + 1].tag_ == "NE":
        k = j + 1
        while k < len(doc) and doc[k].tag_ == "NE":
            k += 1
        if k == len(doc) or _bound(doc, k):
            return (c[0], k)
    return c


def _with_affiliation(doc, sp, cue) -> tuple[int, int]:
    """A source with the party or body it belongs to ("wir von der SPD-Fraktion", "die Kollegen
    von der AfD"): a von-phrase right after it whose noun phrase holds a name (STTS NE) or an
    abbreviation, not reaching the cue."""
    i, j = sp
    n = len(doc)
    if j + 1 >= n or doc[j].text.lower() not in ("von", "vom") or doc[j - 1].tag_ not in ("PPER", "PIS", "NN", "NE"):
        return sp
    if doc[j].text.lower() == "von" and doc[j + 1].tag_ != "ART":
        return sp
    c = _chunk(doc, j + 1, n)
    if c is None or any(j <= t < c[1] for t in cue):
        return sp
    if not any(doc[t].tag_ == "NE" or sum(ch.isupper() for ch in doc[t].text) >= 2 for t in range(*c)):
        return sp
    return (i, c[1])


def _with_named_apposition(doc, sp, cue) -> tuple[int, int]:
    """A source described by a person noun with the name in apposition after its complement
    ("der Leiter des Instituts für Weltwirtschaft (IfW), Jens Kohl"): through the name, when
    no verb, clause or cue lies between."""
    i, j = sp
    n = len(doc)
    tags, texts = token_strings(doc, "TAG"), _texts(doc)
    if j >= n - 1 or not any(_person_noun(doc[t]) for t in range(i, j)):
        return sp
    for k in range(j, min(j + 12, n - 1)):
        if k in cue or tags[k][:1] == "V" or tags[k] in ("$.", "KOUS", "PRELS", "KON"):
            return sp
        if texts[k] == ",":
            e = k + 1
            while e < n and e not in cue and (tags[e] == "NE" or tags[e] == "NN" and e + 1 < n and tags[e + 1] == "NE"):
                e += 1
            ends = e == n or texts[e] in (",", ".") or e in cue
            return (i, e) if e > k + 1 and tags[e - 1] == "NE" and ends else sp
    return sp


def _dative_channel(doc, sp, cue, s) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """``(source, channel)``: in a verb-final frame, or after the verb, a medium after the speaker
    is whom it was said to, not whose the speaker is ("wie zwei Vertraute der Nachrichtenagentur
    AFP sagten", "als der Minister dem Sender NDR sagte", "sagte ein Sprecher der Regierung der
    Agentur X"); but "der Chefredakteur der Zeitung" is the paper's."""
    i, j = sp
    if j - i < 3 or (cue[0] < j and i < cue[-1]):  # too short, or overlapping the cue
        return sp, None
    texts = _texts(doc)
    if j <= cue[0]:
        a, _ = _clause_bounds(doc, i, s.start, s.end)
        if not (texts[a].lower() == "wie" or doc[a].tag_ == "KOUS"):
            return sp, None
    for k in range(i + 1, j - 1):
        if texts[k].lower() in ("der", "dem") and any(
                texts[m] in L.CHANNEL_NOUNS or texts[m].endswith("-Agentur") for m in range(k + 1, min(k + 3, j))) and not (
                texts[k].lower() == "der" and texts[k - 1].lower().endswith(L.MEDIA_PERSON_ENDINGS)):
            return (i, k), (k, j)
    return sp, None


def _evaluation_events(doc, k: int, s, toks, events) -> list[Event]:
    """SpkAtt's evaluation pattern "für X ist ..." ("Für mich ist das ein Erfolg", SpkAtt
    guidelines 3.1): the preposition is the cue, the pronoun after it the source, in a clause
    with a finite form of "sein" and no other cue."""
    out = []
    for i in toks:
        if doc[i].text.lower() != "für" or i + 1 >= s.end or doc[i + 1].text not in L.EVALUATION_PRONOUNS:
            continue
        a, b = _clause_bounds(doc, i, s.start, s.end)
        if not any(doc[t].text.lower() in L.SEIN_FORMS and doc[t].tag_ == "VAFIN" for t in range(a, b)):
            continue
        if any(a <= t < b for e in events for t in e.cue):
            continue
        out.append(Event(cue=[i], kind=None, sent=k, source=(i + 1, i + 2)))
    return out


def _with_focus(doc, c) -> tuple[int, int] | None:
    """A subject with the focus adverb before it ("auch wir", "Auch der Leiter")."""
    if c is None:
        return None
    return (c[0] - 1, c[1]) if c[0] > 0 and doc[c[0] - 1].text.lower() in L.SOURCE_FOCUS else c


def _stts_source(doc, v: int, a: int, b: int) -> tuple[int, int] | None:
    """Source of verb cue ``v`` in the sentence ``[a, b)`` from STTS tags: its subject, vetted."""
    return _vetted(doc, v, _stts_subject(doc, v, a, b))


def _may_be_subject(doc, sp) -> bool:
    """A word-list speaker is no subject when by its tags it starts inside a
    prepositional or noun phrase ("aus der letzten Sitzung wissen die Kollegen")
    or is an adverbial without noun or pronoun ("Unabhängig davon hat X gesagt")."""
    if sp[0] > 0 and doc[sp[0] - 1].tag_ in ("APPR", "APPRART", "ART"):
        return False
    return not (doc[sp[0]].tag_ in ("ADJD", "ADV", "PAV")
                and not any(doc[t].tag_ in _HEADS or doc[t].tag_ in _PRONOUN_TAGS for t in range(*sp)))


def _vetted(doc, v: int, sp) -> tuple[int, int] | None:
    """``sp``, unless for verb cue ``v`` it is a reader, a text or a piece of evidence rather than a speaker."""
    lemma = doc[v].lemma_
    if lemma in L.HEARSAY_VERBS or doc[v].text == "gehört" and _frame_cue_lemma(doc, v, _Sent(*_sentence_of(doc, v), 0)):
        return _hearsay_source(doc, v)  # "gehört" with "haben" is "hören", whatever the lemmatiser says
    if sp is None or lemma in L.NO_SOURCE_VERBS or _not_a_source(doc, sp):
        return None
    if lemma in L.EVIDENCE_VERBS and (  # "Der Fall zeigt", "Das zeigt sich", not "Wir haben gezeigt", "Sein Büro bestätigte"
            not any(doc[t].tag_ in ("NE", "PPER", "PIS") or _body_noun(doc[t]) or _person_noun(doc[t]) for t in range(*sp))
            or v + 1 < len(doc) and doc[v + 1].tag_ == "PRF"):
        return None
    return _with_attributes(doc, sp, v)


def _with_attributes(doc, sp, v: int) -> tuple[int, int]:
    """A source with what the SpkAtt guidelines count as part of it: a name or title
    apposition in commas after "Sie" ("Sie, Herr Kollege, haben ...", a "false vocative")."""
    i, j = sp
    n = len(doc)
    if j - i == 1 and doc[i].text == "Sie" and j + 2 < n and doc[j].text == "," and doc[j + 1].text in ("Herr", "Frau"):
        k = j + 2
        while k < n and doc[k].tag_ in ("NN", "NE") and doc[k].text[:1].isupper():
            k += 1
        if k < n and doc[k].text == "," and k > j + 2 and not (j < v < k):
            return (i, k)
    return sp


def _hearsay_source(doc, v: int) -> tuple[int, int] | None:
    """Whom one hears a thing from ("Von anderen hört man", "hört man aus Ihrer Ecke"): the
    von/aus phrase of the clause with its preposition; the hearer is no source."""
    ca, cb, _ = _clause_of(doc, v, 0, len(doc))
    for t in range(ca, cb - 1):
        if doc[t].text.lower() in ("von", "vom", "aus") and doc[t].tag_ in ("APPR", "APPRART"):
            c = (t + 1, t + 2) if doc[t + 1].tag_ in _PRONOUN_TAGS else _chunk(doc, t + 1, cb)
            if c is not None and not _not_a_source(doc, c):
                return (t, c[1])
    return None


def _stts_subject(doc, v: int, a: int, b: int, depth: int = 0) -> tuple[int, int] | None:
    """Source of verb cue ``v`` in the sentence ``[a, b)`` from STTS tags: the
    subject of its clause (the Vorfeld, the first nominative after the finite
    verb, the phrase after a subordinator), the agent of a passive, or the
    subject of the clause an infinitive or a coordinated verb depends on."""
    if doc[v].tag_ == "ADJA" and doc[v].text.lower() not in L.VERB_FORMS:
        return None  # an attributive participle ("die beratenen Modelle"), not a mis-tagged verb
    ca, cb, hole = _clause_of(doc, v, a, b)
    for t in range(ca, v - 1):  # "Lassen Sie uns darüber reden", "Lasst uns reden"
        if doc[t].text.lower() in ("lassen", "lasst", "lass"):
            o = t + 2 if doc[t + 1].text == "Sie" else t + 1
            if o < v and doc[o].text in ("uns", "mich"):
                return (o, o + 1)
    k = _skip_particles(doc, ca, v)
    # a relative pronoun tagged as an article: after a comma, the finite verb last ("den X vorlegen wird")
    relative = (k < v and ca > a and doc[ca - 1].text == "," and doc[k].tag_ == "ART" and doc[k].text in L.RELATIVE_PRONOUNS
                and doc[cb - 1].tag_ in _FINITE and cb - 1 > v)
    opens_clause = doc[k].tag_ in ("KOUS", "PWAV", "PWS") or (ca > a and (  # sentence-initial "Die"/"In deren": demonstratives
        doc[k].tag_ in _SUBORDINATORS or doc[k].tag_ == "APPR" and doc[k + 1].tag_ in _SUBORDINATORS))
    if opens_clause and doc[k].tag_ == "PRELS" and _verb_second(doc, k, cb):
        opens_clause = False  # "Liebe Kollegen, der Journalist X hat gesagt": an article, not a relative pronoun
    fins = [t for t in range(ca, cb) if doc[t].tag_ in _FINITE and t not in hole]
    if not fins and any(doc[t].tag_ in ("PTKZU", "VVIZU", "KOUI") for t in range(ca, cb)):
        return _dependent_subject(doc, v, a, b, ca, depth)  # "..., das zu zeigen", "um das zu sagen"
    if k < v and (relative or opens_clause):
        return _subordinate_subject(doc, v, k, ca, cb, relative)
    if (doc[v].tag_ in _FINITE and v - 2 >= ca and doc[v - 1].tag_ == "KON" and doc[v - 2].tag_ in _NON_FINITE_VERBS
            and not any(doc[t].tag_ in _FINITE for t in range(ca, v - 1) if t not in hole)):
        return _stts_subject(doc, v - 2, a, b, depth)  # "... nicht zustimmen und plädieren für": the first verb's subject
    before = [t for t in fins if t < v]
    own = [t for t in fins if not any(doc[u].tag_ == "KON" for u in range(v + 1, t))]  # not "zustimmen und plädieren"
    prev_f = None
    if before:
        f = before[0]  # the verb in second position ("Deshalb werden wir sie ablehnen")
        for t in range(v - 1, before[0], -1):  # "Sie lagern ... aus und sagen", "... und haben gesagt"
            if doc[t].tag_ == "KON":
                g = t + 1
                while g < v and doc[g].tag_ in ("ADV", "PAV", "PTKNEG"):
                    g += 1
                if g == v and doc[v].tag_ in _FINITE or g in before:
                    f, prev_f, ca = g, max(u for u in before if u < t), t + 1
                elif doc[v].tag_ in _FINITE and g < v and doc[g].text in L.NOMINATIVE_ONLY and (
                        _chunk(doc, g, v) == (g, v) or g + 1 == v):
                    return (g, g + 1)  # "Ich glaube und ich weiß": the second clause's own subject
                break
    elif doc[v].tag_ in _FINITE and not (v == cb - 1 and any(doc[t].tag_ in ("KOKOM", "KOUS") for t in range(k, v))):
        f = v
    elif own:  # the finite verb last: a subordinate clause ("Anders als X gesagt hat", "anders als X es behauptet")
        intro = next((t for t in range(k, v) if doc[t].tag_ in ("KOKOM", "KOUS")), k - 1)
        return _subordinate_subject(doc, v, intro, ca, cb, False)
    elif (doc[v].tag_ == "VVPP" and k < v and _chunk(doc, k, v) == (k, v) and not _in_participle_list(doc, ca, a)) or (
            doc[v].tag_ not in ("VVPP", "VVIZU") and doc[v].text.islower() and _matrix_verb(doc, ca, a) is None
            and not any(doc[t].tag_ in ("PTKZU", "KOUI") for t in range(ca, cb))) or (
            v == k and v + 1 < cb and doc[v + 1].text in ("Sie", "wir")) or _pronoun_then_verb(doc, k, v):
        f = v  # a finite verb tagged as something else ("aber wir wissen", "Niemand bestreitet", "Sagen Sie")
    else:
        return _dependent_subject(doc, v, a, b, ca, depth)
    passive = _passive_agent(doc, v, ca, cb, hole=hole)
    if passive is not False:
        return passive
    if doc[v].tag_ == "VVPP" and doc[f].text in L.SEIN_FORMS and v > f:
        stative = _first_subject(doc, ca, cb, v)  # "Ein Masterplan ist angekündigt": what was said
        if stative is not None and doc[stative[0]].tag_ not in ("PPER", "PIS"):
            return None
    k = _skip_particles(doc, max(k, ca), f)
    if k == f:  # nothing before the finite verb
        if prev_f is None and _second_clause(doc, f, ca, a):
            # "X lobte den Plan, verurteilte aber die Drohungen": the subject of the clause before
            prev_f = next(t for t in range(ca - 2, a - 1, -1) if doc[t].tag_ in _FINITE)  # (one in the clause before)
        if prev_f is not None and depth < 3:
            return _stts_subject(doc, prev_f, a, b, depth + 1)
        return _subject_after_verb(doc, v, f, ca, cb, a, b, depth)
    return _main_clause_subject(doc, v, f, k, ca, cb, depth)


def _second_clause(doc, v: int, ca: int, a: int) -> bool:
    """Verb ``v`` opens the clause at ``ca`` after a comma with "aber", "jedoch" …, after a clause
    with an indicative finite verb: the second of two clauses with one subject ("X lobte den
    Plan, verurteilte aber die Drohungen"), not a frame ("Das sei ernst, sagte aber X")."""
    if ca <= a or doc[ca - 1].text != "," or v + 1 >= len(doc) or doc[v + 1].text.lower() not in L.CONTRASTING_ADVERBS:
        return False
    pa = ca - 2  # the clause right before the comma (a quotation inside it goes on: "nannte es „einen Schritt“")
    while pa > a and not _bound(doc, pa - 1):
        pa -= 1
    prev = next((t for t in range(ca - 2, pa - 1, -1) if doc[t].tag_ in _FINITE), None)
    return prev is not None and not _reported_mood(doc, prev) and not _subjunctive_finite(doc, prev)


def _pronoun_then_verb(doc, k: int, v: int) -> bool:
    """The clause opens with a nominative pronoun, then (past "alle" and adverbs) the verb
    ``v`` tagged as an infinitive: a finite verb ("..., und wir alle wissen, dass")."""
    if doc[v].tag_ != "VVINF" or k >= v or doc[k].text not in L.NOMINATIVE_ONLY or doc[k].tag_ not in ("PPER", "PIS"):
        return False
    return all(doc[t].text in L.QUANTIFIERS or doc[t].tag_ in ("ADV", "PTKNEG") for t in range(k + 1, v))


def _verb_second(doc, k: int, cb: int) -> bool:
    """Token ``k`` opens a noun phrase ("der Journalist X") right before a finite verb
    that does not end the clause: a main clause, whatever the tag of ``k``."""
    if k + 1 >= cb or doc[k + 1].tag_ not in _NP_TAGS:
        return False
    np = _chunk(doc, k + 1, cb)
    return np is not None and np[1] < cb - 1 and doc[np[1]].tag_ in _FINITE


def _in_participle_list(doc, ca: int, a: int) -> bool:
    """The clause at ``ca`` continues a list of participles after a comma whose
    auxiliary is in an earlier clause ("Sie haben X erweitert, Y erlaubt")."""
    if ca <= a or doc[ca - 1].text != ",":
        return False
    m = _matrix_verb(doc, ca, a)
    return m is not None and doc[m].tag_ == "VAFIN" and doc[ca - 2].tag_ == "VVPP"


def _clause_of(doc, v: int, a: int, b: int) -> tuple[int, int, range]:
    """The clause around token ``v`` between boundaries; with a dash insertion
    before a verbless rest, from before the insertion, which is returned as a hole."""
    ca = v
    while ca > a and not _bound(doc, ca - 1):
        ca -= 1
    cb = v + 1
    while cb < b and not _bound(doc, cb):
        cb += 1
    hole = range(0)
    if ca > a and doc[ca - 1].text in _DASHES and not any(doc[t].tag_ in _FINITE for t in range(ca, cb)):
        opening = next((t for t in range(ca - 2, a - 1, -1) if doc[t].text in _DASHES), None)
        if opening is not None and opening > a and not _bound(doc, opening - 1):
            hole = range(opening, ca)  # "Wir sind uns - da bin ich mir sicher - einig"
            ca = opening
            while ca > a and not _bound(doc, ca - 1):
                ca -= 1
    elif ca > a and doc[ca - 1].text == "," and doc[ca].tag_ not in _FINITE:  # not "Sie, verehrte Kollegen, fordern"
        p = ca - 1
        while p > a and not _bound(doc, p - 1):
            p -= 1
        if p - 1 > a and doc[p - 1].text == "," and _vocative(doc, p, ca - 1):
            q = p - 1
            while q > a and not _bound(doc, q - 1):
                q -= 1
            if q < p - 1 and not _vocative(doc, q, p - 1):
                hole = range(p - 1, ca)  # "Sie haben, Frau Ministerin, einen Entwurf vorgelegt"
                ca = q
    return ca, cb, hole


def _vocative(doc, p: int, q: int) -> bool:
    """Tokens ``[p, q)`` address someone: a title or "liebe"/"verehrte" and a noun phrase
    ("Herr Kollege", "Frau Ministerin Lambrecht", "liebe Kolleginnen und Kollegen")."""
    first = doc[p].text.lower()
    return q > p and (first in L.VOCATIVE_OPENERS or first.endswith(L.TITLE_ENDINGS)) and all(
        doc[t].tag_ in _NP_TAGS or doc[t].tag_ in ("KON", "PPOSAT", "ADV") or doc[t].text == "." for t in range(p, q))


def _skip_particles(doc, k: int, end: int) -> int:
    """Past conjunctions and focus adverbs at a clause start."""
    while k < end and (doc[k].tag_ == "KON" or doc[k].text.lower() in L.FOCUS_ADVERBS):
        k += 1
    return k


def _subordinate_subject(doc, v: int, k: int, ca: int, cb: int, relative: bool):
    """Subject of a clause opened at ``k`` by a subordinator or a relative pronoun
    (its finite verb, last, is often tagged as an infinitive): the agent of a
    passive, the relative pronoun, or the first phrase after the opener."""
    passive = _passive_agent(doc, v, ca, cb)
    if passive is False and doc[k].text.lower() in ("wie", "als") and not any(doc[t].tag_ in _FINITE for t in range(ca, cb)):
        passive = _passive_agent(doc, v, ca, cb, werden=False) or False  # "wie von X vorgeschlagen"
    if passive is not False:
        return passive
    if k >= ca and doc[k].tag_ == "APPR":
        k += 1  # "mit denen"
    elif k >= ca and doc[k].text.lower() == "wer":
        return (k, k + 1)  # "Wer der Bundeswehr suggeriert": "wer" is a nominative
    elif k >= ca and (doc[k].tag_ in ("PRELS", "PWS") or relative):
        rel = _chunk(doc, k, k + 1)
        nxt = _first_subject(doc, k + 1, cb, v)
        own = nxt is not None and any(doc[t].tag_ in ("PPER", "ART", "PPOSAT", "NE", "PIAT") for t in range(*nxt)) and not (
            doc[k].text == "der" and doc[nxt[0]].tag_ != "PPER" and doc[nxt[0]].text.lower() not in ("der", "ein", "kein")
        ) and not any(doc[t].tag_ == "PRF" for t in range(k + 1, nxt[0])) and not (  # "die sich eine Meinung erlauben"
            _texts(doc)[nxt[1] - 1].lower().endswith(_CLAIM_ENDINGS))  # "die sämtliche Anschuldigungen bestreiten": a claim says nothing
        fin = next((t for t in range(cb - 1, k, -1) if doc[t].tag_ in _FINITE or doc[t].tag_ in ("VAINF", "VMINF")), None)
        if own and fin is not None and fin >= nxt[1] and _disagrees(doc, nxt, fin):
            own = False  # "die eine Lösung aufgezeigt haben": the phrase is no subject of "haben"
        if rel is not None and not own:  # "die Maßnahmen beschlossen hat", not "die auch Minister X ansprach"
            return rel
    return _first_subject(doc, k + 1, cb, v)


def _comment_infinitive(doc, ca: int, v: int) -> bool:
    """A short "um ... zu" clause that comments on the speaker's own words ("um es klar zu sagen",
    "um das deutlich zu machen"), not one that reports what the subject does ("um zu erläutern, was")."""
    return doc[ca].text.lower() == "um" and v - ca <= 5 and any(doc[t].text.lower() in ("es", "das", "dies") for t in range(ca, v))


def _dependent_subject(doc, v: int, a: int, b: int, ca: int, depth: int):
    """Subject of a clause without a finite verb: the agent of "wie von X gefordert",
    else the subject of the clause the infinitive or participle depends on."""
    if doc[v].tag_ == "VVPP":
        agent = _passive_agent(doc, v, ca, v, werden=False)
        if agent:
            return agent
    if depth or doc[ca].text.lower() in ("wie", "als", "so") or _comment_infinitive(doc, ca, v) or doc[v].text[:1].isupper():
        return None  # "wie angekündigt", "um es klar zu sagen": comments, not reports
    prev = _matrix_verb(doc, ca, a)
    if prev is None:
        return None
    if doc[v].tag_ == "VVPP" and doc[prev].text in L.WERDEN_FORMS:  # "wurde von Ihnen, Herr X, gehalten"
        return _passive_agent(doc, v, prev, v) or None
    return _stts_subject(doc, prev, a, b, depth + 1)


def _pronoun_after(doc, f: int, cb: int) -> int | None:
    """The pronoun right after the finite verb (and adverbs), if any."""
    after = f + 1
    while after < cb and doc[after].tag_ in ("ADV", "PTKNEG", "PAV"):
        after += 1
    return after if after < cb and doc[after].tag_ in ("PPER", "PIS") else None


def _subject_after_verb(doc, v: int, f: int, ca: int, cb: int, a: int, b: int, depth: int):
    """Subject of a clause that starts with its finite verb: a pronoun after it,
    a phrase before an insertion ("X, die ..., sagt"), the subject of the clause
    before ("Sie beschreiben ..., zeigen aber nichts"), or the first phrase after it."""
    p = _pronoun_after(doc, f, cb)
    if p is not None and doc[p].text in L.SUBJECT_PRONOUNS:
        return _with_focus(doc, _chunk(doc, p, cb))
    before = _subject_before_insertion(doc, ca, a)
    if before is not None:
        return before
    prev = _previous_main_verb(doc, ca, a)
    if prev is not None and not depth:
        after = _first_subject(doc, f + 1, cb, v) if _frame_after_clause(doc, v, cb, prev) else None
        # "Die Lage sei ernst, sagten mehrere Zeugen": a frame, not a second verb of the clause's subject
        return after or _stts_subject(doc, prev, a, b, depth + 1)
    return _first_subject(doc, f + 1, cb, v)


def _frame_after_clause(doc, v: int, cb: int, prev: int) -> bool:
    """Verb ``v`` opening the clause ending at ``cb`` after the clause of ``prev`` frames it: a
    verb of saying (with its particle: "teilte ... mit", not "stellen ... zur Seite"), or any
    cue after a Konjunktiv ("..., kritisierten mehrere Verbände")."""
    return _reported_mood(doc, prev) or any(
        r and r[-1] == "say" and (r[1] is None or any(doc[t].text == r[1] for t in range(v + 1, cb)))
        for r in _readings(doc, v))


def _readings(doc, v: int) -> list:
    """The cue lexicon's readings (lemma, particle, kind) of the word at ``v``, joined forms too."""
    return L.VERB_FORMS.get(doc[v].text.lower()) or [L.JOINED_FORMS.get(doc[v].text.lower())]


def _main_clause_subject(doc, v: int, f: int, k: int, ca: int, cb: int, depth: int):
    """Subject of a verb-second clause with the Vorfeld ``[k, f)``."""
    p = _pronoun_after(doc, f, cb)
    vorfeld = _chunk(doc, k, f)
    bare = vorfeld == (k, f) and f == k + 1 and doc[k].tag_ == "NN"  # "Stattdessen", "Ähnliches"
    if p is not None and doc[p].text in L.NOMINATIVE_ONLY and doc[k].text not in L.NOMINATIVE_ONLY and (
            doc[p].text != "Sie" or bare):
        return _with_focus(doc, _chunk(doc, p, cb))  # "Ähnliches dachte man", "Stattdessen vermitteln Sie"
    if vorfeld is not None and _nominative(doc, vorfeld):
        rest = range(vorfeld[1], f)
        if _vorfeld_rest(doc, vorfeld[1], f):
            after = p if p is not None else f + 1
            if any(doc[t].tag_ in ("APPR", "APPRART") for t in rest):
                # a Vorfeld with a prepositional phrase, a noun phrase right after the verb:
                # that is the subject ("Einen Termin für die Reform nannte die Ministerin nicht")
                first = after + 1 if after < cb and doc[after].tag_ == "PRF" else after
                np = _chunk(doc, first, cb) if first < cb and doc[first].tag_ in ("NE", "NN", "ART") else None
                if np is not None and _nominative(doc, np):
                    return np
            if p is not None and doc[p].text in L.NOMINATIVE_ONLY and doc[k].text not in L.NOMINATIVE_ONLY and _disagrees(doc, vorfeld, f):
                return _with_focus(doc, (p, p + 1))  # "Diese Frage haben Sie gestellt"
            start = k
            while start > ca and doc[start - 1].text.lower() in L.SOURCE_FOCUS:
                start -= 1  # "Auch wir"
            end = f
            while end > vorfeld[1] and doc[end - 1].tag_ in ("ADV", "KON"):
                end -= 1
            listed = start == ca and doc[ca].tag_ not in _PRONOUN_TAGS and any(doc[t].text in ("und", "sowie") for t in range(ca, end))
            return (_list_start(doc, start) if listed else start, end)
    expletive = (doc[k].text.lower() == "es" and k + 1 == f) or (p is not None and doc[p].text == "es")
    if expletive and (depth or doc[f].text.lower() in L.GEBEN_FORMS):
        return None  # "Es gibt viele Dinge zu diskutieren"
    if vorfeld is None and f - k > 1:  # "sodass ich glaube" with its subordinator mis-tagged
        inner = _first_subject(doc, k, f, v)
        if inner is not None and doc[inner[0]].tag_ == "PPER":
            return inner
    if depth and p is None:
        return None  # "Sinnvoll wäre es, darüber zu reden": no subject controls the infinitive
    return _first_subject(doc, f + 1, cb, v)  # "Es wundert sich niemand", "Stattdessen haben Sie"


def _list_start(doc, ca: int) -> int:
    """Start of a comma-separated list of noun phrases that ends in the Vorfeld at ``ca``
    and opens its sentence ("CDU, FDP und AfD sehen das so"); else ``ca``."""
    start, q = ca, ca - 1
    while q > 0 and doc[q].text == ",":
        p = q
        while p > 0 and not _bound(doc, p - 1) and not doc[p].is_sent_start:
            p -= 1
        c = _chunk(doc, p, q)
        if c != (p, q) or not _nominative(doc, c) or doc[p].tag_ in _PRONOUN_TAGS or (
                doc[p].text.lower() in L.VOCATIVE_OPENERS or doc[p].text.lower().endswith(L.TITLE_ENDINGS)):
            return ca  # not a vocative ("Herr Präsident, die Kollegen und ich")
        start = p
        if p == 0 or doc[p].is_sent_start or doc[p - 1].text in (":", "-", "–"):
            return start
        q = p - 1
    return ca


def _matrix_verb(doc, ca: int, a: int) -> int | None:
    """The finite verb of the nearest clause before ``ca`` that is no subordinate clause
    (the verb an infinitive or a participle list depends on)."""
    q = ca - 1
    while q > a:
        p = q
        while p > a and not _bound(doc, p - 1):
            p -= 1
        first = next((t for t in range(p, q) if doc[t].tag_ != "KON"), q)
        aside = q - p <= 3 and doc[first].tag_ in _FINITE  # "denke ich", "glaube ich"
        if first < q and not aside and doc[first].tag_ not in _SUBORDINATORS and not (
                doc[first].tag_ == "APPR" and first + 1 < q and doc[first + 1].tag_ in _SUBORDINATORS):
            fin = next((t for t in range(p, q) if doc[t].tag_ in _FINITE or doc[t].tag_ == "VVIMP"), None)
            if fin is not None:
                return fin
        q = p - 1
    return None


def _previous_main_verb(doc, ca: int, a: int) -> int | None:
    """The finite verb of the main clause before a comma, if that clause is no subordinate one."""
    if ca - 1 <= a or doc[ca - 1].text != ",":
        return None
    p = ca - 1
    while p > a and not _bound(doc, p - 1):
        p -= 1
    if doc[p].tag_ in _SUBORDINATORS or doc[p].tag_ == "APPR" or doc[p].tag_ in ("KOUS", "PWAV"):
        return None
    return next((t for t in range(p, ca - 1) if doc[t].tag_ in _FINITE), None)


def _stts_noun_source(doc, i: int, a: int, b: int, s_start: int, s_end: int) -> tuple[int, int] | None:
    """Source of noun cue ``i`` in the clause ``[a, b)`` from STTS tags: a genitive name
    before it, a genitive or von-phrase after it (not for nouns whose attribute is their
    topic), a possessive, or the subject of the clause it is the object of."""
    if i - 1 >= a and doc[i - 1].tag_ == "NE" and doc[i - 1].text.endswith("s"):
        j = i - 1  # "Barack Obamas Ankündigung"
        while j > a and doc[j - 1].tag_ == "NE":
            j -= 1
        return (j, i)
    topic = doc[i].text in L.TOPIC_NOUNS
    if not topic and i + 2 <= b and doc[i + 1].tag_ == "NE":  # "die Rede Jürgen Trittins", "die Entscheidung Deutschlands"
        j = i + 1
        while j < b and doc[j].tag_ == "NE":
            j += 1
        if doc[j - 1].text.endswith("s") and (j == b or doc[j].tag_ not in _HEADS):
            return (i + 1, j)
    if not topic and i + 2 <= b and (doc[i + 1].text in ("des", "von", "vom", "aus")
                                     or doc[i + 1].text == "der" and "Gen" in doc[i + 1].morph.get("Case")):
        o = i + 1 if doc[i + 1].text in ("des", "der") else i + 2
        sp = (o, o + 1) if o < b and doc[o].tag_ in ("PPER", "PIS") else _chunk(doc, o, b)  # "keine Antwort von Ihnen"
        bare = doc[i + 1].text == "von" and sp is not None and doc[o].tag_ in ("NN", "ADJA") and not any(
            doc[t].tag_ == "NE" or doc[t].text.lower().endswith(L.TITLE_ENDINGS) for t in range(*sp))
        if sp is not None and not _not_a_source(doc, sp) and not bare:  # not "das Verbot von Atomwaffen"
            return (i + 1, sp[1])  # "die Forderung der Union", "Ideen von Frau X", "Warnung aus Berlin"
    if (not topic and i + 2 < b and doc[i + 1].tag_ == "ADJA" and doc[i + 1].text.endswith("er")
            and "Gen" in doc[i + 1].morph.get("Case")):  # a genitive without article: "Vorwürfe kurdischer Medien"
        sp = _chunk(doc, i + 1, b)
        if sp is not None and not _not_a_source(doc, sp):
            return sp
    for j in (i - 1, i - 2):  # "Ihr Antrag", "meine persönliche Frage"
        if j >= a and doc[j].text.lower() in L.POSSESSIVES:
            return (j, j + 1)
    return _object_noun_subject(doc, i, s_start, s_end)


def _object_noun_subject(doc, i: int, a: int, b: int) -> tuple[int, int] | None:
    """Source of a noun cue that is the object of its clause: the clause's subject
    ("Wir haben Entscheidungen getroffen", "man muss sich die Frage stellen")."""
    k = i
    while k > a and doc[k - 1].tag_ in _NP_TAGS - _HEADS:
        k -= 1
    in_pp = k > a and doc[k - 1].tag_ in ("APPR", "APPRART")  # "zur Kenntnis nehmen", "in Zweifel ziehen"
    f = next((t for t in range(i + 1, b) if _bound(doc, t) or doc[t].tag_.startswith("V")), None)
    back = next((t for t in range(k - 1, a - 1, -1) if _bound(doc, t) or doc[t].tag_ in _FINITE), None)
    if back is not None and doc[back].tag_ in _FINITE:
        f = back
    if f is None or not doc[f].tag_.startswith("V"):
        return None
    verbs = [t for t in range(f, b) if _bound(doc, t) or doc[t].tag_.startswith("V")]
    main = next((t for t in verbs if _bound(doc, t) or doc[t].tag_.startswith("VV")), None)
    lemma = doc[main].lemma_ if main is not None and doc[main].tag_.startswith("VV") else doc[f].lemma_
    opinion = lemma in L.COPULAS and doc[k].text.lower() in L.OPINION_OPENERS  # "Ich bin der festen Überzeugung"
    if (in_pp and not (doc[k - 1].tag_ == "APPRART" and lemma in L.LIGHT_VERBS)) or (
            lemma not in L.LIGHT_VERBS and (doc[i].text not in L.SUBJECT_NOUNS or lemma in L.COPULAS and not opinion)):
        return None  # "Die erste Entscheidung war ...": a predicate, no speech act
    sp = _stts_subject(doc, f, a, b)
    if sp is None or sp[0] <= i < sp[1] or _not_a_source(doc, sp):
        return None
    return sp


def _author(doc, sp, end: int) -> tuple[int, int] | None:
    """The genitive after a text that is no source, when it names one: "laut einer Studie
    des Instituts", "laut Konjunkturindex der Handelskammer"; else None."""
    for t in range(sp[0] + 1, min(sp[1] + 1, end)):
        if doc[t].text in ("des", "der") and doc[t].tag_ == "ART":
            np = _np_forward(doc, t, end, glue_genitive=False)
            return np if np and not _not_a_source(doc, np) else None
    return None


def _not_a_source(doc, sp) -> bool:
    """A phrase headed by a text, rule, figure or time: a medium, not a speaker
    ("Ihr Antrag", "Der Fall Amri", "die letzten Jahre")."""
    for t in range(sp[0], sp[1]):
        if doc[t].tag_ not in _NP_TAGS:
            return False
        if doc[t].tag_ == "NN" and doc[t].text.lower().endswith(L.NOT_SOURCE_ENDINGS):
            return True
    return False


def _passive_agent(doc, v: int, ca: int, cb: int, werden: bool = True, hole=range(0)):
    """In a passive ("wurde von X gefordert") the agent phrase with its preposition,
    or None; False if the clause is not a passive (``werden``: needs a form of it).
    Tokens in ``hole`` (an inserted clause) do not count.  A participle tagged as a
    finite verb after a form of "werden" counts ("das wurde von X betont")."""
    aux = next((t for t in range(ca, cb) if doc[t].text in L.WERDEN_FORMS and t not in hole), None)
    participle = doc[v].tag_ == "VVPP" or (
        doc[v].tag_ == "VVFIN" and aux is not None and aux < v and doc[aux].tag_ in _FINITE and doc[v].text.endswith("t"))
    if not participle or (werden and aux is None):
        return False
    topic_von = doc[v].lemma_ in L.VON_TOPIC_VERBS  # "es wird von Waffen gesprochen": what, not who
    for t in range(ca, cb):
        if doc[t].text.lower() in L.AGENT_PREPOSITIONS and t + 1 < cb and t not in hole and not (
                topic_von and doc[t].text.lower() in ("von", "vom")):
            c = (t + 1, t + 2) if doc[t + 1].tag_ in _PRONOUN_TAGS else _chunk(doc, t + 1, cb)
            if c is not None:
                return (t, c[1])  # "von der Regierung", "von einigen", "von Ihnen"
    return None


_LOCATIVE = frozenset({"bei", "beim", "im", "in"})


def _locative_body(doc, a: int, b: int) -> tuple[int, int] | None:
    """A body named where something is said, with its preposition: "beim Landesamt",
    "im Gesundheitsministerium", "bei der Polizei" (a noun of an organisation or an organisation's
    name); not a place, a meeting or a channel ("in Kiel", "in der Sitzung", "im Interview")."""
    texts = _texts(doc)
    for t in range(a, b - 1):
        if texts[t].lower() not in _LOCATIVE:
            continue
        np = _chunk(doc, t + 1, b)
        if np is None or doc[np[0]].tag_ in _PRONOUN_TAGS:
            continue
        head = next((k for k in range(np[1] - 1, np[0] - 1, -1) if doc[k].tag_ in _HEADS), None)
        if head is None or _thing_noun(doc[head]) or texts[head].lower().endswith(_CLAIM_ENDINGS) or any(
                doc[k].tag_ == "NN" and texts[k].lower().endswith(_CHANNEL_ENDINGS) for k in range(*np)):
            continue  # "in dem Bericht", "im Fachblatt X": a text or a medium, not who said it
        if doc[head].ent_type_ == "ORG" or doc[head].tag_ == "NN" and _body_noun(doc[head]):
            return (t, np[1])
    return None


def _disagrees(doc, np, f) -> bool:
    """The finite verb's number differs from the phrase head's (by the tagger's morphology)."""
    number = doc[f].morph.get("Number")
    head = next((t for t in range(np[1] - 1, np[0] - 1, -1) if doc[t].tag_ in _HEADS | _PRONOUN_TAGS), None)
    return bool(number and head is not None and doc[head].morph.get("Number") and doc[head].morph.get("Number") != number)


def _subject_before_insertion(doc, ca: int, a: int) -> tuple[int, int] | None:
    """"X, <relative clause or apposition>, sagt": X with the insertion;
    "Sie, verehrte Kollegen, fordern": only X (a vocative is no part of it)."""
    if ca - 1 <= a or doc[ca - 1].text != ",":
        return None
    p1 = ca - 1
    while p1 > a and not _bound(doc, p1 - 1):
        p1 -= 1
    if p1 == a and doc[p1].tag_ == "PWS" and doc[p1].text.lower() == "wer":
        return (p1, ca - 1)  # "Wer das will, muss ..."
    if p1 - 1 <= a or doc[p1 - 1].text != ",":
        return None
    p0 = p1 - 1
    while p0 > a and not _bound(doc, p0 - 1):
        p0 -= 1
    end = p1 - 1
    head = _chunk(doc, p0, end)
    if head == (p0, end) and not _nominative(doc, head) and p0 - 1 > a and doc[p0 - 1].text == ",":
        # an apposition in another case before the insertion ("X von Securo, einer Firma, die ...,
        # sagt"): X is the phrase before it
        end = p0 - 1
        while p0 - 1 > a and not _bound(doc, p0 - 2):
            p0 -= 1
        p0 -= 1
        head = _chunk(doc, p0, end)
    if (head is None or not _nominative(doc, head) or doc[p0].tag_ in _SUBORDINATORS
            or not _vorfeld_rest(doc, head[1], end)):
        return None  # "X, in der ..., hat": X may carry attributes ("die Gesellschaft für Pneumologie")
    if doc[p1].text.lower() in L.VOCATIVE_OPENERS:
        return (p0, p1 - 1)
    if doc[p1].tag_ in ("KOUS", "PWAV"):
        return None  # "Herr Weiß, wie Sie wissen, hat die Regierung ...": a vocative before a clause
    k = p1 + (doc[p1].tag_ in ("APPR", "APPRART"))
    relative = doc[k].tag_ == "PRELS" or doc[k].text in L.RELATIVE_PRONOUNS and doc[k].tag_ in ("ART", "PDS")
    if not relative and any(doc[t].tag_ in _FINITE and not (doc[t - 1].tag_ == doc[t + 1].tag_ == "NE")  # ("Ahmed bin Ali")
                            for t in range(p1, ca - 1)):
        return None  # "Die Frauen, 19 und 22 Jahre alt, seien festgenommen worden, teilte X mit": a clause
    return (p0, ca - 1)


def _with_quantifier(doc, i: int, b: int) -> tuple[int, int]:
    """A pronoun with a following "alle"/"selbst" ("wir alle")."""
    return (i, i + 2) if i + 1 < b and doc[i + 1].text in L.QUANTIFIERS else (i, i + 1)


def _light_verb_subject(doc, i: int, a: int):
    """Subject of the clause whose object is noun ``i``: a subject pronoun before
    it, else the Vorfeld when a verb follows it ("Verdi hat Vorschläge vorgelegt")."""
    k = i
    while k > a and doc[k - 1].text not in _CLAUSE_PUNCT:
        k -= 1
    while k < i and doc[k].text.lower() in L.CONJUNCTIONS:
        k += 1
    for t in range(k, i):
        if doc[t].text.lower() in L.NOMINATIVE_PRONOUNS or doc[t].text in ("Sie", "sie"):
            return _with_quantifier(doc, t, i)
    sp = _np_forward(doc, k, i)
    if (_speaker_ok(doc, sp) and sp[1] < i and doc[sp[1]].text.islower() and doc[sp[1]].text not in L.DETERMINERS
            and not (sp[1] - sp[0] == 1 and _ADVERB.search(doc[sp[0]].text))):
        return sp
    return None


def _frame_between(text: str, prev: Event, ev: Event) -> bool:
    """Two quotes close enough to share one inserted frame."""
    between = text[prev.message[1]:ev.message[0]]
    return len(between) < 200


def _content_end(doc, j, s, in_quote) -> int:
    """End token of a content clause: sentence end, or before a trailing ``, sagte X``
    or the main clause's verb after an inserted report (``Seine Aussage, X sei Y, beruhigte``)."""
    end = s.end
    while end > j and not _WORD.search(doc[end - 1].text):
        end -= 1
    for t in range(j + 1, end):
        if doc[t].text == "," and t + 1 < end:
            nxt = doc[t + 1]
            finite = nxt.text in L.AUXILIARIES or (_has_tags(doc) and nxt.pos_ in ("VERB", "AUX"))
            if _verb_cue(doc, t + 1, t + 1, end) or (finite and not _is_konjunktiv(doc, t + 1)):
                return t
    return end


def _char_span(doc, a: int, b: int) -> tuple[int, int] | None:
    """Characters of tokens ``[a, b)``, without whitespace tokens at either end (double spaces)."""
    while a < b and doc[a].is_space:
        a += 1
    while b > a and doc[b - 1].is_space:
        b -= 1
    if a >= b:
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


def _clause_text(doc, s: _Sent, in_quote) -> tuple[int, int]:
    """The sentence without its final punctuation."""
    return _char_span(doc, s.start, _trim(doc, s.start, s.end))


def _nach_noun(texts, i: int, end: int) -> int | None:
    """The noun of a "nach Angaben" frame starting at token ``i``: "Angaben", a compound
    ("Polizeiangaben"), or either after one adjective ("nach eigenen Angaben"); else None."""
    def noun(t: str) -> bool:
        return t in L.NACH_NOUNS or t[:1].isupper() and (len(t) > 10 or _name_prefix(t)) and t.lower().endswith(L.NACH_COMPOUND_ENDINGS)
    if noun(texts[i]):
        return i
    if i + 1 < end and texts[i].islower() and texts[i].endswith(("en", "er")) and noun(texts[i + 1]):
        return i + 1
    return None


def _name_prefix(word: str) -> str | None:
    """The capitalised name before the hyphen of a compound ("UN-Angaben": UN), else None."""
    head, sep, _rest = word.partition("-")
    return head if sep and head[:1].isupper() and len(head) > 1 else None


@lru_cache(maxsize=4096)
def _kb_lookup(name: str) -> tuple:
    """Knowledge-base entries a name refers to (none if the KB is not installed)."""
    try:
        from ..kb import KB
    except ImportError:
        return ()
    return tuple(KB.load().lookup(name))


def _compound_body(word: str) -> str | None:
    """The body a "nach ...angaben" compound names, as its head noun: "Konzernangaben"
    konzern, "Behördenangaben" behörde, "Polizeiberichten" polizei; None for
    "Eigenangaben", "Expertenschätzungen" (people, not a body)."""
    low = word.lower()
    ending = next((e for e in L.NACH_COMPOUND_ENDINGS if low.endswith(e)), None)
    if ending is None:
        return None
    first = low[: -len(ending)]
    for part in (first, first[:-1]):  # the linking s or n: "Unternehmens", "Behörden"
        if part.endswith(ORG_NOUN_ENDINGS + DESCRIPTION_ORG_ENDINGS + L.BODY_COMPOUND_PARTS):
            return part
    return None


def _relative_rest(doc, i: int, s: _Sent, frame) -> tuple[int, int] | None:
    """The relative clause a frame phrase at token ``i`` stands in, minus the frame, if any:
    "die Beobachtungsstelle, die nach eigenen Angaben über Informanten verfügt, ..." reports
    only that it has informants, not the whole sentence."""
    if not _stts(doc):
        return None
    ca, cb = _clause_bounds(doc, i, s.start, s.end)
    if not (s.start < ca < cb - 1 and doc[ca - 1].text == "," and doc[ca].tag_ == "PRELS" and doc[cb - 1].tag_[:1] == "V"):
        return None
    a = frame[1] if frame and frame[0] <= ca + 1 else ca + 1
    return _char_span(doc, a, cb) if a < cb else None


def _rest(doc, s: _Sent, frame, in_quote) -> tuple[int, int] | None:
    """The sentence minus a frame phrase at its start or end (with commas)."""
    a, b = s.start, s.end
    while b > a and not _WORD.search(doc[b - 1].text) and doc[b - 1].text not in L.CLOSING:
        b -= 1
    if frame:
        f0, f1 = frame
        if f0 <= a + 1 and f0 <= a + 1:
            a = f1
            while a < b and doc[a].text == ",":
                a += 1
        elif f1 >= b:
            b = f0
            while b > a and doc[b - 1].text == ",":
                b -= 1
    return _char_span(doc, a, b)


# --------------------------------------------------------------------------- speakers

def _agrees(doc, noun: int, rel: int) -> bool:
    """Whether the relative clause opened at token ``rel`` can hang on token ``noun``: its
    finite verb (the clause's last) does not differ in number ("Briefe von X, die ... fordern"
    hang on the letters, not on X).  A clause whose only verb is tagged an infinitive ends
    in a plural finite verb of the same form ("die ihn mahnen")."""
    verb = plural = None
    for t in range(rel + 1, len(doc)):
        if doc[t].text in (",", ".", ";", ":", "!", "?"):
            break
        if doc[t].tag_ in _FINITE:
            verb = t
        elif doc[t].tag_ in ("VVINF", "VAINF", "VMINF") and doc[t - 1].text != "zu":
            plural = t
    n = doc[noun].morph.get("Number")
    v = doc[verb].morph.get("Number") if verb is not None else ["Plur"] if plural is not None else []
    return not (n and v and n != v)


def _body_noun(tok) -> bool:
    """A noun that names an organisation, an organ of one or a medium ("Gewerkschaft", "Kabinett", "Zeitung")."""
    low = tok.text.lower()
    if tok.text in L.CHANNEL_NOUNS or tok.tag_ == "NN" and low.endswith(_CHANNEL_ENDINGS):  # "das Staatsfernsehen"
        return True
    # and in the genitive: "des Kinderkrankenhauses", "des Ministeriums", "des Rats"
    return any(w.endswith(ORG_NOUN_ENDINGS + DESCRIPTION_ORG_ENDINGS) or w in ORGAN_HEADS for w in genitive_stems(low))


def _thing_noun(tok) -> bool:
    """A noun that names no single person: a thing, an activity, an utterance or a collective
    ("die Forschung", "Angaben", "die Bevölkerung"); bodies among them ("die Zeitung") are
    told apart by :func:`_body_noun`."""
    return tok.text.lower().endswith(THING_ENDINGS) or tok.text in L.SPEECH_NOUNS or tok.text in L.CHANNEL_NOUNS


def _person_noun(tok) -> bool:
    """A common noun that names people ("Sprecher", "Ermittler", "Angeklagte"), not a body or a speech."""
    low = tok.text.lower()
    return (tok.tag_ == "NN" and low.endswith(DESCRIPTION_PERSON_ENDINGS) and tok.text not in L.SPEECH_NOUNS
            and not low.endswith(DESCRIPTION_NOT_PERSONS + ORG_NOUN_ENDINGS + DESCRIPTION_ORG_ENDINGS))


class _Resolver:
    """Map speaker phrases to entities of the record, reasoning over the discourse."""

    def __init__(self, doc, record):
        self.doc = doc
        self.text = record["text"]
        self.entities = record.setdefault("entities", [])
        self.by_char: dict[int, dict] = {}
        self.derived: dict[int, dict] = {}  # "die türkische Regierung": Turkey, if no name is in the phrase
        for ent in self.entities:
            for m in ent.get("mentions", []):
                chars = self.derived if m.get("form") == "derived" else self.by_char
                for c in range(m["start"], m["end"]):
                    chars.setdefault(c, ent)
        self.speakers: list[dict] = []  # entities that spoke, most recent last
        self.groups: set[str] = set()  # ids of persons described in the plural

    def resolve(self, sp) -> dict | None:
        doc = self.doc
        if sp[1] - sp[0] > 1 and doc[sp[0]].text.lower() in L.SOURCE_FOCUS:
            sp = (sp[0] + 1, sp[1])  # "Auch die Kammer": the phrase after the focus adverb
        if (n := _approximator(_texts(doc), sp[0], sp[1])) and doc[sp[0] + n].tag_ == "CARD":
            sp = (sp[0] + n, sp[1])  # "Rund 300 Anwohner" are "300 Anwohner"
        if sp[1] - sp[0] > 1 and (doc[sp[0]].text.lower() in L.AGENT_PREPOSITIONS or doc[sp[0]].text.lower() in _LOCATIVE):
            sp = (sp[0] + 1, sp[1])  # "von der Kommission bestätigt", "bei der Polizei": who after the preposition
        said = next((k for k in range(sp[0], sp[1] - 2) if doc[k].text in L.SPEECH_NOUNS and doc[k + 1].text in ("der", "des")), None)
        if said is not None:
            sp = (said + 1, sp[1])  # "so der Vorwurf der Staatsanwaltschaft": who made it
        a, b = _char_span(doc, *sp)
        if sp[1] - sp[0] == 1 and (body := _compound_body(doc[sp[0]].text)) is not None:
            ent = self._body_named(body, a)  # "nach Konzernangaben"
            return self._spoke(ent) if ent is not None else None
        if sp[1] - sp[0] == 1 and (name := _name_prefix(doc[sp[0]].text)) and doc[sp[0]].text.lower().endswith(L.NACH_COMPOUND_ENDINGS):
            ent = self._prefix_named(name, a)  # "nach UN-Angaben"
            return self._spoke(ent) if ent is not None else None
        centred = sp[1] - sp[0] == 1 and (doc[sp[0]].text in ("er", "sie", "Er") or doc[sp[0]].text == "Sie"
                                          and doc[sp[0]].is_sent_start) and _stts(doc)
        if centred:
            # a pronoun's subject of the sentence before outranks the entity stage's recency,
            # which takes "Herr Berg" inside the quotation for the "er" who says it
            ent = self._opening_subject(doc[sp[0]], a)
            if ent is not None:
                self._mention(ent, a, b, "pronoun")
                return self._spoke(ent)
        # the head: the last capitalised token of the phrase before any von-attribute, bracket
        # or relative clause ("Sprecherin Anna Berg vom Deutschen Wetterdienst" is Berg, so is
        # "Anna Berg (SPD)" and "Anna Berg, die mit der Kanzlei X ... vertritt"); failing that,
        # any entity of the phrase, the part before the cut first
        cut = next((k for k in range(sp[0] + 1, sp[1]) if doc[k].text.lower() in ("von", "vom", "(", "in", "im", "aus")
                    or doc[k].text == "," and k + 1 < sp[1] and doc[k + 1].text in L.RELATIVE_PRONOUNS), sp[1])
        head = next((k for k in range(cut - 1, sp[0] - 1, -1) if _is_cap(doc[k]) or doc[k].text in L.SPEAKER_PRONOUNS), cut - 1)
        located = cut < sp[1] and doc[cut].text.lower() in ("in", "im") and any(
            doc[k].tag_ in ("NN", "NE") for k in range(sp[0], cut))  # not "die in London ansässige X"
        order = (head, *range(cut - 1, sp[0] - 1, -1), *range(sp[1] - 1, cut - 1, -1))
        possessor = head > sp[0] and _prenominal_genitive(doc, sp[0], cut)
        if possessor:  # "Griechenlands Linke", "Merkels Sprecher": not Greece, not Merkel
            order = tuple(k for k in order if k != sp[0])
        own = next((k for k in range(sp[0] + 2, cut)
                    if doc[k].tag_ == "ART" and (_person_noun(doc[k - 1]) or _body_noun(doc[k - 1]))), cut)
        genitive = possessor  # a person described by a genitive ("der Chef der Gruppe X") is not whoever spoke last
        if own < sp[1] and doc[sp[0]].text.lower() in L.DETERMINERS | L.INDEFINITE_ARTICLES and (
                _person_noun(doc[own - 1]) or _body_noun(doc[own - 1])):
            # "ein Sprecher des Ministeriums", "der Leiter des Instituts": him, not it; but "die
            # Leiterin des Instituts, Eva Roth," is Eva Roth; "des Krankenhauses der Stadt" is no city
            for k in range(sp[1] - 2, own, -1):
                ent = self.by_char.get(doc[k + 1].idx) if doc[k].text == "," else None
                if ent is not None and ent.get("type") == "PER":
                    return self._spoke(ent)
            head, order, genitive = own - 1, range(own - 1, sp[0] - 1, -1), True
        first = next((k for k in range(sp[0], sp[1]) if _is_cap(doc[k]) and doc[k].text.lower() not in L.DETERMINERS), None)
        whole = self._covering(doc[first]) if first is not None else None
        if whole is not None and any(m["start"] <= doc[first].idx and m["end"] >= b for m in whole.get("mentions", [])):
            return self._spoke(whole)  # a name over the phrase's genitive: "der Rat der EU" is the Rat
        # "Die Kieler Nachrichten (KN)" is KN; the place of an adjective speaks only for a phrase with
        # no noun of a kind of its own ("die türkische Seite"): "der hessische Ministerpräsident" is a
        # person, "die französische Staatsanwaltschaft" a body, "die bahrainische Zeitung X" a medium,
        # "die deutsche Untersuchung" a text
        kinded = any(_person_noun(doc[k]) or _body_noun(doc[k]) for k in range(sp[0], max(head, sp[0]) + 1)) or (
            _thing_noun(doc[head]) and doc[head].text not in L.SPEECH_NOUNS)  # statements are the place's: "den nordkoreanischen Angaben"
        for chars in (self.by_char,) if kinded else (self.by_char, self.derived):
            for k in order:
                ent = self._covering(doc[k], chars)
                if ent is not None and not (k >= cut and (ent.get("type") == "LOC" or located)):
                    return self._spoke(ent)  # not the place after the cut: "das Ministerium in Lissabon",
                    # "die Opposition im Bundestag"
        single = doc[sp[0]].text if sp[1] - sp[0] == 1 else ""
        if single.lower() in L.IMPERSONAL_PRONOUNS:
            return None
        if single.lower() in L.RELATIVE_PRONOUNS and sp[0] > 1 and doc[sp[0] - 1].text == ",":
            # "X, der ... gefordert hatte" is X, not whoever spoke last; a clause on a
            # common noun ("Vereine, die ... fordern") names no one
            ent = self._covering(doc[sp[0] - 2]) if _agrees(doc, sp[0] - 2, sp[0]) else None
            return self._spoke(ent) if ent is not None else None
        form = "pronoun" if single in L.SPEAKER_PRONOUNS or single.lower() in L.POSSESSIVES else "nominal"
        if form == "nominal" and doc[sp[0]].text.lower() not in L.DETERMINERS and not possessor:
            # a name the entity stage did not tag here: the one entity it names elsewhere
            # ("Der Verband Bitkom ... Bitkom fordert", "Markus Schnell ... Schnell kündigte an")
            named = [e for e in self.entities if e.get("type") in ("PER", "ORG") and _named(e, doc[head].text)]
            ent = named[0] if len(named) == 1 and _is_cap(doc[head]) else None
            if ent is None and sp[1] - sp[0] == 1 and doc[head].tag_ in ("NN", "NE"):
                ent = self._title_holder(doc[head].text, a)  # "laut Verbandspräsident", "sagte Innenminister"
            form = "name" if sp[1] - sp[0] == 1 else form
            if ent is None and (doc[sp[0]].tag_ in ("PIAT", "PIDAT", "CARD", "ADJA")
                                or doc[sp[0]].tag_ == "NN" and _body_noun(doc[cut - 1])
                                or sp[1] - sp[0] == 1 and _person_noun(doc[sp[0]]) and _plural(doc, sp[0], sp[1])):
                # "Mehrere Anleihegläubiger", "Zwei Ermittler", "aus Bankenkreisen", "Kritiker warfen ... vor"
                return self._described(sp, cut)
        else:
            plural = doc[head].tag_ == "NN" and ("Plur" in doc[head].morph.get("Number") or doc[sp[0]].text.lower() == "die"
                                                and doc[head].text.endswith("en") and _person_noun(doc[head]))  # "die Abgeordneten"
            org = any(_body_noun(doc[k]) for k in range(sp[0], cut))  # "die Kriminalpolizei" is no one who spoke
            new = form == "nominal" and doc[sp[0]].text.lower() in L.INDEFINITE_ARTICLES  # "ein Sprecher": someone new
            gender = _gender(doc, sp[0], head) if form == "nominal" else None
            if form == "pronoun" and single.lower() in ("er", "sie", "es"):
                ent = self._pronoun_antecedent(doc[sp[0]], a, centred)
            else:
                thing = _thing_noun(doc[head]) or doc[head].tag_ in ("PDS", "PDAT")  # "das Ergebnis", "Dieser"
                ent = None if new else self._antecedent(doc[head].text, form, a, person_ok=not (plural or org or genitive or thing),
                                                        gender=gender, plural=plural)
            if ent is None and form == "nominal":
                return self._described(sp, cut)
        if ent is not None:
            self._mention(ent, a, b, form)
            return self._spoke(ent)
        return None

    def _described(self, sp, cut: int) -> dict | None:
        """A new entity for a speaker named only by a description ("ein Sprecher der Polizei",
        "zwei mit den Gesprächen vertraute Personen"): the noun phrase up to a genitive or the
        cut is its mention, the phrase up to the cut its name; later "der Sprecher" finds it."""
        doc = self.doc
        tags = token_strings(doc, "TAG")
        end = next((k for k in range(sp[0] + 2, cut) if tags[k] in ("ART", "$,") and tags[k - 1] == "NN"), cut)
        last_nn = next((k for k in range(end - 1, sp[0] - 1, -1) if tags[k] == "NN"), None)
        if last_nn is not None and last_nn < end - 1 and _body_noun(doc[last_nn]) and all(
                tags[k] in ("NE", "FM") for k in range(last_nn + 1, end)):
            # a body called by its name the entity stage missed: "die Zeitung Kurier Nord"
            chars = _char_span(doc, last_nn + 1, end)
            return self._spoke(self._new_entity(span(self.text, *chars)["text"], "organisation", chars, "name"))
        if tags[end - 1] != "NN" and not _representative(doc[end - 1]):
            return None  # no common noun heads it ("das", "Sie", "viele")
        first = sp[0] + 1 if doc[sp[0]].text.lower() in L.DETERMINERS else sp[0]
        if _body_noun(doc[end - 1]):
            kind = "organisation"
        elif _person_noun(doc[end - 1]) or _representative(doc[end - 1]):
            kind = "person"
        else:
            return None  # "das Modell", "den Berichten zufolge": no one to follow
        name = span(self.text, *_char_span(doc, first, cut))["text"]
        noun = doc[end - 1]
        genitive = "Gen" in noun.morph.get("Case") or doc[sp[0]].text in ("des", "eines")
        if genitive and noun.i == first and noun.lemma_ and noun.lemma_ != noun.text and noun.lemma_[:1].isupper():
            # (not after an inflected adjective: "eines leitenden Beamten" stays as it is)
            at = noun.idx - doc[first].idx  # named in the nominative: "nach Angaben des Ministeriums" is "Ministerium"
            name = name[:at] + noun.lemma_ + name[at + len(noun.text):]
        ent = self._new_entity(name, kind, _char_span(doc, sp[0], end), "nominal")
        owner = self._owner(sp, end, cut)
        if owner is not None:
            ent["of"] = owner["id"]  # "eine Sprecherin des Ministeriums", "Bergers Sprecher": whom it speaks for
        if _plural(doc, end - 1, sp[1]):
            self.groups.add(ent["id"])  # "Kritiker", "zwei Ermittler": "sie" in the plural only
        return self._spoke(ent)

    def _owner(self, sp, end: int, cut: int) -> dict | None:
        """The entity a described speaker belongs to: a name before its noun in the genitive
        ("Bergers Sprecher") or an entity of its genitive attribute ("ein Sprecher des Ministeriums")."""
        doc = self.doc
        if _prenominal_genitive(doc, sp[0], cut):
            return self._covering(doc[sp[0]])
        if end == cut < sp[1] and doc[cut].text.lower() in ("von", "vom") and _representative(doc[end - 1]):
            # "ein Sprecher von Ministerin X (Grüne)", "vom Ministerium": the person or body named after it
            stop = next((k for k in range(cut + 1, sp[1]) if doc[k].text in ("(", ",")), sp[1])
            return next((e for k in range(cut + 1, stop) if (e := self._covering(doc[k])) is not None
                         and e.get("type") in ("PER", "ORG") and e.get("kind") != "agency"), None)
        if end >= cut or doc[end].tag_ != "ART":
            return None
        for k in range(end + 1, cut):  # the first noun phrase of the genitive only
            if doc[k].tag_ in ("ART", "APPR", "APPRART", "$,") and doc[k - 1].tag_ in ("NN", "NE"):
                return None
            ent = self._covering(doc[k])
            if ent is not None:
                # "sagte eine Sprecherin der APA": an agency after the noun is whom it was said to
                return ent if ent.get("kind") != "agency" else None
        return None

    def _new_entity(self, name: str, kind: str, chars: tuple[int, int], form: str, entry=None) -> dict:
        """A person or organisation (``kind``) the entity stage did not find, with its mention at
        ``chars``; with a KB ``entry``, that entry's name, type and kind."""
        ent = {"id": f"e{self._next_id()}", "name": name, "type": "ORG" if kind == "organisation" else "PER",
               "kind": kind, "roles": [], "mentions": []}
        if entry is not None:
            ent.update(name=entry.name, type=entry.type, kind=entry.kind, kb=entry.id)
        self.entities.append(ent)
        self._mention(ent, *chars, form)
        return ent

    def _mention(self, ent, start: int, end: int, form: str) -> None:
        """Add a mention to ``ent`` and let later phrases over its characters find it."""
        ent.setdefault("mentions", []).append(span(self.text, start, end, form=form))
        for c in range(start, end):
            self.by_char.setdefault(c, ent)

    def _next_id(self) -> int:
        nums = [int(e["id"][1:]) for e in self.entities if str(e.get("id", ""))[1:].isdigit()]
        return max(nums, default=0) + 1

    def _covering(self, tok, chars=None) -> dict | None:
        """The entity one of whose mentions (in ``chars``: names, or derived ones) covers the whole token, if any."""
        chars = self.by_char if chars is None else chars
        ent = chars.get(tok.idx)
        return ent if ent is not None and chars.get(tok.idx + len(tok.text) - 1) is ent else None

    def _spoke(self, ent):
        if ent in self.speakers:
            self.speakers.remove(ent)
        self.speakers.append(ent)
        return ent

    def _title_holder(self, title: str, before: int) -> dict | None:
        """The one person named before character ``before`` whose role was said with this very
        title ("ÖGB-Präsident X ... laut ÖGB-Präsident"), else None (a bare title is no description
        of whoever spoke last)."""
        low = title.lower()
        holders = [e for e in self.entities if e.get("type") == "PER" and any(
            r.get("start", before) < before and r.get("text", "").lower().endswith(low) for r in e.get("roles", []))]
        return holders[0] if len(holders) == 1 else None

    def _antecedent(self, head: str, form: str, before: int, person_ok: bool = True, gender: str | None = None,
                    plural: bool = False) -> dict | None:
        """Most recent speaker whose title or mentions match; else the last person speaking,
        unless ``person_ok`` is false (a plural or an organisation: "die Klubobleute", "die
        Tageszeitung Nordkurier" are not the last one who spoke) or of another ``gender``
        ("der Leiter" is not the minister who was "Ministerin Eva Brandt"); no person named
        or described only after character ``before``; a ``plural`` is no one person ("die Abgeordneten")."""
        stem = head.rstrip("n") if head.endswith("en") else head
        known = [e for e in self.entities if e.get("type") != "PER" or any(
            m["start"] < before for m in e.get("mentions", [])) or any(r["start"] <= before for r in e.get("roles", []))]
        if plural:
            known = [e for e in known if e.get("type") != "PER" or e.get("id") in self.groups]
        if form == "nominal":
            for ent in reversed(self.speakers):
                if _matches(ent, head, stem) and not (plural and ent.get("type") == "PER" and ent.get("id") not in self.groups):
                    return ent
        persons = [e for e in reversed(self.speakers) if e.get("type") == "PER"]
        if form == "pronoun":
            return persons[0] if persons else None
        persons = [e for e in persons if any(m.get("form", "name") == "name" for m in e.get("mentions", []))
                   and e.get("gender") in (None, gender or e.get("gender"))]  # named ones, of the gender said
        if head.lower().endswith(ORG_NOUN_ENDINGS) or not person_ok and form == "nominal":
            persons = []  # "die Gewerkschaft" is no person who spoke before
        if persons and not any(_matches(e, head, stem) for e in known):
            return persons[0]
        matching = [e for e in known if _matches(e, head, stem)]
        if len(matching) == 1:
            return matching[0]
        return persons[0] if persons else None

    def _pronoun_antecedent(self, tok, before: int, centred: bool) -> dict | None:
        """What "er", "sie" or "es" (``tok``, at character ``before``) refers to: the subject opening
        this sentence or the one before, if it agrees (a body by its article: "Die Bundesregierung
        ... Sie", "Der Konzern X ... Er", "Die Grünen ... Sie sagten"; a person by the gender the
        entity stage gave), else the last person who spoke whose gender agrees; else None.  A
        capitalised "Sie" inside a sentence is the addressee of an interview: the last person who spoke.
        ``centred``: the opening subject was looked for already and there is none."""
        doc = self.doc
        sent = tok.sent
        persons = [e for e in reversed(self.speakers) if e.get("type") == "PER"]
        if tok.text == "Sie" and tok.i > sent.start:  # "ZEITUNG: Was planen Sie?"
            return persons[0] if persons else None
        want = _pronoun_gender(doc, tok)
        opening = None if centred else self._opening_subject(tok, before)
        return opening or next((e for e in persons if self._agrees(e, want)), None)

    def _opening_subject(self, tok, before: int) -> dict | None:
        """The entity whose mention opens the sentence of ``tok`` or the one before and agrees
        with the pronoun ``tok`` (centring: "Die Polizei nahm ... fest. Sie teilte mit")."""
        doc = self.doc
        want = _pronoun_gender(doc, tok)
        sent = tok.sent
        prev = doc[sent.start - 1].sent if sent.start > 0 else sent
        for s in (sent, prev):
            for ent in self.entities:
                if ent.get("type") in ("PER", "ORG") and self._agrees(ent, want) and any(
                        _opens_sentence_with(doc, m, s) for m in ent.get("mentions", []) if m["end"] <= before):
                    return ent
        return None

    def _agrees(self, ent, want: str) -> bool:
        """Whether a pronoun of gender ``want`` (m, f, n; p: plural) can refer to ``ent``."""
        if ent.get("type") == "PER":
            if ent.get("id") in self.groups:
                return want == "p"
            return want in ("m", "f") and ent.get("gender") in (None, want)
        return ent.get("type") == "ORG" and _article_gender(self.doc, ent) == want

    def _body_named(self, body: str, before: int) -> dict | None:
        """The organisation a compound's body word stands for, named before character ``before``:
        the last whose mentions hold that word ("Polizei", "Ministerium"); for a kind of company
        ("Konzern", "Unternehmen"), failing that, the organisation named last."""
        named = [(m["start"], e) for e in self.entities if e.get("type") == "ORG"
                 for m in e.get("mentions", []) if m["end"] <= before and m.get("form", "name") == "name"]
        holding = [(start, e) for start, e in named if any(body in m["text"].lower() for m in e["mentions"])]
        named = holding or (named if body.endswith(COMPANY_HEADS) else [])
        return max(named, key=lambda x: x[0])[1] if named else None

    def _prefix_named(self, name: str, at: int) -> dict | None:
        """The entity a name before a hyphen stands for ("UN-Angaben", "Pentagon-Informationen"):
        one named so in the record, else the knowledge base's entry (a new entity), else None;
        the name's characters become its mention."""
        entries = _kb_lookup(name)
        ids = {e.id for e in entries[:1]}
        ent = next((e for e in self.entities if e.get("type") in ("PER", "ORG", "LOC") and (
            e.get("kb") in ids or e.get("name") == name or any(m["text"] == name for m in e.get("mentions", [])))), None)
        if ent is None:
            return self._new_entity(name, entries[0].kind, (at, at + len(name)), "name", entries[0]) if entries else None
        self._mention(ent, at, at + len(name), "name")
        return ent

    def note(self, ent):
        if ent is not None:
            self._spoke(ent)


def _opens_sentence_with(doc, mention, sent) -> bool:
    """Whether ``mention`` is the phrase that opens sentence ``sent`` (after its article and title words)."""
    if not sent.start_char <= mention["start"] < sent.end_char:
        return False
    span_ = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span_ is not None and all(doc[k].tag_ in ("ADJA", "NN") or doc[k].tag_ == "ART" and k == sent.start
                                     for k in range(sent.start, span_.start))  # not a genitive: "Die Chefin der X"


def _prenominal_genitive(doc, i: int, end: int) -> bool:
    """Token ``i`` is a name in the genitive before the noun it determines ("Griechenlands
    linke Opposition", "Merkels Sprecher"): the noun is who speaks, the name whose it is."""
    if i + 1 >= end or doc[i].tag_ != "NE" or not doc[i].text.endswith("s"):
        return False
    k = i + 1
    while k < end and doc[k].tag_ in ("ADJA", "ADV"):
        k += 1
    return k < end and (doc[k].tag_ == "NN" or _representative(doc[k]))


def _representative(tok) -> bool:
    """A noun for whoever speaks for someone, whatever the tagger calls it ("Merkels Sprecher"
    with "Sprecher" tagged as a name)."""
    low = tok.text.lower()
    return tok.text[:1].isupper() and (low.endswith(REPRESENTATIVE_HEADS) or low in ORGAN_HEADS)


def _plural(doc, head: int, after: int) -> bool:
    """Whether the noun at ``head`` is plural: by its morphology, or by the finite verb right
    after its phrase (ending at ``after``; "Kritiker warfen": the noun's number is ambiguous)."""
    if "Plur" in doc[head].morph.get("Number"):
        return True
    return after < len(doc) and doc[after].tag_ in _FINITE and "Plur" in doc[after].morph.get("Number")


def _pronoun_gender(doc, tok) -> str:
    """m, f, n or p (plural) for the pronoun "er", "sie" or "es" at ``tok``; "sie" is plural
    when the finite verb next to it is ("Sie sagten"), the tagger's number of the pronoun
    being less reliable."""
    low = tok.text.lower()
    verb = next((doc[k] for k in (tok.i + 1, tok.i - 1) if 0 <= k < len(doc) and doc[k].tag_ in _FINITE), tok)
    if low == "sie" and "Plur" in (verb.morph.get("Number") or tok.morph.get("Number")):
        return "p"
    return {"er": "m", "sie": "f", "es": "n"}[low]


def _article_gender(doc, ent) -> str | None:
    """The grammatical gender (m, f, n; p: plural) of a body by the article of its first name or
    description ("Die Bundesregierung" f, "Der Konzern Siemens" m, "die Grünen" p); None without one."""
    names = [m for m in ent.get("mentions", []) if m.get("form", "name") in ("name", "nominal")]
    span_ = doc.char_span(names[0]["start"], names[0]["end"], alignment_mode="expand") if names else None
    if span_ is None:
        return None
    first = span_.start + 1 if span_[0].tag_ == "ART" else span_.start  # "Die Bundesregierung" as a mention
    for k in range(first - 1, max(first - 4, -1), -1):
        tag = doc[k].tag_
        if tag == "ART":
            morph = doc[k].morph
            if "Plur" in morph.get("Number"):
                return "p"
            g = morph.get("Gender")
            return {"Masc": "m", "Fem": "f", "Neut": "n"}.get(g[0]) if g else None
        if tag not in ("ADJA", "NN"):
            return None
    return None


def _gender(doc, first: int, head: int) -> str | None:
    """The gender a description of a person says: "die Sprecherin" f, "der Leiter" m; None
    for plurals, bodies and where the article does not tell ("die Angeklagte")."""
    if not _person_noun(doc[head]) or "Plur" in doc[head].morph.get("Number"):
        return None
    low = doc[head].text.lower()
    if low.endswith("in"):
        return "f"
    return "m" if doc[first].text.lower() in ("der", "dem", "den", "ein", "einem", "einen") else None


def _named(ent, word: str) -> bool:
    """Whether ``word`` is a word of one of the entity's names (not of a description or pronoun)."""
    return any(word in m["text"].split() for m in ent.get("mentions", []) if m.get("form", "name") == "name")


def _matches(ent, head: str, stem: str) -> bool:
    for role in ent.get("roles", []):
        title = role.get("title") or ""
        if title and (title == head or title == stem or head.endswith(title.lower()) or title.endswith(stem)):
            return True
    return any(head in m["text"].split() or stem in m["text"].split() for m in ent.get("mentions", []) if m.get("form") != "pronoun")


# --------------------------------------------------------------------------- the stage

_LEARNT = Path(__file__).resolve().parents[1] / "lang" / "de_speech_cues.json"


_LEARNT_LEMMAS = Path(__file__).resolve().parents[1] / "lang" / "de_speech_cue_lemmas.json"


@lru_cache(maxsize=1)
def learnt_lemmas() -> frozenset[str]:
    """Cue lemmas learnt from SpkAtt train (``depesche train quote_source``), as :func:`lemma_key` gives them."""
    if not _LEARNT_LEMMAS.exists():
        return frozenset()
    return frozenset(json.loads(_LEARNT_LEMMAS.read_text(encoding="utf-8"))["lemmas"])


def cue_lemmas() -> frozenset[str]:
    """SpkAtt's extra cue lemmas: the learnt ones and the lexicon's (``L.SPKATT_CUE_LEMMAS``)."""
    return learnt_lemmas() | L.SPKATT_CUE_LEMMAS


@lru_cache(maxsize=1)
def learnt_cues() -> frozenset[str]:
    """Cue forms learnt from SpkAtt train (``depesche eval spkatt DIR --write-cues``)."""
    if not _LEARNT.exists():
        return frozenset()
    return frozenset(json.loads(_LEARNT.read_text(encoding="utf-8"))["forms"])


class Quotes(Component):
    name = "quotes"
    version = "0.3.74"
    requires = ("token.is_sent_start",)
    assigns = ("record.quotes", "record.entities.mentions")

    def __init__(self):
        self.finder = SpeechFinder()

    def __call__(self, doc):
        record = doc._.record
        text = record["text"]
        events = self.finder.events(doc, *body_range(record), text)
        record["quotes"] = to_quotes(doc, record, events)
        _speaker_we(doc, record)
        return doc


def _speaker_we(doc, record) -> None:
    """In a direct quote, "wir"/"unser" is the speaker's side: the country or
    organisation the speaker holds office for (``Außenminister`` of Polen)."""
    entities = {e["id"]: e for e in record["entities"]}
    taken = {(m["start"], m["end"]) for e in record["entities"] for m in e["mentions"]}
    for q in record["quotes"]:
        speaker = entities.get(q.get("speaker"))
        side = next((entities.get(r.get("of")) for r in (speaker or {}).get("roles", []) if r.get("of") in entities), None)
        if q["kind"] != "direct" or side is None:
            continue
        sp = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        for tok in sp or ():
            key = (tok.idx, tok.idx + len(tok))
            if tok.text.lower() in PRONOUNS_WE and key not in taken:
                side["mentions"].append(span(record["text"], *key, form="pronoun"))
                taken.add(key)
    for e in record["entities"]:
        e["mentions"].sort(key=lambda m: m["start"])


def to_quotes(doc, record, events: list[Event]) -> list[dict]:
    """Record items for the events that carry a message; speakers resolved."""
    text = record["text"]
    resolver = _Resolver(doc, record)
    quotes = []
    ent_of: dict[int, dict | None] = {}
    # a cue inside another report's message is part of what was reported
    # ("Er habe abgelehnt, wie er betonte"): kept for its speaker, not quoted
    shadowed = _one_message_per_act(doc, events)
    nested = {id(ev) for ev in events if ev.cue and ev.kind != "direct" and any(
        o is not ev and o.kind in ("direct", "indirect") and o.message and o.message[0] <= doc[ev.cue[0]].idx < o.message[1]
        and (ev.kind == "reported" or doc[o.cue[0]].idx < doc[ev.cue[0]].idx if o.cue else ev.kind == "reported")
        for o in events)}
    for ev in events:
        ent = None
        if ev.source is not None:
            ent = resolver.resolve(ev.source)
            ent_of[id(ev)] = ent
        parent = ev.parent
        if ev.continuation and parent is not None and ent is None:
            ent = ent_of.get(id(parent))
            ent_of[id(ev)] = ent
            resolver.note(ent)
        if not ev.kind or not ev.message or id(ev) in nested or id(ev) in shadowed:
            continue
        start, end = ev.message
        item = {"id": f"q{len(quotes) + 1}", "kind": ev.kind, **span(text, start, end),
                "speaker": ent["id"] if ent else None,
                "cue": _cue_span(doc, text, ev.cue)}
        if ev.source is not None:
            a, b = ev.source
            item["speaker_text"] = span(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        for role in ("channel", "addressee"):
            if getattr(ev, role) is not None:
                a, b = getattr(ev, role)
                item[role] = span(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        if ev.group is not None:
            item["group"] = f"g{ev.group}"
        if ev.continuation:
            item["continuation"] = True
        if ev.fragments:
            item["fragments"] = [span(text, a, b) for a, b in ev.fragments]
        quotes.append(item)
    return quotes


_LABEL = re.compile(r"[A-ZÄÖÜ][\w.'-]*$")


def _interview_turns(doc, sents) -> list[Event]:
    """The turns of an interview printed as "ZEITUNG: Frage? Lindner: Antwort.": direct
    speech of the label's bearer (the source), each running to the next label.  A dispatch is
    an interview when at least two labels of one to three capitalised words open sentences
    twice or more each, four turns in all ("Fazit:" once is no turn); a full name once ends
    in one of them."""
    texts = _texts(doc)
    found = []  # (label, sentence index, label start, colon)
    for k, s in enumerate(sents):
        colon = next((t for t in range(s.start, min(s.start + 4, s.end)) if texts[t] == ":"), None)
        if colon is not None and colon > s.start and colon + 1 < s.end and all(
                _LABEL.match(texts[t]) for t in range(s.start, colon)):
            found.append((" ".join(texts[s.start:colon]), k, s.start, colon))
    counts = Counter(f[0] for f in found)
    if _has_tags(doc):  # a label before verbless lines is a field: "Tore: Kane (12.), Alba (30.)"
        said = Counter(f[0] for n, f in enumerate(found)
                       if _has_verb(doc, f[3] + 1, found[n + 1][2] if n + 1 < len(found) else sents[f[1]].end))
        counts = Counter({label: n for label, n in counts.items() if 2 * said[label] >= n})
    recurring = {label for label, n in counts.items() if n >= 2}
    # the first turn may give the full name, the others the surname ("Eva Roth:", "Roth:")
    turns = [f[1:] for f in found if f[0] in recurring or f[0].rsplit(" ", 1)[-1] in recurring]
    if len(recurring) < 2 or len(turns) < 4:
        return []
    out = []
    for n, (k, a, colon) in enumerate(turns):
        end = turns[n + 1][1] if n + 1 < len(turns) else sents[-1].end
        msg = _char_span(doc, colon + 1, end)
        if msg is not None:
            out.append(Event(cue=[], kind="direct", sent=k, message=msg, source=(a, colon), fixed=True))
    return out


def _quoted_person(doc, v: int, a: int, b: int) -> tuple[int, int] | None:
    """Who "zitieren" quotes in its clause ``[a, b)``: the object of the active ("Die Zeitung
    zitierte Anna Berg mit den Worten"; the subject is the medium), the subject of the
    passive ("Anna Berg wird mit den Worten zitiert"); None if neither is there ("Ich
    zitiere: ...": the subject speaks)."""
    if any(doc[t].lemma_ == "werden" and doc[t].tag_ in _FINITE for t in range(a, b)):
        sp = _np_forward(doc, a, b)
        return sp if sp and sp[1] <= v and _speaker_ok(doc, sp) and doc[sp[0]].text not in ("mit", "Mit") else None
    if any(doc[t].text.lower() in ("ich", "wir") for t in range(a, b)):
        return None  # "Ich zitiere den Kollegen X": the speaker quotes aloud
    def np_after(k: int):
        while k < b and doc[k].tag_ in ("ADV", "ADJD", "PTKVZ"):
            k += 1
        return _np_forward(doc, k, b)
    sp = np_after(v + 1)
    if sp and not any(_WORD.search(doc[t].text) for t in range(a, v)):  # "..., zitierte die Zeitung die Ministerin"
        sp = np_after(sp[1])
    return sp if sp and _speaker_ok(doc, sp) and doc[sp[0]].text.lower() != "mit" else None


def _so_frame(doc, k: int, s: _Sent) -> list[Event]:
    """"Die Lage sei ernst, so der Minister." / "Die Lage sei, so X am Montag, ernst": the
    frame "so X" after a comma names the speaker of the rest of the sentence (two grouped
    rows when it is inserted).  X must be a speaker's phrase followed only by adverbials."""
    texts = _texts(doc)
    for i in range(s.start + 1, s.end - 1):
        if texts[i] != "so" or texts[i - 1] not in (",", "–", "-", "("):
            continue
        sp = _np_forward(doc, i + 1, s.end)
        if not sp or sp[0] != i + 1 or not _speaker_ok(doc, sp):
            continue
        j = sp[1]
        while j < s.end and (doc[j].tag_ in ("APPR", "APPRART", "ART", "NN", "NE", "ADV", "ADJA", "CARD") or doc[j].is_space):
            j += 1  # "so X am Montag in Berlin"
        end = _trim(doc, s.start, s.end)
        if j < end and texts[j] not in (",", "–", "-", ")"):
            return []  # "..., so die Regierung will es": a clause, no frame
        before = _char_span(doc, s.start, i - 1)
        if before is None:
            return []
        source = _author(doc, sp, s.end) if _stts(doc) and _not_a_source(doc, sp) else sp  # "so die Umfrage"
        ev = Event(cue=[i], kind="indirect", sent=k, source=source, message=before, fixed=source is not None)
        # what follows the frame's comma is the rest of the report only if it has a verb and is
        # no relative clause or apposition on the speaker ("so Jan Berg, der ... ist", "so X, Jan Berg")
        after = _char_span(doc, j + 1, end) if j + 1 < end and doc[j + 1].tag_ not in _SUBORDINATORS and _has_verb(
            doc, j + 1, end) else None
        if after is None:
            return [ev]
        ev.group = -1 - i
        return [ev, replace(ev, message=after)]
    return []


def _other_part(doc, a: int, b: int, s: _Sent, message, in_quote) -> tuple[int, int] | None:
    """The other part of a reported clause cut by a frame inserted into it, whose clause
    ``[a, b)`` sits between commas: the phrase before it when ``message`` goes on after it with
    the finite verb ("Die Lage, sagte X, sei ernst": "Die Lage"), the rest after it when
    ``message`` holds the finite verb before it ("Man habe, sagte X, zwei Männer festgenommen":
    "zwei Männer festgenommen"); else None."""
    if not (message and a > s.start and doc[a - 1].text == "," and b + 1 < s.end and doc[b].text == "," and _stts(doc)):
        return None
    part = doc.char_span(message[0], message[1], alignment_mode="expand")
    if part is None:
        return None

    def plain(i: int, j: int) -> bool:  # a phrase with no verb or clause of its own
        return i < j and not any(doc[t].tag_ in _FINITE or doc[t].tag_ in _SUBORDINATORS or doc[t].text in _CLAUSE_PUNCT
                                 for t in range(i, j))
    if part.start == b + 1 and part[0].tag_ in _FINITE and plain(s.start, a - 1) and (
            doc[s.start].tag_ in _NP_TAGS or doc[s.start].tag_ in _PRONOUN_TAGS):
        return _char_span(doc, s.start, a - 1)  # the subject before the frame, not "Denn dort"
    if part.start == s.start and part.end == a - 1:
        end = _trim(doc, b + 1, s.end)
        if plain(b + 1, end) and doc[end - 1].tag_ in _NONFINITE and doc[end - 2].tag_ != "PTKZU":
            # "..., zwei Männer festgenommen", not an apposition nor "ohne ... zu nennen"
            return _char_span(doc, b + 1, end)
    return None


_NONFINITE = frozenset({"VVPP", "VVINF", "VAINF", "VMINF", "VAPP"})


def _number_groups(events: list[Event]) -> None:
    """Number the groups of split quotes 1, 2, ... in text order (frame events mark theirs
    with temporary negative numbers)."""
    ids: dict[int, int] = {}
    for ev in events:
        if ev.group is not None:
            ev.group = ids.setdefault(ev.group, len(ids) + 1)


def _heissen_source(doc, v: int, a: int, b: int) -> tuple[int, int] | None:
    """Who "hieß es" quotes, in its clause ``[a, b)``: the phrase after "aus", "von", "seitens"
    ("hieß es aus Regierungskreisen", "Von der Regierung hieß es") or the genitive after a channel
    ("in einer Erklärung der Regierung"); else None (an earlier report may go on)."""
    texts = _texts(doc)
    for t in range(a, b - 1):
        low = texts[t].lower()
        if low in ("aus", "von", "vom", "vonseiten", "seitens") and t != v:
            np = _np_forward(doc, t + 1, b)
            if np is not None and np[1] > np[0] and _speaker_ok(doc, np):
                return np
        if _text_noun(doc, t) and texts[t + 1] in ("des", "der"):
            np = _author(doc, (t, t + 1), b)
            if np is not None:
                return np
    body = _locative_body(doc, a, b)  # "Im Ministerium hieß es"
    return (body[0] + 1, body[1]) if body is not None else None


def _indicative_complement(doc, v: int, a: int, b: int, s: _Sent, in_quote, source) -> tuple[int, int] | None:
    """The main clause in the indicative after a verb of saying whose clause holds nothing but
    its speaker, adverbs and prepositional phrases: "X sagte am Montag, die Lage ist ernst"
    (not "X erklärte seinen Rücktritt, die Partei ...", nor "Das sagte er, ...")."""
    if b + 2 >= s.end or doc[b].text not in (",", ":"):
        return None
    src = set(range(*source)) if source else set()
    pp = False
    for t in range(a, b):
        tag = doc[t].tag_
        if t == v or t in src or tag in ("ADV", "ADJD", "PTKVZ", "PAV", "PROAV") or tag in ("APPR", "APPRART") or (
                abs(t - v) == 1 and doc[t].text in ("es", "Es")):  # "hieß es"
            pp = tag in ("APPR", "APPRART") or pp and tag not in ("ADV", "ADJD", "PTKVZ") and t not in src and t != v
            continue
        if pp and tag in _NP_TAGS:  # "am Montag", "in einem Interview mit der Zeitung"
            continue
        return None
    if not src:
        return None
    end = _content_end(doc, b + 1, s, in_quote)
    fin = next((t for t in range(b + 1, end) if doc[t].tag_ in _FINITE or _bound(doc, t)), None)
    if fin is None or _bound(doc, fin) or fin == b + 1 or doc[b + 1].tag_ in _SUBORDINATORS or doc[b + 1].tag_ in ("KON", "PTKZU"):
        return None
    if not all((doc[t].tag_ in _NP_TAGS or doc[t].tag_ in _PRONOUN_TAGS or doc[t].tag_ in ("ADV", "APPR", "APPRART", "ADJD"))
               and doc[t].tag_ not in _SUBORDINATORS for t in range(b + 1, fin)):
        return None  # a verb-second clause: one phrase before its finite verb (not "..., in dem ...")
    return _char_span(doc, b + 1, end)


def _one_message_per_act(doc, events: list[Event]) -> set[int]:
    """Speech acts that came out over the same span get a row each, or share one row.

    Reported acts of one sentence by different actors get their own clause: a relative
    or adverbial clause ("der die Reform verlangt hatte", "während X lobte") or their
    conjunct ("X rief ... auf, | Y sprach von ...").  Verbs of one subject are one
    report, the row of the first ("X nannte ... und kündigte ... an", "weder bestätigt
    noch dementiert").  Of several cues over one indirect clause ("sagte X im Interview",
    "sagte X und verwies auf ...") the frame verb with a speaker nearest the clause keeps
    the row.  Returns the ids of the events that get no row of their own."""
    groups: dict[tuple[int, int], list[Event]] = {}
    for ev in events:
        if ev.kind in ("indirect", "reported") and ev.message and ev.cue:
            groups.setdefault(ev.message, []).append(ev)
    shadowed: set[int] = set()
    for (start, end), evs in groups.items():
        if len(evs) < 2:
            continue
        if all(ev.kind == "indirect" for ev in evs):
            def rank(ev):
                c = ev.cue[0]
                return (ev.source is None, not doc[c].tag_.startswith("V") if _has_tags(doc) else doc[c].text[:1].isupper(),
                        min(abs(doc[c].idx - start), abs(doc[c].idx - end)))
            shadowed.update(id(ev) for ev in sorted(evs, key=rank)[1:])
        elif all(ev.kind == "reported" for ev in evs) and _stts(doc):
            shadowed.update(_own_clauses(doc, evs, start, end))
    return shadowed


def _own_clauses(doc, evs: list[Event], start: int, end: int) -> set[int]:
    """Narrow the shared message of the reported acts ``evs`` to each act's clause, and
    return the ids of acts that share the row of the act before them (see
    :func:`_one_message_per_act`)."""
    span_ = doc.char_span(start, end, alignment_mode="expand")
    if span_ is None:
        return set()
    a, b = span_.start, span_.end
    shadowed = set()
    mains = []
    for ev in sorted(evs, key=lambda e: e.cue[0]):
        ca, cb = _clause_bounds(doc, ev.cue[0], a, b)
        if doc[ca].tag_ in _SUBORDINATORS and (ca > a or doc[ca].tag_ in ("KOUS", "PWAV")):  # "der die Reform
            # verlangt hatte", "während X lobte"
            ev.message = _char_span(doc, ca, _trim(doc, ca, cb))
        else:
            mains.append(ev)
    lo = a
    for m1, m2 in zip(mains, mains[1:]):
        last = max(m1.cue)
        if not (m2.source and m2.source[0] > last):
            shadowed.add(id(m2))  # one subject, two verbs: one report ("nannte ... und kündigte ... an")
            continue
        first = m2.source[0]
        split = next((k for k in range(first - 1, last, -1) if doc[k].text in (",", ";")
                      or doc[k].tag_ == "KON" and doc[k].text in L.COORDINATORS), None)
        if split is None or not any(_WORD.search(doc[k].text) for k in range(m1.cue[0] + 1, split) if k not in m1.cue):
            continue  # verbs sharing what follows: "weder bestätigt noch dementiert"
        m1.message = _char_span(doc, lo, _trim(doc, lo, split))
        lo = split + 1
        while lo < b and doc[lo].tag_ == "KON":
            lo += 1
        m2.message = _char_span(doc, lo, b)
    for ev in evs:
        if ev.fragments:
            ev.fragments = [f for f in ev.fragments if ev.message[0] <= f[0] and f[1] <= ev.message[1]]
    return shadowed


def _trim(doc, a: int, b: int) -> int:
    """``b`` without the punctuation ending the token range ``[a, b)``."""
    while b > a + 1 and not _WORD.search(doc[b - 1].text) and doc[b - 1].text not in L.CLOSING:
        b -= 1
    return b


def _cue_span(doc, text: str, cue: list[int]) -> dict | None:
    if not cue:
        return None
    tok = doc[cue[0]]
    out = span(text, tok.idx, tok.idx + len(tok.text))
    if len(cue) > 1:
        parts = [span(text, doc[i].idx, doc[i].idx + len(doc[i].text)) for i in cue]
        out["parts"] = parts
    return out
