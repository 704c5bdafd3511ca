"""``depesche train MODEL``: rebuild a shipped model from its recipe; one module
per model in :mod:`depesche.train` (``add_arguments(parser)``, ``run(args)``)."""
from __future__ import annotations

from .. import train as _pkg
from .evaluate import register_tasks


def register(sub) -> None:
    register_tasks(sub, "train", _pkg, "rebuild a shipped model from its training recipe")
