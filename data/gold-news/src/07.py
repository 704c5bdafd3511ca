ID = "gold-news-07"
DATE = "2020-01-08"
META = {"dateline": ("TEHERAN", "Teheran"), "agency": "dpa", "body": "Als Vergeltung"}
TEXT = """ date 2020-01-08 TEHERAN (dpa) - Als Vergeltung für die Tötung des Generals Ghassem Soleimani hat der Iran in der Nacht zum Mittwoch zwei Militärstützpunkte im Irak mit Raketen angegriffen. Auf die von US-Soldaten genutzten Basen Ain al-Assad und Erbil seien mehr als ein Dutzend Raketen abgefeuert worden, teilte das US-Verteidigungsministerium mit. Berichte über Opfer gab es zunächst nicht.

Die Revolutionsgarden erklärten, der Angriff sei erst der Anfang. Sollten die USA zurückschlagen, werde man auch Ziele in Israel und in den Vereinigten Arabischen Emiraten ins Visier nehmen. Außenminister Mohammed Dschawad Sarif schrieb auf Twitter, sein Land habe "angemessene Maßnahmen zur Selbstverteidigung" ergriffen. Teheran strebe keine Eskalation an.

US-Präsident Donald Trump gab sich zunächst gelassen. "Alles ist gut!", twitterte der 73-Jährige. Er wollte sich am Mittwochmorgen in einer Ansprache äußern. Soleimani war am vergangenen Freitag bei einem US-Drohnenangriff in Bagdad getötet worden. Bundeskanzlerin Angela Merkel rief beide Seiten zur Zurückhaltung auf."""
ANN = """
E e1 LOC country Iran | Iran ; n:sein Land ; [Teheran] strebe
E e2 PER person Ghassem Soleimani | Ghassem Soleimani ; Soleimani*
R e2 e1 General | Generals
E e3 LOC country Irak | Irak
E e4 LOC location Ain al-Assad | Ain al-Assad
E e5 LOC city Erbil | Erbil
E e6 ORG government US-Verteidigungsministerium | US-Verteidigungsministerium
E e7 ORG military Revolutionsgarden | n:Die Revolutionsgarden
E e8 LOC country USA | USA
E e9 LOC country Israel | Israel
E e10 LOC country Vereinigte Arabische Emirate | Vereinigten Arabischen Emiraten
E e11 PER person Mohammed Dschawad Sarif | Mohammed Dschawad Sarif ; p:[sein] Land
R e11 e1 Außenminister | Außenminister
E e12 ORG company Twitter | Twitter
E e13 PER person Donald Trump | Donald Trump ; n:der 73-Jährige ; p:[Er] wollte
R e13 e8 Präsident | US-Präsident
E e14 LOC city Bagdad | Bagdad
E e15 LOC city Teheran | TEHERAN
E e16 PER person Angela Merkel | Angela Merkel
R e16 - Bundeskanzlerin | Bundeskanzlerin
Q q1 indirect e6 | Auf die von US-Soldaten...abgefeuert worden | teilte
Q q2 indirect e7 | der Angriff sei erst der Anfang | erklärten
Q q3 indirect e7 | Sollten die USA zurückschlagen...ins Visier nehmen.
Q q4 indirect e11 | sein Land habe "angemessene...ergriffen | schrieb
Q q5 indirect e11 | Teheran strebe keine Eskalation an.
Q q6 direct e13 | Alles ist gut! | twitterte
Q q7 reported e16 | Bundeskanzlerin Angela Merkel rief beide Seiten zur Zurückhaltung auf | rief
T t1 TIME 2020-01-08TNI | in der Nacht zum Mittwoch
T t2 TIME 2020-01-08TMO | am Mittwochmorgen
T t3 DATE 2020-01-03 | am vergangenen Freitag
V v2 ASSAULT - happened src=e1 tgt=e8 loc=e3 time=t1 | angegriffen
V v4 THREATEN violence happened src=e7 tgt=e8,e9,e10 | Visier
V v5 ASSAULT drone happened src=e8 tgt=e2 loc=e14 time=t3 | US-Drohnenangriff
V v6 REQUEST - happened src=e16 tgt=e1,e8 | rief
A 2 base | zwei Militärstützpunkte | angegriffene Stützpunkte
A 12 item | ein Dutzend Raketen | abgefeuerte Raketen
A 73 year | 73-Jährige | Alter Trump
"""
