"""Named entities (PER, LOC, ORG, OTH and the ``-deriv`` forms) from ``de_ner``.

The model runs on a twin Doc with the same tokens, because the pipeline's Doc
carries what the model never saw in training: the tagger's morphology (the
model's MORPH feature holds only its gazetteer hits) and sentence starts
(which would stop an entity from crossing one).  Its entities are copied back
by token index.  The twin is built on the Doc's own vocab, to which the
model's static vectors are lent: each word's lexeme is then built once, by
the tokenizer, not again in a vocab of the model's own.

For speed, the gazetteer rules are applied by
:class:`~depesche.components.form_rules.FormRules` and the recognizer's
greedy loop is driven from Python (:func:`_greedy_parse`); both give the
entities of the spaCy calls they replace (``tests/test_stage_equivalence.py``).
"""
from __future__ import annotations

import numpy
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from spacy.vectors import Mode, Vectors
from spacy.vocab import Vocab

from ..models import load_model, model_path
from ..pipeline import Component
from ..record import body_range
from ..tokenizer import token_texts
from .form_rules import form_rules

BATCH_SIZE = 16  # docs per tok2vec call, small for the CPU cache (see the tagger's)


class NER(Component):
    name = "ner"
    requires = ("token",)
    assigns = ("doc.ents",)

    def __init__(self):
        self.nlp = load_model(model_path("de_ner"))
        self.version = self.nlp.meta.get("version", "0.0.0")
        self.rules = form_rules(self.nlp)
        self._vocab: Vocab | None = None

    def __call__(self, doc):
        return self.pipe([doc])[0]

    def pipe(self, docs):
        twins, words = [], []
        for doc in docs:
            self._lend(doc.vocab)
            _, forms, spaces = token_texts(doc, doc._.record["text"])
            twins.append(Doc(doc.vocab, words=forms, spaces=[bool(s) for s in spaces]))
            words.append(forms)
        for name, proc in self.nlp.pipeline:
            if name in self.rules:
                for twin, forms in zip(twins, words):
                    self.rules[name](twin, forms)
            elif isinstance(proc, Parser) and proc.cfg["beam_width"] == 1 and proc.model.attrs["has_upper"]:
                _greedy_parse(proc, twins)
            else:
                twins = list(proc.pipe(twins, batch_size=BATCH_SIZE))
        for doc, twin in zip(docs, twins):
            start, end = body_range(doc._.record)
            ents = []
            for e in twin.ents:
                if (e.start_char < start or e.end_char > end) and not _is_dateline(doc, e):
                    continue  # header and editor codes hold no entities
                ents.append(Span(doc, e.start, e.end, label=e.label))
            doc.ents = ents
        return docs

    def _lend(self, vocab: Vocab) -> None:
        """Give ``vocab`` the model's labels and static vectors (its tok2vec reads a Doc's vocab's)."""
        if vocab is self._vocab:
            return
        vectors = self.nlp.vocab.vectors
        if isinstance(vectors, Vectors) and vectors.mode == Mode.floret:
            vectors = _RememberedFloret(vectors)
        vocab.vectors = vectors
        for label in self.nlp.get_pipe("ner").labels:
            vocab.strings.add(label)
        self._vocab = vocab


def _greedy_parse(parser: Parser, docs: list[Doc], batch_size: int = 256) -> None:
    """``parser.pipe(docs)``, with its loop over transitions run from Python.

    spaCy runs that loop in C without the GIL, but on this build (Python 3.11
    wheels) the state functions it calls take the GIL back on every call,
    which costs more than half of the parse time; most of it goes to testing
    all 49 moves for validity before each choice.  Here each state takes its
    best-scoring move and only that one is tested (``apply_transition``); a
    state whose best move is invalid is stepped by spaCy's own loop.  spaCy
    takes the first best valid move, and an overall best that is valid is that
    move, so the choices are the same.  Docs are grouped as ``parser.pipe``
    groups them, so every matrix product has the same rows and the scores are
    the same bit for bit.
    """
    unseen = sorted(parser.model.attrs["unseen_classes"])
    moves = parser.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    for batch in minibatch(docs, size=batch_size):
        for group in minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
            states = moves.init_batch(group)
            active = [s for s in states if not s.is_final()]
            if active:
                step = parser.model.predict(group)
                while active:
                    scores = step.vec2scores.predict(step.state2vec.predict(step.get_token_ids(active)))
                    if unseen:  # a class never seen in training scores lowest
                        scores[:, unseen] = numpy.nanmin(scores)
                    blocked = []
                    for row, best in enumerate(scores.argmax(axis=1).tolist()):
                        try:
                            moves.apply_transition(active[row], names[best])
                        except ValueError:  # not valid here: spaCy finds the best valid move
                            blocked.append(row)
                    if blocked:
                        parser.transition_states([active[r] for r in blocked], numpy.ascontiguousarray(scores[blocked]))
                    active = [s for s in active if not s.is_final()]
                step.clear_memory()
            parser.set_annotations(group, states)


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
