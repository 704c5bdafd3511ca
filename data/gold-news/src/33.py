ID = "gold-news-33"
DATE = "2020-10-10"
META = {"dateline": ("MOSKAU", "Moskau"), "agency": "AFP", "body": "Nach fast"}
TEXT = """ date 2020-10-10 MOSKAU (AFP) - Nach fast zwei Wochen schwerer Kämpfe um die Konfliktregion Berg-Karabach haben sich Armenien und Aserbaidschan auf eine Waffenruhe geeinigt. Sie gelte seit Samstagmittag, teilte der russische Außenminister Sergej Lawrow nach mehr als zehnstündigen Verhandlungen in Moskau mit. Die Feuerpause solle den Austausch von Gefangenen und Leichen ermöglichen.

An den Gesprächen nahmen die Außenminister Sohrab Mnazakanjan und Dscheihun Bairamow teil. Der armenische Chefdiplomat sprach von einem "ersten Schritt". Kremlchef Wladimir Putin hatte die beiden Seiten am Freitag zu dem Treffen eingeladen.

Wenige Stunden nach Beginn der Waffenruhe warfen sich beide Länder gegenseitig Verstöße vor. Aserbaidschan beschuldigte armenische Truppen, die Stadt Tertar mit Artillerie beschossen zu haben. Das Verteidigungsministerium in Eriwan wies das zurück. Bei den Kämpfen, die Ende September begonnen hatten, wurden Hunderte Menschen getötet."""
ANN = """
E e1 LOC region Berg-Karabach | Berg-Karabach
E e2 LOC country Armenien | Armenien ; d:armenische*
E e3 LOC country Aserbaidschan | Aserbaidschan*
E e4 PER person Sergej Lawrow | Sergej Lawrow
R e4 e5 Außenminister | russische [Außenminister]
E e5 LOC country Russland | d:russische
E e6 LOC city Moskau | MOSKAU ; in [Moskau]
E e7 PER person Sohrab Mnazakanjan | Sohrab Mnazakanjan ; n:Der armenische Chefdiplomat
R e7 e2 Außenminister | die [Außenminister] Sohrab
E e8 PER person Dscheihun Bairamow | Dscheihun Bairamow
R e8 e3 Außenminister | die [Außenminister] Sohrab
E e9 PER person Wladimir Putin | Wladimir Putin
R e9 e5 Kremlchef | Kremlchef
E e10 ORG military armenische Truppen | n:armenische Truppen
E e11 LOC city Tertar | Tertar
E e12 ORG government armenisches Verteidigungsministerium | Verteidigungsministerium
E e13 LOC city Eriwan | Eriwan
Q q1 indirect e4 | Sie gelte seit Samstagmittag | teilte
Q q2 indirect e4 | Die Feuerpause solle den Austausch von Gefangenen und Leichen ermöglichen.
Q q3 reported e7 | Der armenische Chefdiplomat sprach von einem "ersten Schritt" | sprach
Q q4 reported - | Wenige Stunden nach Beginn der Waffenruhe warfen...Verstöße vor | warfen
Q q5 reported e3 | Aserbaidschan beschuldigte armenische Truppen...beschossen zu haben | beschuldigte
Q q6 reported e12 | Das Verteidigungsministerium in Eriwan wies das zurück | wies
T t1 DURATION P2W mod=LESS_THAN | fast zwei Wochen
T t2 TIME 2020-10-10T12:00 | seit Samstagmittag
T t3 DURATION PT10H mod=MORE_THAN | mehr als zehnstündigen
T t4 DATE 2020-10-09 | am Freitag
T t5 DURATION PTXH | Wenige Stunden
T t6 DATE 2020-09 mod=END | Ende September
V v1 ASSAULT - ongoing src=e2,e3 loc=e1 time=t1 | schwerer [Kämpfe]
V v2 AGREE - happened src=e2,e3 | geeinigt
V v3 RETREAT ceasefire happened src=e2,e3 time=t2 | eine [Waffenruhe] geeinigt
V v4 CONSULT third-party happened src=e4 tgt=e7,e8 loc=e6 | Verhandlungen
V v5 AGREE - happened src=e9 tgt=e2,e3 time=t4 | eingeladen
V v6 ACCUSE allege happened src=e2,e3 tgt=e2,e3 | warfen
V v7 ACCUSE allege happened src=e3 tgt=e10 | beschuldigte
V v8 ASSAULT heavy-weapons happened src=e10 loc=e11 | beschossen
V v9 REJECT - happened src=e12 tgt=e3 | wies
V v10 ASSAULT - happened src=e2,e3 time=t6 | getötet
A 2 week | zwei Wochen | Dauer der Kämpfe
A 10 hour | zehnstündigen | Dauer der Verhandlungen
"""
