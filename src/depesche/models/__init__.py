"""Shipped model artefacts (spaCy pipeline directories), each with a PROVENANCE.md."""
from __future__ import annotations

from pathlib import Path

import spacy

MODELS = Path(__file__).resolve().parent


def model_path(name: str) -> Path:
    """Directory of a shipped model; ``FileNotFoundError`` names the recipe that builds it."""
    path = MODELS / name
    if not (path / "meta.json").exists():
        raise FileNotFoundError(f"model {name!r} is not in {MODELS}; rebuild it with `depesche train {name.removeprefix('de_')}`")
    return path


def load_model(path: Path) -> spacy.Language:
    """The spaCy pipeline at ``path``, its matrix products run by numpy's BLAS (OpenBLAS).

    thinc multiplies with its bundled blis by default; for the tok2vec's
    shapes OpenBLAS was 15-35% faster on the development VM, and the tags,
    morphology, lemmas and entities of the 996 bench articles came out the
    same (``bench/stages_equal.py``).  Worker processes limit it to one
    thread (:mod:`depesche.runner`), as blis is.
    """
    from thinc.api import NumpyOps

    nlp = spacy.load(path)
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        if hasattr(pipe, "model"):
            for node in pipe.model.walk():
                node.ops = ops
    return nlp
