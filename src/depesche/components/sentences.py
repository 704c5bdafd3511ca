"""Sentence boundaries for German news text.

spaCy's sentencizer splits after every ``.`` token, so ``am 9. August`` and
``1. FC Köln`` break and closing quotes start the next sentence; SoMaJo gets
these right but runs several times slower (see ``bench/sentences.py``).  These
rules work on spaCy's German tokens, which already keep abbreviations and
ordinals whole.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE, SENT_START

from ..lang.de_sentences import CLOSING, MONTHS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, TERMINAL
from ..pipeline import Component
from ..tokenizer import token_texts

_ORDINAL = re.compile(r"\d{1,2}\.$")
_NUMBER_DOT = re.compile(r"[\d.]*\d{3,}\.$|\d{1,2}\.\d{1,2}\.\d{2,4}\.$")


def _starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or first in "„»\"'‚›([–-`"


def sentence_starts(doc, cuts=(), text: str | None = None) -> list[int]:
    """Token indices that begin a sentence (besides 0); ``text`` is the doc's text if at hand."""
    offsets, words, trailing = token_texts(doc, text)
    glued = [not s for s in trailing]
    space = [bool(s) for s in doc.to_array(IS_SPACE).tolist()]
    n = len(words)
    starts: set[int] = set()
    cut_set = set(cuts)
    cut_tokens = {i for i, a in enumerate(offsets) if a in cut_set}

    def next_word(i):
        while i < n and space[i]:
            i += 1
        return i

    for i, text in enumerate(words):
        if i in cut_tokens and i:
            starts.add(next_word(i))
            continue
        last = text[-1]
        if space[i]:
            if "\n" in text and ("\n\n" in text or (i + 1 < n and _starts_sentence(words[i + 1]))):
                starts.add(next_word(i))
            continue
        if last not in TERMINAL:
            continue
        j = i + 1
        # Closing quotes/brackets glued to the terminal mark stay with it.
        while j < n and glued[j - 1] and words[j] in CLOSING:
            j += 1
        k = next_word(j)
        if k >= n:
            continue
        nxt = words[k]
        if not _starts_sentence(nxt):
            continue
        if len(text) > 1 and last == "." and text.strip(".…"):  # a word glued to its period
            if _ORDINAL.match(text):
                if nxt not in SENTENCE_STARTERS or nxt in MONTHS:
                    continue
            elif _NUMBER_DOT.match(text):
                if nxt in MONTHS:
                    continue
            elif text not in SENTENCE_FINAL_ABBREVIATIONS or nxt not in SENTENCE_STARTERS:
                continue  # an abbreviation: Dr. Müller, z.B. Berlin
        starts.add(k)
    return sorted(s for s in starts if 0 < s < n)


MAX_TOKENS = 200  # a longer "sentence" is a table or a run-on, not a reporter's sentence
_PIECE_CUTS = frozenset({",", ";", ":", "(", ")", "–", "—", "-"})


def pieces(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token range ``[start, end)`` in runs of at most :data:`MAX_TOKENS`, cut after
    clause punctuation where there is some.  For rules whose work per word reaches over
    its sentence: on a 100k-character run-on they would otherwise take quadratic time."""
    out = []
    if end - start > MAX_TOKENS:
        words = token_texts(doc)[1]
        while end - start > MAX_TOKENS:
            cut = next((t + 1 for t in range(start + MAX_TOKENS - 1, start + MAX_TOKENS * 3 // 4, -1)
                        if words[t] in _PIECE_CUTS), start + MAX_TOKENS)
            out.append((start, cut))
            start = cut
    if start < end:
        out.append((start, end))
    return out


class Sentences(Component):
    name = "sentences"
    version = "0.1.0"
    assigns = ("token.is_sent_start",)

    def __call__(self, doc):
        # -1 = not a start (spaCy's own convention; stored as uint64 like every attribute).
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        if len(doc):
            flags[0] = 1
            record = doc._.record
            flags[sentence_starts(doc, record["meta"].get("_cuts", ()), record["text"])] = 1
        doc.from_array([SENT_START], flags.view("uint64"))
        return doc
