"""Named entities (PER, LOC, ORG, OTH and the ``-deriv`` forms) from ``de_ner``.

The NER model keeps its own vocab (it may carry static vectors), so it runs on
a twin Doc with the same tokens and its entities are copied back by index.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from ..models import model_path
from ..pipeline import Component
from ..record import body_range


class NER(Component):
    name = "ner"
    requires = ("token",)
    assigns = ("doc.ents",)

    def __init__(self):
        self.nlp = spacy.load(model_path("de_ner"))
        self.version = self.nlp.meta.get("version", "0.0.0")

    def __call__(self, doc):
        return self.pipe([doc])[0]

    def pipe(self, docs):
        twins = [Doc(self.nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs]
        for doc, twin in zip(docs, self.nlp.pipe(twins, batch_size=256)):
            start, end = body_range(doc._.record)
            ents = []
            for e in twin.ents:
                if (e.start_char < start or e.end_char > end) and not _is_dateline(doc, e):
                    continue  # header and editor codes hold no entities
                ents.append(Span(doc, e.start, e.end, label=e.label_))
            doc.ents = ents
        return docs


def _is_dateline(doc, ent) -> bool:
    dl = doc._.record["meta"].get("dateline")
    return bool(dl) and dl["start"] <= ent.start_char and ent.end_char <= dl["end"]
