"""POS (STTS + UPOS), morphology and lemmas from the shipped ``de_tagger`` model.

The model is a spaCy pipeline trained by ``depesche train tagger``; it runs
on our Doc directly because the Pipeline builds its Docs on the tagger's vocab.
Lemmas come first from the model's (form, STTS tag) table, distilled from
HanTa by ``depesche train tagger``: a lookup is faster than the edit-tree
lemmatizer and right more often for the forms it knows.  The edit-tree
lemmatizer only runs on the tokens the table lacks.  Tokens are read and
written as arrays: a spaCy Token object per token costs more than a lookup.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy
from spacy.attrs import IS_SPACE, LEMMA, TAG
from spacy.tokens import Doc

from ..lang.de_lemmas import LEMMA_TABLE
from ..models import load_model, model_path
from ..pipeline import Component
from ..tokenizer import token_texts
from .form_rules import form_rules

# Tags whose sentence-initial capitalised forms are looked up in lower case.
_NOUN_TAGS = frozenset({"NN", "NE", "FM", "XY", "TRUNC"})
MIN_HEAD, MIN_MODIFIER = 4, 2  # shortest compound parts (characters) that lemmatise an unknown noun
# Tags a form is also looked up under when the tagger's tag has not been seen
# with it: taggers confuse these, and the lemma does not depend on the choice.
_SIBLING_TAGS = {
    "NN": ("NE",), "NE": ("NN",), "ADJA": ("ADJD",), "ADJD": ("ADJA",),
    "VVFIN": ("VVINF", "VVIMP"), "VVINF": ("VVFIN", "VVIZU"), "VVIMP": ("VVFIN",), "VVIZU": ("VVINF",),
}
_INFINITIVES = ("VVINF", "VVIZU")
# Docs per network call: small batches keep the layers' arrays in the CPU
# cache (and out of fresh, zero-filled pages); each token's row is computed
# on its own, so results do not depend on the batch.
BATCH_SIZE = 16
MEMO_SIZE = 1 << 16  # (form, tag) pairs whose lemma ids are kept (~15 MB)


class LemmaTable:
    """(form, STTS tag) -> lemma, with general fall-backs for unseen pairs:
    the form under a sibling tag (``NN``/``NE``), a capitalised non-noun in
    lower case, a ``zu``-infinitive as its plain infinitive (``aufzudecken``
    -> ``aufdecken``), and an unseen noun compound with the lemma of its
    longest known head (``Verdienstausfälle`` -> ``Verdienst`` + ``ausfall``)."""

    def __init__(self, by_tag: dict[str, dict[str, str]]):
        self.by_tag = by_tag

    @classmethod
    def load(cls, path: Path) -> LemmaTable:
        by_tag: dict[str, dict[str, str]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                form, tag, lemma = line.rstrip("\n").split("\t")
                by_tag.setdefault(tag, {})[form] = lemma or form
        return cls(by_tag)

    def lemma(self, form: str, tag: str) -> str | None:
        forms = self.by_tag.get(tag)
        if forms is None:
            return None
        lemma = forms.get(form)
        if lemma is not None:
            return lemma
        for sibling in _SIBLING_TAGS.get(tag, ()):
            lemma = self.by_tag.get(sibling, {}).get(form)
            if lemma is not None:
                return lemma
        if tag not in _NOUN_TAGS and form[:1].isupper():
            return forms.get(form.lower())
        if tag in _INFINITIVES:
            return self._zu_infinitive(form)
        if tag == "NN":
            return self._compound(form, forms)
        return None

    def _zu_infinitive(self, form: str) -> str | None:
        infinitives = self.by_tag.get("VVINF", {})
        start = form.find("zu", 1)
        while start > 0:
            lemma = infinitives.get(form[:start] + form[start + 2:])
            if lemma is not None:
                return lemma
            start = form.find("zu", start + 1)
        return None

    @staticmethod
    def _compound(form: str, nouns: dict[str, str]) -> str | None:
        for start in range(MIN_MODIFIER, len(form) - MIN_HEAD + 1):
            head = form[start:]
            lemma = nouns.get(head[0].upper() + head[1:])
            if lemma is not None and form[start - 1].isalpha() and form[start - 1] != "-":
                return form[:start] + lemma[0].lower() + lemma[1:]
        return None


class Tagger(Component):
    name = "tagger"
    requires = ("token",)
    assigns = ("token.tag", "token.pos", "token.morph", "token.lemma")

    def __init__(self, path: Path | None = None):
        path = path or model_path("de_tagger")
        self.nlp = load_model(path)
        self.version = self.nlp.meta.get("version", "0.0.0") + "-r4"  # the model, and rules on its output (r4)
        self.vocab = self.nlp.vocab
        self.lemmas = LemmaTable.load(path / LEMMA_TABLE) if (path / LEMMA_TABLE).exists() else None
        self.rules = form_rules(self.nlp)
        self._memo: dict[tuple[str, int], int] = {}  # (form, tag id) -> lemma id; 0: not in the table
        self._memo_vocab = None

    def __call__(self, doc):
        return self.pipe([doc])[0]

    def pipe(self, docs):
        docs = list(docs)
        words = [_words(doc) for doc in docs]
        for name, proc in self.nlp.pipeline:
            if name == "trainable_lemmatizer" and self.lemmas is not None:
                self._lemmatize(docs, words, proc)
            elif name in self.rules:
                for doc, forms in zip(docs, words):
                    self.rules[name](doc, forms)
            else:
                docs = list(proc.pipe(docs, batch_size=BATCH_SIZE))
        for doc in docs:
            _mark_whitespace(doc)
            if self.lemmas is not None:
                _verbs_taken_for_adjectives(doc, self.lemmas)
        return docs

    def _lemmatize(self, docs, words, lemmatizer) -> None:
        """Table lemmas; the edit-tree lemmatizer sees only the tokens the table lacks,
        as short Docs that carry those tokens' tok2vec rows (its only input).

        Looked-up lemma ids are kept per (form, tag id): news repeats its words."""
        lemma_ids, unknown, parts = [], [], []
        for doc, forms in zip(docs, words):
            strings = doc.vocab.strings
            if doc.vocab is not self._memo_vocab or len(self._memo) > MEMO_SIZE:
                self._memo, self._memo_vocab = {}, doc.vocab  # ids are made in one vocab; a full memo starts over
            memo = self._memo
            ids = []
            for key in zip(forms, doc.to_array(TAG).tolist()):
                lemma_id = memo.get(key)
                if lemma_id is None:
                    lemma = self.lemmas.lemma(key[0], strings[key[1]])
                    lemma_id = memo[key] = 0 if lemma is None else strings.add(lemma)
                ids.append(lemma_id)
            ids = numpy.array(ids, dtype=numpy.uint64)
            lemma_ids.append(ids)
            missing = numpy.flatnonzero(ids == 0).tolist()
            if missing:
                part = Doc(doc.vocab, words=[forms[i] for i in missing])
                part.tensor = doc.tensor[missing]
                unknown.append((ids, missing))
                parts.append(part)
        for part, (ids, missing) in zip(lemmatizer.pipe(parts, batch_size=256), unknown):
            ids[missing] = part.to_array(LEMMA)
        for doc, ids in zip(docs, lemma_ids):
            doc.from_array([LEMMA], ids)


def _mark_whitespace(doc: Doc) -> None:
    """Whitespace tokens (double spaces, paragraph breaks) get spaCy's ``_SP``/``SPACE``:
    the model never saw them and tagged them at random, often as names."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        tok = doc[i]
        tok.tag_, tok.pos_, tok.lemma_ = "_SP", "SPACE", tok.text
        tok.set_morph(None)


# Tags after which an attributive adjective cannot follow in the same phrase: a noun or pronoun
# ends its phrase, so "Die Kommission räumte Mängel ein" has a verb, not an adjective, in "räumte".
_PHRASE_ENDS = frozenset({"NN", "NE", "PPER", "PIS", "PDS"})


def _verbs_taken_for_adjectives(doc: Doc, lemmas: LemmaTable) -> None:
    """Retag as a finite verb an ``ADJA`` right after a noun or pronoun whose form the lemma
    table (the training data's forms) knows only as a finite verb: the model takes past and
    Konjunktiv forms in ``-te``/``-e`` ("räumte", "brauche") after a subject for adjectives
    (about one such token in 150 ADJA on news), also after a bracket on the noun ("Eva
    Roth (Grüne) räumte").  Not after a preposition's phrase, where an
    attributive participle follows its ``von``-agent ("die vom Land erwirkte Auflösung")."""
    finite, adjectives = lemmas.by_tag.get("VVFIN", {}), lemmas.by_tag.get("ADJA", {})
    tags = doc.to_array(TAG).tolist()
    adja = doc.vocab.strings["ADJA"]
    for i in range(1, len(doc)):
        if tags[i] != adja:
            continue
        tok, p = doc[i], i - 1
        if doc[p].text == ")":  # "Eva Roth (Grüne) räumte": the phrase before the bracket
            k = next((k for k in range(p - 1, max(p - 8, 0), -1) if doc[k].text == "("), None)
            p = k - 1 if k else p
        prev = doc[p]
        if prev.text == "," and p > 0 and doc[p - 1].tag_ != "ADJA" and tok.text in finite and _inverted_frame(doc, i):
            pass  # "..., erläuterte Koch.": verb and subject after the clause they frame (not "alte, kritisierte Berichte")
        elif prev.tag_ not in _PHRASE_ENDS or tok.text not in finite or tok.text in adjectives:
            continue
        j = p  # back over the phrase before: a preposition governs it in "vom Land erwirkte"
        while j > 0 and doc[j - 1].tag_ in ("NN", "NE", "ADJA", "ART", "CARD"):
            j -= 1
        if j > 0 and doc[j - 1].tag_ in ("APPR", "APPRART"):
            continue
        tok.tag_, tok.pos_, tok.lemma_ = "VVFIN", "VERB", finite[tok.text]
        tok.set_morph("VerbForm=Fin")


def _inverted_frame(doc: Doc, i: int) -> bool:
    """After a comma, token ``i`` and a name or noun of one or two words end the sentence
    (or run into a preposition): a verb and its subject ("Das sei falsch, erläuterte Koch"),
    not an adjective, which would need more phrase after its noun."""
    j = i + 1
    while j < len(doc) and j - i <= 2 and doc[j].tag_ in ("NN", "NE"):
        j += 1
    return j > i + 1 and (j == len(doc) or doc[j].text in (".", "!", "?") or doc[j].tag_ in ("APPR", "APPRART"))


def _words(doc: Doc) -> list[str]:
    record = doc._.record
    return token_texts(doc, record["text"] if record else None)[1]
