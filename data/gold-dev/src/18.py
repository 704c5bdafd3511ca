ID = "gold-dev-18"
DATE = "2024-04-03"
META = {"dateline": ("WASHINGTON", "Washington"), "agency": "Reuters", "body": "US-Präsident Joe Biden"}
TEXT = """ date 2024-04-03 WASHINGTON (Reuters) - US-Präsident Joe Biden und der chinesische Staatschef Xi Jinping haben erstmals seit ihrem Gipfeltreffen im November miteinander telefoniert. Das knapp zweistündige Gespräch am Dienstag sei „offen und konstruktiv“ gewesen, teilte das Weiße Haus mit. Biden habe dabei seine Sorge über Chinas Unterstützung für die russische Rüstungsindustrie geäußert.

Xi warnte seinen amerikanischen Kollegen nach Angaben der staatlichen Nachrichtenagentur Xinhua vor einer Einmischung in der Taiwan-Frage. Die Vereinigten Staaten sollten die chinesische Entwicklung nicht länger unterdrücken, sagte der 70-Jährige demnach. Peking werde auf neue Exportbeschränkungen für Halbleiter reagieren.

Beide Seiten vereinbarten, die Gespräche über den Kampf gegen die Droge Fentanyl fortzusetzen. US-Finanzministerin Janet Yellen soll noch in dieser Woche nach China reisen. Auch Außenminister Antony Blinken werde in den kommenden Wochen in Peking erwartet, hieß es aus Regierungskreisen."""
ANN = """
E e1 PER person Joe Biden | Joe Biden ; [Biden] habe ; p:[seine] Sorge ; n:seinen amerikanischen Kollegen
R e1 e3 Präsident | US-Präsident
E e2 PER person Xi Jinping | Xi Jinping ; [Xi] warnte ; p:[seinen] amerikanischen ; n:der 70-Jährige
R e2 e4 Staatschef | chinesische [Staatschef]
E e3 LOC country USA | Vereinigten Staaten ; d:seinen [amerikanischen] Kollegen
E e4 LOC country China | d:der [chinesische] Staatschef ; Chinas ; d:die [chinesische] Entwicklung ; [Peking] werde ; nach [China]
E e5 LOC city Peking | in [Peking]
E e6 ORG organisation Weißes Haus | Weiße Haus
E e7 LOC country Russland | d:die [russische] Rüstungsindustrie
E e8 ORG group russische Rüstungsindustrie | n:die russische Rüstungsindustrie
E e9 ORG organisation Xinhua | Xinhua
E e10 PER person Janet Yellen | Janet Yellen
R e10 e3 Finanzministerin | US-Finanzministerin
E e11 PER person Antony Blinken | Antony Blinken
R e11 e3 Außenminister | Außenminister
E e12 ORG group US-Regierungskreise | Regierungskreisen
E e13 LOC city Washington | WASHINGTON
E e14 OTH substance Fentanyl | Fentanyl
Q q1 indirect e6 | Das knapp zweistündige Gespräch am Dienstag sei „offen und konstruktiv“ gewesen | teilte
Q q2 indirect e6 | Biden habe dabei seine Sorge über Chinas Unterstützung für die russische Rüstungsindustrie geäußert. | -
Q q3 reported e2 | Xi warnte seinen amerikanischen Kollegen nach Angaben der staatlichen Nachrichtenagentur Xinhua vor einer Einmischung in der Taiwan-Frage | warnte
Q q4 indirect e2 | Die Vereinigten Staaten sollten die chinesische Entwicklung nicht länger unterdrücken | sagte
Q q5 indirect e2 | Peking werde auf neue Exportbeschränkungen für Halbleiter reagieren. | -
Q q6 indirect e12 | Auch Außenminister Antony Blinken werde in den kommenden Wochen in Peking erwartet | hieß
T t1 DATE 2023-11 | im November
T t2 DURATION PT2H mod=LESS_THAN | knapp zweistündige
T t3 DATE 2024-04-02 | am Dienstag
T t4 DATE 2024-W14 | in dieser Woche
T t5 DATE FUTURE_REF | in den kommenden Wochen
V v1 CONSULT phone happened src=e1,e2 tgt=e2,e1 time=t3 | telefoniert
V v2 CONSULT meeting happened src=e1,e2 tgt=e2,e1 time=t1 | Gipfeltreffen
V v3 ACCUSE disapprove happened src=e1 tgt=e4 | Sorge
V v4 SUPPORT - ongoing src=e4 tgt=e8 | Unterstützung
V v5 THREATEN - happened src=e2 tgt=e1 | warnte
V v6 ACCUSE allege happened src=e2 tgt=e3 | unterdrücken
V v7 THREATEN - happened src=e4 tgt=e3 | reagieren
V v8 SANCTION - hypothetical src=e3 tgt=e4 | Exportbeschränkungen
V v9 AGREE - happened src=e1,e2 tgt=e2,e1 | vereinbarten
V v10 CONSULT visit planned src=e10 tgt=e4 time=t4 | reisen
V v11 CONSULT visit planned src=e11 tgt=e4 loc=e5 time=t5 | erwartet
A 2 hour | zweistündige | Dauer des Telefonats
A 70 year | 70-Jährige | Alter von Xi Jinping
"""
