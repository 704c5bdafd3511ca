"""Word lists the German sentence splitter needs (closed classes only)."""

# Capitalised words that typically open a German sentence.  After an ordinal
# like "3." a following capitalised word starts a new sentence only if it is
# one of these; otherwise "1. FC", "2. Bundesliga", "3. Oktober" stay together.
SENTENCE_STARTERS = frozenset(
    """
    Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine
    Er Sie Es Wir Ich Ihr Man Du Dies Diese Dieser Dieses Diesem Diesen Das Dort Da Dabei Damit
    Dann Danach Darauf Daraufhin Deshalb Deswegen Doch Denn Aber Und Oder Auch Außerdem Zudem
    Zuvor Zuletzt Zunächst Bereits Schon Noch Nun Jetzt Heute Gestern Morgen Inzwischen Mittlerweile
    Allerdings Jedoch Trotzdem Dennoch Somit Also Insgesamt Laut Nach Vor Seit Bei Mit Von Aus Zu Zum Zur
    Im In Am An Auf Für Gegen Ohne Um Über Unter Zwischen Wegen Während Trotz Wie Was Wer Wo Wann Warum
    Als Wenn Weil Obwohl Ob Dass Sein Seine Ihre Ihr Unser Unsere Viele Alle Mehrere Einige Beide
    Hier So Erst Ende Anfang Mitte Bis
    """.split()
)

# Abbreviations that often end a sentence, so a following sentence starter
# begins a new sentence ("... Autos, Busse usw. Die Stadt ...").
SENTENCE_FINAL_ABBREVIATIONS = frozenset("usw. etc. u.ä. u.Ä. Chr. ff. Co. Inc. Ltd. AG. GmbH. e.V.".split())

# Closing marks that belong to the sentence they follow when glued to it.
CLOSING = frozenset("“”«»\"'’‘›‹)]}")
TERMINAL = frozenset(".!?…")

# "am 9. August": an ordinal before a month name never ends a sentence.
MONTHS = frozenset(
    "Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember "
    "Jan. Feb. Mär. Apr. Jun. Jul. Aug. Sep. Sept. Okt. Nov. Dez.".split()
)
