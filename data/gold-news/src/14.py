ID = "gold-news-14"
DATE = "2023-01"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Der neue"}
TEXT = """ date 2023-01 BERLIN (dpa) - Der neue Verteidigungsminister Boris Pistorius hat sich für eine rasche Entscheidung über die Lieferung von Leopard-Kampfpanzern an die Ukraine ausgesprochen. "Wir müssen jetzt zügig handeln", sagte der SPD-Politiker am Donnerstag nach seiner Vereidigung im Bundestag. Der 62-Jährige war bis vor wenigen Tagen Innenminister in Niedersachsen. Er folgt auf Christine Lambrecht, die nach anhaltender Kritik an ihrer Amtsführung zurückgetreten war.

Am Freitag trifft Pistorius auf dem US-Stützpunkt Ramstein die Verteidigungsminister der westlichen Verbündeten. Sein amerikanischer Amtskollege Lloyd Austin hatte ihn bereits am Donnerstag in Berlin besucht. Polen drängt seit Wochen auf eine Freigabe der in Deutschland hergestellten Panzer. Warschau werde notfalls auch ohne Genehmigung liefern, sagte Ministerpräsident Mateusz Morawiecki.

Die Union warf Bundeskanzler Olaf Scholz vor, die Verbündeten zu verprellen. CDU-Chef Friedrich Merz sprach von einem "Zögern, das Vertrauen kostet". Regierungssprecher Steffen Hebestreit wies dies zurück: Die Bundesregierung handle in enger Abstimmung mit den Partnern."""
ANN = """
E e1 PER person Boris Pistorius | Boris Pistorius ; Pistorius* ; n:der SPD-Politiker ; p:[seiner] Vereidigung ; n:Der 62-Jährige ; p:[Er] folgt ; p:[Sein] amerikanischer ; p:hatte [ihn]
R e1 e13 Verteidigungsminister | neue [Verteidigungsminister]
R e1 e4 Innenminister | Innenminister
E e2 LOC country Ukraine | Ukraine
E e3 ORG organisation Bundestag | Bundestag
E e4 LOC state Niedersachsen | Niedersachsen
E e5 PER person Christine Lambrecht | Christine Lambrecht ; p:[ihrer] Amtsführung
E e6 LOC location Ramstein | Ramstein
E e7 OTH group Verteidigungsminister der westlichen Verbündeten | n:[die Verteidigungsminister] der
E e8 OTH group westliche Verbündete | n:der westlichen Verbündeten ; n:die Verbündeten ; n:den Partnern
E e9 PER person Lloyd Austin | Lloyd Austin
R e9 e10 Verteidigungsminister | Amtskollege
E e10 LOC country USA | d:amerikanischer
E e11 LOC city Berlin | BERLIN ; in [Berlin]
E e12 LOC country Polen | Polen ; Warschau
E e13 LOC country Deutschland | Deutschland
E e14 PER person Mateusz Morawiecki | Mateusz Morawiecki
R e14 e12 Ministerpräsident | Ministerpräsident
E e15 ORG party Union | Union
E e16 PER person Olaf Scholz | Olaf Scholz
R e16 e13 Bundeskanzler | Bundeskanzler
E e17 PER person Friedrich Merz | Friedrich Merz
R e17 - CDU-Chef | CDU-Chef
E e18 PER person Steffen Hebestreit | Steffen Hebestreit
R e18 e19 Regierungssprecher | Regierungssprecher
E e19 ORG government Bundesregierung | n:Die Bundesregierung
Q q1 reported e1 | Der neue Verteidigungsminister...ausgesprochen | ausgesprochen
Q q2 direct e1 | Wir müssen jetzt zügig handeln | [sagte] der SPD
Q q3 reported e12 | Polen drängt seit Wochen...Panzer | drängt
Q q4 indirect e14 | Warschau werde notfalls auch ohne Genehmigung liefern | [sagte] Ministerpräsident
Q q5 reported e15 | Die Union warf Bundeskanzler Olaf Scholz vor, die Verbündeten zu verprellen | warf
Q q6 reported e17 | CDU-Chef Friedrich Merz sprach von einem "Zögern, das Vertrauen kostet" | sprach
Q q7 reported e18 | Regierungssprecher Steffen Hebestreit wies dies zurück | wies
Q q8 indirect e18 | Die Bundesregierung handle in enger Abstimmung mit den Partnern.
T t1 DATE 2023-01 | [am Donnerstag] nach
T t2 DATE 2023-01 | Am Freitag
T t3 DATE 2023-01 | bereits [am Donnerstag]
T t4 DURATION PXW | seit Wochen
T t5 DATE PAST_REF | vor wenigen Tagen
V v1 SUPPORT - happened src=e1 tgt=e2 | ausgesprochen
V v2 AID - hypothetical src=e13 tgt=e2 | Lieferung
V v3 ACCUSE disapprove ongoing tgt=e5 | Kritik
V v4 RETREAT resign happened src=e5 | zurückgetreten
V v5 CONSULT multilateral planned src=e1 tgt=e7 loc=e6 time=t2 | trifft
V v6 CONSULT visit happened src=e9 tgt=e1 loc=e11 time=t3 | besucht
V v7 REQUEST assist ongoing src=e12 tgt=e13 time=t4 | drängt
V v8 AID - hypothetical src=e12 tgt=e2 | liefern
V v9 ACCUSE disapprove happened src=e15 tgt=e16 | warf
V v10 ACCUSE disapprove happened src=e17 tgt=e16 | sprach
V v11 REJECT - happened src=e18 tgt=e15,e17 | wies
A 62 year | 62-Jährige | Alter Pistorius
"""
