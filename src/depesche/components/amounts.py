"""Amounts: German numbers with their unit and what they count (``80,1 Prozent der Stimmen``).

The rules live in :mod:`depesche.amounts` (text in, spans out)."""
from __future__ import annotations

from ..pipeline import Component
from ..record import body_range


class Amounts(Component):
    name = "amounts"
    version = "0.1.0"
    requires = ("record.meta",)
    assigns = ("record.amounts",)

    def __call__(self, doc):
        from ..amounts import find_amounts

        record = doc._.record
        record["amounts"] = find_amounts(record["text"], *body_range(record))
        return doc
