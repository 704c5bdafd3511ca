ID = "gold-news-05"
DATE = "2021-07-15"
META = {"dateline": ("KÖLN", "Köln"), "agency": "dpa", "body": "Im Prozess"}
TEXT = """ date 2021-07-15 KÖLN (dpa) - Im Prozess um den Millionenbetrug mit Corona-Testzentren hat das Landgericht Köln einen 41 Jahre alten Unternehmer zu sechs Jahren und neun Monaten Haft verurteilt. Der Angeklagte habe zwischen März und Dezember 2020 Tests abgerechnet, die nie stattgefunden hätten, sagte der Vorsitzende Richter Martin Kessler am Donnerstag bei der Urteilsbegründung. Der Schaden für die Kassenärztliche Vereinigung Nordrhein belaufe sich auf rund 9,7 Millionen Euro.

Der Mann aus Bergisch Gladbach hatte zum Prozessauftakt im Mai ein umfassendes Geständnis abgelegt. „Ich schäme mich für das, was ich getan habe“, ließ er über seinen Verteidiger Jens Albrecht erklären. Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert, die Verteidigung viereinhalb Jahre. Albrecht kündigte an, das Urteil prüfen zu wollen. Eine Revision zum Bundesgerichtshof sei nicht ausgeschlossen.

Mitangeklagt war die 38 Jahre alte Lebensgefährtin des Unternehmers. Sie erhielt wegen Beihilfe eine Bewährungsstrafe von zwei Jahren. Der Unternehmer sitzt seit vergangenem Oktober in Untersuchungshaft."""
ANN = """
E e1 PER person Angeklagter Unternehmer aus Bergisch Gladbach | n:einen 41 Jahre alten Unternehmer ; n:Der Angeklagte ; n:Der Mann ; p:[Ich] schäme ; p:was [ich] getan ; p:ließ [er] ; p:[seinen] Verteidiger ; n:des Unternehmers ; n:[Der Unternehmer] sitzt
E e2 ORG court Landgericht Köln | Landgericht Köln
E e3 PER person Martin Kessler | Martin Kessler
R e3 e2 Vorsitzender Richter | Vorsitzende Richter
E e4 ORG organisation Kassenärztliche Vereinigung Nordrhein | Kassenärztliche Vereinigung Nordrhein
E e5 LOC city Bergisch Gladbach | Bergisch Gladbach
E e6 PER person Jens Albrecht | Jens Albrecht ; Albrecht*
R e6 e1 Verteidiger | seinen [Verteidiger]
E e7 ORG organisation Staatsanwaltschaft | n:Die Staatsanwaltschaft
E e8 OTH group Verteidigung | n:die Verteidigung
E e9 ORG court Bundesgerichtshof | Bundesgerichtshof
E e10 PER person Lebensgefährtin des Angeklagten | n:die 38 Jahre alte Lebensgefährtin ; p:[Sie] erhielt
E e11 LOC city Köln | KÖLN
Q q1 indirect e3 | Der Angeklagte habe zwischen...stattgefunden hätten | [sagte] der Vorsitzende
Q q2 indirect e3 | Der Schaden für die...9,7 Millionen Euro.
Q q3 reported e1 | Der Mann aus Bergisch Gladbach hatte...abgelegt | Geständnis
Q q4 direct e1 | Ich schäme mich für das, was ich getan habe | erklären
Q q5 reported e7 | Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert | gefordert
Q q6 reported e6 | Albrecht kündigte an, das Urteil prüfen zu wollen | kündigte
Q q7 indirect e6 | Eine Revision zum Bundesgerichtshof sei nicht ausgeschlossen.
T t1 DURATION P6Y9M | sechs Jahren und neun Monaten
T t2 DATE 2020-03 | zwischen [März]
T t3 DATE 2020-12 | Dezember 2020
T t4 DATE 2021-07-15 | am Donnerstag
T t5 DATE 2021-05 | im Mai
T t6 DURATION P7Y | sieben Jahre
T t7 DURATION P4Y6M | viereinhalb Jahre
T t8 DURATION P2Y | zwei Jahren
T t9 DATE 2020-10 | seit vergangenem Oktober
V v1 SANCTION convict happened src=e2 tgt=e1 time=t4 | verurteilt
V v2 CONCEDE - happened src=e1 time=t5 | Geständnis
V v3 SANCTION convict happened src=e2 tgt=e10 | Bewährungsstrafe
V v4 COERCE arrest ongoing tgt=e1 time=t9 | Untersuchungshaft
A 41 year | 41 Jahre | Alter des Angeklagten
A 6.75 year | sechs Jahren und neun Monaten | Haftstrafe
A 9700000 EUR | 9,7 Millionen Euro | Schaden
A 7 year | sieben Jahre | geforderte Haftstrafe
A 4.5 year | viereinhalb Jahre | von der Verteidigung geforderte Strafe
A 38 year | 38 Jahre | Alter der Lebensgefährtin
A 2 year | zwei Jahren | Bewährungsstrafe
"""
