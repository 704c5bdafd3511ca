"""German number vocabulary for :mod:`depesche.amounts` (data only).

Cardinal and ordinal number words come from :mod:`depesche.lang.de_time`
(one list for both modules); this file adds scale words, fractions, vague
plurals and the units amounts are measured in, each with its inflected and
abbreviated forms.
"""

# Scale words after a number: "3,5 Mrd.", "eine Million".
SCALES = {
    "tsd.": 1e3, "tausend": 1e3,
    "mio.": 1e6, "mio": 1e6, "million": 1e6, "millionen": 1e6,
    "mrd.": 1e9, "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "bio.": 1e12, "billion": 1e12, "billionen": 1e12,
}

# "zwei Drittel", "ein Viertel", "die Hälfte".
FRACTIONS = {
    "hälfte": 1 / 2, "drittel": 1 / 3, "viertel": 1 / 4, "fünftel": 1 / 5, "sechstel": 1 / 6,
    "achtel": 1 / 8, "zehntel": 1 / 10, "hundertstel": 1 / 100,
}

# Vague plural quantities: "Tausende Menschen" (value = the order of magnitude).
VAGUE_PLURALS = {
    "dutzende": 12, "dutzenden": 12, "hunderte": 100, "hunderten": 100, "tausende": 1000, "tausenden": 1000,
    "zehntausende": 10_000, "zehntausenden": 10_000, "hunderttausende": 100_000, "hunderttausenden": 100_000,
    "millionen": 1e6, "milliarden": 1e9,
}

# Surface form (lower case) -> unit code in the record.
UNITS = {
    "prozent": "percent", "%": "percent", "prozentpunkte": "percentage_points", "prozentpunkten": "percentage_points",
    "euro": "EUR", "eur": "EUR", "€": "EUR", "cent": "EUR_cent",
    "dollar": "USD", "us-dollar": "USD", "usd": "USD", "$": "USD",
    "franken": "CHF", "chf": "CHF", "pfund": "GBP", "gbp": "GBP", "rubel": "RUB", "yen": "JPY", "yuan": "CNY",
    "griwna": "UAH", "zloty": "PLN", "kronen": "SEK",
    "grad": "degrees", "°c": "celsius", "grad celsius": "celsius",
    "kilometer": "km", "km": "km", "meter": "m", "m": "m", "zentimeter": "cm", "cm": "cm", "quadratkilometer": "km2", "km²": "km2",
    "tonnen": "t", "tonne": "t", "t": "t", "kilogramm": "kg", "kilo": "kg", "kg": "kg", "gramm": "g",
    "liter": "l", "barrel": "barrel", "hektar": "ha",
    "sekunde": "seconds", "sekunden": "seconds", "minute": "minutes", "minuten": "minutes",
    "stunde": "hours", "stunden": "hours", "tag": "days", "tage": "days", "tagen": "days",
    "woche": "weeks", "wochen": "weeks", "monat": "months", "monate": "months", "monaten": "months",
    "jahr": "years", "jahre": "years", "jahren": "years", "jahrzehnte": "decades", "jahrzehnten": "decades",
}
# Units that can stand right after the digits without a space ("5%", "10km").
GLUED_UNITS = {"%", "€", "$", "km", "m", "cm", "kg", "t", "°c", "km²"}
# Currency signs written before the number ("$ 5", "€10").
PREFIX_CURRENCY = {"$": "USD", "€": "EUR", "us$": "USD"}

# Words before a number saying how a value relates to it.
RELATIONS = {"um": "by", "auf": "to", "von": "from"}
APPROX = {"rund", "etwa", "ungefähr", "circa", "ca.", "zirka", "knapp", "fast", "beinahe", "gut", "mehr als", "über", "weniger als", "unter", "mindestens", "höchstens", "bis zu"}

# Nouns after a bare number that are not counted things (units of time are
# amounts above; these are dates, clock times, ranks or parts of names).
NOT_COUNTED = {"uhr", "jahrhundert", "jahrhunderts", "jh.", "mal", "prozent", "januar", "februar", "märz", "april",
               "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}
