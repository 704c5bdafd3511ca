"""Wire layout: header date, dateline, agency, corrections, editor codes, body.

Works on the untouched text and records offsets, so the body range and the
dateline are spans of the input.  Unknown layouts degrade to "the whole text
is the body".
"""
from __future__ import annotations

import re

from ..lang.de_wire import AGENCIES, CORRECTION_WORDS, NOT_PLACES
from ..record import span

_HEADER = re.compile(r"\s*(date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?))(?=\s)")
_CORRECTION = re.compile(r"\s*\((?:%s)\b[^()\n]{0,200}\)" % "|".join(CORRECTION_WORDS), re.I)
_PLACE_WORD = r"(?:S[Tt]\.|[A-ZÄÖÜ][A-Za-zÄÖÜäöüß'\-]*)"
_PLACE = rf"{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}"
# ``MOSKAU (dpa-AFX) -``, ``Berlin, 2. Sep (Reuters) -``, ``MOSKAU/MINSK (dpa) –``
_AGENCY_LINE = re.compile(
    rf"\s*(?P<place>{_PLACE})(?:,\s*(?P<ddate>[^()\n]{{1,30}}?))?\s+\((?P<agency>[A-Za-z][A-Za-z\- ]{{0,14}})\)\s*[-–—:]+\s*"
)
# ``Wien – `` with no agency (APA/derStandard style), possibly after a teaser.
_DASH_LINE = re.compile(rf"(?P<place>{_PLACE})\s+[–—-]\s*(?=[A-ZÄÖÜ„\"»(])")
_EDITORS = re.compile(r"(?:\s*/\s*[A-Za-z]{1,6}){2,}\s*$")
_SENTENCE_END = re.compile(r"[.!?“\"»«)]\s+$")
_SENTENCE_END_IN = re.compile(r"[.!?“\"»«)]\s+")


def _place_name(raw: str) -> str:
    """``MOSKAU/MINSK`` -> ``Moskau/Minsk``; mixed case is kept as written."""
    if not raw.isupper():
        return raw
    return re.sub(r"[A-ZÄÖÜ]+", lambda m: m.group(0).capitalize(), raw)


def parse(text: str, given: dict | None = None) -> dict:
    """Return the ``meta`` dict of the record, plus ``_cuts`` (layout offsets)."""
    given = given or {}
    meta: dict = {"date": None, "dateline": None, "agency": None, "editors": [], "language": "de"}
    pos, cuts = 0, []

    header = _HEADER.match(text)
    if header:
        meta["date"] = header.group(2)
        meta["header"] = span(text, header.start(1), header.end(1))
        pos = header.end()
        cuts.append(pos)
    if given.get("date"):
        meta["date"] = given["date"]

    correction = _CORRECTION.match(text, pos)
    if correction:
        start = correction.start() + len(correction.group(0)) - len(correction.group(0).lstrip())
        meta["correction"] = span(text, start, correction.end())
        pos = correction.end()
        cuts.append(pos)

    body_start = pos
    line = _AGENCY_LINE.match(text, pos)
    agency = line and AGENCIES.get(line.group("agency").strip().lower())
    if line and agency:
        meta["agency"] = agency
        meta["dateline"] = span(text, line.start("place"), line.end("place"), place=_place_name(line.group("place")))
        body_start = line.end()
    else:
        dash = _find_dash_dateline(text, pos)
        if dash:
            meta["dateline"] = span(text, dash.start("place"), dash.end("place"), place=_place_name(dash.group("place")))
            if dash.start() == _skip_space(text, pos):
                body_start = dash.end()
            else:  # a teaser precedes the dateline: it is part of the body
                cuts += [dash.start(), dash.end()]
    body_start = _skip_space(text, body_start)

    body_end = len(text)
    editors = _EDITORS.search(text, body_start)
    if editors and editors.start() > body_start and _SENTENCE_END.search(text[body_start : editors.start()] + " "):
        meta["editors"] = [c.strip() for c in editors.group(0).split("/") if c.strip()]
        body_end = editors.start()
    body_end = len(text[:body_end].rstrip())
    if body_end < body_start:
        body_start = body_end
    meta["body"] = {"start": body_start, "end": body_end}
    cuts += [body_start, body_end]
    meta["_cuts"] = sorted(set(cuts))
    return meta


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _find_dash_dateline(text: str, pos: int):
    """A ``Place – `` dateline at the start or right after a teaser sentence."""
    candidates = [_skip_space(text, pos)]
    candidates += [m.end() for m in _SENTENCE_END_IN.finditer(text, pos, min(len(text), pos + 600))]
    for start in candidates:
        m = _DASH_LINE.match(text, start)
        if m and m.group("place").split()[0].split("/")[0] not in NOT_PLACES and len(m.group("place")) <= 40:
            return m
    return None
