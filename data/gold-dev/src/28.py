ID = "gold-dev-28"
DATE = "2023-12-31"
META = {"dateline": ("VERDEN", "Verden (Aller)"), "agency": "dpa", "body": "Bundeskanzler Olaf Scholz hat"}
TEXT = """ date 2023-12-31 VERDEN (dpa) - Bundeskanzler Olaf Scholz hat sich am Sonntag im Hochwassergebiet in Niedersachsen ein Bild von der Lage gemacht. Gemeinsam mit Ministerpräsident Stephan Weil (SPD) besuchte er in Verden an der Aller Einsatzkräfte und betroffene Anwohner. Scholz sicherte den Menschen die Unterstützung des Bundes zu. „Wir lassen niemanden allein“, sagte der Kanzler.

Nach tagelangem Dauerregen sind in mehreren Landkreisen Flüsse über die Ufer getreten. Tausende Helfer von Feuerwehr, Technischem Hilfswerk und Bundeswehr stemmen sich seit Tagen gegen die Fluten. In der Gemeinde Lilienthal bei Bremen mussten am Samstag mehrere Straßenzüge evakuiert werden. Der Deutsche Wetterdienst erwartet für die kommenden Tage weiteren Regen.

Weil lobte die Einsatzkräfte als „Helden dieser Tage“. Das Land stelle zunächst 50 Millionen Euro Soforthilfe bereit, kündigte der SPD-Politiker an. Die CDU-Opposition im Landtag warf der Landesregierung vor, den Hochwasserschutz über Jahre vernachlässigt zu haben."""
ANN = """
E e1 PER person Olaf Scholz | Olaf Scholz ; p:besuchte [er] ; [Scholz] sicherte ; n:der Kanzler
R e1 - Bundeskanzler | Bundeskanzler
E e2 LOC state Niedersachsen | Niedersachsen ; n:Das Land
E e3 PER person Stephan Weil | Stephan Weil ; [Weil] lobte ; n:der SPD-Politiker
R e3 e2 Ministerpräsident | Ministerpräsident
R e3 e5 Mitglied | ([SPD])
E e4 ORG organisation Bund | n:des Bundes ; p:[Wir] lassen
E e5 ORG party SPD | ([SPD])
E e6 LOC city Verden | VERDEN ; Verden an der Aller
E e7 PER group Einsatzkräfte | n:die Einsatzkräfte
E e8 PER group Menschen im Hochwassergebiet | n:den Menschen
E e9 ORG organisation Technisches Hilfswerk | Technischem Hilfswerk
E e10 ORG organisation Bundeswehr | Bundeswehr
E e11 LOC city Lilienthal | Lilienthal
E e12 LOC city Bremen | Bremen
E e13 ORG organisation Deutscher Wetterdienst | Deutsche Wetterdienst
E e14 ORG group CDU-Fraktion im Landtag | n:Die CDU-Opposition
E e15 ORG organisation Niedersächsischer Landtag | Landtag
E e16 ORG organisation Landesregierung Niedersachsen | n:der Landesregierung
Q q1 reported e1 | Scholz sicherte den Menschen die Unterstützung des Bundes zu | sicherte
Q q2 direct e1 | Wir lassen niemanden allein | [sagte] der Kanzler
Q q3 reported e13 | Der Deutsche Wetterdienst erwartet für die kommenden Tage weiteren Regen | erwartet
Q q4 reported e3 | Weil lobte die Einsatzkräfte als „Helden dieser Tage“ | lobte
Q q5 indirect e3 | Das Land stelle zunächst 50 Millionen Euro Soforthilfe bereit | kündigte
Q q6 reported e14 | Die CDU-Opposition im Landtag warf der Landesregierung vor, den Hochwasserschutz über Jahre vernachlässigt zu haben | warf
T t1 DATE 2023-12-31 | am Sonntag
T t2 DURATION PXD | tagelangem
T t3 DURATION PXD | seit Tagen
T t4 DATE 2023-12-30 | am Samstag
T t5 DATE FUTURE_REF | die kommenden Tage
T t6 DURATION PXY | über Jahre
V v1 CONSULT visit happened src=e1,e3 loc=e6 time=t1 | besuchte
V v2 AID - promised src=e1 tgt=e8 | sicherte
V v3 SUPPORT - happened src=e3 tgt=e7 | lobte
V v4 AID - promised src=e2 tgt=e8 | Soforthilfe
V v5 ACCUSE allege happened src=e14 tgt=e16 | warf
A 5e7 EUR | 50 Millionen Euro | Soforthilfe des Landes Niedersachsen
"""
