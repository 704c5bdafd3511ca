ID = "gold-news-17"
DATE = "2019-12-10"
META = {"dateline": ("PARIS", "Paris"), "agency": "AFP", "body": "Nach mehr"}
TEXT = """ date 2019-12-10 PARIS (AFP) - Nach mehr als drei Jahren Stillstand haben Russland und die Ukraine bei einem Gipfeltreffen in Paris erste Schritte zur Beruhigung des Konflikts im Osten der Ukraine vereinbart. Kremlchef Wladimir Putin und der ukrainische Präsident Wolodymyr Selenskyj einigten sich am Montagabend auf einen umfassenden Gefangenenaustausch bis Ende des Jahres. Zudem soll die Waffenruhe in der Region Donbass bis Jahresende vollständig umgesetzt werden.

Gastgeber Emmanuel Macron sprach von einem "echten Neuanfang". Auch Bundeskanzlerin Angela Merkel zeigte sich zufrieden: "Wir haben heute den Stillstand überwunden." Die vier Staats- und Regierungschefs wollen sich in vier Monaten erneut treffen. Es war das erste direkte Gespräch zwischen Putin und Selenskyj. Der frühere Fernsehkomiker war erst im Mai ins Amt gekommen.

In der umstrittenen Frage der Kontrolle über die Grenze zu Russland gab es jedoch keine Einigung. Selenskyj sagte nach dem Treffen, er werde bei der territorialen Integrität seines Landes keine Zugeständnisse machen. Putin warf Kiew vor, die Minsker Vereinbarungen nicht umzusetzen. In dem Konflikt zwischen Regierungstruppen und prorussischen Separatisten sind seit 2014 mehr als 13.000 Menschen getötet worden."""
ANN = """
E e1 LOC country Russland | Russland* ; d:prorussischen
E e2 LOC country Ukraine | Ukraine* ; d:ukrainische ; n:seines Landes ; Kiew
E e3 LOC city Paris | PARIS ; in [Paris]
E e4 PER person Wladimir Putin | Wladimir Putin ; Putin*
R e4 e1 Kremlchef | Kremlchef
E e5 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj ; Selenskyj* ; n:Der frühere Fernsehkomiker ; p:[er] werde ; p:[seines] Landes
R e5 e2 Präsident | ukrainische [Präsident]
E e6 LOC region Donbass | Donbass
E e7 PER person Emmanuel Macron | Emmanuel Macron
R e7 - Gastgeber | Gastgeber
E e8 PER person Angela Merkel | Angela Merkel
R e8 - Bundeskanzlerin | Bundeskanzlerin
E e9 OTH group die vier Staats- und Regierungschefs | n:Die vier Staats- und Regierungschefs ; p:[Wir] haben heute
E e10 ORG military ukrainische Regierungstruppen | n:Regierungstruppen
E e11 OTH group prorussische Separatisten | n:prorussischen Separatisten
E e12 OTH agreement Minsker Vereinbarungen | Minsker Vereinbarungen
Q q1 reported e7 | Gastgeber Emmanuel Macron sprach von einem "echten Neuanfang" | sprach
Q q2 direct e8 | Wir haben heute den Stillstand überwunden.
Q q3 indirect e5 | er werde bei der territorialen...keine Zugeständnisse machen | Selenskyj [sagte]
Q q4 reported e4 | Putin warf Kiew vor, die Minsker Vereinbarungen nicht umzusetzen | warf
T t1 DURATION P3Y mod=MORE_THAN | mehr als drei Jahren
T t2 TIME 2019-12-09TEV | am Montagabend
T t3 DATE 2019 mod=END | bis Ende des Jahres
T t4 DATE 2019 mod=END | bis Jahresende
T t5 DATE 2019-12-09 | heute
T t6 DATE 2020-04 | in vier Monaten
T t7 DATE 2019-05 | im Mai
T t8 DATE 2014 | seit 2014
V v2 CONSULT multilateral happened src=e4,e5,e7,e8 loc=e3 | Gipfeltreffen
V v3 AGREE - happened src=e4,e5 loc=e3 time=t2 | einigten
V v4 RETREAT release planned src=e1,e2 time=t3 | Gefangenenaustausch
V v5 RETREAT ceasefire planned loc=e6 time=t4 | Waffenruhe
V v6 CONSULT multilateral planned src=e9 time=t6 | treffen
V v7 CONSULT meeting happened src=e4 tgt=e5 | Gespräch
V v8 AGREE - negated src=e1,e2 | Einigung
V v9 REJECT yield happened src=e5 tgt=e1 | Zugeständnisse
V v10 ACCUSE disapprove happened src=e4 tgt=e2 | warf
V v11 ASSAULT - ongoing src=e10,e11 time=t8 | getötet
A 3 year | drei Jahren | Dauer des Stillstands
A 4 person | Die [vier] Staats- | Gipfelteilnehmer
A 4 month | vier Monaten | Frist bis zum nächsten Treffen
A 13000 person | 13.000 Menschen | Tote im Konflikt
"""
