"""Amounts in German text: numbers with their unit and what they count.

:func:`find_amounts` reads German number writing (``1.250``, ``80,1``,
``3,5 Mrd.``, ``eine Million``, ``zwei Drittel``, ``Tausende``), ages
(``66-Jährigen``), ordinals (``sechste Amtszeit``, ``der 3. Kandidat``) and
counts (``14 Tote``); scores such as ``2:1`` are skipped.
Dates and clock times are left to :mod:`depesche.timex`: a number followed by
a month, ``Uhr`` or ``Jahrhundert`` is not an amount, nor is a bare year.

Each result is ``{"start","end","text","value","unit"}`` plus ``of`` (the
noun phrase counted or measured, e.g. ``der Stimmen``), and where the text
says so ``rel`` (``um 2,3 Prozent`` = by, ``auf`` = to), ``approx`` and
``kind`` (``age``, ``ordinal``, ``fraction``, ``vague``).
"""
from __future__ import annotations

import re

from .lang import de_numbers as N
from .lang import de_time as T
from .wordlists import alternation


_CARDINAL_WORDS = {w: v for w, v in T.NUMBER_WORDS.items() if not w.startswith("ein") or w == "eins"}
_CARDINAL_WORDS.update({"eineinhalb": 1.5})
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNIT_RE = r"(?P<unit>(?i:" + alternation([u for u in N.UNITS if u not in N.GLUED_UNITS]) + r"))(?![\wäöüß-])"
_GLUED_RE = r"(?P<glued>(?i:" + alternation(N.GLUED_UNITS) + r"))(?![\wäöüß])"
_SCALE_RE = r"(?P<scale>(?i:" + alternation(N.SCALES) + r"))(?:(?<=\.)|(?![\wäöüß]))"
_NOUN = r"[A-ZÄÖÜ][\wäöüßÄÖÜ-]*"
_ADJ = r"(?:[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)\s+)"

_AMOUNT = re.compile(
    r"(?<![\wäöüß.,:])(?:(?P<pre>" + alternation(N.PREFIX_CURRENCY) + r")\s?)?"
    r"(?:(?P<num>" + _DIGITS + r")|(?P<word>(?i:" + alternation(_CARDINAL_WORDS) + r"))(?![\wäöüß])|(?P<art>(?i:eine?|einer|einem|einen))(?=\s+(?i:" + alternation(N.SCALES) + r")))"
    r"(?![\d:]|\.\d|,\d)"
    r"(?:\s+" + _SCALE_RE + r")?"
    r"(?:(?:\s*" + _GLUED_RE + r")|\s+" + _UNIT_RE + r")?"
)
_AGE = re.compile(r"(?<![\w.,])(?P<num>\d{1,3})-(?:[Jj]ährige[nmrs]?|[Jj]ährig)\b")
_AGE_ALT = re.compile(r"(?<![\w.,])(?P<num>\d{1,3})\s+Jahre\s+alt\b")
_ORDINAL = re.compile(r"(?<![\wäöüß])(?P<ord>(?i:" + alternation(T.ORDINAL_WORDS) + r"))(?:e|en|er|es|em)\s+(?:" + _ADJ + r")?(?P<noun>" + _NOUN + r")")
_DIGIT_ORDINAL = re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|beim|im|am)\s+(?P<n>\d{1,3})\.\s+(?:" + _ADJ + r")?(?P<noun>" + _NOUN + r")")
_FRACTION = re.compile(r"(?<![\wäöüß])(?P<n>(?i:ein|eine|die|zwei|drei|vier|fünf|sieben|neun)|\d+)\s+(?P<frac>" + alternation([f.capitalize() for f in N.FRACTIONS]) + r")\b")
_VAGUE = re.compile(r"(?<![\wäöüß])(?P<v>(?i:" + alternation(N.VAGUE_PLURALS) + r"))(?![\wäöüß])(?:\s+(?:von\s+)?(?P<noun>" + _ADJ + r"?" + _NOUN + r"))?")
_OF = re.compile(r"\s+(?P<of>(?:(?:der|des|aller|seiner|ihrer)\s+)?" + _ADJ + r"?" + _NOUN + r")")
_COUNTED = re.compile(r"\s+(?P<of>" + _ADJ + r"?" + _NOUN + r")")
_RANGE = re.compile(r"\s*(?:bis|-|–|oder|und)\s*")
_REL = re.compile(r"(?P<w>(?i:um|auf|von))\s+(?:(?i:" + alternation(N.APPROX) + r")\s+)?$")
_APPROX = re.compile(r"(?P<w>(?i:" + alternation(N.APPROX) + r"))\s+$")
_YEAR_CONTEXT = re.compile(r"(?i:\b(?:jahr|jahres|jahre|im|seit|bis|ab|von|vom|anfang|mitte|ende|frühjahr|sommer|herbst|winter|um)\s+)$")
_NOT_NOUNS = {"Die", "Der", "Das", "Den", "Dem", "Des", "Er", "Sie", "Es", "Wir", "Ich", "In", "Im", "Am", "An",
              "Auf", "Auch", "Und", "Aber", "Doch", "Nach", "Vor", "Bei", "Mit", "Seit", "Ein", "Eine", "Dies", "Diese"}
_MONTHS = {m.capitalize() for m in T.MONTHS}


def _number(digits: str) -> float:
    return float(digits.replace(".", "").replace(",", "."))


def _clean(v: float) -> float | int:
    return int(v) if float(v).is_integer() and abs(v) < 1e15 else round(v, 6)


def _of(text: str, end: int, limit: int, pattern=_OF) -> tuple[str | None, int]:
    m = pattern.match(text, end, limit)
    if not m or m["of"].split()[-1] in _NOT_NOUNS or m["of"].split()[-1].lower() in N.NOT_COUNTED:
        return None, end
    return m["of"], m.end()


def _decorate(item: dict, text: str, lo: int) -> dict:
    before = text[max(lo, item["start"] - 25):item["start"]]
    rel = _REL.search(before)
    if rel and item.get("unit") in ("percent", "percentage_points", "EUR", "USD"):
        item["rel"] = N.RELATIONS[rel["w"].lower()]
    approx = _APPROX.search(before)
    if approx:
        item["approx"] = re.sub(r"\s+", " ", approx["w"].lower())
    return item


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Amounts in ``text[start:end]`` (absolute offsets), in text order."""
    end = len(text) if end is None else end
    found: list[dict] = []

    def add(s: int, e: int, value, unit: str, **extra) -> None:
        item = {"start": s, "end": e, "text": text[s:e], "value": _clean(value), "unit": unit}
        item.update({k: v for k, v in extra.items() if v is not None})
        found.append(item)

    for m in _AGE.finditer(text, start, end):
        add(m.start(), m.end(), int(m["num"]), "years", kind="age")
    for m in _AGE_ALT.finditer(text, start, end):
        add(m.start(), m.end(), int(m["num"]), "years", kind="age")
    for m in _ORDINAL.finditer(text, start, end):
        if m["noun"] in _MONTHS or m["noun"].lower().startswith(("jahrhundert", "jh")):
            continue
        add(m.start(), m.start("noun") - 1, T.ORDINAL_WORDS[m["ord"].lower()], "ordinal", kind="ordinal", of=m["noun"])
    for m in _DIGIT_ORDINAL.finditer(text, start, end):
        if m["noun"] in _MONTHS or m["noun"].lower() in N.NOT_COUNTED or m["noun"].lower().startswith(("jahrhundert", "jh")):
            continue
        add(m.start("n"), m.end("n") + 1, int(m["n"]), "ordinal", kind="ordinal", of=m["noun"])
    for m in _FRACTION.finditer(text, start, end):
        n = m["n"].lower()
        count = 1 if n in ("ein", "eine", "die") else float(n) if n.isdigit() else T.NUMBER_WORDS[n]
        of, _ = _of(text, m.end(), end)
        add(m.start(), m.end(), count * N.FRACTIONS[m["frac"].lower()], "fraction", kind="fraction", of=of)
    for m in _VAGUE.finditer(text, start, end):
        noun = m["noun"]
        if noun is None and m["v"].lower() in ("millionen", "milliarden"):
            continue  # "3 Millionen" is read by the number pattern
        add(m.start(), m.end("v"), N.VAGUE_PLURALS[m["v"].lower()], "count", kind="vague", of=noun)
    pending: dict[int, tuple[int, int, float]] = {}  # "60 bis 70 Prozent": the 60 waits for a unit
    for m in _AMOUNT.finditer(text, start, end):
        if m["num"]:
            value = _number(m["num"])
        elif m["word"]:
            value = _CARDINAL_WORDS[m["word"].lower()]
        else:
            value = 1
        if m["scale"]:
            value *= N.SCALES[m["scale"].lower()]
        unit_word = m["unit"] or m["glued"]
        unit = N.UNITS[unit_word.lower()] if unit_word else N.PREFIX_CURRENCY.get((m["pre"] or "").lower())
        s, e = m.start(), m.end()
        if unit is None:
            after = text[e:e + 14]
            if re.match(r"\s*(?:Uhr\b|[.:]\d)", after):
                continue
            if m["num"] and re.fullmatch(r"1\d{3}|20\d{2}", m["num"]) and not m["scale"]:
                if _YEAR_CONTEXT.search(text[max(start, s - 12):s]) or not _COUNTED.match(text, e, end):
                    continue
            if m["scale"]:
                of, _ = _of(text, e, end)
                add(s, e, value, "count", of=of)
                continue
            of, _ = _of(text, e, end, _COUNTED)
            if of is None and m["num"]:
                gap = _RANGE.match(text, e, end)
                if gap:
                    pending[gap.end()] = (s, e, value)
            if of is None or m["word"] and len(m["word"]) < 3:
                continue
            add(s, e, value, "count", of=of)
            continue
        of, _ = _of(text, e, end) if unit in ("percent", "percentage_points", "fraction") or unit.isupper() else (None, e)
        add(s, e, value, unit, of=of)
        if s in pending:
            ps, pe, pv = pending.pop(s)
            add(ps, pe, pv * (N.SCALES[m["scale"].lower()] if m["scale"] else 1), unit, of=of)
    found = [_decorate(f, text, start) for f in found]
    # one amount per place: longest wins
    found.sort(key=lambda f: (f["start"], -(f["end"] - f["start"])))
    out: list[dict] = []
    for f in found:
        if out and f["start"] < out[-1]["end"]:
            continue
        out.append(f)
    return out
