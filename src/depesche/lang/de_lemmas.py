"""UD German lemma conventions on top of HanTa's (TIGER-style) lemmas.

Why: the shipped lemma table and the tagger's silver corpus are distilled
from HanTa, whose lemmas of pronominal determiners are bare stems (``jed``,
``solch``); UD German writes the masculine nominative singular (``jeder``,
``solcher``), as for ``dieser`` and ``jener``.
"""
from __future__ import annotations

from . import stts

# Name of the (form, STTS tag) -> lemma table inside the de_tagger model dir.
LEMMA_TABLE = "lemmas.tsv.gz"

# HanTa lemma (stem or inflected form) -> UD German lemma, for determiner and
# pronoun tags only.
_DETERMINER_STEMS = {
    "jed": "jeder", "solch": "solcher", "manch": "mancher", "welch": "welcher", "welche": "welcher",
    "dies": "dieser", "diese": "dieser", "dieses": "dieser", "jene": "jener", "jenes": "jener",
}
_DETERMINER_TAGS = frozenset({"PIAT", "PIS", "PDAT", "PDS", "PWAT", "PWS", "PRELAT", "PRELS"})


def ud_lemma(form: str, lemma: str, tag: str) -> str:
    """HanTa's lemma of ``form`` (STTS ``tag``) as UD German writes it.

    Idempotent, so it may be applied again to stored lemmas."""
    if tag in _DETERMINER_TAGS:
        lemma = _DETERMINER_STEMS.get(lemma.lower(), lemma)
        if tag == "PRELS" and form.lower() == "was":
            return "was"  # HanTa: "wer"
    if tag == "PPER" and form.lower() == "ihr":
        return "sie"  # in news the dative of "sie" ("gab ihr"), not the rare plural "ihr"
    return stts.ud_lemma(form, lemma, tag)
