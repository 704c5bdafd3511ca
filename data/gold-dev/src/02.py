ID = "gold-dev-02"
DATE = "2023-05"
META = {"dateline": ("BONN", "Bonn"), "agency": "dpa-AFX", "editors": ["mis", "DP", "jha"], "body": "Die Deutsche Telekom hat"}
TEXT = """ date 2023-05 BONN (dpa-AFX) - Die Deutsche Telekom hat im ersten Quartal dank ihrer US-Tochter T-Mobile US deutlich mehr verdient. Der bereinigte Konzernüberschuss stieg im Vergleich zum Vorjahreszeitraum um 14 Prozent auf 2,1 Milliarden Euro, wie das Bonner Unternehmen am Donnerstag mitteilte. Vorstandschef Tim Höttges hob die Prognose für das Gesamtjahr leicht an. „Wir liefern, was wir versprochen haben“, sagte der 60-Jährige in einer Telefonkonferenz. „Und wir haben noch Luft nach oben.“ Das Geschäft in Deutschland wachse trotz der schwachen Konjunktur stabil.

Finanzchef Christian Illek warnte jedoch vor zu hohen Erwartungen. Die Inflation belaste weiterhin die Kosten, sagte er. Zugleich kündigte der Manager an, bis Ende des Jahres eigene Aktien für bis zu zwei Milliarden Euro zurückzukaufen. Die Gewerkschaft Verdi hatte zuletzt mit Warnstreiks in den Callcentern gedroht. An der Frankfurter Börse legte die Telekom-Aktie am Nachmittag um 2,1 Prozent zu./mis/DP/jha"""
ANN = """
E e1 ORG organisation Deutsche Telekom | Deutsche Telekom ; p:dank [ihrer] ; n:das Bonner Unternehmen ; p:[Wir] liefern ; p:was [wir] versprochen ; p:Und [wir] haben
E e2 ORG organisation T-Mobile US | T-Mobile US
E e3 LOC city Bonn | BONN ; d:das [Bonner] Unternehmen
E e4 PER person Tim Höttges | Tim Höttges ; n:der 60-Jährige
R e4 e1 Vorstandschef | Vorstandschef
E e5 LOC country Deutschland | Deutschland
E e6 PER person Christian Illek | Christian Illek ; p:sagte [er] ; n:der Manager
R e6 e1 Finanzchef | Finanzchef
E e7 ORG organisation Verdi | Verdi
E e8 ORG organisation Frankfurter Börse | Frankfurter Börse
Q q1 indirect e1 | Der bereinigte Konzernüberschuss stieg...2,1 Milliarden Euro | mitteilte
Q q2 direct e4 | Wir liefern, was wir versprochen haben | [sagte] der 60-Jährige
Q q3 direct e4 | Und wir haben noch Luft nach oben. | -
Q q4 indirect e4 | Das Geschäft in Deutschland wachse trotz der schwachen Konjunktur stabil. | -
Q q5 reported e6 | Finanzchef Christian Illek warnte jedoch vor zu hohen Erwartungen | warnte
Q q6 indirect e6 | Die Inflation belaste weiterhin die Kosten | Kosten, [sagte]
Q q7 reported e6 | Zugleich kündigte der Manager an, bis Ende des Jahres eigene Aktien für bis zu zwei Milliarden Euro zurückzukaufen | kündigte
Q q8 reported e7 | Die Gewerkschaft Verdi hatte zuletzt mit Warnstreiks in den Callcentern gedroht | gedroht
T t1 DATE 2023-Q1 | im ersten Quartal
T t2 DATE 2023-05 | am Donnerstag
T t3 DATE 2023 | das Gesamtjahr
T t4 DATE 2023 mod=END | Ende des Jahres
T t5 DATE PAST_REF | zuletzt
T t6 TIME 2023-05-XXTAF | am Nachmittag
V v1 OTHER - planned src=e1 time=t4 | zurückzukaufen
V v3 OTHER - happened src=e4,e1 time=t3 | hob
V v2 THREATEN - happened src=e7 tgt=e1 time=t5 | gedroht
A 14 percent | 14 Prozent | Anstieg des bereinigten Konzernüberschusses
A 2.1e9 EUR | 2,1 Milliarden Euro | bereinigter Konzernüberschuss im ersten Quartal
A 60 year | 60-Jährige | Alter von Tim Höttges
A 2e9 EUR | zwei Milliarden Euro | Volumen des Aktienrückkaufs
A 2.1 percent | 2,1 Prozent | Kursplus der Telekom-Aktie
"""
