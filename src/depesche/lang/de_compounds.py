"""German compound vocabulary for :mod:`depesche.compounds` (data only)."""

# Linking elements (Fugenelemente) between modifier and head: "Bundestag-s-wahl",
# "Arbeit-s-markt", "Sonne-n-schein", "Kind-er-garten"; "" first (no link).
LINKS = ("", "s", "es", "n", "en", "e", "er", "ens")

# Endings that are words of their own but in compounds are derivational
# suffixes, not heads: "Wissen-schaft" is not a kind of "Schaft".
NOT_HEADS = frozenset("""
schaft schaften heit heiten keit keiten lich liche lichen licher isch ische ischen ischer chen lein ling linge
lingen ismus ismen weise haft hafte haften tums nisse nissen ionen ität itäten ieren ierung ierungen
lose losen bare baren same samen
""".split())

# Prefixes and particles that make verbs and nouns ("Unter-schrift",
# "Gegen-stand"), not modifiers a reader would search for.
NOT_MODIFIERS = frozenset("""
nach über unter gegen wider durch hinter zwischen ober inner außer entgegen zurück voraus heraus herein
hinaus hinein dazu davon daran darauf zusammen miteinander auseinander selbst wieder
""".split())
