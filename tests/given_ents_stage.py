"""A stand-in for the NER stage in tests: the entities a test names, so the entity
rules are tested on the recogniser errors they exist for, whatever the shipped model does."""
from spacy.tokens import Span

from depesche.pipeline import Component

GIVEN: list[tuple[str, str]] = []  # (surface, label), in text order; set by the test


class GivenEnts(Component):
    name = "given_ents"
    version = "0.0.1"

    def __call__(self, doc):
        text, ents, pos = doc._.record["text"], [], 0
        for surface, label in GIVEN:
            start = text.index(surface, pos)
            pos = start + len(surface)
            span = doc.char_span(start, pos, label=label)
            ents.append(Span(doc, span.start, span.end, label=label))
        doc.ents = ents
        return doc
