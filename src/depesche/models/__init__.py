"""Shipped model artefacts (spaCy pipeline directories), each with a PROVENANCE.md."""
from __future__ import annotations

from pathlib import Path

MODELS = Path(__file__).resolve().parent


def model_path(name: str) -> Path:
    """Directory of a shipped model; ``FileNotFoundError`` names the recipe that builds it."""
    path = MODELS / name
    if not (path / "meta.json").exists():
        raise FileNotFoundError(f"model {name!r} is not in {MODELS}; rebuild it with `depesche train {name.removeprefix('de_')}`")
    return path
