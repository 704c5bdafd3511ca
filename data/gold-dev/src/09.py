ID = "gold-dev-09"
DATE = "2023-05-17"
META = {"dateline": ("KIEW", "Kiew"), "agency": "dpa", "body": "Russland hat die"}
TEXT = """ date 2023-05-17 KIEW (dpa) - Russland hat die ukrainische Hauptstadt in der Nacht zum Mittwoch erneut mit Raketen und Drohnen angegriffen. Nach Angaben der Militärverwaltung wurden dabei mindestens drei Menschen verletzt, Trümmerteile beschädigten mehrere Wohnhäuser. Die Flugabwehr habe alle 18 Raketen abgefangen, teilte Oberbefehlshaber Walerij Saluschnyj mit. Moskau wies die Vorwürfe zurück, zivile Ziele ins Visier zu nehmen.

Präsident Wolodymyr Selenskyj forderte vom Westen weitere Patriot-Systeme. „Jede Batterie rettet Leben“, sagte der Staatschef in seiner abendlichen Videoansprache. „Wir brauchen sie jetzt, nicht in einem Jahr.“ Er will in den kommenden Tagen zum G7-Gipfel nach Japan reisen.

Bundeskanzler Olaf Scholz sicherte Kiew in einem Telefonat mit Selenskyj weitere Unterstützung zu. Deutschland werde noch in diesem Jahr zwei zusätzliche Iris-T-Systeme liefern, sagte der SPD-Politiker. Der Kreml hatte am Dienstag gewarnt, westliche Waffenlieferungen verlängerten den Krieg nur."""
ANN = """
E e1 LOC country Russland | Russland ; [Moskau] wies
E e2 LOC country Ukraine | d:die [ukrainische] Hauptstadt ; sicherte [Kiew] ; p:„[Wir] brauchen
E e3 LOC city Kiew | KIEW ; n:die ukrainische Hauptstadt
E e4 ORG organisation Militärverwaltung von Kiew | n:der Militärverwaltung
E e5 ORG organisation ukrainische Flugabwehr | n:Die Flugabwehr
E e6 PER person Walerij Saluschnyj | Walerij Saluschnyj
R e6 e2 Oberbefehlshaber | Oberbefehlshaber
E e7 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj ; mit [Selenskyj] ; n:der Staatschef ; p:in [seiner] abendlichen ; p:[Er] will
R e7 e2 Präsident | [Präsident] Wolodymyr
E e8 ORG group Westen | Westen ; d:[westliche] Waffenlieferungen
E e9 OTH event G7-Gipfel | G7-Gipfel
E e10 LOC country Japan | Japan
E e11 PER person Olaf Scholz | Olaf Scholz ; n:der SPD-Politiker
R e11 e12 Bundeskanzler | Bundeskanzler
E e12 LOC country Deutschland | Deutschland
E e13 ORG organisation Kreml | Kreml
Q q1 indirect e4 | wurden dabei mindestens drei Menschen verletzt, Trümmerteile beschädigten mehrere Wohnhäuser | Angaben
Q q2 indirect e6 | Die Flugabwehr habe alle 18 Raketen abgefangen | teilte
Q q3 reported e1 | Moskau wies die Vorwürfe zurück, zivile Ziele ins Visier zu nehmen | wies
Q q4 reported e7 | Präsident Wolodymyr Selenskyj forderte vom Westen weitere Patriot-Systeme | forderte
Q q5 direct e7 | Jede Batterie rettet Leben | [sagte] der Staatschef
Q q6 direct e7 | Wir brauchen sie jetzt, nicht in einem Jahr. | -
Q q7 reported e11 | Bundeskanzler Olaf Scholz sicherte Kiew in einem Telefonat mit Selenskyj weitere Unterstützung zu | sicherte
Q q8 indirect e11 | Deutschland werde noch in diesem Jahr zwei zusätzliche Iris-T-Systeme liefern | [sagte] der SPD-Politiker
Q q9 indirect e13 | westliche Waffenlieferungen verlängerten den Krieg nur | gewarnt
T t1 TIME 2023-05-17TNI | in der Nacht zum Mittwoch
T t2 DATE PRESENT_REF | jetzt
T t3 DURATION P1Y | in einem Jahr
T t4 DATE FUTURE_REF | in den kommenden Tagen
T t5 DATE 2023 | in diesem Jahr
T t6 DATE 2023-05-16 | am Dienstag
V v1 ASSAULT aerial happened src=e1 tgt=e3 time=t1 | angegriffen
V v2 ACCUSE allege happened src=e2 tgt=e1 | Vorwürfe
V v3 REJECT - happened src=e1 tgt=e2 | wies
V v4 REQUEST assist happened src=e7 tgt=e8 | forderte
V v5 CONSULT multilateral planned src=e7 loc=e10 time=t4 | reisen
V v6 CONSULT phone happened src=e11,e7 tgt=e7,e11 | Telefonat
V v7 AID - promised src=e11,e12 tgt=e2 time=t5 | liefern
V v8 ACCUSE disapprove happened src=e13 tgt=e8 time=t6 | gewarnt
A 3 person | drei Menschen | Verletzte
A 18 missile | 18 Raketen | abgefangene Raketen
A 2 system | zwei zusätzliche Iris-T-Systeme | zugesagte Luftabwehrsysteme
"""
