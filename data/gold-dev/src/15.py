ID = "gold-dev-15"
DATE = "2023-03"
META = {"dateline": ("BRÜSSEL", "Brüssel"), "agency": "dpa", "body": "Unter Vermittlung der"}
TEXT = """ date 2023-03 BRÜSSEL (dpa) - Unter Vermittlung der Europäischen Union haben sich Serbien und das Kosovo auf einen Plan zur Normalisierung ihrer Beziehungen verständigt. Serbiens Präsident Aleksandar Vučić und der kosovarische Regierungschef Albin Kurti hätten dem Vorschlag am Montagabend zugestimmt, teilte der EU-Außenbeauftragte Josep Borrell nach einem Treffen der beiden in Brüssel mit. Unterschrieben wurde das Dokument allerdings nicht.

Vučić sagte anschließend, er werde keine Vereinbarung unterzeichnen, die eine Anerkennung des Kosovos bedeute. „Serbien wird das Kosovo niemals als Staat anerkennen“, sagte der 53-Jährige. Kurti warf Belgrad vor, die Umsetzung zu verzögern. Die serbische Regierung unterstütze weiterhin bewaffnete Gruppen im Norden des Landes, sagte er.

Borrell will beide Politiker in drei Wochen erneut nach Brüssel einladen. Das Abkommen sieht unter anderem vor, dass Serbien den Beitritt des Kosovos zu internationalen Organisationen nicht mehr blockiert."""
ANN = """
E e1 ORG organisation Europäische Union | Europäischen Union
E e2 LOC country Serbien | Serbien* ; Serbiens ; warf [Belgrad] vor ; d:Die [serbische] Regierung
E e3 LOC country Kosovo | Kosovo* ; Kosovos* ; d:der [kosovarische] Regierungschef ; n:des Landes
E e4 PER person Aleksandar Vučić | Aleksandar Vučić ; [Vučić] sagte ; p:anschließend, [er] ; n:der 53-Jährige
R e4 e2 Präsident | Serbiens [Präsident]
E e5 PER person Albin Kurti | Albin Kurti ; [Kurti] warf ; p:sagte [er]
R e5 e3 Regierungschef | kosovarische [Regierungschef]
E e6 PER person Josep Borrell | Josep Borrell ; [Borrell] will
R e6 e1 Außenbeauftragter | EU-Außenbeauftragte
E e7 LOC city Brüssel | BRÜSSEL ; in [Brüssel] ; nach [Brüssel]
E e8 ORG organisation serbische Regierung | n:Die serbische Regierung
E e9 OTH agreement EU-Plan zur Normalisierung der Beziehungen zwischen Serbien und dem Kosovo | n:einen Plan ; n:dem Vorschlag ; n:das Dokument ; n:Das Abkommen
Q q1 indirect e6 | Serbiens Präsident Aleksandar Vučić...am Montagabend zugestimmt | teilte
Q q2 indirect e4 | er werde keine Vereinbarung unterzeichnen, die eine Anerkennung des Kosovos bedeute | Vučić [sagte]
Q q3 direct e4 | Serbien wird das Kosovo niemals als Staat anerkennen | [sagte] der 53-Jährige
Q q4 reported e5 | Kurti warf Belgrad vor, die Umsetzung zu verzögern | warf
Q q5 indirect e5 | Die serbische Regierung unterstütze weiterhin bewaffnete Gruppen im Norden des Landes | [sagte] er
T t1 TIME 2023-03-XXTEV | am Montagabend
T t2 DATE 2023-WXX | in drei Wochen
V v1 CONSULT third-party happened src=e6,e1 tgt=e4,e5 loc=e7 time=t1 | Treffen
V v2 AGREE - happened src=e2,e3 tgt=e3,e2 time=t1 | verständigt
V v3 OTHER - negated src=e4,e5 | Unterschrieben
V v4 REJECT - happened src=e4 tgt=e1 | unterzeichnen
V v5 SUPPORT - negated src=e2 tgt=e3 | anerkennen
V v6 ACCUSE allege happened src=e5 tgt=e2 | warf
V v7 SUPPORT - ongoing src=e8 loc=e3 | unterstütze
V v8 AGREE - planned src=e6 tgt=e4,e5 loc=e7 time=t2 | einladen
A 53 year | 53-Jährige | Alter von Aleksandar Vučić
A 3 week | drei Wochen | Frist bis zum nächsten Treffen
"""
