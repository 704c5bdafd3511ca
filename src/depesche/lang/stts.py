"""STTS tags, the UD parts of speech each may become, and HanTa-to-UD conventions.

Why: HanTa and the silver corpus speak STTS, UD German speaks UPOS; the
mapping is not one-to-one (``PIS`` is PRON or DET, ``PTKVZ`` is ADP or ADV),
so each tag lists the UPOS values UD German uses for it, the usual one first.
Where a PUD-trained guess did worse on UD German GSD than always taking the
usual reading (ADJD, NN, PDS, VA*, VM*: PUD calls adverbial adjectives ADV),
only that reading is listed.
"""
from __future__ import annotations

import re

STTS_UPOS: dict[str, tuple[str, ...]] = {
    "ADJA": ("ADJ",),
    "ADJD": ("ADJ",),
    "ADV": ("ADV",),
    "APPR": ("ADP",),
    "APPRART": ("ADP",),
    "APPO": ("ADP",),
    "APZR": ("ADP", "ADV"),
    "ART": ("DET",),
    "CARD": ("NUM",),
    "FM": ("X", "PROPN", "NOUN"),
    "ITJ": ("INTJ",),
    "KOKOM": ("ADP", "CCONJ", "SCONJ"),
    "KON": ("CCONJ",),
    "KOUI": ("SCONJ", "ADP"),
    "KOUS": ("SCONJ",),
    "NE": ("PROPN",),
    "NN": ("NOUN",),
    "PAV": ("ADV",),
    "PDAT": ("DET",),
    "PDS": ("PRON",),
    "PIAT": ("DET",),
    "PIS": ("PRON", "DET"),
    "PPER": ("PRON",),
    "PPOSAT": ("DET",),
    "PPOSS": ("PRON",),
    "PRELAT": ("DET",),
    "PRELS": ("PRON",),
    "PRF": ("PRON",),
    "PTKA": ("PART", "ADV"),
    "PTKANT": ("PART", "INTJ"),
    "PTKNEG": ("PART",),
    "PTKVZ": ("ADP", "ADV", "ADJ"),
    "PTKZU": ("PART",),
    "PWAT": ("DET",),
    "PWAV": ("ADV",),
    "PWS": ("PRON",),
    "TRUNC": ("X", "NOUN", "ADJ"),
    "VAFIN": ("AUX",),
    "VAIMP": ("AUX",),
    "VAINF": ("AUX",),
    "VAPP": ("AUX",),
    "VMFIN": ("AUX",),
    "VMINF": ("AUX",),
    "VMPP": ("AUX",),
    "VVFIN": ("VERB",),
    "VVIMP": ("VERB",),
    "VVINF": ("VERB",),
    "VVIZU": ("VERB",),
    "VVPP": ("VERB",),
    "XY": ("X", "SYM"),
    "$,": ("PUNCT",),
    "$.": ("PUNCT",),
    "$(": ("PUNCT",),
}

# HanTa's spellings (``VA(FIN)``, ``ADJ(A)``, nominalised ``NNA``/``NNI``) and
# TIGER's ``PROAV`` as UD German GSD writes them.
_HANTA_RENAMES = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY", "PROAV": "PAV"}
_HANTA_SUBTAG = re.compile(r"^([A-Z]+)\(([A-Z]+)\)$")

# UD German lemmatises object and reflexive forms of personal pronouns to the
# nominative; HanTa keeps the form (``mir``) or says ``sich`` (``mich``).
PRONOUN_LEMMAS = {
    "mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "uns": "wir", "euch": "ihr",
    "ihn": "er", "ihm": "er", "ihnen": "sie", "Ihnen": "Sie",
}
# Indefinite determiners: UD German keeps the plural or strong form.
_DETERMINER_LEMMAS = {"ander": "anderer", "all": "alle", "einig": "einige"}
_NAME_TAGS = {"NE", "NN", "FM", "XY"}


def from_hanta(tag: str) -> str:
    """The STTS tag UD German uses for a HanTa tag."""
    match = _HANTA_SUBTAG.match(tag)
    if match:
        tag = "".join(match.groups())
    return _HANTA_RENAMES.get(tag, tag)


def ud_lemma(form: str, lemma: str, stts: str) -> str:
    """HanTa's lemma in UD German's conventions."""
    if stts in ("PPER", "PRF"):
        return PRONOUN_LEMMAS.get(form, PRONOUN_LEMMAS.get(form.lower(), lemma))
    if stts in ("ADJA", "PIAT", "PIS") and lemma in _DETERMINER_LEMMAS:
        return _DETERMINER_LEMMAS[lemma]
    if stts in _NAME_TAGS and len(form) > 1 and form.isupper():
        return form  # acronyms: HanTa writes "Spd" for "SPD"
    return lemma

# Quotation marks as German text and PTB-style CoNLL-U files (``, '') write them.
QUOTATION_MARKS = frozenset({"„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", '"', "``", "''", "'"})

FINITE_VERB_TAGS = frozenset({"VAFIN", "VMFIN", "VVFIN"})
_FIRST_PERSON_SINGULAR = frozenset({"ich"})
# Weak preterite -te and the strong preterite "wurde" end in -e but are indicative.
_PRETERITE_ENDINGS = ("te", "wurde")


def is_konjunktiv_i_singular(form: str, tag: str, sentence_forms: list[str]) -> bool:
    """A present-stem finite verb in -e (``habe``, ``werde``, ``gebe``) is first
    person indicative only next to ``ich``; otherwise it is Konjunktiv I, third
    person singular, the mood of reported speech.  Preterite ``-te`` forms and
    ``wurde`` are left alone (``sagte`` is indicative far more often than not)."""
    word = form.lower()
    return (tag in FINITE_VERB_TAGS and word.endswith("e") and not word.endswith(_PRETERITE_ENDINGS)
            and len(word) > 3 and not any(w.lower() in _FIRST_PERSON_SINGULAR for w in sentence_forms))
