"""FormRules annotates exactly as spaCy's attribute_ruler does, for rules on one token's form."""
from __future__ import annotations

import pytest
import spacy

from depesche.components.form_rules import FormRules, form_rules

WORDS = ["„", "Müller", "sagte", "in", "Paris", ":", "Paris", "ist", "schön", "“", "."]


def _ruler(nlp):
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": {"IN": ["Paris", "Berlin"]}}]], {"MORPH": "Gaz=LOC"})
    ruler.add([[{"ORTH": {"IN": ["Müller", "Paris"]}}]], {"MORPH": "Gaz=PER"})  # later rule wins on "Paris"
    ruler.add([[{"ORTH": "„"}], [{"ORTH": {"IN": ["“"]}}]], {"TAG": "$(", "POS": "PUNCT", "MORPH": ""})
    return ruler


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.morph.key) for t in doc]


def test_same_annotations_as_the_attribute_ruler():
    nlp = spacy.blank("de")
    ruler = _ruler(nlp)
    expected = ruler(spacy.tokens.Doc(nlp.vocab, words=WORDS))
    got = spacy.tokens.Doc(nlp.vocab, words=WORDS)
    FormRules(ruler)(got, WORDS)
    assert _annotations(got) == _annotations(expected)
    assert str(got[4].morph) == "Gaz=PER"


def test_rules_follow_the_docs_vocab():
    ruler = _ruler(spacy.blank("de"))
    other = spacy.blank("de")  # a Doc on another vocab gets ids made in its own vocab
    doc = spacy.tokens.Doc(other.vocab, words=WORDS)
    FormRules(ruler)(doc, WORDS)
    assert [str(t.morph) for t in doc][:2] == ["", "Gaz=PER"] and doc[0].tag_ == "$("


def test_rule_on_more_than_one_form_is_refused():
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "New"}, {"ORTH": "York"}]], {"MORPH": "Gaz=LOC"})
    with pytest.raises(ValueError):
        FormRules(ruler)
    ruler = spacy.blank("de").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "paris"}]], {"MORPH": "Gaz=LOC"})
    with pytest.raises(ValueError):
        FormRules(ruler)


def test_only_rulers_on_one_form_are_taken_over():
    nlp = spacy.blank("de")
    _ruler(nlp)
    nlp.add_pipe("attribute_ruler", name="phrases").add([[{"ORTH": "New"}, {"ORTH": "York"}]], {"MORPH": "Gaz=LOC"})
    assert list(form_rules(nlp)) == ["attribute_ruler"]
