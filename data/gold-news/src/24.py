ID = "gold-news-24"
DATE = "2020-04"
META = {"dateline": ("NÜRNBERG", "Nürnberg"), "agency": "dpa-AFX", "editors": ["ben", "DP", "nas"], "body": "Wegen der"}
TEXT = """ date 2020-04 NÜRNBERG (dpa-AFX) - Wegen der Corona-Krise haben bereits rund 725.000 Betriebe in Deutschland Kurzarbeit angemeldet. Das teilte die Bundesagentur für Arbeit (BA) am Donnerstag in Nürnberg mit. Das seien so viele wie nie zuvor, sagte BA-Chef Detlef Scheele. In der Finanzkrise 2009 hätten in der Spitze rund 1,4 Millionen Menschen kurzgearbeitet, nun rechne er mit deutlich mehr.

"Der Arbeitsmarkt gerät massiv unter Druck", sagte der 63-Jährige. Die Zahl der Arbeitslosen stieg im April im Vergleich zum Vormonat um 308.000 auf 2,644 Millionen. Die Quote kletterte um 0,7 Punkte auf 5,8 Prozent. Besonders betroffen seien das Gastgewerbe und der Handel, erklärte die Behörde.

Bundesarbeitsminister Hubertus Heil (SPD) verteidigte das Instrument der Kurzarbeit. Es sei "die stabilste Brücke über dieses tiefe Tal", sagte er in Berlin. Die Gewerkschaften fordern eine Aufstockung des Kurzarbeitergeldes auf 80 Prozent des Nettolohns. Arbeitgeberpräsident Ingo Kramer lehnte das ab./ben/DP/nas"""
ANN = """
E e2 LOC country Deutschland | Deutschland
E e3 ORG organisation Bundesagentur für Arbeit | Bundesagentur für Arbeit ; ([BA]) ; n:die Behörde
E e4 LOC city Nürnberg | NÜRNBERG ; in [Nürnberg]
E e5 PER person Detlef Scheele | Detlef Scheele ; p:rechne [er] ; n:der 63-Jährige
R e5 e3 Vorstandschef | BA-Chef
E e6 PER person Hubertus Heil | Hubertus Heil ; p:sagte [er]
R e6 e2 Bundesarbeitsminister | Bundesarbeitsminister
R e6 e7 Mitglied
E e7 ORG party SPD | Heil ([SPD])
E e8 LOC city Berlin | Berlin
E e9 OTH group Gewerkschaften | n:Die Gewerkschaften
E e10 PER person Ingo Kramer | Ingo Kramer
R e10 - Arbeitgeberpräsident | Arbeitgeberpräsident
Q q1 reported e3 | Das teilte die Bundesagentur für Arbeit (BA) am Donnerstag in Nürnberg mit | teilte
Q q2 indirect e5 | Das seien so viele wie nie zuvor | [sagte] BA-Chef
Q q3 indirect e5 | In der Finanzkrise 2009 hätten...deutlich mehr.
Q q4 direct e5 | Der Arbeitsmarkt gerät massiv unter Druck | [sagte] der 63
Q q5 indirect e3 | Besonders betroffen seien das Gastgewerbe und der Handel | erklärte
Q q6 reported e6 | Bundesarbeitsminister Hubertus Heil (SPD) verteidigte das Instrument der Kurzarbeit | verteidigte
Q q7 indirect e6 | Es sei "die stabilste Brücke über dieses tiefe Tal" | [sagte] er
Q q8 reported e9 | Die Gewerkschaften fordern...des Nettolohns | fordern
Q q9 reported e10 | Arbeitgeberpräsident Ingo Kramer lehnte das ab | lehnte
T t1 DATE 2020-04 | am Donnerstag
T t2 DATE 2009 | Finanzkrise [2009]
T t3 DATE PRESENT_REF | nun
T t4 DATE 2020-04 | im April
T t5 DATE 2020-03 | Vormonat
V v1 REQUEST change ongoing src=e9 | fordern
V v2 REJECT - happened src=e10 tgt=e9 | lehnte
A 725000 company | 725.000 Betriebe | Betriebe mit Kurzarbeit
A 1400000 person | 1,4 Millionen Menschen | Kurzarbeiter 2009
A 63 year | 63-Jährige | Alter Scheele
A 308000 person | 308.000 | Anstieg der Arbeitslosen
A 2644000 person | 2,644 Millionen | Arbeitslose im April
A 0.7 percentage_point | 0,7 Punkte | Anstieg der Quote
A 5.8 percent | 5,8 Prozent | Arbeitslosenquote
A 80 percent | 80 Prozent | geforderte Aufstockung des Kurzarbeitergeldes
"""
