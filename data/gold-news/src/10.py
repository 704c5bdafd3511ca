ID = "gold-news-10"
DATE = "2021-09"
META = {"dateline": ("MOSKAU", "Moskau"), "agency": "Reuters", "body": "Der Kreml"}
TEXT = """ date 2021-09 MOSKAU (Reuters) - Der Kreml hat Vorwürfe über massive Manipulationen bei der Parlamentswahl in Russland zurückgewiesen. Die Abstimmung sei "fair und transparent" verlaufen, sagte Kremlsprecher Dmitri Peskow am Montag vor Journalisten in Moskau. Die Regierungspartei Geeintes Russland hatte nach Angaben der Wahlkommission knapp 50 Prozent der Stimmen erhalten und damit erneut eine Zweidrittelmehrheit in der Staatsduma errungen.

Die Kommunistische Partei, die mit rund 19 Prozent auf dem zweiten Platz landete, sprach dagegen von Betrug bei der elektronischen Stimmabgabe in Moskau. Parteichef Gennadi Sjuganow kündigte an, das Ergebnis vor Gericht anzufechten. Für Dienstagabend riefen die Kommunisten zu einer Kundgebung im Zentrum der Hauptstadt auf.

Die Europäische Union kritisierte, dass unabhängige Kandidaten systematisch von der Wahl ausgeschlossen worden seien. Ein Sprecher des Auswärtigen Dienstes in Brüssel verwies auf den inhaftierten Oppositionspolitiker Alexej Nawalny, dessen Organisationen im Juni als "extremistisch" verboten worden waren. Peskow wies die Kritik als Einmischung in innere Angelegenheiten zurück. "Wir werden uns nicht belehren lassen", sagte er."""
ANN = """
E e1 ORG government Kreml | Kreml ; p:[Wir] werden uns
E e2 LOC country Russland | in [Russland]
E e3 PER person Dmitri Peskow | Dmitri Peskow ; Peskow* ; p:sagte [er]
R e3 e1 Kremlsprecher | Kremlsprecher
E e4 LOC city Moskau | MOSKAU ; Journalisten in [Moskau] ; Stimmabgabe in [Moskau] ; n:der Hauptstadt
E e5 ORG party Geeintes Russland | Geeintes Russland
E e6 ORG organisation Wahlkommission | n:der Wahlkommission
E e7 ORG organisation Staatsduma | Staatsduma
E e8 ORG party Kommunistische Partei | Kommunistische Partei ; n:die Kommunisten
E e9 PER person Gennadi Sjuganow | Gennadi Sjuganow
R e9 e8 Parteichef | Parteichef
E e10 ORG organisation Europäische Union | Europäische Union
E e11 PER person Sprecher des Auswärtigen Dienstes | n:Ein Sprecher
R e11 e12 Sprecher | Ein [Sprecher]
E e12 ORG organisation Europäischer Auswärtiger Dienst | Auswärtigen Dienstes
E e13 LOC city Brüssel | Brüssel
E e14 PER person Alexej Nawalny | Alexej Nawalny
R e14 - Oppositionspolitiker | Oppositionspolitiker
Q q1 reported e1 | Der Kreml hat Vorwürfe...zurückgewiesen | zurückgewiesen
Q q2 indirect e3 | Die Abstimmung sei "fair und transparent" verlaufen | [sagte] Kremlsprecher
Q q3 indirect e6 | Die Regierungspartei Geeintes Russland hatte...errungen | Angaben
Q q4 reported e8 | Die Kommunistische Partei, die...Stimmabgabe in Moskau | sprach
Q q5 reported e9 | Parteichef Gennadi Sjuganow kündigte an, das Ergebnis vor Gericht anzufechten | kündigte
Q q6 reported e8 | Für Dienstagabend riefen...der Hauptstadt auf | riefen
Q q7 indirect e10 | dass unabhängige Kandidaten...ausgeschlossen worden seien | kritisierte
Q q8 reported e11 | Ein Sprecher des Auswärtigen Dienstes...verboten worden waren | verwies
Q q9 reported e3 | Peskow wies die Kritik als Einmischung in innere Angelegenheiten zurück | wies
Q q10 direct e3 | Wir werden uns nicht belehren lassen | [sagte] er
T t1 DATE 2021-09 | am Montag
T t2 TIME 2021-09 | Dienstagabend
T t3 DATE 2021-06 | im Juni
V v1 REJECT - happened src=e1 | zurückgewiesen
V v2 ACCUSE allege happened src=e8 tgt=e5 | Betrug
V v3 ACCUSE allege planned src=e9 tgt=e6 | anzufechten
V v4 PROTEST demo planned src=e8 loc=e4 time=t2 | Kundgebung
V v5 ACCUSE disapprove happened src=e10 tgt=e2 | kritisierte
V v6 COERCE arrest ongoing tgt=e14 | inhaftierten
V v7 COERCE restrict happened tgt=e14 time=t3 | verboten
V v8 REJECT - happened src=e3 tgt=e10 | wies
A 50 percent | 50 Prozent | Stimmenanteil Geeintes Russland
A 19 percent | 19 Prozent | Stimmenanteil Kommunisten
A 2 ordinal | zweiten | Platz der Kommunisten
"""
