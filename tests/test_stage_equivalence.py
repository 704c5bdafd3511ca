"""The tagger and NER stages give what spaCy's own calls on the shipped models give.

The stages take shortcuts for speed (arrays instead of Token objects, dict
rules instead of the Matcher, the NER twin on the pipeline's vocab, a greedy
parse driven from Python); each test rebuilds the plain spaCy way and
compares every token's tag, morphology and lemma, and every entity.
"""
from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

from depesche.components import metadata
from depesche.components.ner import NER
from depesche.components.sentences import Sentences
from depesche.components.tagger import Tagger
from depesche.record import body_range, new_record
from depesche.tokenizer import make_doc, token_texts

# Invented wire text: names, places, organisations, quote marks, compounds,
# zu-infinitives and rare words (the edit-tree lemmatizer's share).
TEXTS = [
    "HAMBURG (dpa) - Die Reederei Hapag-Lloyd will ihre Containerflotte erweitern. "
    "\"Wir planen, 12 neue Schiffe zu bestellen\", sagte Vorstandschef Rolf Habben Jansen "
    "am Dienstag in Hamburg. Die Verdienstausfälle der Seeleute seien ausgeglichen.",
    "Der Bundestag hat das Gesetz zur Wärmeversorgungsumstellung beschlossen. "
    "Bundeswirtschaftsministerin Katharina Reiche (CDU) nannte es „überfällig“. "
    "Die Grünen und die Linke stimmten dagegen; die AfD enthielt sich.",
    "Nach Angaben der Vereinten Nationen sind im Sudan mehr als zehn Millionen Menschen "
    "auf der Flucht. UN-Generalsekretär António Guterres rief die Konfliktparteien in "
    "Khartum und Port Sudan auf, die Kämpfe einzustellen.",
    "Kurz.",
]


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


@pytest.fixture(scope="module")
def ner():
    return NER()


def _stage_docs(nlp, texts):
    """Docs as the Pipeline makes them: wire metadata, cut-aware tokens, sentence starts."""
    docs = []
    for text in texts:
        record = new_record(text, None)
        record["meta"].update(metadata.parse(text, {}))
        doc = make_doc(nlp, text, record["meta"]["_cuts"])
        doc._.record = record
        docs.append(doc)
    return Sentences().pipe(docs)


def _tags(doc):
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc]


def test_tagger_equals_spacy_with_the_lemma_table(tagger):
    docs = tagger.pipe(_stage_docs(tagger.nlp, TEXTS))
    expected = [tagger.nlp.make_doc(t) for t in TEXTS]
    for name, proc in tagger.nlp.pipeline:  # spaCy's own components, token by token
        if name == "trainable_lemmatizer":
            table = [[tagger.lemmas.lemma(t.text, t.tag_) for t in doc] for doc in expected]
            expected = list(proc.pipe(expected))
            for doc, lemmas in zip(expected, table):
                for token, lemma in zip(doc, lemmas):
                    if lemma is not None:
                        token.lemma_ = lemma
        else:
            expected = list(proc.pipe(expected))
    assert [_tags(d) for d in docs] == [_tags(d) for d in expected]


@pytest.mark.parametrize("vocab_of", ["tagger", "blank"])
def test_ner_equals_spacy_on_the_models_own_vocab(tagger, ner, vocab_of):
    nlp = tagger.nlp if vocab_of == "tagger" else spacy.blank("de")
    docs = ner.pipe(_stage_docs(nlp, TEXTS))
    for doc in docs:
        _, words, spaces = token_texts(doc)
        twin = next(ner.nlp.pipe([Doc(ner.nlp.vocab, words=words, spaces=[bool(s) for s in spaces])]))
        start, end = body_range(doc._.record)
        dateline = doc._.record["meta"]["dateline"] or {"start": 0, "end": 0}
        expected = [(e.start_char, e.end_char, e.label_) for e in twin.ents
                    if start <= e.start_char and e.end_char <= end
                    or dateline["start"] <= e.start_char and e.end_char <= dateline["end"]]
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == expected
    assert sum(len(d.ents) for d in docs) >= 8


def test_ner_equals_spacy_when_the_best_move_is_invalid(tagger, ner):
    """Word salads of name parts: in about one of ten, some state's best-scoring move
    is invalid (``I-OTH`` inside an open ORG), the path where the stage's greedy
    parse hands the state to spaCy's loop.  Entities must still be spaCy's."""
    rng = random.Random(0)
    parts = ("Die Der und von der Bank AG GmbH United Park City New Bundes- Landes- Beteiligungen "
             "Aktivisten Syrische Österreichische Film Kino West Ham Copa America in Chile ( ) sagte am Montag").split()
    texts = [" ".join(rng.choice(parts) for _ in range(rng.randint(3, 12))) + "." for _ in range(200)]
    docs = ner.pipe(_stage_docs(tagger.nlp, texts))
    for doc in docs:
        _, words, spaces = token_texts(doc)
        twin = next(ner.nlp.pipe([Doc(ner.nlp.vocab, words=words, spaces=[bool(s) for s in spaces])]))
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
            [(e.start_char, e.end_char, e.label_) for e in twin.ents], doc.text
