"""Time expressions (TIMEX3), normalised against the document date.

The rules live in :mod:`depesche.timex` (text in, spans out) so they can be
evaluated on WikiWarsDE without the rest of the pipeline.
"""
from __future__ import annotations

from ..pipeline import Component
from ..record import body_range


class Timex(Component):
    name = "timex"
    version = "0.3.0"
    requires = ("record.meta",)
    assigns = ("record.timexes",)

    def __call__(self, doc):
        from ..timex import find_timexes

        record = doc._.record
        found = find_timexes(record["text"], *body_range(record), _valid_date(record["meta"].get("date")))
        for n, t in enumerate(found, 1):
            t["id"] = f"t{n}"
        record["timexes"] = found
        return doc


def _valid_date(value: str | None) -> str | None:
    """The document date at the precision that is a real date (``2021-02-30`` -> ``2021-02``)."""
    from datetime import date

    while value:
        parts = [int(p) for p in value.split("-")]
        try:
            date(parts[0], *(parts[1:] + [1, 1])[:2])
            return value
        except (ValueError, TypeError):
            value = value.rsplit("-", 1)[0] if "-" in value else None
    return None
