"""German time expressions: extent and TIMEX3 normalisation by compiled rules.

:func:`find_timexes` scans ``text[start:end]`` with a handful of compiled
patterns, keeps the longest non-overlapping matches and normalises them in
text order, so anaphoric expressions (``im selben Monat``, ``Juni``,
``zwei Tage später``) can use the last explicit date as reference.

Reference times: deictic words (``gestern``, ``vergangene Woche``, weekday
names) resolve against the document date ``dct`` in news mode; in
``narrative=True`` mode (histories such as WikiWarsDE) they, like anaphora,
resolve against the last date mentioned.  Values never invent precision the
reference lacks; the unknown parts are written as ``X``:

* ``am Mittwoch`` with dct ``2020-09``: ``2020-09-WXX-3`` (a Wednesday in
  September 2020 = ISO weekday in an unknown week of that month); with dct
  ``2020``: ``2020-WXX-3``; with no date at all: ``XXXX-WXX-3``.
  ``am Wochenende`` likewise ends in ``-WE``; ``14.30 Uhr`` without a known
  day is ``2020-09-XXT14:30``; ``heute`` with dct ``2020-09`` is ``2020-09-XX``.
* Weekdays follow the news convention: ``an diesem Donnerstag`` is the
  Thursday of the publication week; a bare ``am Mittwoch`` is the most recent
  one (past reading) or the next one (future cues such as ``will``, ``soll``);
  in narratives the first one on or after the last date.
* A day, month or season without a year takes the reference year, moved back
  one year in past reading when it lies after the dct month (forward in future
  reading when it lies before); with no tense cue, the nearer of the two.
  ``soll ... verletzt haben`` reads as past.  ``in der Nacht zum Mittwoch`` is
  the night ending on that Wednesday.
* ``vergangene Woche`` with dct ``2020-09`` is ``2020-WXX`` (ISO weeks belong
  to a year); ``in drei Wochen`` is a date three weeks after the dct.

In narratives the last date is only replaced by the story's own progress:
range ends (``1939–1945``), ``seit/ab`` bounds, comparisons (``wie bereits 1911``),
the same day in another calendar in brackets, ``der Vertrag von 1814``, a
``bis`` bound years away and a bare year far outside the years the story is
about (found by a first pass), a planned date (``Verschiebung auf den 31. Januar``,
``Wahl für den 12. Dezember``) and a glance back (``im Vorjahr``, ``zehn Jahre zuvor``)
leave it alone; a season or quarter sets its year.  A year-less date before the
first year the text names takes that year (``Am 3. August ... am 10. August 1914``).
A month half a year or more before the last one, in the same paragraph and in
a sentence that does not look back (pluperfect, ``bereits``), lies in the next
year: ``am 8. November 1620 ... Im Januar`` is January 1621.  An anaphor with a
date in apposition (``am Folgetag, dem 16. November``) takes that date.

``seit der Abstimmung`` (news mode) takes the date the text gave that event
earlier (``der Abstimmung am 9. August``), with ``mod`` ON_OR_AFTER and the
event's mention as ``event``; an event the text never dated is not a timex.

Each result is ``{"start","end","text","type","value"}`` plus, where useful,
``mod`` (TIMEX3 START/MID/END/APPROX/MORE_THAN/LESS_THAN/EQUAL_OR_LESS, and
ON_OR_AFTER/ON_OR_BEFORE/BEFORE/AFTER from ``seit/ab/bis/vor/nach`` before a date),
``anchor`` (the date a duration or fuzzy reference is measured from),
``freq``/``quant`` for sets and ``signal``: the leading preposition (and
article) that the span includes for readers (``am 9. August``) but that TimeML
and TIMEX2 leave outside the expression.  ``seit`` before a date and ``von``
after a noun (``der Weltmeister von 1990``) stay outside the span.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .lang import de_time as L
from .wordlists import alternation


def _alt(words) -> str:
    """Regex alternation of ``words`` (longest first), each escaped; spaces match any space."""
    return alternation(words)


def _cap(words) -> list[str]:
    return [w[:1].upper() + w[1:] for w in words]


# ---------------------------------------------------------------- building blocks
_NOTWORD = r"(?![\wäöüß])"
_MONTH = r"(?<![\wäöüß])(?P<mon>" + _alt(_cap(L.MONTHS)) + r")(?:s?" + _NOTWORD + r"|(?<=\.))"  # genitive: des Februars
_WD_NAMES = _alt(_cap(L.WEEKDAYS))
_NUMWORD = _alt(L.NUMBER_WORDS)
_NUM = rf"(?:\d+(?:,\d+)?|(?i:{_NUMWORD}))"
_VAGUE = _alt(L.VAGUE_QUANTIFIERS)
_UNIT = r"(?P<unit>" + _alt(_cap(L.UNITS)) + r")"
_ORD = r"(?:" + _alt(L.ORDINAL_WORDS) + r")(?:e[nrsm]?)"
_REL_ADJ = r"(?P<adj>(?i:" + _alt(L.RELATIVE_ADJ) + r"))(?:e[nrsm]?)?"
_POS = r"(?P<pos>(?:(?i:gegen)\s+)?(?i:anfang|mitte|ende|beginn)\s+)"
_BC = r"(?P<bc>\s*v\.\s*Chr\.?|\s*n\.\s*Chr\.?|\s+(?:vor|nach)\s+Christ(?:us|i\s+Geburt)\b)"
_YEAR_TAIL = (
    r"(?:\s+(?P<y>\d{4}|\d{1,3}(?=\s*[vn]\.\s*Chr))" + _BC + "?"
    r"|\s+des\s+Jahres\s+(?P<y2>\d{3,4})"
    r"|\s+(?P<relyear>(?:des\s+)?(?:desselben|gleichen|selben|folgenden|nächsten|darauffolgenden|vorigen|vergangenen|letzten|vorangegangenen|kommenden|dieses|jenes)\s+Jahres|des\s+Jahres))"
)
_PARTS = _alt(_cap(L.PARTS_OF_DAY))
_TZ = r"(?P<tz>\s+(?:MEZ|MESZ|UTC|GMT|Ortszeit|mitteleuropäischer\s+(?:Sommerzeit|Zeit)|deutscher\s+Zeit))"
_CLOCK = r"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?\s*Uhr(?:\s+(?P<mi2>[0-5]\d)\b)?" + _TZ + "?"

# "(zwei Tage) nach der Landung": the event a span of time is measured from belongs to it (TIMEX2)
# ... or a name in the genitive: "(fünf Monate) nach Hitlers Ernennung"
_EVENT_PP = (r"(?P<event>\s+(?:nach|vor)\s+(?:(?:de[mnrs]|seine[mnrs]?|ihre[mnrs]?|eine[mnrs]?)\s+"
             r"(?:[a-zäöüß]+e[mnrs]?\s+){0,2}(?:[A-ZÄÖÜ][a-zäöüß]+e[mnrs]\s+(?=[A-ZÄÖÜ]))?|[A-ZÄÖÜ][a-zäöüß]+s\s+(?=[A-ZÄÖÜ]))"
             r"[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])")
# "in der ersten Hälfte des 19. Jahrhunderts": its start (TIMEX3 has no half centuries)
_HALF = r"(?P<half>(?i:erste|zweite)n?\s+Hälfte\s+)"
_DAY_REL = r"(?:selben|gleichen|folgenden|nächsten|darauffolgenden|vorigen|vorangegangenen|vorherigen)"
_RAW_PATTERNS = {
    # 1.9.2020, 01.09.20, 2020-09-01
    "numdate": r"(?<![\d.,])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>\d{4}|\d{2})(?![\d]|\.\d|,\d)",
    "isodate": r"(?<![\d.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])",
    # (Mittwoch, den) 9. August (2020), (Nacht vom) 8. Februar, Morgen des 22. Juni 1941
    "daymonth": r"(?:(?P<gegen>(?i:gegen)\s+)?(?:(?i:frühen|späten)\s+)?(?P<pod>" + _PARTS + r")\s+(?P<podrel>des|vom|zum|am)\s+)?"
                r"(?:(?P<wd>" + _WD_NAMES + r"),?\s+(?:(?:den|dem)\s+)?)?"
                r"(?<![\d.,])(?P<d>[0-3]?\d)\.\s*" + _MONTH + _YEAR_TAIL + r"?(?:,\s+" + _CLOCK + ")?"
                r"(?=\s*(?:/|–|-|bis(?:\s+zum)?|und)\s*[0-3]?\d\.\s*(?P<lmon>" + _alt(_cap(L.MONTHS)) + r")\s+(?P<ly>\d{4}))?",
    # the "1." in "1. und 2. September"
    "dayleft": r"(?:(?P<pod>" + _PARTS + r")\s+(?:des|vom|zum|am)\s+)?(?<![\d.,])(?P<d>[0-3]?\d)\.(?=\s*(?:und|bis(?:\s+zum)?|oder|/|–|-|auf|zum)\s*(?:dem\s+|den\s+)?[0-3]?\d\.\s*"
               + _MONTH + r"(?:\s+(?P<y>\d{4}))?)",
    # "am 24." after a date in that month
    "dayonly": r"(?<=\b[Aa]m\s)(?<![\d.,])(?P<d>[0-3]?\d)\.(?=\s+[a-zäöüß])",
    # (Anfang) September (2020), Mai/Juni 1940
    "month": _POS + r"?(?:(?P<mrel>(?i:kommend|nächst|vergangen|letzt|vorig)e[nmrs]?)\s+)?" + _MONTH + _YEAR_TAIL + r"?(?=\s*(?:/|–|-|bis|und|oder)\s*(?:(?i:anfang|mitte|ende|beginn)\s+)?(?P<lmon>" + _alt(_cap(L.MONTHS)) + r")\s+(?P<ly>\d{4}))?",
    # (Ende) (Jahr) 1939 (v. Chr.)
    "year": r"(?:(?:(?P<um>(?i:um))|(?P<approx>(?i:etwa|ungefähr|circa|ca\.|zirka|gegen)))\s+(?!(?i:anfang|mitte|ende|beginn)\s)(?:das\s+)?)?" + _POS + r"?(?:(?P<jahr>Jahr(?:e|es)?|Jahren(?!\s+\d{3,4}\s*(?:bis|und|[/–-])))\s+)?(?<![\d.,:])(?:(?<=\d/)|(?<!/))(?P<y>\d{3,4}|\d{1,2}(?=\s*[vn]\.\s*Chr|\s+(?:vor|nach)\s+Christ|\s*(?:[/–-]|bis|und)\s*\d{1,4}\s*v\.\s*Chr))" + _BC
            + r"?(?![\d:]|,\d|\.\d|\s*(?:%|Prozent|Euro|Dollar))(?=\s*(?:[/–-]|bis|und)\s*\d{1,4}(?P<bcnext>\s*v\.\s*Chr))?",
    # the "19" of "1918/19"
    "yearslash": r"(?<=(?P<c>\d\d)(?P<y0>\d\d)[/–])(?P<yy>\d\d)(?![\d.,])",
    # (Mitte der) 90er Jahre, die Achtzigerjahre
    "decade": r"(?:" + _POS + "|" + _HALF + r")?(?P<art>(?:der|den|die)\s+)?(?:(?P<early>" + _alt(L.EARLY_LATE) + r")\s+)?(?:(?P<dec>\d{0,3}0)(?:er(?:\s*-?\s*|\s+)(?i:jahre[n]?)|ern)|(?P<decw>(?i:" + _alt(L.DECADE_WORDS) + r"))(?:\s+|-)?(?i:jahre[n]?))\b"
              r"(?:\s+des\s+(?P<cent>\d{1,2})\.\s*(?:Jahrhunderts|Jh\.))?",
    # 19. Jahrhundert, 4. Jh. v. Chr., im neunzehnten Jahrhundert
    "century": r"(?:" + _POS + r"(?:des\s+)?|" + _HALF + r"des\s+|(?P<early>" + _alt(L.EARLY_LATE) + r")\s+)?(?:(?P<n>\d{1,2})\.|(?P<ow>(?i:" + _ORD + r")))\s*(?:Jahrhunderts?|Jh\.|(?P<mill>Jahrtausends?))(?![\wäöüß])" + _BC + "?",
    # the "15." of "im 15. und 16. Jahrhundert"
    # ... "vom Ende des 16. bis Mitte des 17. Jahrhunderts"
    "centleft": r"(?:" + _POS + r"(?:des\s+)?)?(?<![\d.,])(?P<n>\d{1,2})\.(?=\s*(?:und|bis|oder|/|–|-)\s*(?:(?:zum|zur|ins|mit|in\s+das|in\s+die)\s+)?"
                r"(?:(?i:anfang|mitte|ende|beginn)\s+(?:des\s+)?)?\d{1,2}\.\s*(?:Jahrhunderts?|Jh\.)(?![\wäöüß])(?P<bc>\s*v\.\s*Chr\.?)?)",
    # (Anfang des) Sommer(s) 1940, Frühsommer 1919
    "season": r"(?:" + _POS + r"(?:des\s+)?)?(?:(?P<srel>" + _REL_ADJ + r")\s+)?(?P<pre>Früh|Spät|Hoch)?(?P<season>(?i:frühjahr|frühling|sommer|herbst|winter))(?:e?s)?\b" + _YEAR_TAIL + "?"
              r"(?=\s*(?:/|–|-|bis|und|oder)\s*(?:Früh|Spät)?(?i:jahr|frühling|sommer|herbst|winter)\s+(?P<ly>\d{4}))?",
    # zweite Jahreshälfte (1863), im dritten Quartal
    "half": r"(?P<ord>" + _ORD + r")\s+(?P<kind>Jahreshälfte|Hälfte|Halbjahr(?:es|s)?|Quartal(?:s)?)(?:\s+des\s+Jahres)?" + _YEAR_TAIL + "?",
    # (am) (kommenden) Mittwoch(abend)
    "weekday": r"(?:(?P<night>Nacht|Morgen|Abend)\s+(?P<nrel>zum|vom|auf|am)\s+)?(?:(?P<rel>(?i:dies|kommend|nächst|vergangen|letzt|vorig)e[mnrs]?)\s+)?(?P<wd>" + _WD_NAMES + r")(?P<pod>morgen|früh|vormittag|mittag|nachmittag|abend|nacht)?(?:s)?\b"
               r"(?:\s+(?P<wrel>kommender|nächster|vergangener|letzter|voriger|dieser)\s+Woche\b)?"
               r"(?:\s+(?P<pod2>" + _alt(["morgen", "früh", "vormittag", "mittag", "nachmittag", "abend", "nacht"]) + r")\b)?",
    # (am) (vergangenen) Wochenende
    "weekend": r"(?:(?P<rel>(?i:dies|kommend|nächst|vergangen|letzt|vorig)e[mnrs]?)\s+)?Wochenende\b",
    # am Abend, in der Nacht, am frühen Morgen (of the reference day)
    # ... am nächsten Morgen, am Abend desselben Tages
    "pod": r"(?:(?P<adj>(?i:frühen|späten)\s+)?(?:(?P<rel>" + _DAY_REL + r")\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|Abendstunden|Mitternacht|Morgengrauen|Tagesanbruch|Morgendämmerung|Abenddämmerung)\b)(?<=\w)"
           r"(?:\s+(?:des\s+)?(?P<rel2>(?:des)?" + _DAY_REL + r")\s+Tages\b|(?!\s+(?:des|vom|zum|am)\s))",
    # heute (Abend), gestern, morgen früh
    "deictic": r"\b(?P<w>(?i:vorgestern|gestern|heute|übermorgen)|morgen|Morgen(?=\s+(?:früh|Vormittag|Mittag|Nachmittag|Abend)\b))\b(?:\s+(?P<pod>" + _alt(["Morgen", "früh", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht"]) + r")\b)?",
    # 14.30 Uhr, 4 Uhr 45, 23:00 Uhr mitteleuropäischer Zeit
    "clock": r"(?:(?P<about>(?i:gegen|etwa|ungefähr|circa|ca\.))\s+)?" + _CLOCK,
    # vergangene Woche, im selben Monat, am folgenden Tag, der nächsten zwei Wochen, in den kommenden Jahren
    "relunit": r"(?:(?P<ganz>(?i:das|den|die)\s+ganzen?\s+))?" + _REL_ADJ + r"\s+(?:(?P<num>" + _NUM + r"|" + _VAGUE + r")\s+)?" + _UNIT + r"(?P<after>\s+(?:darauf|danach))?\b",
    # im Vorjahr, des Folgejahres
    "relnoun": r"\b(?P<w>" + _alt(_cap(L.RELATIVE_NOUNS)) + r")\b",
    # am Tag darauf, in den Tagen danach
    "unitafter": r"\b(?P<unit>[Tt]ags|Tag|Tage|Tagen|Monat|Monate|Monaten|Jahr|Jahre|Jahren|Woche|Wochen|Jahrzehnte)\s+(?P<w>darauf|danach|zuvor|davor|später)\b",
    # Anfang des Jahres, Ende des vorangegangenen Jahres, Jahresende
    "posunit": r"(?:" + _POS + r"(?:des|dieses|der|diesen)\s+(?:(?P<adj2>(?i:" + _alt(L.RELATIVE_ADJ) + r"))e[nrsm]?\s+)?(?P<unit2>Jahres|Monats|Jahrzehnts|Jahrhunderts|Woche)"
               r"|(?P<comp>(?i:jahres|monats)(?:anfang|beginn|mitte|ende|wechsel|wende))s?)\b(?:\s+(?P<py>\d{4})\b(?P<pyslash>/\d{2,4}\b)?)?",
    # (rund) zwei Wochen (später), drei dreiviertel Jahren, mehrere Tage, vor drei Jahren
    "duration": r"(?P<modw>(?i:" + _alt(L.APPROX_WORDS | L.MORE_THAN_WORDS | L.LESS_THAN_WORDS) + r")\s+)?"
                r"(?<![\d.,:/])(?P<num>(?:" + _NUM + r")(?:\s+(?:dreiviertel|halbe?|einhalb))?|(?i:" + _VAGUE + r")|(?i:ein(?:e[nmrs]?)?)(?:\s+(?:ganze[nmrs]?|knappe[nmrs]?|gute[nmrs]?|halbe[nmrs]?))?)\s+" + _UNIT
                + r"(?:\s+und\s+(?P<num2>" + _NUM + r")\s+(?P<unit2>" + _alt(_cap(L.UNITS)) + r"))?"
                + r"(?:(?P<rel>\s+(?:später|danach|darauf|zuvor|davor|vorher|früher))|" + _EVENT_PP + r")?\b",
    # der 27-stündige Streik, ein knapp zweistündiges Gespräch
    "adjdur": r"(?P<modw>(?i:" + _alt(L.APPROX_WORDS | L.MORE_THAN_WORDS | L.LESS_THAN_WORDS) + r")\s+)?"
              r"(?:(?P<dig>\d+)-|(?P<word>(?i:" + _NUMWORD + r"))|(?P<vague>mehr))(?P<u>(?i:" + _alt(L.ADJ_UNITS) + r"))(?:e[nmrs]?)?\b",
    # jahrelang, wochenlang
    "longadv": r"\b(?P<w>(?i:" + _alt(L.LONG_ADVERBS) + r"))(?:e[nmrs]?)?\b",
    # seit Jahren, auf Jahrzehnte, vor Wochen
    "bareplural": r"\b(?P<unit>Sekunden|Minuten|Stunden|Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte)\b(?:" + _EVENT_PP + ")?",
    # im Laufe des Tages
    "laufe": r"\b(?:Laufe|Verlauf)\s+(?:des|der)\s+(?P<unit>Tages|Monats|Jahres|Woche)\b(?:\s+(?P<ly>\d{4})\b)?",
    # jeden Montag, jede Woche, alle zwei Jahre, täglich, montags
    "set": r"\b(?:(?P<every>(?i:jede[nmrs]?))\s+(?:(?P<wd>" + _WD_NAMES + r")|(?P<eu>Tag|Woche|Monat|Jahr|Morgen|Abend|Nacht|Wochenende|Quartal)|(?P<eunit>" + _alt(_cap(L.UNITS)) + r"))"
           r"|(?P<alle>(?i:alle))\s+(?P<n>" + _NUM + r")\s+(?P<aunit>" + _alt(_cap(L.UNITS)) + r")"
           r"|(?P<times>\d+|(?i:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf))(?:mal|\s+Mal)\s+(?:pro|im|am|je|in\s+der|jede[nmrs]?)\s+(?P<punit>Tag|Woche|Monat|Jahr|Quartal)"
           r"|(?P<adv>(?i:" + _alt(L.SET_ADVERBS) + r"))"
           r"|(?P<wdadv>(?i:" + _alt(L.WEEKDAY_ADVERBS) + r"))"
           r"|(?P<podadv>(?i:" + _alt(L.PART_OF_DAY_ADVERBS) + r")))\b",
    # Weihnachten (2019), Tag der Deutschen Einheit, Ostern
    "holiday": r"\b(?P<hol>(?i:" + _alt(list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_EASTER)) + r"))\b" + _YEAR_TAIL + "?",
    # seit der Abstimmung (after "der Abstimmung am 9. August" earlier in the text)
    "sinceevent": r"(?<=[Ss]eit\s)(?:der|dem|den)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b",
    # kürzlich, derzeit, bald, in Zukunft
    "ref": r"(?<![\w-])(?P<w>(?i:" + _alt(L.PAST_REF_WORDS | L.PAST_REF_NEWS_WORDS | L.PRESENT_REF_WORDS | L.PRESENT_REF_NEWS_WORDS
                                                          | L.FUTURE_REF_WORDS) + r"))(?![\w-])",
}
# Every pattern starts at a word start: cheap to reject mid-word positions (5x faster).
_PATTERNS = [(name, re.compile(r"(?<!\w)(?=\w)(?:" + p + ")")) for name, p in _RAW_PATTERNS.items()]
# A pattern only runs on a text that has its key word (most texts lack most of them).
# Key words written in lower case are looked for, as plain regexes, in the
# lower-cased text: one lower() is cheaper than scanning with re.IGNORECASE.
_MONTH_WORD = _alt(_cap(L.MONTHS))
_UNIT_WORD = "tag|woche|monat|quartal|jahr|stunde|minute|sekunde"
_KEYS = {
    "numdate": r"\d\.\s?\d", "isodate": r"\d-\d\d-\d", "daymonth": _MONTH_WORD, "dayleft": _MONTH_WORD, "dayonly": r"[Aa]m \d",
    "month": _MONTH_WORD, "year": r"\d{3}|\d\s*[vn]\.\s*Chr|\d\s+(?:vor|nach)\s+Christ", "yearslash": r"\d[/–]\d",
    "centleft": r"Jahrhundert|Jh\.", "weekday": _WD_NAMES, "weekend": "Wochenende", "clock": "Uhr",
    "relnoun": "(?:Vor|Folge|Gesamt)(?:jahr|monat|woche|tag)", "unitafter": "darauf|danach|zuvor|davor|später",
    "longadv": "lang", "adjdur": _alt(L.ADJ_UNITS), "laufe": "Laufe|Verlauf",
    "pod": "Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Mitternacht|Tagesanbruch",
}
_LOWER_KEYS = {
    "decade": r"er\s*-?\s*jahre|0ern\b", "century": r"jahrhundert|jahrtausend|jh\.",
    "season": "frühjahr|frühling|sommer|herbst|winter", "half": "hälfte|halbjahr|quartal",
    "deictic": "gestern|heute|morgen", "posunit": "anfang|mitte|ende|beginn|wechsel",
    "relunit": _UNIT_WORD, "duration": _UNIT_WORD, "bareplural": _UNIT_WORD, "sinceevent": "seit",
}
_KEY_RX = {p: re.compile(p) for p in {*_KEYS.values(), *_LOWER_KEYS.values()}}  # patterns sharing a key test it once
# re.IGNORECASE also equates "ı" with "i" and "ſ" with "s", which lower() leaves
# alone, and lower() makes "İ" two characters: a text holding one of them is
# tested with the key word case-insensitively instead.
_LOWER_UNSAFE = re.compile("[ıſİ]")

_SIGNAL = re.compile(
    r"(?:^|(?<=[\s(„\"'–]))(?P<sig>(?i:" + _alt(L.SIGNALS) + r"))\s+"
    r"(?:(?P<art>(?i:der|die|das|den|dem|des))\s+)?$"
)
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?]\s")
_PERFECT_INF = re.compile(r"\b\w+(?:t|en)\s+(?:haben|sein)\b")
_ROLLOVER = 6  # months back from the last date: a narrative has more likely moved into the next year
_MONTH_LOWER = {k.lower(): v for k, v in L.MONTHS.items()}
_UNIT_FORMS = {k.lower(): v for k, v in L.UNITS.items()}
_ORD_RE = re.compile(r"(" + _alt(L.ORDINAL_WORDS) + r")e[nrsm]?", re.I)


@dataclass(frozen=True)
class Day:
    """A reference date whose month and day may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day and self.year > 0 else None

    @classmethod
    def parse(cls, value: str | None) -> "Day | None":
        m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
        if not m:
            return None
        return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)


def _year(y: int) -> str:
    return f"BC{-y:04d}" if y <= 0 else f"{y:04d}"


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = "XXXX" if y is None else _year(y)
    if m:
        out += f"-{m:02d}"
        if d:
            out += f"-{d:02d}"
    return out


def _num(word: str) -> float | None:
    """Value of a digit string (German decimal comma) or number words (``drei dreiviertel``, ``ein halbes``)."""
    parts = word.lower().replace(",", ".").split()
    if not parts:
        return None
    first = parts[0]
    if re.fullmatch(r"\d+(?:\.\d+)?", first):
        base = float(first)
    elif first in L.NUMBER_WORDS:
        base = L.NUMBER_WORDS[first]
    else:
        return None
    for extra in parts[1:]:
        if extra.startswith("halb") and first.startswith("ein"):
            return 0.5  # "ein halbes Jahr"
        base += {"dreiviertel": 0.75, "halb": 0.5, "halbe": 0.5, "einhalb": 0.5}.get(extra, 0)
    return base


def _qty(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: float | None, unit: str) -> str:
    if unit == "Y" and n is not None and not float(n).is_integer():
        years, months = int(n), round((n - int(n)) * 12)
        return f"P{years}Y{months}M" if years else f"P{months}M"
    if unit.startswith("T"):
        return f"PT{_qty(n)}{unit[1:]}"
    if unit == "Q":
        return f"P{_qty(None if n is None else n * 3)}M"
    return f"P{_qty(n)}{unit}"


class _Ctx:
    """Document state while normalising: the dct and the last explicit date."""

    def __init__(self, text: str, dct: str | None, narrative: bool):
        self.text = text
        self.dct = Day.parse(dct)
        self.narrative = narrative
        self.ref: Day | None = None
        self.ref_end = 0  # where the last date was mentioned
        self.part_month: int | None = None  # first month of the season the last date named
        self.remark: Day | None = None  # a year outside the story's years ("1792 schrieb Schiller ...")
        self.remark_end = 0
        self.era: tuple[float, float] | None = None  # years a narrative is about
        self.lead: Day | None = None  # a narrative's first named year: "Am 3. August ... am 10. August 1914"
        self.found: list[dict] = []  # timexes normalised so far

    def anaphoric(self) -> Day | None:
        return self.ref or self.lead or self.dct

    def years_from(self, start: int) -> Day | None:
        """What ``sieben Jahre später`` counts from: a remark's year just before, else the story's "now"."""
        if self.remark and self.remark_end > self.ref_end and "\n" not in self.text[self.remark_end:start]:
            return self.remark
        return self.anaphoric()

    def deictic(self) -> Day | None:
        return (self.ref or self.dct) if self.narrative else (self.dct or self.ref)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence around ``text[start:end]`` (at most 250 characters either side)."""
        text = self.text
        lo = max(0, start - 250)
        for m in _SENT_END.finditer(text, lo, start):
            lo = m.end()
        hi_m = _SENT_END.search(text, end, min(len(text), end + 250))
        return lo, hi_m.start() if hi_m else min(len(text), end + 250)

    def looks_back(self, start: int, end: int) -> bool:
        """A pluperfect or ``bereits/zuvor`` in the sentence: a narrative steps back in time."""
        lo, hi = self.sentence(start, end)
        return any(w.group().lower() in L.FLASHBACK_CUES for w in _WORD.finditer(self.text, lo, hi))

    def rolls_over(self, ref: Day, month: int, start: int, end: int) -> bool:
        """``am 8. November 1620 ... Im Januar``: the story has moved into the next year.

        Not across a paragraph (a new section may go back in time) nor in a sentence that looks back."""
        last = ref.month or self.part_month  # "Im Winter 1862 ... am 5. März": in 1863
        return bool(last and last - month >= _ROLLOVER and "\n" not in self.text[self.ref_end:start]
                    and not self.looks_back(start, end))

    def tense(self, start: int, end: int) -> int:
        """+1 future, -1 past, 0 unknown: the nearest tense cue in the same sentence.

        A modal with a perfect infinitive reports the past (``soll ... verletzt haben``)."""
        text = self.text
        lo, hi = self.sentence(start, end)
        reported_past = _PERFECT_INF.search(text, lo, hi)
        best, dist = 0, 10**9
        for w in _WORD.finditer(text, lo, hi):
            word = w.group().lower()
            if w.start() >= start and w.end() <= end:
                continue
            cue = 1 if word in L.FUTURE_CUES else -1 if word in L.PAST_CUES else 0
            if cue > 0 and reported_past and word in L.MODAL_CUES:
                cue = -1
            if cue:
                d = start - w.end() if w.end() <= start else w.start() - end
                if d < dist:
                    best, dist = cue, d
        return best

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """Year of a day/month given without one: reference year, moved by tense in news."""
        ref = self.anaphoric() if self.narrative else self.deictic()
        if ref is None:
            return None
        y = ref.year
        if self.narrative and self.rolls_over(ref, month, start, end):
            return y + 1
        if self.narrative or ref.month is None or ref is not self.dct:
            return y
        tense = self.tense(start, end)
        later = (month, day or 0) > (ref.month, ref.day or 32) if day and ref.day else month > ref.month
        earlier = (month, day or 0) < (ref.month, ref.day or 0) if day and ref.day else month < ref.month
        if tense == 0:  # no cue: the nearer of this year's and the neighbouring year's month
            ahead = (month - ref.month) % 12
            later, earlier = later and ahead > 6, earlier and ahead < 6
            tense = -1 if later else 1
        if tense < 0 and later:
            return y - 1
        if tense > 0 and earlier:
            return y + 1
        return y


def _explicit_year(m: re.Match, ctx: _Ctx) -> int | None:
    """Year from a _YEAR_TAIL match, or None when the match has none."""
    gd = m.groupdict()
    if gd.get("y"):
        y = int(gd["y"])
        if gd.get("bc") and "v" in gd["bc"]:
            return -y
        return y
    if gd.get("y2"):
        return int(gd["y2"])
    if gd.get("relyear"):
        ref = ctx.anaphoric()
        if ref is None:
            return None
        w = gd["relyear"].lower()
        shift = 1 if re.search(r"folgend|nächst|darauffolgend|kommend", w) else -1 if re.search(r"vorig|vergangen|letzt|vorangegangen", w) else 0
        return ref.year + shift
    return None


def _pos_mod(m: re.Match) -> str | None:
    pos = m.groupdict().get("pos")
    return L.POSITIONS.get(pos.split()[-1].lower()) if pos else None


def _mod(m: re.Match) -> dict:
    """``{"mod": START|MID|END}`` for ``Anfang/Mitte/Ende ...`` or ``erste/zweite Hälfte``, else empty."""
    half = m.groupdict().get("half")
    mod = ("START" if half.lower().startswith("erst") else "END") if half else _pos_mod(m)
    return {"mod": mod} if mod else {}


# ---------------------------------------------------------------- normalisers
# Each returns (type, value, extra dict) or None to drop the match.

def _n_numdate(m, ctx, s, e):
    d, mo, y = int(m["d"]), int(m["m"]), m["y"]
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    year = int(y)
    if len(y) == 2:
        ref = ctx.anaphoric()
        century = (ref.year // 100 * 100) if ref else 2000
        year += century
    return "DATE", _fmt(year, mo, d), {}


def _n_isodate(m, ctx, s, e):
    mo, d = int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return "DATE", _fmt(int(m["y"]), mo, d), {}


def _pod_suffix(word: str | None) -> str:
    if not word:
        return ""
    return "T" + L.PARTS_OF_DAY.get(word.lower(), "")


def _n_daymonth(m, ctx, s, e):
    d = int(m["d"])
    month = _MONTH_LOWER.get(m["mon"].lower())
    if not 1 <= d <= 31 or month is None:
        return None
    year = _explicit_year(m, ctx)
    if year is None and m["ly"]:  # "1. Juli bis 3. August 1863": the range's year
        year = int(m["ly"]) - (month > _MONTH_LOWER[m["lmon"].lower()])
    if year is None:
        year = ctx.year_for(month, d, s, e)
    value = _fmt(year, month, d)
    pod = m.groupdict().get("pod")
    if pod:  # "in der Nacht zum 9. Mai" is the night ending on the 9th, as for weekdays
        value += _pod_suffix(pod)
    extra = {"mod": "APPROX"} if m.groupdict().get("gegen") else {}
    if m["h"]:
        clock = _n_clock(m, ctx, s, e)
        if clock:
            return "TIME", value + clock[1][clock[1].index("T"):], extra
    return "DATE", value, extra


def _n_dayleft(m, ctx, s, e):
    d = int(m["d"])
    month = _MONTH_LOWER.get(m["mon"].lower())
    if not 1 <= d <= 31 or month is None:
        return None
    year = int(m["y"]) if m["y"] else ctx.year_for(month, d, s, e)
    return "DATE", _fmt(year, month, d) + _pod_suffix(m["pod"]), {}


def _n_dayonly(m, ctx, s, e):
    ref = ctx.anaphoric()
    d = int(m["d"])
    if ref is None or ref.month is None or not 1 <= d <= 31:
        return None
    if ref.day and d < ref.day and ref.year > 0:  # "am 3." after "am 24. August": the next month
        nxt = dt.date(ref.year, ref.month, 1) + relativedelta(months=1)
        return "DATE", _fmt(nxt.year, nxt.month, d), {}
    return "DATE", _fmt(ref.year, ref.month, d), {}


_MONTH_CUE = re.compile(r"(?i:\b(?:im|seit|bis|ab|vom|zum|anfang|mitte|ende|monat|monats|des|den|dem|und|oder|bis|zwischen)\s+|[(/–-]\s*)$")


def _n_month(m, ctx, s, e):
    key = m["mon"].lower()
    month = _MONTH_LOWER[key]
    year = _explicit_year(m, ctx)
    if year is None and m["ly"]:  # "November bis Februar 1863": the range's year
        year = int(m["ly"]) - (month > _MONTH_LOWER[m["lmon"].lower()])
    if year is None and not m["pos"]:
        # a bare month name: needs a cue before it when it could be a name
        before = ctx.text[max(0, s - 12):s]
        if (key in L.AMBIGUOUS_MONTHS or key.endswith(".")) and not _MONTH_CUE.search(before):
            return None
    if year is None and m["mrel"] and (ref := ctx.deictic()) and ref.month:
        ahead = m["mrel"].lower().startswith(("kommend", "nächst"))  # "im kommenden Juni": the next June
        year = ref.year + (1 if ahead and month <= ref.month else -1 if not ahead and month >= ref.month else 0)
    if year is None:
        year = ctx.year_for(month, None, s, e)
    extra = _mod(m)
    return "DATE", _fmt(year, month), extra


_YEAR_CUE = re.compile(r"(?i:\b(?:im|seit|bis|ab|von|vom|um|nach|vor|zwischen|jahr|jahre|jahres|anfang|mitte|ende|frühjahr|sommer|herbst|winter)\s+|[(–-]\s*)$")
_UNIT_AFTER = re.compile(r"\s*(?:" + _alt(L.MEASURE_UNITS) + r")(?![\wäöüß])")
_QTY_BEFORE = re.compile(r"(?i:\b(?:rund|etwa|über|fast|knapp|mehr\s+als|weniger\s+als|ca\.|insgesamt|gut|nur|mit|alle|auf)\s+)$")


_BOUND_BEFORE = re.compile(r"(?i:\b(?:ab|bis|seit|nach|vor|zwischen)\s+)$")
_DET_BEFORE = re.compile(r"(?i:\b(?:die|der|den|dem|des|diese[nmrs]?|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?|alle[nmr]?|mit|aus|in|auf|über|unter|für|gegen|zu|je|von|pro|bei|sowie|oder|bzw\.|nur|noch|weitere[nmr]?|insgesamt|\d+)\s+)$")
_WORD_AFTER = re.compile(r"[ \t]+([A-ZÄÖÜ][\wäöüß-]*)")


def _story_year(ctx: _Ctx, y: int, before: str, after: str) -> bool:
    """``setzten die Janitscharen 1703 Sultan Mustafa ab``: in a history, a number among the story's
    years before a name is a year, unless a determiner or a plural noun makes it a quantity."""
    if not (ctx.narrative and ctx.era and ctx.era[0] <= y <= ctx.era[1]) or _DET_BEFORE.search(before):
        return False
    word = _WORD_AFTER.match(after)
    return bool(word) and word.group(1).lower() not in L.COUNT_NOUNS


def _bc_context(ctx: _Ctx, y: int) -> bool:
    """A year without era inside a BC narrative (``im Jahr 480`` after ``490 v. Chr.``)."""
    ref = ctx.anaphoric()
    return bool(ref and ref.year < 0 and y <= -ref.year + 100)


def _n_year(m, ctx, s, e):
    y = int(m["y"])
    bc = m["bc"]
    extra = _mod(m)
    if (m["um"] or m["approx"]) and "mod" not in extra:
        extra["mod"] = "APPROX"
    before = ctx.text[max(0, s - 20):s]
    if m["approx"] and not (bc or m["bcnext"] or m["jahr"] or _BOUND_BEFORE.search(before)):
        return None  # "etwa 1500": a quantity unless an era, "Jahr" or a bound ("bis etwa 1902") says otherwise
    if bc or m["bcnext"]:
        return "DATE", _year(y if bc and "n" in bc else -y), extra
    cue = m["jahr"] or m["pos"] or m["um"]
    if _bc_context(ctx, y) and (cue or y < 1000 and _YEAR_CUE.search(before) and not _QTY_BEFORE.search(before)):
        return "DATE", _year(-y), extra
    if not cue:
        if not 1000 <= y <= 2099:
            return None
        after = ctx.text[e:e + 30]
        if _QTY_BEFORE.search(before) or _UNIT_AFTER.match(after):
            return None
        # "1500 Soldaten": a number of things, unless a cue says it is a year
        if re.match(r"[ \t]+[A-ZÄÖÜ]", after) and not _YEAR_CUE.search(before) and not _story_year(ctx, y, before, after):
            return None
    return "DATE", _year(y), extra


def _n_yearslash(m, ctx, s, e):
    """The "19" of "1918/19", the "65" of "1861–65" and the "00" of "1999/00": the next years."""
    later = int(m["yy"]) > int(m["y0"])
    if not later and ctx.text[s - 1] != "/":
        return None
    return "DATE", _year((int(m["c"]) + (not later)) * 100 + int(m["yy"])), {}


def _n_decade(m, ctx, s, e):
    bc = False
    if m["dec"]:
        dec = m["dec"]
        bc = _bc_context(ctx, int(dec))
        if len(dec) == 2 and not bc:
            dec = f"{_century_of(ctx, int(dec), m['cent'])}{dec}"
        value = ("BC" + dec[:-1].zfill(3)) if bc else dec[:-1]
    else:
        digit = L.DECADE_WORDS[m["decw"].lower()]
        value = f"{_century_of(ctx, digit * 10, m['cent'])}{digit}"
    extra = _mod(m)
    if m["early"] and "mod" not in extra:
        extra["mod"] = L.EARLY_LATE[m["early"].lower()]
    return "DATE", value, extra


def _century_of(ctx: _Ctx, decade: int, named: str | None = None) -> int:
    """Century of ``die 30er Jahre``: the one named (``des 18. Jahrhunderts``); else news look back
    from the dct and a history means the one nearest its "now"."""
    if named:
        return int(named) - 1
    ref = ctx.deictic()
    if ref is None:
        return 19
    century = ref.year // 100
    if ctx.narrative:
        return min((century - 1, century, century + 1), key=lambda c: abs(c * 100 + decade + 5 - ref.year))
    return century - 1 if decade > ref.year % 100 else century


def _bc_century(ctx: _Ctx, n: int) -> bool:
    """``Im 5. Jahrhundert`` in a story told before Christ: the century nearer the story's "now"."""
    ref = ctx.anaphoric() if ctx.narrative else None
    bc_mid = -n * 100 + 50
    return bool(ref and ref.year < 0 and abs(bc_mid - ref.year) <= 500 and abs(bc_mid - ref.year) < abs(n * 100 - 50 - ref.year))


def _n_century(m, ctx, s, e):
    if m["n"]:
        n = int(m["n"])
    else:
        n = L.ORDINAL_WORDS.get(_ORD_RE.fullmatch(m["ow"]).group(1).lower())
    if not n:
        return None
    bc = m["bc"] and "v" in m["bc"] or not m["bc"] and not m["mill"] and _bc_century(ctx, n)
    digits = f"{n - 1}" if m["mill"] else f"{n - 1:02d}"
    extra = _mod(m)
    if m["early"] and "mod" not in extra:
        extra["mod"] = L.EARLY_LATE[m["early"].lower()]
    return "DATE", f"BC{digits}" if bc else digits, extra


def _n_centleft(m, ctx, s, e):
    n = int(m["n"])
    if not 1 <= n <= 21:
        return None
    return "DATE", ("BC" if m["bc"] or _bc_century(ctx, n) else "") + f"{n - 1:02d}", _mod(m)


def _n_season(m, ctx, s, e):
    code = L.SEASONS[m["season"].lower()]
    year = _explicit_year(m, ctx) or (int(m["ly"]) if m["ly"] else None)
    shift = _relative_shift(m["adj"]) if m["srel"] else None
    if year is None:
        before = ctx.text[max(0, s - 12):s]
        if shift is None and not (m["pos"] or re.search(r"(?i:\b(?:im|seit|bis|ab|vom|zum|des|den|dem)\s+)$", before)):
            return None
        ref = ctx.anaphoric() if ctx.narrative or m["srel"] and shift > 0 else ctx.deictic()
        year = ref.year if ref else None
        if shift is None and not ctx.narrative and ref is ctx.dct and ref is not None:
            year = ctx.year_for(L.SEASON_START[code], None, s, e)  # "soll bereits im Sommer ...": last summer
        elif shift is None and ctx.narrative and ref is not None and ctx.rolls_over(ref, L.SEASON_START[code], s, e):
            year += 1  # "Im Herbst 1862 ... Im Frühjahr": the next spring
        if shift and ref:  # "im folgenden Winter": the next one after the reference date
            start = L.SEASON_START[code]
            ahead = ref.month is not None and (start > ref.month if shift > 0 else start + 2 < ref.month)
            year += 0 if ahead else shift
    extra = _mod(m)
    pre = (m["pre"] or "").lower()
    if pre in ("früh", "spät") and "mod" not in extra:
        extra["mod"] = "START" if pre == "früh" else "END"
    return "DATE", f"{_fmt(year)}-{code}", extra


_OF_SOMETHING = re.compile(r"\s+(?:des|der)\s")


def _n_half(m, ctx, s, e):
    n = L.ORDINAL_WORDS.get(_ORD_RE.fullmatch(m["ord"]).group(1).lower())
    kind = m["kind"].lower()
    year = _explicit_year(m, ctx)
    if kind == "hälfte" and year is None and _OF_SOMETHING.match(ctx.text, e):
        return None  # "die zweite Hälfte des kurzen 20. Jahrhunderts", "der Saison": not of a year
    if year is None:
        ref = ctx.anaphoric() if ctx.narrative else ctx.deictic()
        year = ref.year if ref else None
    if "quartal" in kind:
        if not n or n > 4:
            return None
        return "DATE", f"{_fmt(year)}-Q{n}", {}
    if not n or n > 2:
        return None
    return "DATE", f"{_fmt(year)}-H{n}", {}


def _relative_shift(adj: str | None) -> int | None:
    if not adj:
        return None
    a = adj.lower()
    for stem, shift in L.RELATIVE_ADJ.items():
        if a == stem or a.startswith(stem) and len(a) - len(stem) <= 2:
            return shift
    return None


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _n_weekday(m, ctx, s, e):
    wd = L.WEEKDAYS[m["wd"].lower()]
    pod = m["pod"] or m["pod2"] or m["night"]
    rel = m["rel"].lower()[:-1] if m["rel"] else None
    week_shift = {"kommender": 1, "nächster": 1, "vergangener": -1, "letzter": -1, "voriger": -1}.get((m["wrel"] or "").lower())
    if week_shift is not None or m["wrel"]:
        rel = "dies"  # "Dienstag kommender Woche": that weekday in the named week
    ref = ctx.deictic()
    suffix = _pod_suffix(pod)
    if ref is None:
        return "DATE", f"XXXX-WXX-{wd}{suffix}", {}
    today = ref.date
    if today is None:
        prefix = _fmt(ref.year, ref.month)
        return "DATE", f"{prefix}-WXX-{wd}{suffix}", {}
    delta = wd - today.isoweekday()
    if rel and rel.startswith("dies"):
        delta += 7 * (week_shift or 0)
    elif rel and rel.startswith(("kommend", "nächst")):
        delta = delta if delta > 0 else delta + 7
    elif rel and rel.startswith(("vergangen", "letzt", "vorig")):
        delta = delta if delta < 0 else delta - 7
    elif ctx.narrative or ctx.tense(s, e) > 0:  # narratives move forward from the last date
        delta = delta if delta >= 0 else delta + 7
    else:
        delta = delta if delta <= 0 else delta - 7
    day = today + dt.timedelta(days=delta)  # "in der Nacht zum Mittwoch": the night ending on Wednesday
    return "DATE", _fmt(day.year, day.month, day.day) + suffix, {}


def _n_weekend(m, ctx, s, e):
    rel = m["rel"].lower() if m["rel"] else ""
    ref = ctx.deictic()
    if ref is None:
        return "DATE", "XXXX-WXX-WE", {}
    today = ref.date
    if today is None:
        return "DATE", f"{_fmt(ref.year, ref.month)}-WXX-WE", {}
    if rel.startswith("dies"):
        shift = 0
    elif rel.startswith(("kommend", "nächst")):
        shift = 7 if today.isoweekday() >= 6 else 0
    elif rel.startswith(("vergangen", "letzt", "vorig")) or ctx.tense(s, e) <= 0:
        shift = -7 if today.isoweekday() < 6 else 0
    else:
        shift = 0
    return "DATE", _week_value(today + dt.timedelta(days=shift)) + "-WE", {}


def _n_deictic(m, ctx, s, e):
    w = m["w"].lower()
    offset = L.DAY_DEICTICS[w]
    suffix = _pod_suffix(m["pod"])
    if ctx.narrative and w == "heute":
        return "DATE", "PRESENT_REF", {"anchor": _fmt(ctx.dct.year, ctx.dct.month, ctx.dct.day) if ctx.dct else None}
    ref = ctx.dct if not ctx.narrative else ctx.deictic()
    if ref is None or ref.date is None:
        return "DATE", _day_str(ref) + suffix, {}
    day = ref.date + dt.timedelta(days=offset)
    return "DATE", _fmt(day.year, day.month, day.day) + suffix, {}


_POD_CUE = re.compile(r"(?i:\b(?:am|im|bei|in\s+der|gegen|zur|um|nach|vor|im\s+laufe\s+des|bis\s+zum|seit\s+dem)\s+)$")


def _n_pod(m, ctx, s, e):
    rel = m["rel"] or m["rel2"]
    if not rel and not _POD_CUE.search(ctx.text[max(0, s - 20):s]):
        return None
    ref = ctx.anaphoric() if ctx.narrative or rel else (ctx.dct or ctx.ref)
    code = "T24:00" if m["pod"] == "Mitternacht" else "T" + L.PARTS_OF_DAY[m["pod"].lower()]
    shift = _relative_shift(rel.removeprefix("des")) if rel else 0
    if not (rel or ctx.narrative) and m["pod"] == "Nacht" and ref is ctx.dct and ctx.tense(s, e) < 0:
        shift = -1  # "Die Polizei setzte in der Nacht Tränengas ein": the night before publication
    if shift and ref is not None and ref.date:
        return "TIME", _shift(ref, "D", shift) + code, {}
    return "TIME", _day_str(ref) + code, {}


def _n_clock(m, ctx, s, e):
    h = int(m["h"])
    mi = int(m["mi"] or m["mi2"] or 0)
    if h > 24:
        return None
    date = _day_str(ctx.anaphoric() if ctx.narrative else (ctx.dct or ctx.ref))
    tz = ""
    if m["tz"]:
        z = m["tz"].strip().lower()
        tz = "+02" if "sommer" in z or z == "mesz" else "+01" if z in ("mez",) or "mitteleuropäischer" in z else "Z" if z in ("utc", "gmt") else ""
    return "TIME", f"{date}T{h:02d}:{mi:02d}{tz}", {"mod": "APPROX"} if m.groupdict().get("about") else {}


def _shift(ref: Day, unit: str, n: int) -> str | None:
    """``ref`` moved by ``n`` units, at the unit's precision (None if ref is too coarse)."""
    if unit in ("Y", "DE", "CE"):
        k = {"Y": 1, "DE": 10, "CE": 100}[unit]
        return _year(ref.year + n * k)
    if unit in ("M", "Q"):
        if ref.month is None:
            return None
        d = dt.date(max(ref.year, 1), ref.month, 1) + relativedelta(months=n * (3 if unit == "Q" else 1))
        if unit == "Q":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        return _fmt(d.year, d.month)
    if ref.date is None:
        return None
    if unit == "W":
        return _week_value(ref.date + dt.timedelta(weeks=n))
    if unit == "WE":
        return _week_value(ref.date + dt.timedelta(weeks=n)) + "-WE"
    if unit == "D":
        d = ref.date + dt.timedelta(days=n)
        return _fmt(d.year, d.month, d.day)
    return None


def _day_str(ref: Day | None) -> str:
    """The reference day with what is unknown of it as X (``2020-09-XX``, ``2020-XX-XX``)."""
    if ref is None:
        return "XXXX-XX-XX"
    return _fmt(ref.year, ref.month, ref.day) if ref.day else _fmt(ref.year, ref.month) + ("-XX" if ref.month else "-XX-XX")


def _coarse(ref: Day, unit: str) -> str | None:
    """A day, week or month near a reference coarser than that: what is known, the rest X.

    ``vergangene Woche`` with dct ``2020-09`` is ``2020-WXX``; ``am Vortag`` is
    ``2020-09-XX``: the unknown part stays unknown (it may even lie in August)."""
    if unit == "D":
        return _day_str(ref)
    if unit == "W":  # a week need not lie within one month: ISO weeks belong to a year
        return _fmt(ref.year) + "-WXX"
    if unit == "WE":
        return _fmt(ref.year, ref.month) + "-WXX-WE"
    return _fmt(ref.year) + "-XX" if unit == "M" else None


def _anchor_str(ref: Day | None) -> str | None:
    return _fmt(ref.year, ref.month, ref.day) if ref else None


def _n_relunit(m, ctx, s, e):
    shift = _relative_shift(m["adj"])
    if shift is None:
        return None
    unit = _UNIT_FORMS[m["unit"].lower()]
    if re.match(r"(?i:dieser\s+Tage\b)", m.group()):
        return None  # "dieser Tage": an idiom for "nowadays"
    anaphoric = bool(re.match(r"(?i:selb|gleich|derselb|desselb|demselb|folgend|darauffolgend|anschließend|vorangegangen|vorhergehend)", m["adj"]))
    ref = ctx.anaphoric() if anaphoric else ctx.deictic()
    plural = m["unit"].lower() in {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte", "jahrzehnten", "jahrhunderte", "jahrhunderten", "jahrtausende", "jahrtausenden", "quartale", "quartalen", "stunden", "minuten"}
    if m["num"] or plural:
        n = _num(m["num"]) if m["num"] else None
        if plural and n is None and not m["num"]:
            if ctx.narrative or shift == 0:
                return "DURATION", _duration(None, unit), {"anchor": _anchor_str(ref)}
            return "DATE", "FUTURE_REF" if shift > 0 else "PAST_REF", {"anchor": _anchor_str(ref)}
        return "DURATION", _duration(n, unit), _within(ctx, s, {"anchor": _anchor_str(ref)})
    if unit in ("TH", "TM", "TS"):
        return None
    if ref is None:
        return None
    value = _shift(ref, unit, shift) or _coarse(ref, unit)
    if value is None:
        return None
    extra = _mod(m)
    return "DATE", value, extra


def _n_relnoun(m, ctx, s, e):
    unit, shift = L.RELATIVE_NOUNS[m["w"].lower()]
    if shift is None:  # "in den Folgejahren"
        return "DURATION", _duration(None, unit), {"anchor": _anchor_str(ctx.anaphoric())}
    ref = ctx.anaphoric() if shift > 0 else ctx.deictic()
    if ref is None:
        return None
    value = _shift(ref, unit, shift) or _coarse(ref, unit)
    return ("DATE", value, {}) if value else None


def _n_unitafter(m, ctx, s, e):
    if re.search(r"(?i:\bseit\s+)$", ctx.text[max(0, s - 6):s]):
        return None  # "warnt seit Monaten davor": the adverb belongs to the verb
    unit = _UNIT_FORMS[m["unit"].lower()]
    shift = 1 if m["w"].lower() in ("darauf", "danach", "später") else -1
    ref = ctx.years_from(s) if unit == "Y" else ctx.anaphoric()
    if m["unit"].lower() not in ("tag", "tags", "monat", "jahr", "woche"):
        return "DURATION", _duration(None, unit), {"anchor": _anchor_str(ref)}
    if ref is None:
        return None
    value = _shift(ref, unit, shift)
    return ("DATE", value, {}) if value else None


def _n_posunit(m, ctx, s, e):
    if m["comp"]:
        comp = m["comp"].lower()
        unit = "Y" if comp.startswith("jahres") else "M"
        tail = comp[6:]
        mod = {"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END", "wechsel": None, "wende": None}[tail]
        shift = 0
        if tail in ("wechsel", "wende"):  # the turn of the year: first day of the next one ("Jahreswende 1862/63": 1863)
            ref = ctx.anaphoric()
            year = int(m["py"]) + bool(m["pyslash"]) if m["py"] else ref.year + 1 if ref else None
            return ("DATE", _fmt(year, 1, 1), {}) if year else None
    else:
        unit = {"jahres": "Y", "monats": "M", "jahrzehnts": "DE", "jahrhunderts": "CE", "woche": "W"}[m["unit2"].lower()]
        mod = _pos_mod(m)
        shift = _relative_shift(m["adj2"]) or 0
    ref = Day(int(m["py"])) if m["py"] else ctx.deictic()
    if ref is None:
        return None
    if unit == "DE":
        value = _year(ref.year)[:3]
    elif unit == "CE":
        value = _year(ref.year)[:2]
    else:
        value = _shift(ref, unit, shift) or _coarse(ref, unit)
    return ("DATE", value, {"mod": mod}) if value else None


_WITHIN = re.compile(r"(?i:\b(?:innerhalb|binnen)\s+(?:der\s+|des\s+)?)$")


def _within(ctx: _Ctx, s: int, extra: dict) -> dict:
    """``innerhalb (der nächsten) zwei Wochen``: at most that long from the reference date."""
    if _WITHIN.search(ctx.text[max(0, s - 16):s]):
        extra.setdefault("mod", "EQUAL_OR_LESS")
        extra["anchor"] = _anchor_str(ctx.deictic())
    return extra


_IN_FUTURE = re.compile(r"(?<![\w-])[Ii]n\s+$")
_AGE_AFTER = re.compile(r"\s+alt(?:e[nmrs]?)?\b")
_AGE_BEFORE = re.compile(r"(?i:\bAlter\s+von\s+(?:\d+,?\s+)*(?:und\s+|bis\s+)?)$")
_LATER = ("später", "danach", "darauf")
_EARLIER = ("zuvor", "davor", "vorher", "früher")


def _n_duration(m, ctx, s, e):
    unit = _UNIT_FORMS[m["unit"].lower()]
    if unit == "WE":
        return None
    numtext = m["num"]
    n = None if numtext.lower() in L.VAGUE_QUANTIFIERS else _num(numtext)  # "ein paar Wochen": a few
    if n is None and numtext.lower() not in L.VAGUE_QUANTIFIERS:
        return None
    rel = (m["rel"] or "").strip().lower()
    if n is None and rel in _LATER + _EARLIER:  # "wenige Tage später"
        return "DATE", "FUTURE_REF" if rel in _LATER else "PAST_REF", {"anchor": _anchor_str(ctx.anaphoric())}
    if n is not None and not float(n).is_integer() and unit == "Y" and rel in _LATER + _EARLIER:
        n, unit = round(n * 12), "M"  # "ein halbes Jahr später": six months on
    if m["num2"]:
        unit2 = _UNIT_FORMS.get(m["unit2"].lower())
        n2 = _num(m["num2"])
        if unit2 and n is not None and n2 is not None and not unit2.startswith("T") and not unit.startswith("T"):
            return "DURATION", f"P{_qty(n)}{unit}{_qty(n2)}{unit2}", {}
    if not ctx.narrative and unit == "Y" and (_AGE_AFTER.match(ctx.text, e) or _AGE_BEFORE.search(ctx.text, max(0, s - 40), s)):
        return None  # "ein 33 Jahre alter Mann", "im Alter von 45 Jahren": an age (an amount in news)
    modw = (m["modw"] or "").strip().lower()
    extra: dict = {}
    if modw:
        extra["mod"] = "APPROX" if modw in L.APPROX_WORDS else "MORE_THAN" if modw in L.MORE_THAN_WORDS else "LESS_THAN"
    before = ctx.text[max(0, s - 12):s].lower()
    if re.search(r"\bbis\s+zu\s+$", before):
        extra["mod"] = "EQUAL_OR_LESS"  # "bis zu 30 Tage"
    ref = ctx.years_from(s) if unit in ("Y", "DE") else ctx.anaphoric()
    if rel in _LATER + _EARLIER and n is not None and float(n).is_integer():
        sign = 1 if rel in _LATER else -1
        if ref is not None:
            value = _shift(ref, "D" if unit == "W" and ref.day else unit, sign * int(n) * (7 if unit == "W" and ref.day else 1))
            if value and (unit != "D" or ref.day):
                return "DATE", value, extra
        return "DURATION", _duration(n, unit), {**extra, "anchor": _anchor_str(ref)}
    if re.search(r"\bvor\s+$", before) and n is None:  # "vor wenigen Wochen"
        return "DATE", "PAST_REF", {**extra, "anchor": _anchor_str(ctx.deictic())}
    if re.search(r"\bvor\s+$", before) and n is not None and float(n).is_integer():
        ref = ctx.deictic()
        value = _shift(ref, unit, -int(n)) if ref else None
        return ("DATE", value, extra) if value else ("DATE", "PAST_REF", {**extra, "anchor": _anchor_str(ref)})
    if not ctx.narrative and _IN_FUTURE.search(before) and n is not None and float(n).is_integer() \
            and unit in ("D", "W", "M", "Y") and ctx.dct and ctx.tense(s, e) >= 0:
        value = _shift(ctx.dct, unit, int(n)) or _coarse(ctx.dct, unit)  # "in drei Wochen" from the dct
        if value:
            return "DATE", value, extra
    if re.search(r"\bnach\s+$", before) and unit == "D" and not modw and n is not None and float(n).is_integer() and ref is not None \
            and not _NOUN_NEXT.match(ctx.text, e):  # "nach 329 Tagen Belagerung": how long, not when
        value = _shift(ref, unit, int(n))
        if value and (unit != "D" or ref.day):
            return "DATE", value, extra
    return "DURATION", _duration(n, unit), _within(ctx, s, extra)


_NOUN_NEXT = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?![\wäöüß]*\s+(?:[A-ZÄÖÜ]|\d))")


def _n_adjdur(m, ctx, s, e):
    """``27-stündigen``, ``mehrtägigen``: a duration in news (TIMEX2 histories leave such adjectives out)."""
    vague = bool(m["vague"])
    n = None if vague else _num(m["dig"] or m["word"])
    unit = L.ADJ_UNITS[m["u"].lower()]
    modw = (m["modw"] or "").strip().lower()
    if ctx.narrative or not vague and n is None or unit == "Y" and not modw:
        return None
    extra = {"mod": "APPROX" if modw in L.APPROX_WORDS else "MORE_THAN" if modw in L.MORE_THAN_WORDS else "LESS_THAN"} if modw else {}
    return "DURATION", _duration(n, unit), extra


def _n_longadv(m, ctx, s, e):
    return "DURATION", _duration(None, L.LONG_ADVERBS[m["w"].lower()]), {}


_PLURAL_CUE = re.compile(r"(?i:\b(?P<w>seit|für|auf|über|vor|nach|binnen|innerhalb|vor\s+vielen|seit\s+vielen)\s+)$")


def _n_bareplural(m, ctx, s, e):
    cue = _PLURAL_CUE.search(ctx.text[max(0, s - 18):s])
    if not cue and not m["event"]:
        return None
    unit = _UNIT_FORMS[m["unit"].lower()]
    if cue and cue["w"].lower().startswith("vor") and not m["event"]:
        return "DATE", "PAST_REF", {"anchor": _anchor_str(ctx.deictic())}
    return "DURATION", _duration(None, unit), {}


def _n_laufe(m, ctx, s, e):
    unit = {"tages": "D", "monats": "M", "jahres": "Y", "woche": "W"}[m["unit"].lower()]
    ref = Day(int(m["ly"])) if m["ly"] else ctx.anaphoric() if ctx.narrative else ctx.deictic()
    value = _shift(ref, unit, 0) if ref else None
    return ("DATE", value, {}) if value else None


def _n_set(m, ctx, s, e):
    if m["every"]:
        if m["wd"]:
            return "SET", f"XXXX-WXX-{L.WEEKDAYS[m['wd'].lower()]}", {"quant": "EVERY"}
        word = (m["eu"] or m["eunit"]).lower()
        if word in ("morgen", "abend", "nacht"):
            return "SET", "T" + L.PARTS_OF_DAY[word], {"quant": "EVERY"}
        unit = _UNIT_FORMS.get(word)
        if unit is None or unit == "WE":
            return ("SET", "XXXX-WXX-WE", {"quant": "EVERY"}) if word == "wochenende" else None
        return "SET", _duration(1, unit), {"quant": "EVERY"}
    if m["alle"]:
        n = _num(m["n"])
        unit = _UNIT_FORMS.get(m["aunit"].lower())
        if n is None or unit is None or unit == "WE":
            return None
        return "SET", _duration(n, unit), {"quant": "EVERY"}
    if m["times"]:
        n = _num(m["times"])
        return "SET", _duration(1, _UNIT_FORMS[m["punit"].lower()]), {"freq": f"{_qty(n)}X"}
    if m["adv"]:
        return "SET", L.SET_ADVERBS[m["adv"].lower()], {}
    if m["podadv"]:
        code = "T" + L.PART_OF_DAY_ADVERBS[m["podadv"].lower()]
        ref = ctx.anaphoric()
        if ctx.narrative and ref is not None and ref.day:  # a story told day by day: "nachts" is that night
            return "TIME", _day_str(ref) + code, {}
        return "SET", code, {}
    return "SET", f"XXXX-WXX-{L.WEEKDAY_ADVERBS[m['wdadv'].lower()]}", {}


_SURNAME_NEXT = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?<!Abend)(?<!Morgen)\b(?!\s+\d)")


def _n_holiday(m, ctx, s, e):
    name = re.sub(r"\s+", " ", m["hol"].lower())
    year = _explicit_year(m, ctx)
    if year is None and " " not in name and _SURNAME_NEXT.match(ctx.text, e):
        return None  # "Silvester Mazzolini": a first name
    if year is None:
        ref = ctx.deictic()
        year = ref.year if ref else None
    if name in L.HOLIDAYS_FIXED:
        mo, d = L.HOLIDAYS_FIXED[name]
        return "DATE", _fmt(year, mo, d), {}
    if year is None or year <= 0:
        return None
    day = easter(year) + dt.timedelta(days=L.HOLIDAYS_EASTER[name])
    return "DATE", _fmt(day.year, day.month, day.day), {}


def _n_sinceevent(m, ctx, s, e):
    """``seit der Abstimmung``: since the date the text gave that event (``Abstimmung am 9. August``).

    News only, and only when the text dated the event itself; an undated
    event is an event, not a time."""
    if ctx.narrative:
        return None
    dated = re.compile(re.escape(m["noun"]) + r"\s+(?:(?:am|vom|im|des)\s+)?$")
    for t in reversed(ctx.found):
        head = dated.search(ctx.text, max(0, t["start"] - 40), t["start"]) if t["type"] == "DATE" else None
        if head:
            noun_end = head.start() + len(m["noun"])
            event = {"start": head.start(), "end": noun_end, "text": ctx.text[head.start():noun_end]}
            return "DATE", t["value"], {"mod": "ON_OR_AFTER", "event": event}
    return None


_PARTICLE_NEXT = re.compile(r"(?<=Nun)\s*,|\s+(?:ein)?mal\b")  # "Nun, ...", "das ist nun mal so": a particle
_NUMBER_NEXT = re.compile(r"\s+(?:bei\s+|um\s+|auf\s+)?\d")  # "kostete zuletzt 1,06 Dollar": a price, not a time


def _n_ref(m, ctx, s, e):
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w in L.PAST_REF_NEWS_WORDS | L.PRESENT_REF_NEWS_WORDS:
        if ctx.narrative or _NUMBER_NEXT.match(ctx.text, e) or _PARTICLE_NEXT.match(ctx.text, e) or re.search(r"(?i:\b(?:nicht|erst|bis|ganz)\s+)$", ctx.text[max(0, s - 8):s]):
            return None
    value = ("PAST_REF" if w in L.PAST_REF_WORDS | L.PAST_REF_NEWS_WORDS
             else "PRESENT_REF" if w in L.PRESENT_REF_WORDS | L.PRESENT_REF_NEWS_WORDS else "FUTURE_REF")
    ref = ctx.anaphoric() if value == "FUTURE_REF" and ctx.narrative else ctx.deictic()
    return "DATE", value, {"anchor": _anchor_str(ref)}


_NORMALISERS = {name: globals()[f"_n_{name}"] for name in _RAW_PATTERNS}
# Expressions whose own words make them anaphoric keep their article (TIMEX2 practice).
# TIMEX2 practice: decades and anaphoric phrases keep a non-genitive article
# ("in den folgenden Monaten"), dates do not ("seit dem 9. August").
_KEEP_ARTICLE = {"decade"}
_ANAPHORS = {"relunit", "unitafter", "relnoun", "ref", "bareplural"}
_GENITIVE_PREPS = {"innerhalb", "binnen", "während"}
_BOUND_MODS = {"seit": "ON_OR_AFTER", "ab": "ON_OR_AFTER", "bis": "ON_OR_BEFORE", "vor": "BEFORE", "nach": "AFTER"}
_SAME = re.compile(r"(?i:selb|gleich|derselb|desselb|demselb|dies)")


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, int, str, re.Match]]:
    found, has = [], _Keys(text, start, end)
    for rank, (name, rx) in enumerate(_PATTERNS):
        if not has(name):
            continue
        for m in rx.finditer(text, start, end):
            if m.end() > m.start():
                found.append((m.start(), m.end(), rank, name, m))
    return found


class _Keys:
    """Whether ``text[start:end]`` has a pattern's key word (each key tested once)."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.seen: dict[tuple[str, bool], bool] = {}
        self.lower: str | None = None  # the lower-cased text, once needed

    def __call__(self, name: str) -> bool:
        lower = name in _LOWER_KEYS
        key = _LOWER_KEYS[name] if lower else _KEYS.get(name)
        if key is None:
            return True
        if (key, lower) not in self.seen:
            self.seen[key, lower] = bool(self._search_lower(key) if lower
                                         else _KEY_RX[key].search(self.text, self.start, self.end))
        return self.seen[key, lower]

    def _search_lower(self, key: str):
        if self.lower is None:
            chunk = self.text[self.start:self.end]
            if _LOWER_UNSAFE.search(chunk):
                return re.search(key, chunk, re.IGNORECASE)
            self.lower = chunk.lower()
        return _KEY_RX[key].search(self.lower)


def _select(found):
    """Longest match first, then earlier pattern; no overlaps."""
    chosen: list[tuple] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        s, e = cand[0], cand[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


# Values that move the narrative's "now": dates and times, and the year of seasons, quarters, halves, weeks.
_REF_VALUE = re.compile(r"(?P<bc>BC)?(?P<y>\d{4})(?:(?:-\d\d(?:-\d\d)?)?(?:T|$)|-(?P<part>SP|SU|FA|WI|Q\d|H\d|W\d\d))")


def _update_ref(ctx: _Ctx, value: str, end: int) -> None:
    """Last mentioned date; a coarser mention of the same period keeps the finer one."""
    m = _REF_VALUE.match(value)
    if not m:
        return
    if m["bc"]:
        day = Day(-int(m["y"]))
    elif m["part"]:  # a season, quarter, half or week: only its year is a date
        day = Day(int(m["y"]))
        ctx.part_month = L.SEASON_START.get(m["part"])
    else:
        day = Day.parse(value)
    if ctx.era and day.month is None and not _in_era(ctx, day) and ctx.ref and _in_era(ctx, ctx.ref):
        ctx.remark, ctx.remark_end = day, end
        return  # a year far outside the story's years is a remark, not its new "now"
    old = ctx.ref
    if old and old.year == day.year and (day.month is None or day.month == old.month and day.day is None):
        return
    ctx.ref = day
    ctx.ref_end = end
    if not m["part"]:
        ctx.part_month = None



_LIFESPAN = re.compile(r"\d{3,4}\s*[–-]\s*\d{2,4}\)")
_RANGE_GAP = re.compile(r"\s*(?:/|–|-|bis(?:\s+zum|\s+zur)?)\s*")
_BIS_NEAR = 5  # years: a bound further off is a side remark
_COMPARISON = re.compile(r"(?i:\bwie\s+(?:bereits|schon|zuvor|einst|damals|auch)?\s*)$")
_PAREN_GAP = re.compile(r"\s*[(\[]\s*(?:(?i:alten\s+Stils|a\.\s*St\.|julianisch\w*)\s*:?\s*)?")
_OF_YEAR_BEFORE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*\s+von\s+$")
# "Nach der Doppelwahl von 1198, bei der ...": a relative clause tells what happened then
_REL_CLAUSE = re.compile(r",\s+(?:(?:bei|in|an|auf|mit|nach|während|durch|unter)\s+)?(?:der|dem|den|die|das|denen|welche[mnrs]?)\s")
_TARGET_BEFORE = re.compile(r"(?i:\b(?:auf|für)\s+(?:den|dem)\s+)$")
_SINCE_BEFORE = re.compile(r"(?i:\bseit\s+(?:de[mnr]\s+)?)$")
_SOURCE_BEFORE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*\s+aus\s+(?:dem\s+)?$")


def _relational(text: str, item: dict, before: list[dict], ref: Day | None) -> bool:
    """A range end, a ``seit/ab`` bound, a comparison or a parenthetical: a side remark, not the narrative's new "now".

    ``bis`` near the current date moves it: the narrative has got there ("Bis zum
    1. Februar 1861 folgten ..."); a distant one does not ("wie sie bis 1989 Bestand hatte").
    """
    sig = item.get("signal")
    word = sig["text"].split()[0].lower() if sig else None
    if word in ("seit", "ab") or _SINCE_BEFORE.search(text, max(0, item["start"] - 10), item["start"]):
        return True
    if word == "bis" and ref and (day := Day.parse(item["value"])) and abs(day.year - ref.year) > _BIS_NEAR:
        return True
    if _COMPARISON.search(text, max(0, item["start"] - 20), item["start"]):
        return True  # "wie bereits 1911"
    if _TARGET_BEFORE.search(text, max(0, item["start"] - 12), item["start"]):
        return True  # "eine Verschiebung auf den 31. Januar 2020", "eine Wahl für den 12. Dezember": planned, not reached
    if (_OF_YEAR_BEFORE.search(text, max(0, item["start"] - 45), item["start"])
            or _SOURCE_BEFORE.search(text, max(0, item["start"] - 50), item["start"])) \
            and not _RANGE_GAP.match(text, item["end"]) and not _REL_CLAUSE.match(text, item["end"]) \
            and re.fullmatch(r"(?:BC)?\d{4}", item["value"]):
        return True  # "die Grenzen von 1806", "Erinnerungen aus dem Jahr 1920": an older state of things, a source
    if _LIFESPAN.match(text, item["start"]) and text[item["start"] - 1:item["start"]] in ("(", "*"):
        return True  # "(1807–1870)": someone's life dates
    prev = before[-1] if before else None
    core = sig["end"] if sig else item["start"]  # "1914 bis 1918": the gap holds the signal
    # "am 10. November (28. Oktober)": the same day in another calendar
    return bool(prev and (_RANGE_GAP.fullmatch(text, prev["end"], core)
                          or _PAREN_GAP.fullmatch(text, prev["end"], item["start"])))


def find_timexes(text: str, start: int = 0, end: int | None = None, dct: str | None = None,
                 narrative: bool = False) -> list[dict]:
    """Time expressions in ``text[start:end]`` with absolute offsets and TIMEX3 values.

    ``dct``: document date as known (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).
    ``narrative``: resolve deictic expressions against the last mentioned date
    (histories) instead of the document date (news).
    """
    end = len(text) if end is None else end
    found = _candidates(text, start, end)
    ctx = _Ctx(text, dct, narrative)
    if narrative:  # a first pass finds the period the history is about and the first year it names
        first = _tag(text, start, found, _Ctx(text, dct, narrative))
        ctx.era = _era(first)
        ctx.lead = _lead(first)
    return _tag(text, start, found, ctx)


def _in_era(ctx: _Ctx, day: Day) -> bool:
    return ctx.era[0] <= day.year <= ctx.era[1]


def _lead(found: list[dict]) -> Day | None:
    """The year of the first date that names one: what a history's year-less opening dates belong to."""
    for t in found:
        m = _REF_VALUE.match(t["value"])
        if m and m["y"].lstrip("0") in t["text"]:
            return Day(-int(m["y"])) if m["bc"] else Day(int(m["y"]))
    return None


_ERA_MARGIN = 5  # years at least, either side of the middle half of the story's years


def _era(found: list[dict]) -> tuple[float, float] | None:
    """The years a narrative is about: the mentioned years without outliers (Tukey's fences).

    A remark far outside them ("Weizsäcker sagte 1985, der 8. Mai ...") is no new
    reference time for the next year-less date."""
    years = sorted(int(m["y"]) * (-1 if m["bc"] else 1) for t in found
                   if (m := _REF_VALUE.match(t["value"])) and m["y"].lstrip("0") in t["text"])  # years the text names
    if len(years) < 4:
        return None
    q1, q3 = years[len(years) // 4], years[3 * len(years) // 4]
    margin = max(1.5 * (q3 - q1), _ERA_MARGIN)
    return q1 - margin, q3 + margin


_APPOSITION = re.compile(r",\s*(?:(?:dem|den)\s+)?")
_EXPLICIT = {"daymonth", "numdate", "isodate"}
_RESOLVABLE = {"relunit", "relnoun", "unitafter", "duration", "weekday", "pod"}


def _attach_signal(text: str, start: int, item: dict, name: str, m: re.Match) -> None:
    """Extend ``item`` over its leading preposition (and article) and derive the bound mod it gives."""
    s, e, typ = item["start"], item["end"], item["type"]
    sig = _SIGNAL.search(text, max(start, s - 30), s)
    if sig and (name in ("duration", "bareplural", "year") and sig["sig"].lower() == "von" and not _RANGE_GAP.match(text, e)
                or name in ("longadv", "adjdur")):
        sig = None  # "eine Laufzeit von zwölf Monaten", "der Weltmeister von 1990", "nach tagelangem Streit"
    if sig and sig["sig"].lower() == "seit" and typ in ("DATE", "TIME") and name != "sinceevent":
        item.setdefault("mod", "ON_OR_AFTER")  # "seit Anfang Mai": the bound is a mod, the span the date
        sig = None
    if not sig:
        art = _ARTICLE_BEFORE.search(text, max(start, s - 5), s) if name in ("relunit", "relnoun") else None
        if art:  # "für die kommenden Tage", "das folgende Kriegsjahr": the anaphor keeps its article
            item["start"], item["text"] = art.start(), text[art.start():e]
        return
    item["start"] = sig.start()
    item["text"] = text[sig.start():e]
    word = sig["sig"].lower()
    # "am selben Tag", "an diesem Tag": the preposition is part of the anaphor itself
    same = name == "relunit" and sig["art"] is None and word in ("am", "im", "an") and _SAME.match(m["adj"])
    if not (same or name == "duration" and word == "nach" and typ == "DATE"):
        keep_art = name in _KEEP_ARTICLE or (
            name in _ANAPHORS and sig["art"] and sig["art"].lower() != "des" and word not in _GENITIVE_PREPS)
        sig_end = sig.end("art") if sig["art"] and not keep_art else sig.end("sig")
        item["signal"] = {"start": sig.start(), "end": sig_end, "text": text[sig.start():sig_end]}
    bound = _BOUND_MODS.get(word.split()[0])
    if bound and typ in ("DATE", "TIME") and name not in ("duration", "bareplural") and "mod" not in item:
        item["mod"] = bound  # "seit 2015": from then on


def _looks_back(name: str, m: re.Match) -> bool:
    """``im Vorjahr``, ``zehn Jahre zuvor``: a glance back from the story's "now", which stays where it was."""
    if name == "relnoun":
        return (L.RELATIVE_NOUNS[m["w"].lower()][1] or 0) < 0
    if name in ("duration", "unitafter"):
        w = (m.groupdict().get("rel") or m.groupdict().get("w") or "").strip().lower()
        return w in _EARLIER
    return False


_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:[Dd](?:er|ie|as|en|em))\s+$")


def _tag(text: str, start: int, found: list[tuple], ctx: _Ctx) -> list[dict]:
    """Normalise the selected candidates in text order, tracking the reference time."""
    out: list[dict] = []
    kinds: list[str] = []  # the pattern that found each of ``out``
    stack = _select(found)[::-1]  # next candidate last
    tried: set[int] = set()
    while stack:
        cand = stack.pop()
        s, e, _, name, m = cand
        tried.add(id(cand))
        norm = _NORMALISERS[name](m, ctx, s, e)
        if norm is None:
            # the longest reading was no timex ("etwa 1500"): its parts may still be one
            stack.extend(_select([c for c in found if s <= c[0] and c[1] <= e and id(c) not in tried])[::-1])
            continue
        typ, value, extra = norm
        item = {"start": s, "end": e, "text": text[s:e], "type": typ, "value": value}
        item.update({k: v for k, v in extra.items() if v is not None})
        _attach_signal(text, start, item, name, m)
        if typ in ("DATE", "TIME") and not _relational(text, item, out, ctx.ref) and not (ctx.narrative and _looks_back(name, m)):
            _update_ref(ctx, value, e)
        if name in _EXPLICIT and out and (kinds[-1] in _RESOLVABLE or kinds[-1] == "ref" and out[-1]["value"] in ("FUTURE_REF", "PAST_REF")) \
                and _APPOSITION.fullmatch(text, out[-1]["end"], item["start"]):
            out[-1].update(type="DATE", value=value)  # "am Folgetag, dem 16. November": the text says which day
        out.append(item)
        kinds.append(name)
        ctx.found = out
    return out
