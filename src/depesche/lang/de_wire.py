"""Layout conventions of German-language news wires."""

# Agency names as they appear in the dateline parenthesis, canonical spelling.
AGENCIES = {
    "dpa": "dpa", "dpa-afx": "dpa-AFX", "dpa-af": "dpa-AFX", "afx": "dpa-AFX",
    "reuters": "Reuters", "afp": "AFP", "apa": "APA", "ap": "AP", "kna": "KNA",
    "epd": "epd", "sda": "sda", "sda-ats": "sda", "ddp": "ddp", "dapd": "dapd",
    "dts": "dts", "idea": "idea", "sid": "SID", "ots": "ots", "awp": "AWP",
    "bloomberg": "Bloomberg", "dow jones": "Dow Jones", "rtr": "Reuters", "kathpress": "Kathpress",
}

# Opening parentheticals of corrected or repeated dispatches.
CORRECTION_WORDS = (
    "Wiederholung", "Berichtigung", "Korrektur", "Neufassung", "Aktualisierung",
    "Ergänzung", "Zusammenfassung", "neu", "Eilmeldung", "Vorab", "Achtung",
)

# Capitalised words that can precede a dash but are not place names, so
# "Die Regierung – ..." is never read as a dateline.
NOT_PLACES = frozenset(
    "Der Die Das Ein Eine Er Sie Es Wir Ich Und Aber Doch Auch Nur So Wie Was Wer Dies Diese Dieser "
    "Hier Dort Heute Gestern Morgen Jetzt Nun Dann Also Bitte Danke Ja Nein".split()
)
