ID = "gold-news-04"
DATE = "2021-10-26"
META = {"dateline": ("ZÜRICH", "Zürich"), "agency": "dpa-AFX", "editors": ["hbr", "AB", "jha"], "body": "Die Schweizer Großbank"}
TEXT = """ date 2021-10-26 ZÜRICH (dpa-AFX) - Die Schweizer Großbank UBS hat im dritten Quartal dank eines florierenden Vermögensverwaltungsgeschäfts deutlich mehr verdient. Unter dem Strich stand ein Gewinn von 2,3 Milliarden US-Dollar, wie das Institut am Dienstag in Zürich mitteilte. Das waren 22 Prozent mehr als ein Jahr zuvor. Analysten hatten im Schnitt mit 1,8 Milliarden Dollar gerechnet.

"Unsere Kunden waren sehr aktiv", sagte Konzernchef Ralph Hamers. Der Niederländer, der die Bank seit November 2020 führt, kündigte an, im laufenden Jahr eigene Aktien im Wert von bis zu 2,5 Milliarden Dollar zurückzukaufen. Die Bank profitiere zudem von niedrigeren Rückstellungen für faule Kredite, sagte Finanzchefin Sarah Youngwood in einer Telefonkonferenz. Sie warnte allerdings vor einer Abkühlung im vierten Quartal.

Die Konkurrentin Credit Suisse wird ihre Zahlen am Donnerstag vorlegen. Das Institut steht nach dem Zusammenbruch des Hedgefonds Archegos unter Druck. Die Schweizer Finanzmarktaufsicht Finma hatte im Sommer ein Verfahren gegen die Bank eröffnet. An der Börse legten UBS-Aktien am Vormittag um 3,1 Prozent zu./hbr/AB/jha"""
ANN = """
E e1 ORG company UBS | Großbank [UBS] ; n:wie [das Institut] ; n:der [die Bank] seit ; n:[Die Bank] profitiere ; p:[Unsere] Kunden
E e2 LOC country Schweiz | d:Schweizer*
E e3 LOC city Zürich | ZÜRICH ; in [Zürich]
E e4 PER person Ralph Hamers | Ralph Hamers ; n:Der Niederländer
R e4 e1 Konzernchef | Konzernchef
E e6 PER person Sarah Youngwood | Sarah Youngwood ; p:[Sie] warnte
R e6 e1 Finanzchefin | Finanzchefin
E e7 ORG company Credit Suisse | Credit Suisse ; p:[ihre] Zahlen ; n:[Das Institut] steht ; n:gegen [die Bank]
E e8 ORG company Archegos | Archegos
E e9 ORG organisation Finma | Finma
Q q1 indirect e1 | Unter dem Strich...US-Dollar | mitteilte
Q q2 direct e4 | Unsere Kunden waren sehr aktiv | [sagte] Konzernchef
Q q3 reported e4 | Der Niederländer...zurückzukaufen | kündigte
Q q4 indirect e6 | Die Bank profitiere...faule Kredite | [sagte] Finanzchefin
Q q5 reported e6 | Sie warnte allerdings vor einer Abkühlung im vierten Quartal | warnte
T t1 DATE 2021-Q3 | im dritten Quartal
T t2 DATE 2021-10-26 | am Dienstag
T t3 DATE 2020-Q3 | ein Jahr zuvor
T t4 DATE 2020-11 | November 2020
T t5 DATE 2021 | im laufenden Jahr
T t6 DATE 2021-Q4 | im vierten Quartal
T t7 DATE 2021-10-28 | am Donnerstag
T t8 DATE 2021-SU | im Sommer
T t9 TIME 2021-10-26TMO | am Vormittag
V v1 OTHER - planned src=e1 time=t5 | zurückzukaufen
V v2 ACCUSE investigate happened src=e9 tgt=e7 time=t8 | Verfahren
A 2300000000 USD | 2,3 Milliarden US-Dollar | Quartalsgewinn UBS
A 22 percent | 22 Prozent | Gewinnanstieg UBS
A 1800000000 USD | 1,8 Milliarden Dollar | erwarteter Gewinn
A 2500000000 USD | 2,5 Milliarden Dollar | Aktienrückkauf
A 3.1 percent | 3,1 Prozent | Kursplus UBS-Aktie
"""
