"""Lemma table of the tagger stage: lookup, its fall-backs, and UD German conventions."""
from __future__ import annotations

import gzip

import pytest

from depesche.components.tagger import LemmaTable, Tagger
from depesche.evaluate import ud
from depesche.lang.de_lemmas import LEMMA_TABLE, ud_lemma

MODEL = ud.DEFAULT_MODEL
needs_table = pytest.mark.skipif(not (MODEL / LEMMA_TABLE).exists(), reason="shipped lemma table is absent")

TABLE = LemmaTable({
    "NN": {"Ausfälle": "Ausfall", "Haus": "Haus"},
    "ART": {"die": "der"},
    "VVFIN": {"ruft": "rufen"},
})


def test_lookup_by_form_and_tag():
    assert TABLE.lemma("Ausfälle", "NN") == "Ausfall"
    assert TABLE.lemma("ruft", "VVFIN") == "rufen"
    assert TABLE.lemma("ruft", "VVINF") is None  # another tag: left to the edit-tree lemmatizer
    assert TABLE.lemma("Unbekannt", "ADJD") is None


def test_capitalised_function_word_is_looked_up_in_lower_case():
    assert TABLE.lemma("Die", "ART") == "der"
    assert TABLE.lemma("Ruft", "VVFIN") == "rufen"


def test_unseen_compound_takes_its_heads_lemma():
    assert TABLE.lemma("Verdienstausfälle", "NN") == "Verdienstausfall"
    assert TABLE.lemma("Rathaus", "NN") == "Rathaus"
    assert TABLE.lemma("Sausfälle", "NN") is None  # the head would leave no stem
    assert TABLE.lemma("Bundes-Ausfälle", "NN") is None  # hyphenated: not a closed compound


def test_load_reads_empty_lemma_as_the_form(tmp_path):
    path = tmp_path / LEMMA_TABLE
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("Haus\tNN\t\nHäuser\tNN\tHaus\n")
    table = LemmaTable.load(path)
    assert table.lemma("Haus", "NN") == "Haus"
    assert table.lemma("Häuser", "NN") == "Haus"


def test_determiner_conventions():
    assert ud_lemma("jeden", "jed", "PIAT") == "jeder"
    assert ud_lemma("solche", "solch", "PIAT") == "solcher"
    assert ud_lemma("was", "wer", "PRELS") == "was"
    assert ud_lemma("mir", "mir", "PPER") == "ich"
    assert ud_lemma("Diese", "diese", "PDS") == "dieser"
    assert ud_lemma("ihr", "ihr", "PPER") == "sie"
    assert ud_lemma("ihr", "ihr", "PPOSAT") == "ihr"
    assert ud_lemma("jeden", "jed", "NN") == "jed"  # only determiner and pronoun tags


@needs_table
def test_stage_uses_the_table():
    tagger = Tagger()
    doc = tagger(tagger.nlp.make_doc("Die Rebellen haben jeden Vorschlag abgelehnt."))
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Die"] == "der"
    assert lemmas["haben"] == "haben"
    assert lemmas["jeden"] == "jeder"
    assert lemmas["abgelehnt"] == "ablehnen"
    assert all(t.lemma_ for t in doc)
    # A form the table lacks still gets the edit-tree lemmatizer's lemma.
    doc = tagger(tagger.nlp.make_doc("Sie zerpflückelten den Plan."))
    assert tagger.lemmas.lemma("zerpflückelten", doc[1].tag_) is None
    assert doc[1].lemma_ and doc[3].lemma_ == "Plan"
