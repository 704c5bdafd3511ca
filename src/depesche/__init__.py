"""depesche: German news-wire dispatches into a time-aware knowledge graph.

>>> import depesche
>>> nlp = depesche.load()
>>> record = nlp(" date 2020-09 MOSKAU (dpa) - Putin traf Lukaschenko.")
"""
from __future__ import annotations

__version__ = "0.1.0"


def load(**config):
    """Build the default pipeline (models load once; reuse the object)."""
    from .pipeline import Pipeline

    return Pipeline(**config)
