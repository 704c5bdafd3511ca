ID = "gold-news-22"
DATE = "2022-04"
META = {"dateline": ("HAMBURG", "Hamburg"), "agency": "dpa", "body": "Zollfahnder haben"}
TEXT = """ date 2022-04 HAMBURG (dpa) - Zollfahnder haben im Hamburger Hafen rund 1,2 Tonnen Kokain in einem Container mit Bananen aus Ecuador entdeckt. Der Straßenverkaufswert der Drogen liege bei mehr als 250 Millionen Euro, teilte das Zollfahndungsamt Hamburg am Dienstag mit. Es sei einer der größten Einzelfunde in diesem Jahr.

Nach dem Fund nahmen Spezialeinsatzkräfte in Hamburg und Bremen vier Verdächtige fest. Drei von ihnen sind Hafenarbeiter, der vierte Mann soll die Lieferung aus den Niederlanden organisiert haben. Die Staatsanwaltschaft ermittelt wegen bandenmäßigen Drogenhandels. »Die Täter nutzen gezielt Mitarbeiter im Hafen als Komplizen«, sagte Behördensprecher Michael Schrader. »Das macht die Ermittlungen so schwierig.« Die Ermittler arbeiteten eng mit den Behörden in Ecuador und Belgien zusammen.

Hamburgs Innensenator Andy Grote (SPD) kündigte an, die Kontrollen im Hafen weiter zu verschärfen. Die Gewerkschaft Verdi warnte dagegen davor, die Beschäftigten unter Generalverdacht zu stellen."""
ANN = """
E e1 OTH group Zollfahnder | n:Zollfahnder ; n:Die Ermittler
E e2 LOC location Hamburger Hafen | Hamburger Hafen ; n:Mitarbeiter im [Hafen] ; n:Kontrollen im [Hafen]
E e3 LOC city Hamburg | HAMBURG ; in [Hamburg] ; Hamburgs
E e4 LOC country Ecuador | Ecuador*
E e5 ORG organisation Zollfahndungsamt Hamburg | Zollfahndungsamt Hamburg
E e6 LOC city Bremen | Bremen
E e7 OTH group Spezialeinsatzkräfte | n:Spezialeinsatzkräfte
E e8 OTH group vier Verdächtige | n:vier Verdächtige ; p:von [ihnen]
E e9 PER person vierter Verdächtiger | n:der vierte Mann
E e10 LOC country Niederlande | Niederlanden
E e11 ORG organisation Staatsanwaltschaft | n:Die Staatsanwaltschaft
E e12 PER person Michael Schrader | Michael Schrader
R e12 e5 Behördensprecher | Behördensprecher
E e13 LOC country Belgien | Belgien
E e14 PER person Andy Grote | Andy Grote
R e14 e3 Innensenator | Innensenator
R e14 e15 Mitglied
E e15 ORG party SPD | Grote ([SPD])
E e16 ORG organisation Verdi | Verdi
E e17 OTH group Beschäftigte im Hafen | n:die Beschäftigten
E e18 OTH group Behörden in Ecuador und Belgien | n:den Behörden
Q q1 indirect e5 | Der Straßenverkaufswert der Drogen liege bei mehr als 250 Millionen Euro | teilte
Q q2 indirect e5 | Es sei einer der größten Einzelfunde in diesem Jahr.
Q q3 direct e12 | Die Täter nutzen gezielt Mitarbeiter im Hafen als Komplizen | [sagte] Behördensprecher
Q q6 direct e12 | Das macht die Ermittlungen so schwierig.
Q q4 reported e14 | Hamburgs Innensenator Andy Grote (SPD) kündigte an...zu verschärfen | kündigte
Q q5 reported e16 | Die Gewerkschaft Verdi warnte dagegen davor...zu stellen | warnte
T t1 DATE 2022-04 | am Dienstag
T t2 DATE 2022 | in diesem Jahr
V v1 COERCE seize happened src=e1 loc=e2 | entdeckt
V v2 COERCE arrest happened src=e7 tgt=e8 loc=e3 | nahmen
V v3 ACCUSE investigate ongoing src=e11 tgt=e8 | ermittelt
V v4 COOPERATE - happened src=e1 tgt=e18 | arbeiteten
V v5 COERCE restrict planned src=e14 loc=e2 | verschärfen
V v6 REQUEST change happened src=e16 tgt=e14 | warnte
A 1.2 t | 1,2 Tonnen | Kokain
A 250000000 EUR | 250 Millionen Euro | Straßenverkaufswert
A 4 person | vier Verdächtige | Festgenommene
A 3 person | Drei | Hafenarbeiter unter den Festgenommenen
"""
