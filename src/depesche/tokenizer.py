"""Tokenisation into a spaCy ``Doc`` whose text is the exact input.

spaCy's German tokenizer handles abbreviations (``z.B.``, ``Dr.``), ordinals
(``9.``) and numbers (``80,1``) well and runs ~100k words/s.  Its one flaw for
wire text is tokens glued across a layout boundary (``Außenminister./cht``);
so where a boundary from the wire reader falls inside a token, the text is
tokenised segment by segment and the pieces are joined into one Doc.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc


def make_doc(nlp, text: str, cuts: Iterable[int] = ()) -> Doc:
    """Tokenise ``text`` so that no token crosses any offset in ``cuts``."""
    doc = nlp.make_doc(text)
    cuts = sorted({c for c in cuts if 0 < c < len(text)})
    if not cuts or not _crosses(doc, cuts):
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    bounds = [0, *cuts, len(text)]
    for start, end in zip(bounds, bounds[1:]):
        if start == end:
            continue
        for tok in nlp.make_doc(text[start:end]):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
    out = Doc(nlp.vocab, words=words, spaces=spaces)
    assert out.text == text
    return out


def _crosses(doc: Doc, cuts: list[int]) -> bool:
    starts = {t.idx for t in doc} | {len(doc.text)}
    ends = {t.idx + len(t) for t in doc}
    # A cut is harmless if it falls on a token start or end (whitespace between).
    return any(c not in starts and c not in ends for c in cuts)
