ID = "gold-news-39"
DATE = "2022-09-21"
META = {"dateline": ("NEW YORK", "New York"), "agency": "AFP", "body": "Die von Kremlchef"}
TEXT = """ date 2022-09-21 NEW YORK (AFP) - Die von Kremlchef Wladimir Putin angeordnete Teilmobilmachung hat bei der UN-Vollversammlung in New York scharfe Reaktionen ausgelöst. Putin hatte am Mittwochmorgen die Einberufung von 300.000 Reservisten verkündet und dem Westen mit dem Einsatz aller verfügbaren Mittel gedroht. "Das ist kein Bluff", sagte der Präsident in einer Fernsehansprache.

Der ukrainische Präsident Wolodymyr Selenskyj forderte in einer Videobotschaft an die Vollversammlung eine "gerechte Strafe" für Russland. Es gebe keinen Frieden ohne den vollständigen Abzug der russischen Truppen, sagte er. Bundeskanzler Olaf Scholz hatte Russland bereits am Dienstag vorgeworfen, mit dem Krieg "blanken Imperialismus" zu betreiben. Putin werde den Krieg nicht gewinnen, sagte der SPD-Politiker.

US-Präsident Joe Biden warf Moskau vor, die UN-Charta "schamlos" zu verletzen. Die Vereinigten Staaten würden der Ukraine weiter beistehen, betonte der 79-Jährige. UN-Generalsekretär António Guterres rief beide Seiten zu Verhandlungen auf. China mahnte zur Zurückhaltung."""
ANN = """
E e1 PER person Wladimir Putin | Wladimir Putin ; Putin* ; n:der Präsident
R e1 e6 Kremlchef | Kremlchef
E e2 ORG organisation UN-Vollversammlung | UN-Vollversammlung ; n:die Vollversammlung
E e3 LOC city New York | NEW YORK ; in [New York]
E e4 OTH group Westen | Westen
E e5 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj ; p:sagte [er]
R e5 e7 Präsident | ukrainische [Präsident]
E e6 LOC country Russland | Russland* ; d:russischen ; Moskau
E e7 LOC country Ukraine | d:ukrainische ; Ukraine
E e8 ORG military russische Truppen | n:der russischen Truppen
E e9 PER person Olaf Scholz | Olaf Scholz ; n:der SPD-Politiker
R e9 - Bundeskanzler | Bundeskanzler
E e10 PER person Joe Biden | Joe Biden ; n:der 79-Jährige
R e10 e11 Präsident | US-Präsident
E e11 LOC country USA | Vereinigten Staaten
E e12 OTH law UN-Charta | UN-Charta
E e13 PER person António Guterres | António Guterres
R e13 - UN-Generalsekretär | UN-Generalsekretär
E e14 LOC country China | China
E e15 OTH group Reservisten | n:300.000 Reservisten
Q q1 reported e1 | Putin hatte am Mittwochmorgen...Mittel gedroht | verkündet
Q q2 direct e1 | Das ist kein Bluff | [sagte] der Präsident
Q q3 reported e5 | Der ukrainische Präsident Wolodymyr Selenskyj forderte...für Russland | forderte
Q q4 indirect e5 | Es gebe keinen Frieden...der russischen Truppen | [sagte] er
Q q5 reported e9 | Bundeskanzler Olaf Scholz hatte Russland...zu betreiben | vorgeworfen
Q q6 indirect e9 | Putin werde den Krieg nicht gewinnen | [sagte] der SPD
Q q7 reported e10 | US-Präsident Joe Biden warf Moskau vor...zu verletzen | warf
Q q8 indirect e10 | Die Vereinigten Staaten würden der Ukraine weiter beistehen | betonte
Q q9 reported e13 | UN-Generalsekretär António Guterres rief beide Seiten zu Verhandlungen auf | rief
Q q10 reported e14 | China mahnte zur Zurückhaltung | mahnte
T t1 TIME 2022-09-21TMO | am Mittwochmorgen
T t2 DATE 2022-09-20 | am Dienstag
V v1 MOBILIZE troops happened src=e1 time=t1 | Teilmobilmachung
V v3 THREATEN violence happened src=e1 tgt=e4 time=t1 | gedroht
V v4 REQUEST - happened src=e5 tgt=e2 | forderte
V v5 ACCUSE disapprove happened src=e9 tgt=e6 time=t2 | vorgeworfen
V v6 ASSAULT - ongoing src=e6 tgt=e7 | mit dem [Krieg]
V v7 ACCUSE disapprove happened src=e10 tgt=e6 | warf
V v8 SUPPORT - promised src=e11 tgt=e7 | beistehen
V v9 REQUEST meet happened src=e13 | rief
V v10 REQUEST change happened src=e14 | mahnte
A 300000 person | 300.000 Reservisten | einberufene Reservisten
A 79 year | 79-Jährige | Alter Biden
"""
