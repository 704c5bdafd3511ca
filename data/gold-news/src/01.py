ID = "gold-news-01"
DATE = "2021-03"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Im Streit"}
TEXT = """ date 2021-03 BERLIN (dpa) - Im Streit um die Sanktionen gegen China hat Außenminister Heiko Maas (SPD) die Gegenmaßnahmen Pekings scharf kritisiert. Die Strafmaßnahmen gegen Abgeordnete des Europaparlaments und Wissenschaftler seien "völlig inakzeptabel", sagte der SPD-Politiker am Dienstag in Berlin. Er habe den chinesischen Botschafter Wu Ken deshalb ins Auswärtige Amt einbestellen lassen.

Die Europäische Union hatte am Montag erstmals seit mehr als 30 Jahren wieder Sanktionen gegen China verhängt. Sie richten sich gegen vier Funktionäre und eine Organisation, die für die Unterdrückung der muslimischen Minderheit der Uiguren in der Region Xinjiang verantwortlich sein sollen. Peking reagierte nur wenige Stunden später mit Einreiseverboten gegen zehn Europäer, darunter der Grünen-Europaabgeordnete Reinhard Bütikofer.

„Wir lassen uns nicht einschüchtern“, sagte Bütikofer der Deutschen Presse-Agentur. Der 67-Jährige kündigte an, seine Arbeit als Vorsitzender der China-Delegation des Parlaments fortzusetzen. Das chinesische Außenministerium warf der EU dagegen vor, sich in innere Angelegenheiten einzumischen. Die Vorwürfe über Menschenrechtsverletzungen in Xinjiang beruhten auf "Lügen und Desinformation", erklärte ein Sprecher in Peking.

Maas betonte, man wolle trotz der Spannungen im Gespräch bleiben. Der Minister will Ende April mit seinem chinesischen Kollegen Wang Yi telefonieren."""
ANN = """
E e1 PER person Heiko Maas | Heiko Maas ; Maas* ; n:der SPD-Politiker ; p:[Er] habe ; n:Der Minister ; p:[seinem] chinesischen Kollegen
R e1 - Außenminister | Außenminister
R e1 e2 Mitglied
E e2 ORG party SPD | Maas ([SPD])
E e3 LOC country China | China* ; Pekings ; [Peking] reagierte ; d:den [chinesischen] Botschafter ; d:Das [chinesische] Außenministerium ; d:seinem [chinesischen] Kollegen
E e4 PER person Wu Ken | Wu Ken
R e4 e3 Botschafter | [Botschafter] Wu Ken
E e5 ORG government Auswärtiges Amt | Auswärtige Amt
E e6 ORG organisation Europäische Union | Europäische Union ; EU
E e7 ORG organisation Europaparlament | Europaparlaments ; n:des Parlaments
E e8 OTH group Uiguren | Uiguren ; n:der muslimischen Minderheit
E e9 LOC region Xinjiang | Xinjiang*
E e10 PER person Reinhard Bütikofer | Reinhard Bütikofer ; Bütikofer* ; n:Der 67-Jährige ; p:[seine] Arbeit
R e10 e7 Europaabgeordneter | Grünen-Europaabgeordnete
R e10 e7 Vorsitzender der China-Delegation | [Vorsitzender] der China
E e11 ORG organisation Deutsche Presse-Agentur | Deutschen Presse-Agentur
E e12 ORG government chinesisches Außenministerium | chinesische [Außenministerium]
E e13 PER person Sprecher des chinesischen Außenministeriums | n:ein Sprecher
R e13 e12 Sprecher | ein [Sprecher]
E e14 LOC city Peking | in [Peking]
E e15 LOC city Berlin | BERLIN ; in [Berlin]
E e16 PER person Wang Yi | Wang Yi
R e16 e3 Außenminister | Kollegen
Q q1 reported e1 | Im Streit...scharf kritisiert | kritisiert
Q q2 indirect e1 | Die Strafmaßnahmen...inakzeptabel" | [sagte] der SPD
Q q3 indirect e1 | Er habe den chinesischen Botschafter...lassen.
Q q4 direct e10 | Wir lassen uns nicht einschüchtern | [sagte] Bütikofer
Q q5 reported e10 | Der 67-Jährige kündigte an...fortzusetzen | kündigte
Q q6 reported e12 | Das chinesische Außenministerium warf...einzumischen | warf
Q q7 indirect e13 | Die Vorwürfe über...Desinformation" | erklärte
Q q8 indirect e1 | man wolle trotz der Spannungen im Gespräch bleiben | betonte
T t1 DATE 2021-03 | am Dienstag
T t2 DATE 2021-03 | am Montag
T t3 DURATION P30Y mod=MORE_THAN | mehr als 30 Jahren
T t4 DURATION PTXH | wenige Stunden
T t5 DATE 2021-04 mod=END | Ende April
V v1 ACCUSE disapprove happened src=e1 tgt=e3 time=t1 | kritisiert
V v2 ACCUSE disapprove happened src=e1 tgt=e4 | einbestellen
V v3 SANCTION discontinue happened src=e6 tgt=e3 time=t2 | verhängt
V v4 COERCE - ongoing tgt=e8 loc=e9 | Unterdrückung
V v5 SANCTION discontinue happened src=e3 tgt=e10,e7 | Einreiseverboten
V v6 ACCUSE disapprove happened src=e12 tgt=e6 | warf
V v7 REJECT - happened src=e13 tgt=e6 | beruhten
V v8 CONSULT phone planned src=e1 tgt=e16 time=t5 | telefonieren
A 30 year | 30 Jahren | seit wann erstmals wieder Sanktionen
A 4 person | vier Funktionäre | sanktionierte Funktionäre
A 10 person | zehn Europäer | von Einreiseverboten Betroffene
A 67 year | 67-Jährige | Alter Bütikofer
"""
