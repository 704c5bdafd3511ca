ID = "gold-news-30"
DATE = "2023-05"
META = {"dateline": ("STUTTGART", "Stuttgart"), "agency": "dpa-AFX", "editors": ["kre", "DP", "stk"], "body": "Der Autozulieferer"}
TEXT = """ date 2023-05 STUTTGART (dpa-AFX) - Der Autozulieferer Rexon Antriebstechnik aus Esslingen hat Insolvenz angemeldet. Das Amtsgericht Esslingen bestellte am Mittwoch den Stuttgarter Rechtsanwalt Tobias Wendt zum vorläufigen Insolvenzverwalter, wie das Unternehmen mitteilte. Betroffen sind rund 1.100 Beschäftigte an drei Standorten in Baden-Württemberg. Löhne und Gehälter seien über das Insolvenzgeld bis Ende Juli gesichert.

Das Familienunternehmen leidet seit Monaten unter dem Wandel zur Elektromobilität und hohen Energiepreisen. Im vergangenen Jahr sank der Umsatz um 18 Prozent auf 240 Millionen Euro. "Wir haben bis zuletzt um jeden Arbeitsplatz gekämpft", sagte Geschäftsführerin Claudia Rexon, "aber am Ende hat es nicht gereicht." Die 52-Jährige führt das Unternehmen in dritter Generation. Gespräche mit einem chinesischen Investor seien vergangene Woche gescheitert.

Die IG Metall rief die Belegschaft für Freitag zu einem Warnstreik vor dem Werkstor auf. Bezirksleiterin Barbara Resch warf dem Management vor, die Krise zu spät erkannt zu haben. Wendt kündigte an, den Betrieb zunächst vollständig fortzuführen und rasch einen Käufer zu suchen./kre/DP/stk"""
ANN = """
E e1 ORG company Rexon Antriebstechnik | Rexon Antriebstechnik ; n:das Unternehmen* ; n:Das Familienunternehmen ; p:[Wir] haben
E e2 LOC city Esslingen | aus [Esslingen]
E e3 ORG court Amtsgericht Esslingen | Amtsgericht Esslingen
E e4 PER person Tobias Wendt | Tobias Wendt ; Wendt*
R e4 - Rechtsanwalt | Rechtsanwalt
R e4 e1 vorläufiger Insolvenzverwalter | Insolvenzverwalter
E e5 LOC city Stuttgart | STUTTGART ; d:Stuttgarter
E e6 OTH group Beschäftigte von Rexon | n:Beschäftigte ; n:die Belegschaft
E e7 LOC state Baden-Württemberg | Baden-Württemberg
E e8 PER person Claudia Rexon | Claudia Rexon ; n:Die 52-Jährige
R e8 e1 Geschäftsführerin | Geschäftsführerin
E e9 ORG company chinesischer Investor | n:einem chinesischen Investor
E e10 LOC country China | d:chinesischen
E e11 ORG organisation IG Metall | IG Metall
E e12 PER person Barbara Resch | Barbara Resch
R e12 e11 Bezirksleiterin | Bezirksleiterin
E e13 OTH group Management von Rexon | n:dem Management
Q q1 indirect e1 | Das Amtsgericht Esslingen bestellte...Insolvenzverwalter | mitteilte
Q q2 indirect e1 | Löhne und Gehälter seien über das Insolvenzgeld bis Ende Juli gesichert.
Q q3 direct e8 | Wir haben bis zuletzt um jeden Arbeitsplatz gekämpft | [sagte] Geschäftsführerin
Q q8 direct e8 | aber am Ende hat es nicht gereicht. | [sagte] Geschäftsführerin
Q q4 indirect e8 | Gespräche mit einem chinesischen Investor seien vergangene Woche gescheitert.
Q q5 reported e11 | Die IG Metall rief die Belegschaft...vor dem Werkstor auf | rief
Q q6 reported e12 | Bezirksleiterin Barbara Resch warf dem Management vor...erkannt zu haben | warf
Q q7 reported e4 | Wendt kündigte an...einen Käufer zu suchen | kündigte
T t1 DATE 2023-05 | am Mittwoch
T t2 DATE 2023-07 mod=END | bis Ende Juli
T t3 DURATION PXM | seit Monaten
T t4 DATE 2022 | Im vergangenen Jahr
T t5 DATE 2023-WXX | vergangene Woche
T t6 DATE 2023-05 | für Freitag
V v1 OTHER - happened src=e1 | Insolvenz
V v2 OTHER - happened src=e3 tgt=e4 time=t1 | bestellte
V v3 CONSULT meeting happened src=e1 tgt=e9 time=t5 | Gespräche
V v4 PROTEST strike planned src=e11,e6 tgt=e1 time=t6 | Warnstreik
V v5 ACCUSE disapprove happened src=e12 tgt=e13 | warf
A 1100 person | 1.100 Beschäftigte | Betroffene Beschäftigte
A 3 site | drei Standorten | Standorte
A 18 percent | 18 Prozent | Umsatzrückgang
A 240000000 EUR | 240 Millionen Euro | Umsatz
A 52 year | 52-Jährige | Alter Claudia Rexon
A 3 ordinal | dritter Generation | Generation der Unternehmensführung
"""
