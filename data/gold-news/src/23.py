ID = "gold-news-23"
DATE = "2023-03-21"
META = {"dateline": ("MOSKAU", "Moskau"), "agency": "dpa", "body": "Chinas Staatschef"}
TEXT = """ date 2023-03-21 MOSKAU (dpa) - Chinas Staatschef Xi Jinping und Kremlchef Wladimir Putin haben bei ihrem Gipfeltreffen in Moskau eine engere Zusammenarbeit vereinbart. Beide Seiten unterzeichneten am Dienstag im Kreml eine Erklärung über eine "umfassende strategische Partnerschaft" für das kommende Jahrzehnt. Putin lobte den chinesischen Friedensplan für die Ukraine als mögliche Grundlage für Verhandlungen. Der Westen und Kiew seien dazu aber nicht bereit, sagte der 70-Jährige.

Xi war am Montag zu einem dreitägigen Staatsbesuch in der russischen Hauptstadt eingetroffen. Es ist seine erste Auslandsreise seit seiner Wiederwahl im März. "China steht auf der richtigen Seite der Geschichte", sagte Xi. Er lud Putin zu einem Gegenbesuch nach Peking ein.

Die US-Regierung kritisierte das Treffen scharf. Außenminister Antony Blinken warf Peking vor, Russland "diplomatische Deckung" für weitere Verbrechen zu geben. Wenige Tage zuvor hatte der Internationale Strafgerichtshof in Den Haag Haftbefehl gegen Putin erlassen. Der ukrainische Präsident Wolodymyr Selenskyj forderte China auf, sich für einen Abzug der russischen Truppen einzusetzen."""
ANN = """
E e1 LOC country China | Chinas ; d:chinesischen ; China* ; [Peking] vor
E e2 PER person Xi Jinping | Xi Jinping ; Xi* ; p:[seine] erste ; p:[seiner] Wiederwahl ; p:[Er] lud
R e2 e1 Staatschef | Staatschef
E e3 PER person Wladimir Putin | Wladimir Putin ; Putin* ; n:der 70-Jährige
R e3 e9 Kremlchef | Kremlchef
E e4 LOC city Moskau | MOSKAU ; in [Moskau] ; n:der russischen Hauptstadt
E e5 LOC building Kreml | Kreml
E e6 LOC country Ukraine | Ukraine ; Kiew ; d:ukrainische
E e7 OTH group Westen | Westen
E e9 LOC country Russland | Russland ; d:der [russischen] Hauptstadt ; d:der [russischen] Truppen
E e10 ORG government US-Regierung | n:Die US-Regierung
E e11 PER person Antony Blinken | Antony Blinken
R e11 - Außenminister | Außenminister
E e12 ORG court Internationaler Strafgerichtshof | Internationale Strafgerichtshof
E e13 LOC city Den Haag | Den Haag
E e14 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj
R e14 e6 Präsident | ukrainische [Präsident]
E e15 ORG military russische Truppen | n:der russischen Truppen
E e16 LOC city Peking | nach [Peking]
Q q1 reported e3 | Putin lobte den chinesischen Friedensplan...für Verhandlungen | lobte
Q q2 indirect e3 | Der Westen und Kiew seien dazu aber nicht bereit | [sagte] der 70
Q q3 direct e2 | China steht auf der richtigen Seite der Geschichte | [sagte] Xi
Q q4 reported e2 | Er lud Putin zu einem Gegenbesuch nach Peking ein | lud
Q q5 reported e10 | Die US-Regierung kritisierte das Treffen scharf | kritisierte
Q q6 reported e11 | Außenminister Antony Blinken warf Peking vor...zu geben | warf
Q q7 reported e14 | Der ukrainische Präsident Wolodymyr Selenskyj forderte China auf...einzusetzen | forderte
T t1 DURATION P10Y | das kommende Jahrzehnt
T t2 DATE 2023-03-21 | am Dienstag
T t3 DATE 2023-03-20 | am Montag
T t4 DURATION P3D | dreitägigen
T t5 DATE 2023-03 | im März
T t6 DATE 2023-03 | Wenige Tage zuvor
V v3 AGREE - happened src=e2,e3 loc=e5 time=t2 | unterzeichneten
V v4 SUPPORT - happened src=e3 tgt=e1 | lobte
V v5 CONSULT visit happened src=e2 tgt=e3,e9 loc=e4 time=t3 | Staatsbesuch
V v6 AGREE - happened src=e2 tgt=e3 | lud
V v7 ACCUSE disapprove happened src=e10 tgt=e1,e9 | kritisierte
V v8 ACCUSE allege happened src=e11 tgt=e1 | warf
V v9 ACCUSE allege happened src=e12 tgt=e3 loc=e13 time=t6 | Haftbefehl
V v10 REQUEST change happened src=e14 tgt=e1 | forderte
V v11 RETREAT withdraw hypothetical src=e15 | Abzug
A 70 year | 70-Jährige | Alter Putin
A 3 day | dreitägigen | Dauer des Staatsbesuchs
"""
