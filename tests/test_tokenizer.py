"""Fast token access must agree with spaCy's own Token objects."""
import numpy
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from depesche.tokenizer import token_texts

NLP = spacy.blank("de")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ÄÖü.,-„“\n\t  ()1") + ["\u00a0", "\u200b"]), max_size=80))
def test_token_texts_equal_spacy_tokens(text):
    doc = NLP.make_doc(text)
    starts, words, spaces = token_texts(doc, text)
    assert starts == [t.idx for t in doc]
    assert words == [t.text for t in doc]
    assert spaces == [int(bool(t.whitespace_)) for t in doc]


def test_remembered_floret_vectors_equal_spacy_even_when_the_table_overflows():
    from spacy.vectors import Mode, Vectors

    from depesche.components.ner import _RememberedFloret

    rng = numpy.random.default_rng(0)
    base = Vectors(strings=NLP.vocab.strings, data=rng.random((50, 8), dtype="float32"), mode=Mode.floret,
                   minn=2, maxn=4, hash_count=2)
    cached = _RememberedFloret(base, capacity=16)
    words = [f"wort{i}" for i in range(40)]
    keys = [NLP.vocab.strings.add(w) for w in words]
    for batch in (keys[:10], keys[5:15], keys[:40], keys[3:9] * 3, keys[30:]):
        assert numpy.allclose(cached.get_batch(batch), base.get_batch(batch))
