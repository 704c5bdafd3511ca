ID = "gold-dev-03"
DATE = "2023-11-09"
META = {"dateline": ("Wien", "Wien"), "agency": None, "body": "Bundeskanzler Karl Nehammer"}
TEXT = """ date 2023-11-09 Wien – Bundeskanzler Karl Nehammer (ÖVP) hat die Forderung der FPÖ nach vorgezogenen Neuwahlen am Mittwoch erneut abgelehnt. Die Regierung werde bis zum regulären Ende der Legislaturperiode im Herbst 2024 arbeiten, sagte der 51-Jährige nach dem Ministerrat im Kanzleramt. „Wir sind gewählt, um Probleme zu lösen, nicht um Wahlkampf zu machen.“

FPÖ-Chef Herbert Kickl warf der türkis-grünen Koalition dagegen „Realitätsverweigerung“ vor. Die Bundesregierung habe das Vertrauen der Bevölkerung längst verloren, erklärte der Freiheitliche in einer Aussendung. Seine Partei will in der kommenden Woche im Nationalrat einen Misstrauensantrag gegen den Kanzler einbringen. Dieser dürfte jedoch an der Mehrheit von ÖVP und Grünen scheitern.

Vizekanzler Werner Kogler (Grüne) zeigte sich gelassen. „Herr Kickl kann so viele Anträge stellen, wie er will“, sagte er am Rande einer Pressekonferenz. „Am Ende entscheiden die Wählerinnen und Wähler.“ Umfragen zufolge liegt die FPÖ derzeit bei rund 30 Prozent."""
ANN = """
E e1 PER person Karl Nehammer | Karl Nehammer ; n:der 51-Jährige ; n:den Kanzler
R e1 - Bundeskanzler | Bundeskanzler
R e1 e2 Mitglied | ([ÖVP])
E e2 ORG party ÖVP | ([ÖVP]) ; von [ÖVP]
E e3 ORG party FPÖ | Forderung der [FPÖ] ; n:Seine Partei ; liegt die [FPÖ]
E e4 PER person Herbert Kickl | Herbert Kickl ; n:der Freiheitliche ; p:[Seine] Partei ; Herr [Kickl] ; p:wie [er] will
R e4 e3 Parteichef | FPÖ-Chef
E e5 ORG organisation Bundesregierung | n:Die Regierung ; p:„[Wir] sind ; n:der türkis-grünen Koalition ; n:Die Bundesregierung
E e6 ORG organisation Kanzleramt | Kanzleramt
E e7 ORG organisation Nationalrat | Nationalrat
E e8 ORG party Grüne | und [Grünen] ; ([Grüne])
E e9 PER person Werner Kogler | Werner Kogler ; p:sagte [er]
R e9 - Vizekanzler | Vizekanzler
R e9 e8 Mitglied | ([Grüne])
E e10 LOC city Wien | Wien
Q q1 reported e1 | Bundeskanzler Karl Nehammer...erneut abgelehnt | abgelehnt
Q q2 indirect e1 | Die Regierung werde bis zum regulären Ende der Legislaturperiode im Herbst 2024 arbeiten | arbeiten, [sagte]
Q q3 direct e1 | Wir sind gewählt, um Probleme zu lösen, nicht um Wahlkampf zu machen. | -
Q q4 reported e4 | FPÖ-Chef Herbert Kickl warf der türkis-grünen Koalition dagegen „Realitätsverweigerung“ vor | warf
Q q5 indirect e4 | Die Bundesregierung habe das Vertrauen der Bevölkerung längst verloren | erklärte
Q q6 direct e9 | Herr Kickl kann so viele Anträge stellen, wie er will | [sagte] er
Q q7 direct e9 | Am Ende entscheiden die Wählerinnen und Wähler. | -
Q q8 indirect - | liegt die FPÖ derzeit bei rund 30 Prozent | zufolge
T t1 DATE 2023-11-08 | am Mittwoch
T t2 DATE 2024-FA | im Herbst 2024
T t3 DATE 2023-W46 | in der kommenden Woche
T t4 DATE PRESENT_REF | derzeit
V v1 REQUEST change ongoing src=e3 tgt=e5 | Forderung
V v2 REJECT change happened src=e1 tgt=e3 time=t1 | abgelehnt
V v3 ACCUSE disapprove happened src=e4 tgt=e5 | warf
V v4 OTHER - planned src=e3 tgt=e1 loc=e7 time=t3 | Misstrauensantrag
A 51 year | 51-Jährige | Alter von Karl Nehammer
A 30 percent | 30 Prozent | Umfragewert der FPÖ
"""
