ID = "gold-dev-22"
DATE = "2024-01-08"
META = {"dateline": ("BEIRUT", "Beirut"), "agency": "AFP", "body": "Bei einem israelischen"}
TEXT = """ date 2024-01-08 BEIRUT (AFP) - Bei einem israelischen Luftangriff im Südlibanon ist nach Angaben aus Sicherheitskreisen ein ranghoher Kommandeur der Hisbollah-Miliz getötet worden. Das Fahrzeug des Mannes sei am Montagmorgen in der Ortschaft Chirbet Selm von einer Drohne getroffen worden, hieß es. Die Hisbollah bestätigte den Tod ihres Kommandeurs Wissam al-Tawil, äußerte sich aber nicht zu den Umständen.

Die israelische Armee wollte den Angriff zunächst nicht kommentieren. Seit Beginn des Gaza-Kriegs im Oktober liefern sich Israel und die vom Iran unterstützte Miliz an der Grenze immer wieder Gefechte. Zehntausende Menschen auf beiden Seiten mussten ihre Häuser verlassen.

Hisbollah-Chef Hassan Nasrallah hatte Israel in der vergangenen Woche mit Vergeltung gedroht, sollte es den Krieg auf den Libanon ausweiten. Der israelische Verteidigungsminister Joav Galant warnte die Miliz seinerseits vor einer weiteren Eskalation. „Wir bevorzugen eine diplomatische Lösung, aber das Fenster schließt sich“, sagte Galant am Sonntag vor Journalisten. US-Außenminister Antony Blinken war am Sonntag in der Region eingetroffen, um eine Ausweitung des Konflikts zu verhindern."""
ANN = """
E e1 LOC country Israel | d:einem [israelischen] Luftangriff ; liefern sich [Israel] ; hatte [Israel] ; p:sollte [es] den ; d:Der [israelische] Verteidigungsminister ; p:[Wir] bevorzugen
E e2 ORG group Hisbollah | Hisbollah-Miliz ; Die [Hisbollah] bestätigte ; p:[ihres] Kommandeurs ; n:die vom Iran unterstützte Miliz ; n:warnte [die Miliz]
E e3 PER person Wissam al-Tawil | n:ein ranghoher Kommandeur ; n:des Mannes ; Wissam al-Tawil
R e3 e2 Kommandeur | ihres [Kommandeurs]
E e4 LOC region Südlibanon | Südlibanon
E e5 LOC country Libanon | Libanon
E e6 LOC city Chirbet Selm | Chirbet Selm
E e7 LOC city Beirut | BEIRUT
E e8 ORG organisation israelische Armee | n:Die israelische Armee
E e9 OTH event Gaza-Krieg | Gaza-Kriegs ; n:den Krieg
E e10 LOC country Iran | Iran
E e11 PER person Hassan Nasrallah | Hassan Nasrallah
R e11 e2 Chef | Hisbollah-Chef
E e12 PER person Joav Galant | Joav Galant ; sagte [Galant]
R e12 e1 Verteidigungsminister | israelische [Verteidigungsminister]
E e13 PER person Antony Blinken | Antony Blinken
R e13 - Außenminister | US-Außenminister
E e14 ORG group Sicherheitskreise | Sicherheitskreisen
E e15 LOC region Nahost | n:der Region
Q q1 indirect e14 | Bei einem israelischen Luftangriff...getötet worden | Angaben
Q q2 indirect e14 | Das Fahrzeug des Mannes sei am Montagmorgen in der Ortschaft Chirbet Selm von einer Drohne getroffen worden | hieß
Q q3 reported e2 | Die Hisbollah bestätigte den Tod ihres Kommandeurs Wissam al-Tawil | bestätigte
Q q4 reported e11 | Hisbollah-Chef Hassan Nasrallah hatte Israel...ausweiten | gedroht
Q q5 reported e12 | Der israelische Verteidigungsminister Joav Galant warnte die Miliz seinerseits vor einer weiteren Eskalation | warnte
Q q6 direct e12 | Wir bevorzugen eine diplomatische Lösung, aber das Fenster schließt sich | [sagte] Galant
T t1 TIME 2024-01-08TMO | Montagmorgen
T t2 DATE 2023-10 | im Oktober
T t3 DATE 2024-W01 | in der vergangenen Woche
T t4 DATE 2024-01-07 | Galant [am Sonntag]
T t5 DATE 2024-01-07 | war [am Sonntag]
V v1 ASSAULT drone happened src=e1 tgt=e3 loc=e4 time=t1 | Luftangriff
V v2 ASSAULT - ongoing src=e1,e2 tgt=e2,e1 | Gefechte
V v3 SUPPORT - ongoing src=e10 tgt=e2 | unterstützte
V v4 THREATEN violence happened src=e11 tgt=e1 time=t3 | gedroht
V v5 ASSAULT - hypothetical src=e1 tgt=e5 | ausweiten
V v6 THREATEN - happened src=e12 tgt=e2 | warnte
V v7 CONSULT visit happened src=e13 loc=e15 time=t5 | eingetroffen
"""
