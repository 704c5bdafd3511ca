ID = "gold-dev-17"
DATE = "2022-09"
META = {"dateline": ("Wien", "Wien"), "agency": None, "body": "Österreich will bis"}
TEXT = """ date 2022-09 Wien – Österreich will bis 2027 vollständig unabhängig von russischem Erdgas werden. Das kündigte Energieministerin Leonore Gewessler (Grüne) am Dienstag nach einem Treffen mit Vertretern der Energiewirtschaft an. Derzeit stammen noch rund 70 Prozent der Gasimporte aus Russland. „Wir dürfen uns nicht länger erpressen lassen“, sagte die Ministerin. Die Abhängigkeit sei „ein historischer Fehler“ gewesen.

Die teilstaatliche OMV soll dafür ihre Lieferverträge mit dem russischen Konzern Gazprom überprüfen. OMV-Chef Alfred Stern zeigte sich zurückhaltend. Die Verträge liefen bis 2040, ein Ausstieg sei rechtlich schwierig, sagte er. Gazprom hatte die Lieferungen nach Österreich zuletzt um rund die Hälfte gedrosselt.

Die FPÖ warf der Regierung vor, die Versorgungssicherheit zu gefährden. Kanzler Karl Nehammer (ÖVP) stellte sich hingegen hinter seine Ministerin."""
ANN = """
E e1 LOC country Österreich | Österreich* ; p:„[Wir] dürfen
E e2 LOC country Russland | d:[russischem] Erdgas ; aus [Russland] ; d:dem [russischen] Konzern
E e3 PER person Leonore Gewessler | Leonore Gewessler ; n:die Ministerin ; n:seine Ministerin
R e3 e1 Energieministerin | Energieministerin
R e3 e4 Mitglied | ([Grüne])
E e4 ORG party Grüne | Grüne
E e5 ORG organisation OMV | teilstaatliche [OMV] ; p:[ihre] Lieferverträge
E e6 ORG organisation Gazprom | Gazprom*
E e7 PER person Alfred Stern | Alfred Stern ; p:sagte [er]
R e7 e5 Chef | OMV-Chef
E e8 ORG party FPÖ | FPÖ
E e9 ORG organisation Bundesregierung | n:der Regierung
E e10 PER person Karl Nehammer | Karl Nehammer ; p:[seine] Ministerin
R e10 e1 Kanzler | Kanzler
R e10 e11 Mitglied | ([ÖVP])
E e11 ORG party ÖVP | ÖVP
E e12 LOC city Wien | Wien
Q q1 reported e3 | Das kündigte Energieministerin Leonore Gewessler (Grüne) am Dienstag nach einem Treffen mit Vertretern der Energiewirtschaft an | kündigte
Q q2 direct e3 | Wir dürfen uns nicht länger erpressen lassen | [sagte] die Ministerin
Q q3 indirect e3 | Die Abhängigkeit sei „ein historischer Fehler“ gewesen. | -
Q q4 indirect e7 | Die Verträge liefen bis 2040, ein Ausstieg sei rechtlich schwierig | [sagte] er
Q q5 reported e8 | Die FPÖ warf der Regierung vor, die Versorgungssicherheit zu gefährden | warf
T t1 DATE 2027 | bis 2027
T t2 DATE 2022-09 | am Dienstag
T t3 DATE PRESENT_REF | Derzeit
T t4 DATE 2040 | bis 2040
T t5 DATE PAST_REF | zuletzt
V v1 OTHER - planned src=e1 tgt=e2 time=t1 | unabhängig
V v2 CONSULT meeting happened src=e3 time=t2 | Treffen
V v3 OTHER - planned src=e5 tgt=e6 | überprüfen
V v4 COERCE withhold happened src=e6 tgt=e1 time=t5 | gedrosselt
V v5 ACCUSE allege happened src=e8 tgt=e9 | warf
V v6 SUPPORT - happened src=e10 tgt=e3 | stellte
A 70 percent | 70 Prozent | Anteil russischen Gases an den Importen
A 50 percent | die Hälfte | Drosselung der Gazprom-Lieferungen
"""
