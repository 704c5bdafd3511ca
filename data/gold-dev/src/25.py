ID = "gold-dev-25"
DATE = "2023-11-07"
META = {"dateline": ("MÜNCHEN", "München"), "agency": "dpa", "body": "Das Amtsgericht München hat"}
TEXT = """ date 2023-11-07 MÜNCHEN (dpa) - Das Amtsgericht München hat zwei Klimaaktivisten der Gruppe Letzte Generation wegen Nötigung zu Geldstrafen verurteilt. Die beiden Männer im Alter von 22 und 27 Jahren hatten sich im Mai auf einer Kreuzung in der Innenstadt festgeklebt und den Verkehr für rund zwei Stunden blockiert. Der Richter sprach am Dienstag von einer „verwerflichen Blockade“, die zahlreiche Unbeteiligte getroffen habe.

Die Staatsanwaltschaft hatte jeweils vier Monate Haft auf Bewährung gefordert. Das Gericht verhängte stattdessen Geldstrafen von je 90 Tagessätzen zu 30 Euro. Der jüngere Angeklagte kündigte an, in Berufung zu gehen. „Wir handeln aus Notwehr gegen die Klimakrise“, sagte er nach dem Urteil vor dem Gerichtsgebäude, wo rund 40 Unterstützer demonstrierten.

Bayerns Innenminister Joachim Herrmann (CSU) begrüßte das Urteil. Er forderte erneut härtere Strafen für Straßenblockierer. Die Letzte Generation kündigte weitere Proteste in der Landeshauptstadt an. In Bayern waren zuletzt mehrere Aktivisten auf Grundlage des Polizeiaufgabengesetzes bis zu 30 Tage in Präventivgewahrsam genommen worden."""
ANN = """
E e1 ORG organisation Amtsgericht München | Amtsgericht München ; n:Das Gericht
E e2 PER group zwei Klimaaktivisten der Letzten Generation | n:zwei Klimaaktivisten ; n:Die beiden Männer
E e3 ORG group Letzte Generation | Letzte Generation*
E e4 LOC city München | MÜNCHEN ; n:der Landeshauptstadt
E e5 PER person Richter am Amtsgericht München | n:Der Richter
E e6 ORG organisation Staatsanwaltschaft München | n:Die Staatsanwaltschaft
E e7 PER person jüngerer Angeklagter | n:Der jüngere Angeklagte ; p:sagte [er]
E e8 PER person Joachim Herrmann | Joachim Herrmann ; p:[Er] forderte
R e8 e9 Innenminister | Innenminister
R e8 e10 Mitglied | ([CSU])
E e9 LOC state Bayern | Bayerns ; In [Bayern]
E e10 ORG party CSU | CSU
E e11 PER group Unterstützer der Angeklagten | n:rund 40 Unterstützer
E e12 OTH law Polizeiaufgabengesetz | Polizeiaufgabengesetzes
E e13 PER group Aktivisten in Präventivgewahrsam | n:mehrere Aktivisten
Q q1 reported e5 | Der Richter sprach am Dienstag von einer „verwerflichen Blockade“, die zahlreiche Unbeteiligte getroffen habe | sprach
Q q2 reported e6 | Die Staatsanwaltschaft hatte jeweils vier Monate Haft auf Bewährung gefordert | gefordert
Q q3 reported e7 | Der jüngere Angeklagte kündigte an, in Berufung zu gehen | Angeklagte [kündigte]
Q q4 direct e7 | Wir handeln aus Notwehr gegen die Klimakrise | [sagte] er
Q q5 reported e8 | Bayerns Innenminister Joachim Herrmann (CSU) begrüßte das Urteil | begrüßte
Q q6 reported e8 | Er forderte erneut härtere Strafen für Straßenblockierer | forderte
Q q7 reported e3 | Die Letzte Generation kündigte weitere Proteste in der Landeshauptstadt an | Generation [kündigte]
T t1 DATE 2023-05 | im Mai
T t2 DURATION PT2H mod=APPROX | rund zwei Stunden
T t3 DATE 2023-11-07 | am Dienstag
T t4 DURATION P4M | vier Monate
T t5 DATE PAST_REF | zuletzt
T t6 DURATION P30D mod=EQUAL_OR_LESS | 30 Tage
V v1 SANCTION convict happened src=e1 tgt=e2 time=t3 | verurteilt
V v2 PROTEST obstruct happened src=e2 loc=e4 time=t1 | blockiert
V v3 REQUEST - happened src=e6 tgt=e1 | gefordert
V v4 OTHER - planned src=e7 tgt=e1 | Berufung
V v5 PROTEST demo happened src=e11 tgt=e1 | demonstrierten
V v6 SUPPORT - happened src=e8 tgt=e1 | begrüßte
V v7 REQUEST change happened src=e8 | forderte
V v8 PROTEST demo planned src=e3 loc=e4 | Proteste
V v9 COERCE arrest happened tgt=e13 loc=e9 time=t5 | Präventivgewahrsam
A 2 person | zwei Klimaaktivisten | Verurteilte
A 22 year | von [22] | Alter eines Angeklagten
A 27 year | 27 Jahren | Alter eines Angeklagten
A 2 hour | zwei Stunden | Dauer der Blockade
A 4 month | vier Monate | geforderte Bewährungsstrafe
A 90 daily_rate | 90 Tagessätzen | Geldstrafe je Angeklagtem
A 30 EUR | 30 Euro | Höhe eines Tagessatzes
A 40 person | 40 Unterstützer | Demonstranten vor dem Gericht
A 30 day | 30 Tage | Höchstdauer des Präventivgewahrsams
"""
