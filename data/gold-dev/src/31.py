ID = "gold-dev-31"
DATE = "2023-03-20"
META = {"dateline": ("ZÜRICH", "Zürich"), "agency": "Reuters", "body": "Die Schweizer Großbank UBS"}
TEXT = """ date 2023-03-20 ZÜRICH (Reuters) - Die Schweizer Großbank UBS übernimmt ihre angeschlagene Konkurrentin Credit Suisse für drei Milliarden Franken. Die Notübernahme war am Sonntagabend nach tagelangen Verhandlungen unter Druck der Regierung in Bern verkündet worden. Die Schweizerische Nationalbank stellt den Banken Liquiditätshilfen von bis zu 100 Milliarden Franken zur Verfügung, der Bund garantiert mögliche Verluste bis zu neun Milliarden Franken.

Bundespräsident Alain Berset sagte, eine unkontrollierte Pleite der Credit Suisse hätte „irreparable Schäden“ für die Schweiz und die internationalen Finanzmärkte verursacht. Die Aktionäre der Credit Suisse sollen für 22,48 Aktien eine UBS-Aktie erhalten. Ihr Stimmrecht wurde per Notrecht ausgehebelt.

An der Zürcher Börse brachen die Credit-Suisse-Aktien am Montag um mehr als 60 Prozent ein. Die Finanzmarktaufsicht Finma ordnete zudem an, Anleihen der Bank im Wert von rund 16 Milliarden Franken abzuschreiben. Mehrere Anleihegläubiger kündigten Klagen an. UBS-Präsident Colm Kelleher sprach von einem „historischen Tag“, warnte aber vor einem schwierigen Umbau."""
ANN = """
E e1 ORG company UBS | Großbank [UBS] ; p:[ihre] angeschlagene
E e2 ORG company Credit Suisse | Credit Suisse* ; n:der Bank
E e3 LOC country Schweiz | d:Die [Schweizer] Großbank ; die [Schweiz]
E e4 ORG organisation Schweizer Bundesregierung | n:der Regierung ; n:der Bund
E e5 LOC city Bern | Bern
E e6 ORG organisation Schweizerische Nationalbank | Schweizerische Nationalbank
E e7 PER person Alain Berset | Alain Berset
R e7 e3 Bundespräsident | Bundespräsident
E e8 PER group Aktionäre der Credit Suisse | n:Die Aktionäre ; p:[Ihr] Stimmrecht
E e9 LOC city Zürich | ZÜRICH ; d:der [Zürcher] Börse
E e10 ORG organisation Finma | Finma
E e11 PER group Anleihegläubiger der Credit Suisse | n:Mehrere Anleihegläubiger
E e12 PER person Colm Kelleher | Colm Kelleher
R e12 e1 Präsident | UBS-Präsident
Q q1 indirect e7 | eine unkontrollierte Pleite der Credit Suisse hätte „irreparable Schäden“ für die Schweiz und die internationalen Finanzmärkte verursacht | sagte
Q q2 reported e10 | Die Finanzmarktaufsicht Finma ordnete zudem an, Anleihen der Bank im Wert von rund 16 Milliarden Franken abzuschreiben | ordnete
Q q3 reported e11 | Mehrere Anleihegläubiger kündigten Klagen an | kündigten
Q q4 reported e12 | UBS-Präsident Colm Kelleher sprach von einem „historischen Tag“, warnte aber vor einem schwierigen Umbau | sprach
T t1 TIME 2023-03-19TEV | am Sonntagabend
T t2 DURATION PXD | tagelangen
T t3 DATE 2023-03-20 | am Montag
V v1 OTHER - happened src=e1 tgt=e2 | übernimmt
V v2 CONSULT - happened src=e1,e2 tgt=e2,e1 | Verhandlungen
V v3 AID - promised src=e6 tgt=e1,e2 | Liquiditätshilfen
V v4 AID - promised src=e4 tgt=e1 | garantiert
V v5 COERCE restrict happened tgt=e8 | ausgehebelt
V v6 OTHER - happened src=e10 tgt=e2 | ordnete
V v7 ACCUSE - planned src=e11 | Klagen
A 3e9 CHF | drei Milliarden Franken | Kaufpreis für die Credit Suisse
A 1e11 CHF | 100 Milliarden Franken | Liquiditätshilfen der Nationalbank
A 9e9 CHF | neun Milliarden Franken | Verlustgarantie des Bundes
A 22.48 share | 22,48 Aktien | Umtauschverhältnis
A 60 percent | 60 Prozent | Kurseinbruch der Credit-Suisse-Aktie
A 1.6e10 CHF | 16 Milliarden Franken | abgeschriebene Anleihen
"""
