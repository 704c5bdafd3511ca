"""Named entities (PER, LOC, ORG, OTH and the ``-deriv`` forms) from ``de_ner``.

The NER model keeps its own vocab (it may carry static vectors), so it runs on
a twin Doc with the same tokens and its entities are copied back by index.
"""
from __future__ import annotations

import numpy
import spacy
from spacy.tokens import Doc, Span
from spacy.vectors import Mode, Vectors

from ..models import model_path
from ..pipeline import Component
from ..record import body_range
from ..tokenizer import token_texts


class NER(Component):
    name = "ner"
    requires = ("token",)
    assigns = ("doc.ents",)

    def __init__(self):
        self.nlp = spacy.load(model_path("de_ner"))
        self.version = self.nlp.meta.get("version", "0.0.0")
        vectors = self.nlp.vocab.vectors
        if isinstance(vectors, Vectors) and vectors.mode == Mode.floret:
            self.nlp.vocab.vectors = _RememberedFloret(vectors)

    def __call__(self, doc):
        return self.pipe([doc])[0]

    def pipe(self, docs):
        twins = [self._twin(d) for d in docs]
        for doc, twin in zip(docs, self.nlp.pipe(twins, batch_size=256)):
            start, end = body_range(doc._.record)
            ents = []
            for e in twin.ents:
                if (e.start_char < start or e.end_char > end) and not _is_dateline(doc, e):
                    continue  # header and editor codes hold no entities
                ents.append(Span(doc, e.start, e.end, label=e.label_))
            doc.ents = ents
        return docs

    def _twin(self, doc: Doc) -> Doc:
        """The same tokens on the model's vocab."""
        _, words, spaces = token_texts(doc, doc._.record["text"])
        return Doc(self.nlp.vocab, words=words, spaces=[bool(s) for s in spaces])


class _RememberedFloret(Vectors):
    """Floret vectors that keep the vectors of recently seen words.

    ``Vectors.get_batch`` hashes every character n-gram of every distinct word
    in Python and averages their rows, on each call; news repeats its words,
    so a table of the last ``capacity`` distinct words (64k: 25 MB) halves
    that time.  A word's vector does not depend on the batch: results are equal.
    """

    def __init__(self, vectors: Vectors, capacity: int = 1 << 16):
        super().__init__(strings=vectors.strings, data=vectors.data, name=vectors.name, mode=vectors.mode,
                         minn=vectors.minn, maxn=vectors.maxn, hash_count=vectors.hash_count,
                         hash_seed=vectors.hash_seed, bow=vectors.bow, eow=vectors.eow, attr=vectors.attr)
        self.capacity = capacity
        self._table = numpy.zeros((capacity, vectors.data.shape[1]), dtype=vectors.data.dtype)
        self._row: dict[int, int] = {}

    def get_batch(self, keys):
        keys = [int(k) for k in keys]
        row = self._row
        new = list(dict.fromkeys(k for k in keys if k not in row))
        if len(row) + len(new) > self.capacity:
            row.clear()  # start over: cheaper than tracking recency
            new = list(dict.fromkeys(keys))
        if not keys or len(new) > self.capacity:
            return super().get_batch(keys)
        if new:
            first = len(row)
            self._table[first:first + len(new)] = super().get_batch(new)
            row.update(zip(new, range(first, first + len(new))))
        return self._table[[row[k] for k in keys]]


def _is_dateline(doc, ent) -> bool:
    dl = doc._.record["meta"].get("dateline")
    return bool(dl) and dl["start"] <= ent.start_char and ent.end_char <= dl["end"]
