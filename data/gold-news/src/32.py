ID = "gold-news-32"
DATE = "2022-03"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Bundesfinanzminister"}
TEXT = """ date 2022-03 BERLIN (dpa) - Bundesfinanzminister Christian Lindner (FDP) will die Bundeswehr mit einem Sondervermögen von 100 Milliarden Euro modernisieren. Das Geld solle über Kredite finanziert und im Grundgesetz abgesichert werden, sagte der FDP-Chef am Mittwoch in Berlin. Zugleich bekannte er sich zur Schuldenbremse: Ab 2023 wolle er wieder die Vorgaben einhalten.

Die Union signalisierte Zustimmung, stellte aber Bedingungen. "Das Geld muss ausschließlich der Bundeswehr zugutekommen", sagte CDU-Chef Friedrich Merz. Für die nötige Grundgesetzänderung braucht die Ampel-Koalition eine Zweidrittelmehrheit in Bundestag und Bundesrat und damit die Stimmen von CDU und CSU.

Kritik kam von der Linken. Fraktionschefin Amira Mohamed Ali warf der Regierung vor, "eine beispiellose Aufrüstung" zu planen. Auch in der SPD-Fraktion gibt es Vorbehalte. Der Haushaltsausschuss will sich kommende Woche mit dem Vorhaben befassen. Der Verteidigungsetat soll zudem dauerhaft auf mehr als zwei Prozent der Wirtschaftsleistung steigen."""
ANN = """
E e1 PER person Christian Lindner | Christian Lindner ; n:der FDP-Chef ; p:bekannte [er] ; p:wolle [er]
R e1 - Bundesfinanzminister | Bundesfinanzminister
R e1 e2 Parteichef | FDP-Chef
E e2 ORG party FDP | Lindner ([FDP])
E e3 ORG military Bundeswehr | Bundeswehr*
E e4 LOC city Berlin | BERLIN ; in [Berlin]
E e5 OTH law Grundgesetz | Grundgesetz
E e6 ORG party Union | Union
E e7 PER person Friedrich Merz | Friedrich Merz
R e7 e11 Parteichef | CDU-Chef
E e8 ORG government Ampel-Koalition | n:die Ampel-Koalition ; n:der Regierung
E e9 ORG organisation Bundestag | Bundestag
E e10 ORG organisation Bundesrat | Bundesrat
E e11 ORG party CDU | von [CDU]
E e12 ORG party CSU | CSU
E e13 ORG party Die Linke | Linken
E e14 PER person Amira Mohamed Ali | Amira Mohamed Ali
R e14 e13 Fraktionschefin | Fraktionschefin
E e15 ORG organisation SPD-Fraktion | SPD-Fraktion
E e16 ORG organisation Haushaltsausschuss | n:Der Haushaltsausschuss
Q q1 indirect e1 | Das Geld solle über Kredite...abgesichert werden | [sagte] der FDP
Q q2 reported e1 | Zugleich bekannte er sich zur Schuldenbremse | bekannte
Q q3 indirect e1 | Ab 2023 wolle er wieder die Vorgaben einhalten.
Q q4 reported e6 | Die Union signalisierte Zustimmung, stellte aber Bedingungen | signalisierte
Q q5 direct e7 | Das Geld muss ausschließlich der Bundeswehr zugutekommen | [sagte] CDU-Chef
Q q6 reported e14 | Fraktionschefin Amira Mohamed Ali warf der Regierung vor...zu planen | warf
T t1 DATE 2022-03 | am Mittwoch
T t2 DATE 2023 | Ab 2023
T t3 DATE 2022-WXX | kommende Woche
V v1 OTHER - planned src=e1 tgt=e3 | modernisieren
V v2 SUPPORT - happened src=e6 tgt=e1 | Zustimmung
V v3 ACCUSE disapprove happened src=e13 tgt=e8 | Kritik
V v4 ACCUSE disapprove happened src=e14 tgt=e8 | warf
V v5 CONSULT - planned src=e16 time=t3 | befassen
A 100000000000 EUR | 100 Milliarden Euro | Sondervermögen Bundeswehr
A 2 percent | zwei Prozent | Verteidigungsetat am BIP
"""
