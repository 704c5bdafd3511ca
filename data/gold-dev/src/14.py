ID = "gold-dev-14"
DATE = "2023-08-26"
META = {"dateline": ("NIAMEY", "Niamey"), "agency": "AFP", "body": "Die Militärjunta im"}
TEXT = """ date 2023-08-26 NIAMEY (AFP) - Die Militärjunta im Niger hat den französischen Botschafter Sylvain Itté aufgefordert, das Land binnen 48 Stunden zu verlassen. Der Diplomat habe eine Einladung des Außenministeriums zu einem Gespräch ignoriert, hieß es in einer am Freitagabend verlesenen Erklärung. Zudem handle Frankreich gegen die Interessen des Niger.

Paris wies die Aufforderung umgehend zurück. Die Putschisten hätten dazu keine Befugnis, teilte das französische Außenministerium mit. Präsident Emmanuel Macron bekräftigte am Samstag seine Unterstützung für den gestürzten Staatschef Mohamed Bazoum. „Unsere Politik ist die richtige“, sagte der 45-Jährige. „Wir erkennen die Putschisten nicht an.“

Die Westafrikanische Wirtschaftsgemeinschaft Ecowas droht seit Wochen mit einer Militärintervention, sollte Bazoum nicht wieder eingesetzt werden. Tausende Anhänger der Junta demonstrierten am Samstag vor einem französischen Militärstützpunkt in Niamey."""
ANN = """
E e1 ORG organisation Militärjunta im Niger | n:Die Militärjunta ; n:Die Putschisten ; n:die Putschisten ; n:der Junta
E e2 LOC country Niger | im [Niger] ; n:das Land ; des [Niger]
E e3 LOC country Frankreich | d:den [französischen] Botschafter ; Frankreich ; [Paris] wies ; d:das [französische] Außenministerium ; p:„[Unsere] Politik ; p:„[Wir] erkennen ; d:einem [französischen] Militärstützpunkt
E e4 PER person Sylvain Itté | Sylvain Itté ; n:Der Diplomat
R e4 e3 Botschafter | französischen [Botschafter]
E e5 ORG organisation nigrisches Außenministerium | n:des Außenministeriums
E e6 ORG organisation französisches Außenministerium | n:das französische Außenministerium
E e7 PER person Emmanuel Macron | Emmanuel Macron ; n:der 45-Jährige ; p:[seine] Unterstützung
R e7 e3 Präsident | [Präsident] Emmanuel
E e8 PER person Mohamed Bazoum | Mohamed Bazoum ; sollte [Bazoum]
R e8 e2 Staatschef | gestürzten [Staatschef]
E e9 ORG organisation Westafrikanische Wirtschaftsgemeinschaft | Westafrikanische Wirtschaftsgemeinschaft ; Ecowas
E e10 LOC city Niamey | NIAMEY ; in [Niamey]
E e11 PER group Anhänger der Junta | n:Tausende Anhänger
Q q1 reported e1 | Die Militärjunta im Niger hat den französischen Botschafter Sylvain Itté aufgefordert, das Land binnen 48 Stunden zu verlassen | aufgefordert
Q q2 indirect e1 | Der Diplomat habe eine Einladung des Außenministeriums zu einem Gespräch ignoriert | hieß
Q q3 indirect e1 | Zudem handle Frankreich gegen die Interessen des Niger. | -
Q q4 reported e3 | Paris wies die Aufforderung umgehend zurück | wies
Q q5 indirect e6 | Die Putschisten hätten dazu keine Befugnis | teilte
Q q6 reported e7 | Präsident Emmanuel Macron bekräftigte am Samstag seine Unterstützung für den gestürzten Staatschef Mohamed Bazoum | bekräftigte
Q q7 direct e7 | Unsere Politik ist die richtige | sagte
Q q8 direct e7 | Wir erkennen die Putschisten nicht an. | -
Q q9 reported e9 | Die Westafrikanische Wirtschaftsgemeinschaft Ecowas droht...wieder eingesetzt werden | droht
T t1 DURATION PT48H | binnen 48 Stunden
T t2 TIME 2023-08-25TEV | am Freitagabend
T t3 DATE 2023-08-26 | Macron bekräftigte [am Samstag]
T t4 DURATION PXW | seit Wochen
T t5 DATE 2023-08-26 | demonstrierten [am Samstag]
V v1 SANCTION expel happened src=e1 tgt=e4,e3 time=t2 | aufgefordert
V v2 AGREE - happened src=e5 tgt=e4 | Einladung
V v3 REJECT meet happened src=e4 tgt=e5 | ignoriert
V v4 ACCUSE allege happened src=e1 tgt=e3 | handle
V v5 REJECT - happened src=e3 tgt=e1 | wies
V v6 SUPPORT - happened src=e7,e3 tgt=e8 time=t3 | Unterstützung
V v7 SUPPORT - negated src=e3 tgt=e1 | erkennen
V v8 THREATEN violence ongoing src=e9 tgt=e1 time=t4 | droht
V v9 PROTEST demo happened src=e11 tgt=e3 loc=e10 time=t5 | demonstrierten
A 48 hour | 48 Stunden | Frist für den Botschafter
A 45 year | 45-Jährige | Alter von Emmanuel Macron
"""
