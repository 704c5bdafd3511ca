ID = "gold-news-36"
DATE = "2021-11"
META = {"dateline": ("WIEN", "Wien"), "agency": "APA", "body": "Die Teuerung"}
TEXT = """ date 2021-11 WIEN (APA) - Die Teuerung in Österreich hat sich im Oktober weiter beschleunigt. Die Inflationsrate stieg auf 3,7 Prozent nach 3,2 Prozent im September, wie die Statistik Austria am Mittwoch mitteilte. Das ist der höchste Wert seit fast zehn Jahren. Hauptpreistreiber waren erneut Treibstoffe und Heizöl, die sich binnen Jahresfrist um mehr als ein Drittel verteuerten.

"Die Haushalte spüren die Teuerung bei jeder Tankfüllung", sagte Statistik-Austria-Generaldirektor Tobias Thomas. Er rechne erst im kommenden Jahr mit einer Entspannung. Finanzminister Gernot Blümel (ÖVP) verwies auf die ökosoziale Steuerreform, die Geringverdiener ab Jänner entlasten werde.

Die Arbeiterkammer forderte hingegen eine sofortige Erhöhung von Pensionen und Sozialleistungen. AK-Präsidentin Renate Anderl warf der Regierung vor, die Sorgen der Menschen zu ignorieren. Die Oesterreichische Nationalbank (OeNB) erwartet für das Gesamtjahr eine durchschnittliche Inflation von 2,8 Prozent."""
ANN = """
E e1 LOC country Österreich | Österreich
E e2 ORG organisation Statistik Austria | Statistik Austria
E e3 PER person Tobias Thomas | Tobias Thomas ; p:[Er] rechne
R e3 e2 Generaldirektor | Statistik-Austria-Generaldirektor
E e4 PER person Gernot Blümel | Gernot Blümel
R e4 e1 Finanzminister | Finanzminister
R e4 e5 Mitglied
E e5 ORG party ÖVP | Blümel ([ÖVP])
E e6 ORG organisation Arbeiterkammer | Arbeiterkammer
E e7 PER person Renate Anderl | Renate Anderl
R e7 e6 Präsidentin | AK-Präsidentin
E e8 ORG government österreichische Bundesregierung | n:der Regierung
E e9 ORG organisation Oesterreichische Nationalbank | Oesterreichische Nationalbank ; OeNB
E e10 LOC city Wien | WIEN
Q q1 indirect e2 | Die Inflationsrate stieg auf 3,7 Prozent nach 3,2 Prozent im September | mitteilte
Q q2 direct e3 | Die Haushalte spüren die Teuerung bei jeder Tankfüllung | [sagte] Statistik
Q q3 indirect e3 | Er rechne erst im kommenden Jahr mit einer Entspannung.
Q q4 reported e4 | Finanzminister Gernot Blümel (ÖVP) verwies...entlasten werde | verwies
Q q5 reported e6 | Die Arbeiterkammer forderte...Sozialleistungen | forderte
Q q6 reported e7 | AK-Präsidentin Renate Anderl warf der Regierung vor...zu ignorieren | warf
Q q7 reported e9 | Die Oesterreichische Nationalbank (OeNB) erwartet...2,8 Prozent | erwartet
T t1 DATE 2021-10 | im Oktober
T t2 DATE 2021-09 | im September
T t3 DATE 2021-11 | am Mittwoch
T t4 DURATION P10Y mod=LESS_THAN | fast zehn Jahren
T t5 DURATION P1Y | binnen Jahresfrist
T t6 DATE 2022 | im kommenden Jahr
T t7 DATE 2022-01 | ab Jänner
T t8 DATE 2021 | für das Gesamtjahr
V v1 REQUEST change happened src=e6 tgt=e8 | forderte
V v2 ACCUSE disapprove happened src=e7 tgt=e8 | warf
A 3.7 percent | 3,7 Prozent | Inflationsrate Oktober
A 3.2 percent | 3,2 Prozent | Inflationsrate September
A 10 year | zehn Jahren | seit wann höchster Wert
A 0.3333 fraction | ein Drittel | Preisanstieg Treibstoffe und Heizöl
A 2.8 percent | 2,8 Prozent | erwartete Jahresinflation
"""
