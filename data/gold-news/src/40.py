ID = "gold-news-40"
DATE = "2023-10"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Das Amtsgericht"}
TEXT = """ date 2023-10 BERLIN (dpa) - Das Amtsgericht Tiergarten hat zwei Klimaaktivistinnen der Gruppe Letzte Generation wegen Nötigung zu Geldstrafen verurteilt. Die 23 und 29 Jahre alten Frauen hatten sich im Februar auf der Stadtautobahn A100 festgeklebt und den Berufsverkehr für mehrere Stunden blockiert. Sie müssen jeweils 60 Tagessätze zu 15 Euro zahlen, wie ein Gerichtssprecher am Dienstag mitteilte.

Die Richterin folgte damit weitgehend dem Antrag der Staatsanwaltschaft. Die Angeklagten hätten die Rechte Tausender Autofahrer "in nicht hinnehmbarer Weise" eingeschränkt, heißt es in der Urteilsbegründung. Eine der Frauen kündigte noch im Saal an, weiter protestieren zu wollen. „Wir haben keine Zeit mehr“, rief sie.

Die Letzte Generation hat für kommende Woche neue Blockaden in mehreren Städten angekündigt. Berlins Innensenatorin Iris Spranger (SPD) warnte die Gruppe vor weiteren Aktionen. Die Polizei werde konsequent einschreiten, sagte die 61-Jährige."""
ANN = """
E e1 ORG court Amtsgericht Tiergarten | Amtsgericht Tiergarten
E e2 OTH group zwei verurteilte Klimaaktivistinnen | n:zwei Klimaaktivistinnen ; n:Die 23 und 29 Jahre alten Frauen ; p:[Sie] müssen ; n:Die Angeklagten ; n:der Frauen
E e3 PER person Aktivistin | n:Eine der Frauen ; p:rief [sie]
E e4 ORG organisation Letzte Generation | Letzte Generation* ; n:die Gruppe
E e5 LOC location A100 | A100
E e6 PER person Gerichtssprecher | n:ein Gerichtssprecher
R e6 e1 Sprecher | Gerichtssprecher
E e7 PER person Richterin | n:Die Richterin
R e7 e1 Richterin | Richterin
E e8 ORG organisation Staatsanwaltschaft | n:der Staatsanwaltschaft
E e10 PER person Iris Spranger | Iris Spranger ; n:die 61-Jährige
R e10 e12 Innensenatorin | Innensenatorin
R e10 e11 Mitglied
E e11 ORG party SPD | Spranger ([SPD])
E e12 LOC city Berlin | BERLIN ; Berlins
E e13 ORG organisation Polizei | n:Die Polizei
Q q1 indirect e6 | Sie müssen jeweils 60 Tagessätze zu 15 Euro zahlen | mitteilte
Q q2 indirect e1 | Die Angeklagten hätten...eingeschränkt | heißt
Q q3 reported e3 | Eine der Frauen kündigte noch im Saal an, weiter protestieren zu wollen | kündigte
Q q4 direct e3 | Wir haben keine Zeit mehr | rief
Q q5 reported e4 | Die Letzte Generation hat für kommende Woche...angekündigt | angekündigt
Q q6 reported e10 | Berlins Innensenatorin Iris Spranger (SPD) warnte die Gruppe vor weiteren Aktionen | warnte
Q q7 indirect e10 | Die Polizei werde konsequent einschreiten | [sagte] die 61
T t1 DATE 2023-02 | im Februar
T t2 DURATION PTXH | mehrere Stunden
T t3 DATE 2023-10 | am Dienstag
T t4 DATE 2023-WXX | kommende Woche
V v1 SANCTION convict happened src=e1 tgt=e2 | verurteilt
V v2 PROTEST obstruct happened src=e2 loc=e5 time=t1 | blockiert
V v3 PROTEST - planned src=e3 | protestieren
V v4 PROTEST obstruct planned src=e4 time=t4 | Blockaden
V v5 THREATEN arrest happened src=e10 tgt=e4 | warnte
A 23 year | 23 | Alter einer Aktivistin
A 29 year | 29 Jahre | Alter einer Aktivistin
A 60 item | 60 Tagessätze | Geldstrafe in Tagessätzen
A 15 EUR | 15 Euro | Höhe eines Tagessatzes
A 61 year | 61-Jährige | Alter Spranger
"""
