ID = "gold-dev-23"
DATE = "2024-01"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Mit Traktorkolonnen und"}
TEXT = """ date 2024-01 BERLIN (dpa) - Mit Traktorkolonnen und Straßenblockaden haben Landwirte in ganz Deutschland gegen die Sparpläne der Bundesregierung protestiert. Allein in Berlin fuhren am Montag nach Polizeiangaben mehr als 500 Fahrzeuge zum Brandenburger Tor. Der Deutsche Bauernverband hatte zu einer Aktionswoche aufgerufen, um die geplante Streichung von Steuervergünstigungen für Agrardiesel zu verhindern.

Bauernpräsident Joachim Rukwied warf der Ampel-Koalition vor, die Landwirtschaft kaputtzusparen. „Wir lassen uns das nicht gefallen“, sagte er vor Tausenden Demonstranten. Die Regierung hatte bereits zuvor einen Teil der Kürzungen zurückgenommen: Die Kfz-Steuerbefreiung für landwirtschaftliche Fahrzeuge soll erhalten bleiben, der Agrardiesel-Zuschuss schrittweise bis 2026 auslaufen.

Landwirtschaftsminister Cem Özdemir (Grüne) zeigte Verständnis für den Ärger der Bauern, verurteilte aber Drohungen gegen Politiker. Bundesfinanzminister Christian Lindner (FDP) lehnte weitere Zugeständnisse ab. Er lud die Verbandsspitze jedoch für Donnerstag zu einem Gespräch ins Finanzministerium ein. In mehreren Bundesländern stellte die Polizei Strafanzeigen wegen Nötigung, nachdem Blockaden Autobahnauffahrten lahmgelegt hatten."""
ANN = """
E e1 PER group protestierende Landwirte | n:Landwirte ; n:der Bauern
E e2 ORG organisation Bundesregierung | n:der Bundesregierung ; n:der Ampel-Koalition ; n:Die Regierung
E e3 LOC country Deutschland | Deutschland
E e4 LOC city Berlin | BERLIN ; Allein in [Berlin]
E e5 LOC landmark Brandenburger Tor | Brandenburger Tor
E e6 ORG organisation Deutscher Bauernverband | Deutsche Bauernverband ; n:die Verbandsspitze
E e7 PER person Joachim Rukwied | Joachim Rukwied ; p:sagte [er]
R e7 e6 Präsident | Bauernpräsident
E e8 PER person Cem Özdemir | Cem Özdemir
R e8 e3 Landwirtschaftsminister | Landwirtschaftsminister
R e8 e9 Mitglied | ([Grüne])
E e9 ORG party Grüne | ([Grüne])
E e10 PER person Christian Lindner | Christian Lindner ; p:[Er] lud
R e10 e3 Finanzminister | Bundesfinanzminister
R e10 e11 Mitglied | ([FDP])
E e11 ORG party FDP | ([FDP])
E e12 ORG organisation Bundesfinanzministerium | Finanzministerium
E e13 ORG organisation Polizei | n:die Polizei
Q q1 indirect - | Allein in Berlin fuhren am Montag nach Polizeiangaben mehr als 500 Fahrzeuge zum Brandenburger Tor | Polizeiangaben
Q q2 reported e6 | Der Deutsche Bauernverband hatte zu einer Aktionswoche aufgerufen, um die geplante Streichung von Steuervergünstigungen für Agrardiesel zu verhindern | aufgerufen
Q q3 reported e7 | Bauernpräsident Joachim Rukwied warf der Ampel-Koalition vor, die Landwirtschaft kaputtzusparen | warf
Q q4 direct e7 | Wir lassen uns das nicht gefallen | [sagte] er
Q q5 reported e8 | Landwirtschaftsminister Cem Özdemir (Grüne) zeigte Verständnis für den Ärger der Bauern, verurteilte aber Drohungen gegen Politiker | verurteilte
Q q6 reported e10 | Bundesfinanzminister Christian Lindner (FDP) lehnte weitere Zugeständnisse ab | lehnte
T t1 DATE 2024-01 | am Montag
T t2 DATE 2026 | bis 2026
T t3 DATE 2024-01 | Donnerstag
V v1 PROTEST demo happened src=e1,e6 tgt=e2 | protestiert
V v2 OTHER - planned src=e2 | Streichung
V v3 ACCUSE allege happened src=e7 tgt=e2 | warf
V v4 CONCEDE - happened src=e2 tgt=e1 | zurückgenommen
V v5 SUPPORT - happened src=e8 tgt=e1 | Verständnis
V v6 ACCUSE disapprove happened src=e8 | verurteilte
V v7 REJECT - happened src=e10 tgt=e1,e6 | lehnte
V v8 AGREE - happened src=e10 tgt=e6 time=t3 | lud
V v9 CONSULT meeting planned src=e10,e6 tgt=e6,e10 loc=e12 time=t3 | Gespräch
V v10 ACCUSE investigate happened src=e13 tgt=e1 | Strafanzeigen
A 500 vehicle | 500 Fahrzeuge | Traktoren in Berlin
"""
