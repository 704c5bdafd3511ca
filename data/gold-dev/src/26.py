ID = "gold-dev-26"
DATE = "2024-01"
META = {"dateline": ("ESSEN", "Essen"), "agency": "dpa-AFX", "editors": ["bek", "he"], "body": "Der Warenhauskonzern Galeria"}
TEXT = """ date 2024-01 ESSEN (dpa-AFX) - Der Warenhauskonzern Galeria hat zum dritten Mal innerhalb von gut drei Jahren Insolvenz beantragt. Grund sei die Pleite des Mutterkonzerns Signa des österreichischen Investors René Benko, teilte das Unternehmen am Dienstag in Essen mit. Die hohen Mieten und Energiekosten hätten die Sanierung zusätzlich belastet. Der Geschäftsbetrieb in den 92 Filialen laufe vorerst uneingeschränkt weiter.

Galeria-Chef Olivier Van den Bossche kündigte an, einen neuen Eigentümer zu suchen. Mehrere Interessenten hätten sich bereits gemeldet, sagte der Manager. Die Gewerkschaft Verdi forderte eine Beschäftigungsgarantie für die rund 15.000 Mitarbeiter und warf Benko vor, das Unternehmen ausgeplündert zu haben. Ein Sprecher des Investors wies die Vorwürfe zurück.

Das Amtsgericht Essen bestellte den Sanierungsexperten Stefan Denkhaus zum vorläufigen Insolvenzverwalter. Der Bund hatte Galeria in der Corona-Krise mit Staatshilfen von 680 Millionen Euro gestützt; ein Großteil davon gilt als verloren./bek/he"""
ANN = """
E e1 ORG company Galeria | Warenhauskonzern [Galeria] ; n:das Unternehmen@1 ; n:das Unternehmen@2 ; hatte [Galeria]
E e2 ORG company Signa | Signa
E e3 PER person René Benko | René Benko ; warf [Benko] ; n:Sprecher [des Investors]
R e3 - Investor | österreichischen [Investors]
E e4 LOC country Österreich | d:des [österreichischen] Investors
E e5 LOC city Essen | ESSEN ; Dienstag in [Essen]
E e6 PER person Olivier Van den Bossche | Olivier Van den Bossche ; n:der Manager
R e6 e1 Chef | Galeria-Chef
E e7 ORG organisation Verdi | Verdi
E e8 PER person Sprecher von René Benko | n:Ein Sprecher
E e9 ORG organisation Amtsgericht Essen | Amtsgericht Essen
E e10 PER person Stefan Denkhaus | Stefan Denkhaus
R e10 e1 vorläufiger Insolvenzverwalter | vorläufigen Insolvenzverwalter
E e11 ORG organisation Bund | n:Der Bund
E e12 PER group Galeria-Mitarbeiter | n:die rund 15.000 Mitarbeiter
Q q1 indirect e1 | Grund sei die Pleite des Mutterkonzerns Signa des österreichischen Investors René Benko | teilte
Q q2 indirect e1 | Die hohen Mieten und Energiekosten hätten die Sanierung zusätzlich belastet. | -
Q q3 indirect e1 | Der Geschäftsbetrieb in den 92 Filialen laufe vorerst uneingeschränkt weiter. | -
Q q4 reported e6 | Galeria-Chef Olivier Van den Bossche kündigte an, einen neuen Eigentümer zu suchen | kündigte
Q q5 indirect e6 | Mehrere Interessenten hätten sich bereits gemeldet | sagte
Q q6 reported e7 | Die Gewerkschaft Verdi forderte eine Beschäftigungsgarantie für die rund 15.000 Mitarbeiter und warf Benko vor, das Unternehmen ausgeplündert zu haben | forderte
Q q7 reported e8 | Ein Sprecher des Investors wies die Vorwürfe zurück | wies
T t1 DURATION P3Y mod=MORE_THAN | gut drei Jahren
T t2 DATE 2024-01 | am Dienstag
V v1 OTHER - happened src=e1 | beantragt
V v2 OTHER - happened src=e2 | Pleite
V v3 REQUEST - happened src=e7 tgt=e1 | forderte
V v4 ACCUSE allege happened src=e7 tgt=e3 | warf
V v5 REJECT - happened src=e8 tgt=e7 | wies
V v6 OTHER - happened src=e9 tgt=e10 | bestellte
V v7 AID - happened src=e11 tgt=e1 | gestützt
A 3 ordinal | dritten | Insolvenzanträge von Galeria
A 3 year | drei Jahren | Zeitraum der drei Insolvenzen
A 92 store | 92 Filialen | Filialen von Galeria
A 15000 person | 15.000 Mitarbeiter | Beschäftigte von Galeria
A 6.8e8 EUR | 680 Millionen Euro | Staatshilfen für Galeria
"""
