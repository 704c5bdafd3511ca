ID = "gold-news-03"
DATE = "2022-09-14"
META = {"dateline": ("Wien@1", "Wien"), "body": "Die Bundesregierung"}
TEXT = """Wien – Die Bundesregierung hat am Mittwoch ein weiteres Entlastungspaket gegen die hohe Teuerung beschlossen. Bundeskanzler Karl Nehammer (ÖVP) und Vizekanzler Werner Kogler (Grüne) präsentierten nach dem Ministerrat eine Strompreisbremse, die Haushalte ab Dezember entlasten soll. Die Maßnahme kostet laut Finanzministerium bis zu 3,8 Milliarden Euro. "Niemand in diesem Land soll im Winter frieren müssen", sagte Nehammer. Der ÖVP-Chef kündigte zudem an, die Pendlerpauschale bis Mitte 2023 zu verlängern.

Kogler sprach von einem "sozial treffsicheren Modell". Der Grünen-Chef räumte aber ein, dass die Abwicklung über die Energieversorger Zeit brauche. Finanzminister Magnus Brunner (ÖVP) zufolge sollen die ersten 2.900 Kilowattstunden pro Jahr zu einem vergünstigten Preis von zehn Cent abgerechnet werden.

Die Opposition zeigte sich wenig überzeugt. SPÖ-Chefin Pamela Rendi-Wagner warf der Regierung vor, viel zu spät zu handeln. Die Teuerung sei längst im Mittelstand angekommen, sagte sie. FPÖ-Chef Herbert Kickl forderte erneut einen Stopp der Sanktionen gegen Russland. Die Neos kritisierten die Maßnahme als "Gießkanne"."""
ANN = """
E e1 ORG government Bundesregierung (Österreich) | n:Die Bundesregierung ; n:der Regierung
E e2 PER person Karl Nehammer | Karl Nehammer ; Nehammer* ; n:Der ÖVP-Chef
R e2 e16 Bundeskanzler | Bundeskanzler
R e2 e3 Parteichef | ÖVP-Chef
E e3 ORG party ÖVP | Nehammer ([ÖVP]) ; Brunner ([ÖVP])
E e4 PER person Werner Kogler | Werner Kogler ; Kogler* ; n:Der Grünen-Chef
R e4 e16 Vizekanzler | Vizekanzler
R e4 e5 Parteichef | Grünen-Chef
E e5 ORG party Grüne | Kogler ([Grüne])
E e6 ORG government Finanzministerium (Österreich) | Finanzministerium
E e7 PER person Magnus Brunner | Magnus Brunner
R e7 e16 Finanzminister | Finanzminister
R e7 e3 Mitglied
E e8 OTH group Opposition | n:Die Opposition
E e9 PER person Pamela Rendi-Wagner | Pamela Rendi-Wagner ; p:sagte [sie]
R e9 - SPÖ-Chefin | SPÖ-Chefin
E e11 PER person Herbert Kickl | Herbert Kickl
R e11 - FPÖ-Chef | FPÖ-Chef
E e12 LOC country Russland | Russland
E e13 ORG party Neos | Neos
E e15 LOC city Wien | Wien@1
E e16 LOC country Österreich | n:diesem Land
Q q1 indirect e6 | Die Maßnahme kostet...Milliarden Euro | laut
Q q2 direct e2 | Niemand in diesem Land soll im Winter frieren müssen | [sagte] Nehammer
Q q3 reported e2 | Der ÖVP-Chef kündigte zudem an...zu verlängern | kündigte
Q q4 reported e4 | Kogler sprach von einem "sozial treffsicheren Modell" | sprach
Q q5 indirect e4 | dass die Abwicklung über die Energieversorger Zeit brauche | räumte
Q q6 indirect e7 | sollen die ersten 2.900...abgerechnet werden | zufolge
Q q7 reported e9 | SPÖ-Chefin Pamela Rendi-Wagner warf...zu handeln | warf
Q q8 indirect e9 | Die Teuerung sei längst im Mittelstand angekommen | [sagte] sie
Q q9 reported e11 | FPÖ-Chef Herbert Kickl forderte...gegen Russland | forderte
Q q10 reported e13 | Die Neos kritisierten die Maßnahme als "Gießkanne" | kritisierten
T t1 DATE 2022-09-14 | am Mittwoch
T t2 DATE 2022-12 | ab Dezember
T t3 DATE 2022-WI | im Winter
T t4 DATE 2023 mod=MID | Mitte 2023
T t5 SET P1Y | pro Jahr
V v1 OTHER - happened src=e1 time=t1 | beschlossen
V v2 ACCUSE disapprove happened src=e9 tgt=e1 | warf
V v3 REQUEST change happened src=e11 tgt=e1 | forderte
V v4 SANCTION discontinue ongoing tgt=e12 | Sanktionen
V v5 ACCUSE disapprove happened src=e13 tgt=e1 | kritisierten
A 3800000000 EUR | 3,8 Milliarden Euro | Kosten der Strompreisbremse
A 2900 kWh | 2.900 Kilowattstunden | vergünstigte Strommenge pro Jahr
A 10 cent | zehn Cent | vergünstigter Strompreis pro Kilowattstunde
"""
