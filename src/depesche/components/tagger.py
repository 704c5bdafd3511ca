"""POS (STTS + UPOS), morphology and lemmas from the shipped ``de_tagger`` model.

The model is a spaCy pipeline trained by ``depesche train tagger``; it runs
on our Doc directly because the Pipeline builds its Docs on the tagger's vocab.
"""
from __future__ import annotations

import spacy

from ..models import model_path
from ..pipeline import Component


class Tagger(Component):
    name = "tagger"
    requires = ("token",)
    assigns = ("token.tag", "token.pos", "token.morph", "token.lemma")

    def __init__(self):
        self.nlp = spacy.load(model_path("de_tagger"))
        self.version = self.nlp.meta.get("version", "0.0.0")
        self.vocab = self.nlp.vocab

    def __call__(self, doc):
        return self.pipe([doc])[0]

    def pipe(self, docs):
        for _, proc in self.nlp.pipeline:
            docs = list(proc.pipe(docs, batch_size=256))
        return docs
