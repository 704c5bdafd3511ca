"""German time vocabulary for :mod:`depesche.timex` (data only, our own lists).

Keys are lower-case surface forms; the tagger matches case-insensitively
where German allows it and case-sensitively where case disambiguates
(``morgen`` = tomorrow, ``Morgen`` = morning).
"""

MONTHS = {
    "januar": 1, "jänner": 1, "jan.": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb.": 2, "febr.": 2, "feb": 2,
    "märz": 3, "mär.": 3, "mrz.": 3,
    "april": 4, "apr.": 4,
    "mai": 5,
    "juni": 6, "jun.": 6,
    "juli": 7, "jul.": 7,
    "august": 8, "aug.": 8,
    "september": 9, "sept.": 9, "sep.": 9,
    "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11,
    "dezember": 12, "dez.": 12,
}
# Month names that are also common first names or words: only taken as a
# month with a day, a year or a time cue next to them.
AMBIGUOUS_MONTHS = {"august", "mai", "jan", "feb", "jan.", "feb.", "apr.", "jun.", "jul.", "aug.", "nov.", "sep."}

# ISO weekday numbers; genitive/plural forms and the adverbial -s forms.
WEEKDAYS = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4,
    "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7,
}

# Compound parts of day (``Mittwochabend``, ``am Morgen``) -> TIMEX3 codes.
PARTS_OF_DAY = {
    "morgen": "MO", "früh": "MO", "frühe": "MO", "vormittag": "MO",
    "mittag": "MI", "nachmittag": "AF", "abend": "EV", "nacht": "NI",
    "morgenstunden": "MO", "vormittagsstunden": "MO", "mittagsstunden": "MI", "nachmittagsstunden": "AF",
    "abendstunden": "EV", "nachtstunden": "NI",
    "morgengrauen": "MO", "tagesanbruch": "MO", "morgendämmerung": "MO", "abenddämmerung": "EV",
}

SEASONS = {
    "frühjahr": "SP", "frühling": "SP", "lenz": "SP",
    "sommer": "SU", "herbst": "FA", "winter": "WI",
}

# First month of each season ("im folgenden Winter" after a date in March is that year's).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Fixed-date holidays (month, day) and Easter-relative ones (days from Easter Sunday).
HOLIDAYS_FIXED = {
    "neujahr": (1, 1), "neujahrstag": (1, 1), "heiligabend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "silvester": (12, 31),
    "tag der arbeit": (5, 1), "tag der deutschen einheit": (10, 3), "allerheiligen": (11, 1),
"valentinstag": (2, 14), "dreikönigstag": (1, 6),
}
HOLIDAYS_EASTER = {
    "rosenmontag": -48, "aschermittwoch": -46, "gründonnerstag": -3, "karfreitag": -2,
    "ostern": 0, "ostersonntag": 0, "ostermontag": 1, "christi himmelfahrt": 39,
    "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50, "fronleichnam": 60,
}

NUMBER_WORDS = {
    "null": 0, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "eins": 1,
    "zwei": 2, "zweier": 2, "drei": 3, "dreier": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "einhundert": 100, "tausend": 1000, "dutzend": 12, "anderthalb": 1.5,
    "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5, "halb": 0.5, "halbe": 0.5, "halben": 0.5,
    "halbes": 0.5,
}
# Vague quantities: the unit is known, the number is not (TIMEX3 ``PXY``).
VAGUE_QUANTIFIERS = {
    "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "wenige", "wenigen", "weniger",
    "viele", "vielen", "vieler", "etliche", "etlichen", "zahlreiche", "zahlreichen", "ein paar", "paar",
}

# Ordinal stems; the tagger adds the endings (erste, ersten, erster, erstes, erstem).
ORDINAL_WORDS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
    "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17,
    "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21,
}

# Decade words: ``die Achtzigerjahre``, ``in den zwanziger Jahren``.
DECADE_WORDS = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
    "siebziger": 7, "achtziger": 8, "neunziger": 9,
}

# Unit forms -> TIMEX3 duration unit; "T" prefix marks time units.
UNITS = {
    "sekunde": "TS", "sekunden": "TS",
    "minute": "TM", "minuten": "TM",
    "stunde": "TH", "stunden": "TH",
    "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "tags": "D",
    "woche": "W", "wochen": "W",
    "wochenende": "WE", "wochenenden": "WE",
    "monat": "M", "monate": "M", "monaten": "M", "monats": "M", "monates": "M",
    "quartal": "Q", "quartale": "Q", "quartalen": "Q", "quartals": "Q",
    "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "jahrs": "Y",
    "kriegsjahr": "Y", "kriegsjahre": "Y", "kriegsjahren": "Y", "kriegsjahres": "Y",
    "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE", "jahrzehnts": "DE", "jahrzehntes": "DE",
    "jahrhundert": "CE", "jahrhunderte": "CE", "jahrhunderten": "CE", "jahrhunderts": "CE",
    "jahrtausend": "ML", "jahrtausende": "ML", "jahrtausenden": "ML", "jahrtausends": "ML",
}

# Adjectives of length (``27-stündig``, ``dreitägig``); ``-jährig`` is mostly an age (``der 45-jährige``),
# a length only with an approximation (``nach mehr als zweijährigen Ermittlungen``).
ADJ_UNITS = {"sekündig": "TS", "minütig": "TM", "stündig": "TH", "tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y"}

# ``jahrelang``, ``wochenlang``: a vague duration of that unit.
LONG_ADVERBS = {
    "sekundenlang": "TS", "minutenlang": "TM", "stundenlang": "TH", "tagelang": "D",
    "wochenlang": "W", "monatelang": "M", "jahrelang": "Y", "jahrzehntelang": "DE",
    "jahrhundertelang": "CE",
}

# Frequency adverbs and adjectives -> SET period.
SET_ADVERBS = {
    "stündlich": "PT1H", "täglich": "P1D", "tagtäglich": "P1D", "allabendlich": "P1D",
    "wöchentlich": "P1W", "allwöchentlich": "P1W", "monatlich": "P1M", "vierteljährlich": "P3M",
    "quartalsweise": "P3M", "halbjährlich": "P6M", "jährlich": "P1Y", "alljährlich": "P1Y",
}
# ``montags``, ``abends``: every such day / part of day.
WEEKDAY_ADVERBS = {
    "montags": 1, "dienstags": 2, "mittwochs": 3, "donnerstags": 4, "freitags": 5,
    "samstags": 6, "sonnabends": 6, "sonntags": 7,
}
PART_OF_DAY_ADVERBS = {"morgens": "MO", "vormittags": "MO", "mittags": "MI", "nachmittags": "AF", "abends": "EV", "nachts": "NI"}

# Deictic day words relative to the document date, in days.
DAY_DEICTICS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}

# Vague references to past / present / future (TIMEX3 *_REF values).
# Narrative-only words such as ``damals``/``später`` are left out: they mostly
# relate events to each other, not to a time.  ``zuletzt`` means "recently" in
# news but "finally" in narratives, so it is a news-only word.
PAST_REF_WORDS = {"kürzlich", "jüngst", "unlängst", "neulich", "vor kurzem", "vor kurzer zeit", "kurz zuvor", "kurz vorher", "wenig zuvor", "zwischenzeitlich"}
PAST_REF_NEWS_WORDS = {"zuletzt"}
# ``nun``, ``bislang``: "by now" in news, mere sequence in narratives.
PRESENT_REF_NEWS_WORDS = {"nun", "bislang", "bisher"}
PRESENT_REF_WORDS = {"diesem zeitpunkt", "diesen zeitraum", "diesem zeitraum", "derzeit", "zurzeit", "gegenwärtig", "jetzt", "momentan", "heutzutage"}
FUTURE_REF_WORDS = {
    "bald", "demnächst", "künftig", "zukünftig", "in zukunft", "in kürze", "kurz darauf", "kurz danach",
    "wenig später", "kurze zeit später", "bald darauf", "bald danach", "folgezeit",
}

# Relative adjectives (inflected forms map to the stem's offset): -1 past, 0 this, +1 next.
RELATIVE_ADJ = {
    "vergangen": -1, "letzt": -1, "vorig": -1, "vorangegangen": -1, "vorhergehend": -1, "zurückliegend": -1,
    "neu": 1, "dies": 0, "diesj": 0, "laufend": 0, "selb": 0, "gleich": 0, "derselb": 0, "desselb": 0, "demselb": 0, "aktuell": 0,
    "nächst": 1, "kommend": 1, "folgend": 1, "darauffolgend": 1, "anschließend": 1, "bevorstehend": 1,
}
# Compound nouns of the same meaning (``im Vorjahr``, ``des Folgejahres``).
RELATIVE_NOUNS = {
    "vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "folgejahr": ("Y", 1), "folgejahres": ("Y", 1),
    "vormonat": ("M", -1), "vormonats": ("M", -1), "folgemonat": ("M", 1), "folgemonats": ("M", 1),
    "vorwoche": ("W", -1), "folgewoche": ("W", 1), "vortag": ("D", -1), "vortages": ("D", -1),
    "gesamtjahr": ("Y", 0), "gesamtjahres": ("Y", 0), "folgetag": ("D", 1), "folgetages": ("D", 1),
    "folgejahre": ("Y", None), "folgejahren": ("Y", None), "folgemonate": ("M", None), "folgemonaten": ("M", None),
    "folgetage": ("D", None), "folgetagen": ("D", None), "folgewochen": ("W", None),
}

# Position words in a period: ``Anfang März``, ``Mitte der 90er Jahre``.
POSITIONS = {
    "anfang": "START", "beginn": "START", "frühjahr": "START", "mitte": "MID", "ende": "END",
    "jahresanfang": "START", "jahresbeginn": "START", "jahresmitte": "MID", "jahresende": "END",
    "monatsanfang": "START", "monatsmitte": "MID", "monatsende": "END",
}
# ``die frühen 30er Jahre``, ``des ausgehenden 16. Jahrhunderts``: the part of a decade or century.
EARLY_LATE = {
    "frühen": "START", "späten": "END", "ausgehenden": "END", "beginnenden": "START",
    "endenden": "END", "mittleren": "MID",
    "frühe": "START", "späte": "END", "ausgehende": "END", "beginnende": "START", "mittlere": "MID",
}
# Units of measure: "1600 km" is a distance, not a year.
MEASURE_UNITS = {
    "km", "m", "cm", "mm", "kg", "g", "t", "ha", "qm", "km²", "m²", "l", "PS", "kW", "MW", "%", "‰",
    "Meter", "Metern", "Kilometer", "Kilometern", "Meilen", "Tonnen", "Kilogramm", "Hektar", "Quadratkilometer",
}
# Modifiers before a quantity or date.
APPROX_WORDS = {"etwa", "rund", "ungefähr", "circa", "ca.", "zirka", "knapp", "fast", "beinahe", "gegen"}
MORE_THAN_WORDS = {"mehr als", "länger als", "mindestens", "gut"}  # "gut drei Jahre": a little more
LESS_THAN_WORDS = {"weniger als", "unter", "kürzer als", "höchstens"}

# Temporal prepositions kept in a timex span as its signal (``am 9. August``, ``seit drei Jahren``);
# ``für`` and ``über`` (``für kommende Woche``) stay outside.
SIGNALS = {
    "am", "an", "im", "in", "um", "seit", "ab", "bis", "bis zum", "bis zur", "bis in die", "vom", "von",
    "zum", "zur", "nach", "vor", "während", "innerhalb", "binnen",
}

# Sentence cues for tense: future (or plan) versus past reading of weekdays/dates.
# The nearest cue in the sentence wins; with none the past reading is taken.
FUTURE_CUES = {
    "will", "wollen", "wolle", "wollten", "soll", "sollen", "solle", "wird", "werden", "werde",
    "plant", "planen", "plane", "geplant", "bevorstehend", "anstehend", "erwartet", "erwarten",
    "stattfinden", "dürfte", "dürften", "könnte", "könnten", "morgen", "voraussichtlich", "demnächst",
}
# Future cues that report the past with a perfect infinitive (``soll ... angegriffen haben``).
MODAL_CUES = {"will", "wollen", "wolle", "wollten", "soll", "sollen", "solle", "dürfte", "dürften", "könnte", "könnten"}
PAST_CUES = {
    "hatte", "hatten", "hat", "haben", "habe", "war", "waren", "wurde", "wurden", "worden",
    "sagte", "sagten", "erklärte", "teilte", "kündigte", "berichtete", "gab", "gestern",
    "musste", "mussten", "konnte", "konnten", "durfte", "durften",
}

# A narrative steps back in time (a month before the last one named is then not the next year's).
FLASHBACK_CUES = {"hatte", "hatten", "zuvor", "bereits", "schon", "vorher", "damals", "seit"}

# Nouns that a number counts ("1500 Soldaten", "2000 Dörfer"): after them a year-like number is a quantity.
COUNT_NOUNS = {
    "mann", "soldaten", "menschen", "personen", "leute", "tote", "toten", "verwundete", "verwundeten",
    "gefangene", "gefangenen", "einwohner", "einwohnern", "bewohner", "opfer", "kämpfer", "krieger",
    "reiter", "matrosen", "offiziere", "zivilisten", "flüchtlinge", "juden", "arbeiter", "bauern",
    "häftlinge", "sklaven", "schiffe", "boote", "flugzeuge", "panzer", "geschütze", "kanonen", "gewehre",
    "fahrzeuge", "dörfer", "häuser", "gebäude", "kilometer", "meter", "meilen", "tonnen", "stück",
    "exemplare", "mitglieder", "stimmen", "einheiten", "divisionen", "kompanien", "pferde", "rinder",
    "mark", "taler", "gulden", "dukaten", "pfund", "franken", "dollar", "euro", "rubel", "lire",
}
