"""Split German compounds so that search for ``Wahl`` also finds ``Landtagswahlen``.

Frequency-based splitting (Koehn & Knight 2003): a word is cut where both sides
are known words, allowing a linking element (``Bundestag-s-wahl``), and the cut
wins only if the geometric mean of the parts' corpus frequencies beats the
frequency of the whole word (divided by :data:`WHOLE_BIAS`), so lexicalised
words (``Staatsanwaltschaft``, ``Bundesverfassungsgericht``) stay whole.  Parts are split again, two levels deep.  The
frequencies come from the openly licensed raw corpus (``data/de_words.tsv.gz``,
``scripts/build_wordfreq.py``).
"""
from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib import resources

from .lang.de_compounds import LINKS, NOT_HEADS, NOT_MODIFIERS

MIN_WORD = 8  # shorter words are hardly ever compounds worth splitting
MIN_PART = 4  # "Aus|wahl", "Ein|satz": three-letter modifiers are mostly prefixes
WHOLE_BIAS = 3  # a frequent word stays whole only if 3x likelier than its parts ("Bundes|regierung" splits)


@cache
def _freq() -> dict[str, int]:
    with resources.files("depesche.data").joinpath("de_words.tsv.gz").open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as fh:
            return {w: int(n) for w, n in (line.rstrip("\n").split("\t") for line in fh)}


@lru_cache(maxsize=200_000)
def split(word: str, depth: int = 2) -> tuple[str, ...]:
    """The parts of ``word`` (lower-cased, modifier first), or ``()`` if it is not a compound."""
    w = word.lower()
    if depth == 0 or len(w) < MIN_WORD or not w.isalpha():
        return ()
    freq = _freq()
    best, best_score = None, freq.get(w, 0) / WHOLE_BIAS
    for cut in range(MIN_PART, len(w) - MIN_PART + 1):
        head = w[cut:]
        f_head = freq.get(head, 0)
        if not f_head or head in NOT_HEADS:
            continue
        for link in LINKS:
            modifier = w[:cut - len(link)] if link else w[:cut]
            if (link and not w[:cut].endswith(link)) or len(modifier) < MIN_PART or modifier in NOT_MODIFIERS:
                continue
            f_mod = freq.get(modifier, 0) or freq.get(modifier + "e", 0)  # "Schul|buch" from "Schule"
            score = (f_mod * f_head) ** 0.5
            if score > best_score:
                best, best_score = (modifier, head), score
    if best is None:
        return ()
    modifier, head = best
    return (*(split(modifier, depth - 1) or (modifier,)), *(split(head, depth - 1) or (head,)))
