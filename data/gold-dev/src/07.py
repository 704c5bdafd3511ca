ID = "gold-dev-07"
DATE = "2023-09-14"
META = {"dateline": ("FRANKFURT", "Frankfurt am Main"), "agency": "dpa-AFX", "editors": ["jsl", "he"], "body": "Die Europäische Zentralbank"}
TEXT = """ date 2023-09-14 FRANKFURT (dpa-AFX) - Die Europäische Zentralbank (EZB) hat die Leitzinsen im Euroraum zum zehnten Mal in Folge angehoben. Der Einlagensatz steigt um 0,25 Prozentpunkte auf 4,00 Prozent, wie die Notenbank am Donnerstag in Frankfurt mitteilte. Es ist das höchste Niveau seit Einführung des Euro im Jahr 1999. Die Inflation sei zwar rückläufig, werde aber voraussichtlich zu lange zu hoch bleiben, hieß es zur Begründung.

EZB-Präsidentin Christine Lagarde deutete an, dass der Zinsgipfel erreicht sein könnte. „Wir sind der Meinung, dass die Zinsen ein Niveau erreicht haben, das bei ausreichend langer Beibehaltung einen erheblichen Beitrag leisten wird“, sagte die Französin. Eine Senkung stehe derzeit aber nicht zur Debatte. Bundesbankpräsident Joachim Nagel hatte sich vorab für eine weitere Straffung ausgesprochen. Der deutsche Notenbanker warnt seit Monaten davor, zu früh Entwarnung zu geben.

An den Finanzmärkten fiel der Euro nach der Entscheidung deutlich und kostete zuletzt 1,0660 US-Dollar./jsl/he"""
ANN = """
E e1 ORG organisation Europäische Zentralbank | Europäische Zentralbank ; ([EZB]) ; n:die Notenbank ; p:„[Wir] sind
E e2 LOC region Euroraum | Euroraum
E e3 LOC city Frankfurt am Main | FRANKFURT ; in [Frankfurt]
E e4 OTH currency Euro | des [Euro] ; der [Euro] nach
E e5 PER person Christine Lagarde | Christine Lagarde ; n:die Französin
R e5 e1 Präsidentin | EZB-Präsidentin
E e6 PER person Joachim Nagel | Joachim Nagel ; n:Der deutsche Notenbanker
R e6 - Bundesbankpräsident | Bundesbankpräsident
E e7 LOC country Deutschland | d:Der [deutsche] Notenbanker
Q q1 indirect e1 | Der Einlagensatz steigt um 0,25 Prozentpunkte auf 4,00 Prozent | mitteilte
Q q2 indirect e1 | Die Inflation sei zwar rückläufig, werde aber voraussichtlich zu lange zu hoch bleiben | hieß
Q q3 indirect e5 | der Zinsgipfel erreicht sein könnte | deutete
Q q4 direct e5 | Wir sind der Meinung...einen erheblichen Beitrag leisten wird | [sagte] die Französin
Q q5 indirect e5 | Eine Senkung stehe derzeit aber nicht zur Debatte. | -
Q q6 reported e6 | Bundesbankpräsident Joachim Nagel hatte sich vorab für eine weitere Straffung ausgesprochen | ausgesprochen
Q q7 reported e6 | Der deutsche Notenbanker warnt seit Monaten davor, zu früh Entwarnung zu geben | warnt
T t1 DATE 2023-09-14 | am Donnerstag
T t2 DATE 1999 | im Jahr 1999
T t3 DATE PRESENT_REF | derzeit
T t4 DURATION PXM | seit Monaten
V v1 OTHER - happened src=e1 tgt=e2 loc=e3 time=t1 | angehoben
V v2 OTHER - negated src=e1 time=t3 | Senkung
A 10 ordinal | zehnten | Zinserhöhungen in Folge
A 0.25 percentage_point | 0,25 Prozentpunkte | Erhöhung des Einlagensatzes
A 4.0 percent | 4,00 Prozent | Einlagensatz
A 1.066 USD | 1,0660 US-Dollar | Eurokurs
"""
