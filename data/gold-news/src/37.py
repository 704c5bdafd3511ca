ID = "gold-news-37"
DATE = "2019-06-16"
META = {"dateline": ("HONGKONG", "Hongkong"), "agency": "dpa", "body": "Trotz des"}
TEXT = """ date 2019-06-16 HONGKONG (dpa) - Trotz des Einlenkens der Regierung sind in Hongkong am Sonntag erneut Hunderttausende Menschen gegen das umstrittene Auslieferungsgesetz auf die Straße gegangen. Die Organisatoren sprachen von fast zwei Millionen Teilnehmern, die Polizei von 338.000. Die Demonstranten forderten den Rücktritt von Regierungschefin Carrie Lam.

Die 62-Jährige hatte das Gesetz am Samstag auf Eis gelegt. Am Sonntagabend bat sie die Bevölkerung in einer schriftlichen Erklärung um Entschuldigung. Einen Rücktritt lehnte Lam aber ab. Das Gesetz hätte Auslieferungen an die Volksrepublik China erlaubt. Kritiker fürchten, dass Peking damit gegen Oppositionelle vorgehen könnte.

Bei Protesten am Mittwoch hatte die Polizei Tränengas und Gummigeschosse gegen Demonstranten eingesetzt. Mehr als 80 Menschen wurden verletzt. »Wir lassen uns nicht mehr einschüchtern«, sagte der 22-jährige Student Jimmy Wong. Die Regierung in Peking stellte sich hinter Lam und warf ausländischen Kräften vor, die Unruhen anzuheizen."""
ANN = """
E e1 ORG government Regierung Hongkongs | n:der Regierung
E e2 LOC city Hongkong | HONGKONG ; in [Hongkong]
E e3 OTH group Demonstranten in Hongkong | n:Hunderttausende Menschen ; n:Die Demonstranten ; n:gegen [Demonstranten] ; p:[Wir] lassen
E e4 OTH group Organisatoren | n:Die Organisatoren
E e5 ORG organisation Polizei Hongkong | n:die Polizei*
E e6 PER person Carrie Lam | Carrie Lam ; Lam* ; n:Die 62-Jährige ; p:bat [sie]
R e6 e2 Regierungschefin | Regierungschefin
E e7 OTH group Bevölkerung Hongkongs | n:die Bevölkerung
E e8 LOC country China | Volksrepublik China ; [Peking] damit
E e9 ORG government chinesische Regierung | n:[Die Regierung] in
E e10 LOC city Peking | in [Peking]
E e11 OTH group Kritiker | n:Kritiker
E e12 OTH group Oppositionelle | n:Oppositionelle
E e13 PER person Jimmy Wong | Jimmy Wong
R e13 - Student | Student
E e14 OTH group ausländische Kräfte | n:ausländischen Kräften
Q q1 reported e4 | Die Organisatoren sprachen von fast zwei Millionen Teilnehmern | sprachen
Q q2 reported e3 | Die Demonstranten forderten den Rücktritt von Regierungschefin Carrie Lam | forderten
Q q3 reported e6 | Am Sonntagabend bat sie die Bevölkerung...um Entschuldigung | bat
Q q4 reported e6 | Einen Rücktritt lehnte Lam aber ab | lehnte
Q q5 indirect e11 | dass Peking damit gegen Oppositionelle vorgehen könnte | fürchten
Q q6 direct e13 | Wir lassen uns nicht mehr einschüchtern | [sagte] der 22
Q q7 reported e9 | Die Regierung in Peking stellte sich...anzuheizen | warf
T t1 DATE 2019-06-16 | am Sonntag
T t2 DATE 2019-06-15 | am Samstag
T t3 TIME 2019-06-16TEV | Am Sonntagabend
T t4 DATE 2019-06-12 | am Mittwoch
V v1 CONCEDE - happened src=e1 | Einlenkens
V v2 PROTEST demo happened src=e3 tgt=e1 loc=e2 time=t1 | gegangen
V v3 REQUEST change happened src=e3 tgt=e6 | forderten
V v4 CONCEDE - happened src=e6 time=t2 | gelegt
V v5 CONCEDE - happened src=e6 tgt=e7 time=t3 | Entschuldigung
V v6 REJECT - happened src=e6 tgt=e3 | lehnte
V v7 COERCE - hypothetical src=e8 tgt=e12 | vorgehen
V v8 PROTEST demo happened src=e3 loc=e2 time=t4 | Protesten
V v9 ASSAULT crowd-control happened src=e5 tgt=e3 time=t4 | eingesetzt
V v10 SUPPORT - happened src=e9 tgt=e6 | stellte
V v11 ACCUSE allege happened src=e9 tgt=e14 | warf
A 2000000 person | zwei Millionen Teilnehmern | Teilnehmer laut Organisatoren
A 338000 person | 338.000 | Teilnehmer laut Polizei
A 62 year | 62-Jährige | Alter Lam
A 80 person | 80 Menschen | Verletzte
A 22 year | 22-jährige | Alter Wong
"""
