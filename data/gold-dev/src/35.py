ID = "gold-dev-35"
DATE = "2023-11-07"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "AFP", "body": "Bund und Länder haben"}
TEXT = """ date 2023-11-07 BERLIN (AFP) - Bund und Länder haben sich nach stundenlangen Verhandlungen auf eine Neuregelung der Flüchtlingskosten geeinigt. Der Bund zahlt den Ländern künftig eine Pauschale von 7500 Euro pro Asylbewerber und Jahr, wie Bundeskanzler Olaf Scholz (SPD) in der Nacht zum Dienstag im Kanzleramt mitteilte. Die Länder hatten ursprünglich 10.500 Euro gefordert.

Scholz sprach von einem „sehr historischen Moment“. Zudem sollen Asylverfahren beschleunigt und Leistungen für Asylbewerber gekürzt werden. Die Bundesregierung will außerdem prüfen, ob Asylverfahren künftig auch in Transit- oder Drittstaaten durchgeführt werden können.

Hessens Ministerpräsident Boris Rhein (CDU) nannte die Einigung einen „ersten Schritt“, forderte aber weitergehende Maßnahmen zur Begrenzung der irregulären Migration. Der Vorsitzende der Ministerpräsidentenkonferenz, Stephan Weil, lobte dagegen die Kompromissbereitschaft aller Beteiligten. Pro Asyl kritisierte die Beschlüsse scharf. Die Menschenrechtsorganisation warf der Politik vor, Schutzsuchende zu Sündenböcken zu machen."""
ANN = """
E e1 ORG organisation Bundesregierung | n:[Bund] und Länder ; n:Der Bund ; n:Die Bundesregierung
E e2 ORG group Bundesländer | n:Bund und [Länder] ; n:den Ländern ; n:Die Länder
E e3 PER person Olaf Scholz | Olaf Scholz ; [Scholz] sprach
R e3 - Bundeskanzler | Bundeskanzler
R e3 e4 Mitglied | ([SPD])
E e4 ORG party SPD | ([SPD])
E e5 ORG organisation Kanzleramt | Kanzleramt
E e6 PER person Boris Rhein | Boris Rhein
R e6 e7 Ministerpräsident | Hessens [Ministerpräsident]
R e6 e8 Mitglied | ([CDU])
E e7 LOC state Hessen | Hessens
E e8 ORG party CDU | ([CDU])
E e9 PER person Stephan Weil | Stephan Weil
R e9 e10 Vorsitzender | Der [Vorsitzende]
E e10 ORG organisation Ministerpräsidentenkonferenz | Ministerpräsidentenkonferenz
E e11 ORG organisation Pro Asyl | Pro Asyl ; n:Die Menschenrechtsorganisation
E e12 LOC city Berlin | BERLIN
Q q1 indirect e3 | Der Bund zahlt den Ländern künftig eine Pauschale von 7500 Euro pro Asylbewerber und Jahr | mitteilte
Q q2 reported e2 | Die Länder hatten ursprünglich 10.500 Euro gefordert | gefordert
Q q3 reported e3 | Scholz sprach von einem „sehr historischen Moment“ | sprach
Q q4 reported e6 | Hessens Ministerpräsident Boris Rhein (CDU) nannte die Einigung einen „ersten Schritt“, forderte aber weitergehende Maßnahmen zur Begrenzung der irregulären Migration | nannte
Q q5 reported e9 | Der Vorsitzende der Ministerpräsidentenkonferenz, Stephan Weil, lobte dagegen die Kompromissbereitschaft aller Beteiligten | lobte
Q q6 reported e11 | Pro Asyl kritisierte die Beschlüsse scharf | kritisierte
Q q7 reported e11 | Die Menschenrechtsorganisation warf der Politik vor, Schutzsuchende zu Sündenböcken zu machen | warf
T t1 DURATION PTXH | stundenlangen
T t2 DATE FUTURE_REF | künftig@1
T t3 SET P1Y | und [Jahr]
T t4 TIME 2023-11-07TNI | in der Nacht zum Dienstag
T t5 DATE FUTURE_REF | künftig@2
V v1 AGREE - happened src=e1,e2 tgt=e2,e1 | geeinigt
V v2 CONSULT meeting happened src=e1,e2 tgt=e2,e1 loc=e5 time=t4 | Verhandlungen
V v3 AID - promised src=e1 tgt=e2 time=t2 | zahlt
V v4 REQUEST - happened src=e2 tgt=e1 | gefordert
V v5 REQUEST change happened src=e6 tgt=e1 | forderte
V v6 SUPPORT - happened src=e9 tgt=e1,e2 | lobte
V v7 ACCUSE disapprove happened src=e11 tgt=e1,e2 | kritisierte
A 7500 EUR | 7500 Euro | Flüchtlingspauschale pro Asylbewerber und Jahr
A 10500 EUR | 10.500 Euro | Forderung der Länder
"""
