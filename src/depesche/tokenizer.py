"""Tokenisation into a spaCy ``Doc`` whose text is the exact input.

spaCy's German tokenizer handles abbreviations (``z.B.``, ``Dr.``), ordinals
(``9.``) and numbers (``80,1``) well and runs ~100k words/s.  Its one flaw for
wire text is tokens glued across a layout boundary (``Außenminister./cht``);
so where a boundary from the wire reader falls inside a token, the text is
tokenised segment by segment and the pieces are joined into one Doc.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc

_CACHE = "depesche.token_texts"


def make_doc(nlp, text: str, cuts: Iterable[int] = ()) -> Doc:
    """Tokenise ``text`` so that no token crosses any offset in ``cuts``."""
    doc = nlp.make_doc(text)
    cuts = sorted({c for c in cuts if 0 < c < len(text)})
    if not cuts or not _crosses(doc, cuts, text):
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    bounds = [0, *cuts, len(text)]
    for start, end in zip(bounds, bounds[1:]):
        if start == end:
            continue
        segment = text[start:end]
        _, seg_words, seg_spaces = token_texts(nlp.make_doc(segment), segment)
        words += seg_words
        spaces += map(bool, seg_spaces)
    out = Doc(nlp.vocab, words=words, spaces=spaces)
    assert out.text == text
    return out


def token_texts(doc: Doc, text: str | None = None) -> tuple[list[int], list[str], list[int]]:
    """Start offsets, texts and trailing-space flags (0/1) of the tokens of ``doc``.

    Read from arrays and cut from ``text`` (the doc's text, passed when at
    hand: ``doc.text`` is rebuilt token by token), because a spaCy Token
    object per token costs more than all the slicing.  Computed once per Doc
    (its tokens never change after tokenising) and shared by the stages, which
    must not modify the lists.
    """
    known = doc.user_data.get(_CACHE)
    if known is not None:
        return known
    text = doc.text if text is None else text
    starts, spaces = doc.to_array([IDX, SPACY]).T.tolist()
    ends = starts[1:] + [len(text)]  # a token runs up to the next one, less its trailing space
    known = doc.user_data[_CACHE] = (starts, [text[a:b - s] for a, b, s in zip(starts, ends, spaces)], spaces)
    return known


def token_strings(doc: Doc, attr: str) -> list[str]:
    """The tokens' ``attr`` (``"TAG"``, ``"LEMMA"`` …) as strings, ``""`` where unset.

    Read once per Doc from its array, without Token objects, and kept: so only for the
    stages after the last to set these, the tagger and the entities stage (which tags
    sure names NE); shared like :func:`token_texts`.
    """
    key = f"depesche.{attr}"
    known = doc.user_data.get(key)
    if known is None:
        strings = doc.vocab.strings
        known = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()]
    return known


def _crosses(doc: Doc, cuts: list[int], text: str) -> bool:
    starts, words, _ = token_texts(doc, text)
    bounds = {*starts, len(text)} | {a + len(w) for a, w in zip(starts, words)}
    # A cut is harmless if it falls on a token start or end (whitespace between).
    return any(c not in bounds for c in cuts)
