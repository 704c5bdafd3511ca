ID = "gold-news-09"
DATE = "2022-10-27"
META = {"dateline": ("FRANKFURT", "Frankfurt am Main"), "agency": "dpa-AFX", "editors": ["bgf", "jsl", "men"], "body": "Die Europäische"}
TEXT = """ date 2022-10-27 FRANKFURT (dpa-AFX) - Die Europäische Zentralbank (EZB) stemmt sich mit einer weiteren kräftigen Zinserhöhung gegen die Rekordinflation im Euroraum. Der Rat der Notenbank beschloss am Donnerstag in Frankfurt, den Leitzins um 0,75 Prozentpunkte auf 2,0 Prozent anzuheben. Es ist bereits der dritte Zinsschritt seit Juli. Volkswirte hatten mit dieser Entscheidung gerechnet.

"Wir haben noch einen Weg vor uns", sagte EZB-Präsidentin Christine Lagarde nach der Sitzung, "und wir werden ihn entschlossen gehen." Die Französin stellte weitere Erhöhungen in Aussicht, ließ deren Ausmaß aber offen. Die Inflation werde "für längere Zeit zu hoch bleiben", warnte die 66-Jährige. Im September waren die Verbraucherpreise im Euroraum um 9,9 Prozent gestiegen.

Bundesbank-Präsident Joachim Nagel hatte schon vor der Sitzung für einen großen Schritt geworben. Der Ökonom warnte zugleich vor einer Rezession in Deutschland im Winter. Kritik kam dagegen aus Italien: Die Regierung in Rom warf der Notenbank vor, die Wirtschaft abzuwürgen. Der Euro legte nach der Entscheidung leicht auf 1,0050 US-Dollar zu./bgf/jsl/men"""
ANN = """
E e1 ORG organisation Europäische Zentralbank | Europäische Zentralbank ; ([EZB]) ; n:der Notenbank* ; p:[Wir] haben ; p:und [wir] werden
E e2 ORG organisation EZB-Rat | n:[Der Rat] der
E e3 LOC region Euroraum | Euroraum*
E e4 LOC city Frankfurt am Main | FRANKFURT ; in [Frankfurt]
E e5 PER person Christine Lagarde | Christine Lagarde ; n:Die Französin ; n:die 66-Jährige
R e5 e1 Präsidentin | EZB-Präsidentin
E e6 PER person Joachim Nagel | Joachim Nagel ; n:Der Ökonom
R e6 - Bundesbank-Präsident | Bundesbank-Präsident
E e8 LOC country Deutschland | Deutschland
E e9 LOC country Italien | Italien
E e10 ORG government italienische Regierung | n:Die Regierung
E e11 LOC city Rom | Rom
Q q1 direct e5 | Wir haben noch einen Weg vor uns | [sagte] EZB
Q q7 direct e5 | und wir werden ihn entschlossen gehen. | [sagte] EZB
Q q2 reported e5 | Die Französin stellte weitere Erhöhungen in Aussicht | stellte
Q q3 indirect e5 | Die Inflation werde "für längere Zeit zu hoch bleiben" | [warnte] die 66
Q q4 reported e6 | Bundesbank-Präsident Joachim Nagel hatte...geworben | geworben
Q q5 reported e6 | Der Ökonom warnte zugleich vor einer Rezession in Deutschland im Winter | Ökonom [warnte]
Q q6 reported e10 | Die Regierung in Rom warf der Notenbank vor, die Wirtschaft abzuwürgen | warf
T t1 DATE 2022-10-27 | am Donnerstag
T t2 DATE 2022-07 | seit Juli
T t3 DATE 2022-09 | Im September
T t4 DATE 2022-WI | im Winter
V v1 OTHER - happened src=e2 loc=e4 time=t1 | beschloss
V v2 ACCUSE disapprove happened src=e9 tgt=e1 | Kritik
V v3 ACCUSE disapprove happened src=e10 tgt=e1 | warf
A 0.75 percentage_point | 0,75 Prozentpunkte | Zinserhöhung
A 2.0 percent | 2,0 Prozent | Leitzins
A 3 ordinal | dritte | Zinsschritte seit Juli
A 66 year | 66-Jährige | Alter Lagarde
A 9.9 percent | 9,9 Prozent | Inflation im September
A 1.005 USD | 1,0050 US-Dollar | Eurokurs
"""
