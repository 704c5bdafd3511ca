ID = "gold-news-28"
DATE = "2020-11-03"
META = {"dateline": ("Wien", "Wien"), "body": "Nach dem Terroranschlag"}
TEXT = """Wien – Nach dem Terroranschlag in der Wiener Innenstadt hat die Polizei am Dienstag mehrere Wohnungen durchsucht und 14 Personen festgenommen. Bei dem Angreifer handle es sich um einen 20-jährigen Sympathisanten der Terrormiliz Islamischer Staat (IS), sagte Innenminister Karl Nehammer (ÖVP) in einer Pressekonferenz. Der Mann war am Montagabend mit einem Sturmgewehr durch die Gassen rund um den Schwedenplatz gezogen und hatte wahllos auf Passanten geschossen. Vier Menschen starben, 23 wurden zum Teil schwer verletzt.

Polizisten erschossen den Täter nach neun Minuten. Der Attentäter war 2019 wegen versuchter Ausreise nach Syrien zu 22 Monaten Haft verurteilt, aber im Dezember vorzeitig entlassen worden. Der IS reklamierte die Tat am Dienstag für sich.

„Das ist ein Angriff“, sagte Bundeskanzler Sebastian Kurz, „auf unsere Werte und unsere Demokratie.“ Der Regierungschef ordnete eine dreitägige Staatstrauer an. Bürgermeister Michael Ludwig (SPÖ) dankte den Einsatzkräften. Aus dem Ausland kamen zahlreiche Solidaritätsbekundungen, unter anderem von Frankreichs Präsident Emmanuel Macron und Bundeskanzlerin Angela Merkel."""
ANN = """
E e1 LOC city Wien | Wien ; d:Wiener
E e2 ORG organisation Polizei | n:die Polizei
E e3 OTH group Festgenommene | n:14 Personen
E e4 PER person Attentäter von Wien | n:dem Angreifer ; n:Der Mann ; n:den Täter ; n:Der Attentäter
E e5 ORG militia Islamischer Staat | Islamischer Staat ; IS*
E e6 PER person Karl Nehammer | Karl Nehammer
R e6 - Innenminister | Innenminister
R e6 e7 Mitglied
E e7 ORG party ÖVP | Nehammer ([ÖVP])
E e8 LOC location Schwedenplatz | Schwedenplatz
E e9 OTH group Passanten | n:Passanten
E e19 OTH group Polizisten | n:Polizisten
E e10 LOC country Syrien | Syrien
E e11 PER person Sebastian Kurz | Sebastian Kurz ; n:Der Regierungschef
R e11 - Bundeskanzler | [Bundeskanzler] Sebastian
E e12 PER person Michael Ludwig | Michael Ludwig
R e12 e1 Bürgermeister | Bürgermeister
R e12 e13 Mitglied
E e13 ORG party SPÖ | Ludwig ([SPÖ])
E e14 OTH group Einsatzkräfte | n:den Einsatzkräften
E e16 PER person Emmanuel Macron | Emmanuel Macron
R e16 e17 Präsident | Frankreichs [Präsident]
E e17 LOC country Frankreich | Frankreichs
E e18 PER person Angela Merkel | Angela Merkel
R e18 - Bundeskanzlerin | Bundeskanzlerin
Q q1 indirect e6 | Bei dem Angreifer handle es sich...Islamischer Staat (IS) | [sagte] Innenminister
Q q2 reported e5 | Der IS reklamierte die Tat am Dienstag für sich | reklamierte
Q q3 direct e11 | Das ist ein Angriff | [sagte] Bundeskanzler
Q q6 direct e11 | auf unsere Werte und unsere Demokratie. | [sagte] Bundeskanzler
Q q4 reported e11 | Der Regierungschef ordnete eine dreitägige Staatstrauer an | ordnete
Q q5 reported e12 | Bürgermeister Michael Ludwig (SPÖ) dankte den Einsatzkräften | dankte
T t1 DATE 2020-11-03 | hat die Polizei [am Dienstag]
T t2 TIME 2020-11-02TEV | am Montagabend
T t3 DURATION PT9M | nach neun Minuten
T t4 DATE 2019 | 2019
T t5 DURATION P22M | 22 Monaten
T t6 DATE 2019-12 | im Dezember
T t7 DATE 2020-11-03 | Tat [am Dienstag]
T t8 DURATION P3D | dreitägige
V v1 ASSAULT firearms happened src=e4 tgt=e9 loc=e1 time=t2 | Terroranschlag
V v2 COERCE - happened src=e2 time=t1 | durchsucht
V v3 COERCE arrest happened src=e2 tgt=e3 time=t1 | festgenommen
V v5 ASSAULT firearms happened src=e19 tgt=e4 | erschossen
V v6 SANCTION convict happened tgt=e4 time=t4 | verurteilt
V v7 RETREAT release happened tgt=e4 time=t6 | entlassen
V v8 OTHER - happened src=e5 time=t7 | reklamierte
V v9 SUPPORT - happened src=e12 tgt=e14 | dankte
V v10 SUPPORT - happened src=e16,e18 | Solidaritätsbekundungen
A 14 person | 14 Personen | Festgenommene
A 20 year | 20-jährigen | Alter des Attentäters
A 4 person | Vier Menschen | Tote
A 23 person | 23 | Verletzte
A 9 minute | neun Minuten | Dauer bis zum Tod des Täters
A 22 month | 22 Monaten | frühere Haftstrafe
A 3 day | dreitägige | Staatstrauer
"""
