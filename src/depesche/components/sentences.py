"""Sentence boundaries for German news text.

spaCy's sentencizer splits after every ``.`` token, so ``am 9. August`` and
``1. FC Köln`` break and closing quotes start the next sentence; SoMaJo gets
these right but runs several times slower (see ``bench/sentences.py``).  These
rules work on spaCy's German tokens, which already keep abbreviations and
ordinals whole.
"""
from __future__ import annotations

import re

from ..lang.de_sentences import CLOSING, MONTHS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, TERMINAL
from ..pipeline import Component

_ORDINAL = re.compile(r"\d{1,2}\.$")
_NUMBER_DOT = re.compile(r"[\d.]*\d{3,}\.$|\d{1,2}\.\d{1,2}\.\d{2,4}\.$")


def _starts_sentence(tok) -> bool:
    first = tok.text[0]
    return first.isupper() or first.isdigit() or first in "„»\"'‚›([–-"


def sentence_starts(doc, cuts=()) -> list[int]:
    """Token indices that begin a sentence (besides 0)."""
    n = len(doc)
    starts: set[int] = set()
    cut_set = set(cuts)

    def next_word(i):
        while i < n and doc[i].is_space:
            i += 1
        return i

    for i, tok in enumerate(doc):
        text = tok.text
        if tok.idx in cut_set and i:
            starts.add(next_word(i))
            continue
        if tok.is_space:
            if "\n\n" in text or ("\n" in text and i + 1 < n and _starts_sentence(doc[i + 1])):
                starts.add(next_word(i))
            continue
        if not text.endswith(tuple(TERMINAL)):
            continue
        j = i + 1
        # Closing quotes/brackets glued to the terminal mark stay with it.
        while j < n and not doc[j - 1].whitespace_ and doc[j].text in CLOSING:
            j += 1
        k = next_word(j)
        if k >= n:
            continue
        nxt = doc[k]
        if not _starts_sentence(nxt):
            continue
        if len(text) > 1 and text[-1] == ".":  # a word glued to its period
            if _ORDINAL.match(text):
                if nxt.text not in SENTENCE_STARTERS or nxt.text in MONTHS:
                    continue
            elif _NUMBER_DOT.match(text):
                if nxt.text in MONTHS:
                    continue
            elif text not in SENTENCE_FINAL_ABBREVIATIONS or nxt.text not in SENTENCE_STARTERS:
                continue  # an abbreviation: Dr. Müller, z.B. Berlin
        starts.add(k)
    starts.discard(0)
    starts.discard(n)
    return sorted(s for s in starts if s < n)


class Sentences(Component):
    name = "sentences"
    version = "0.1.0"
    assigns = ("token.is_sent_start",)

    def __call__(self, doc):
        starts = set(sentence_starts(doc, doc._.record["meta"].get("_cuts", ())))
        for i, tok in enumerate(doc):
            tok.is_sent_start = i == 0 or i in starts
        return doc
