ID = "gold-news-21"
DATE = "2021-12-08"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Olaf Scholz ist"}
TEXT = """ date 2021-12-08 BERLIN (dpa) - Olaf Scholz ist neuer Bundeskanzler. Der Bundestag wählte den SPD-Politiker am Mittwoch mit 395 Stimmen zum Nachfolger von Angela Merkel (CDU). Die Ampel-Koalition aus SPD, Grünen und FDP verfügt über 416 Sitze. Scholz nahm die Wahl an und wurde anschließend von Bundespräsident Frank-Walter Steinmeier im Schloss Bellevue ernannt.

Der 63-Jährige leistete seinen Amtseid ohne den Zusatz "So wahr mir Gott helfe". Merkel verfolgte die Abstimmung von der Besuchertribüne aus und erhielt stehenden Applaus. Nach 16 Jahren im Amt übergab die 67-Jährige am Nachmittag die Dienstgeschäfte im Kanzleramt. "Ich wünsche Ihnen", sagte sie an ihren Nachfolger gerichtet, "dass Sie Freude an dieser Aufgabe haben."

Unionsfraktionschef Ralph Brinkhaus kündigte eine "harte, aber faire Opposition" an. Der neue Vizekanzler Robert Habeck (Grüne) bezeichnete den Tag als Aufbruch. Gratulationen kamen unter anderem von US-Präsident Joe Biden und Frankreichs Präsident Emmanuel Macron, der Scholz bereits am Freitag in Paris empfangen will."""
ANN = """
E e1 PER person Olaf Scholz | Olaf Scholz ; Scholz* ; n:den SPD-Politiker ; n:Der 63-Jährige ; p:[seinen] Amtseid ; p:wünsche [Ihnen] ; p:dass [Sie] ; n:ihren Nachfolger
R e1 - Bundeskanzler | Bundeskanzler
R e1 e6 Mitglied
E e2 ORG organisation Bundestag | Bundestag
E e3 PER person Angela Merkel | Angela Merkel ; Merkel* ; n:die 67-Jährige ; p:[Ich] wünsche ; p:sagte [sie] ; p:[ihren] Nachfolger
R e3 e4 Mitglied
E e4 ORG party CDU | Merkel ([CDU])
E e5 ORG organisation Ampel-Koalition | n:Die Ampel-Koalition
E e6 ORG party SPD | aus [SPD]
E e7 ORG party Grüne | SPD, [Grünen] ; Habeck ([Grüne])
E e8 ORG party FDP | FDP
E e9 PER person Frank-Walter Steinmeier | Frank-Walter Steinmeier
R e9 - Bundespräsident | Bundespräsident
E e10 LOC building Schloss Bellevue | Schloss Bellevue
E e11 ORG government Kanzleramt | Kanzleramt
E e12 PER person Ralph Brinkhaus | Ralph Brinkhaus
R e12 - Unionsfraktionschef | Unionsfraktionschef
E e13 PER person Robert Habeck | Robert Habeck
R e13 - Vizekanzler | Vizekanzler
R e13 e7 Mitglied
E e14 PER person Joe Biden | Joe Biden
R e14 - US-Präsident | US-Präsident
E e15 PER person Emmanuel Macron | Emmanuel Macron
R e15 e16 Präsident | [Präsident] Emmanuel
E e16 LOC country Frankreich | Frankreichs
E e17 LOC city Paris | Paris
E e18 LOC city Berlin | BERLIN
Q q1 direct e3 | Ich wünsche Ihnen | [sagte] sie
Q q4 direct e3 | dass Sie Freude an dieser Aufgabe haben. | [sagte] sie
Q q2 reported e12 | Unionsfraktionschef Ralph Brinkhaus kündigte...Opposition" an | kündigte
Q q3 reported e13 | Der neue Vizekanzler Robert Habeck (Grüne) bezeichnete den Tag als Aufbruch | bezeichnete
T t1 DATE 2021-12-08 | am Mittwoch
T t2 DURATION P16Y | Nach 16 Jahren
T t3 TIME 2021-12-08TAF | am Nachmittag
T t4 DATE 2021-12-10 | am Freitag
V v1 OTHER - happened src=e2 tgt=e1 time=t1 | wählte
V v2 OTHER - happened src=e9 tgt=e1 | ernannt
V v3 OTHER - happened src=e3 tgt=e1 time=t3 | übergab
V v4 SUPPORT - happened src=e14,e15 tgt=e1 | Gratulationen
V v5 CONSULT visit planned src=e1 tgt=e15 loc=e17 time=t4 | empfangen
A 395 vote | 395 Stimmen | Stimmen für Scholz
A 416 seat | 416 Sitze | Sitze der Ampel-Koalition
A 63 year | 63-Jährige | Alter Scholz
A 16 year | 16 Jahren | Amtszeit Merkel
A 67 year | 67-Jährige | Alter Merkel
"""
