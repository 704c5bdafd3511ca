ID = "gold-dev-20"
DATE = "2024-03"
META = {"dateline": ("WOLFSBURG", "Wolfsburg"), "agency": "dpa-AFX", "editors": ["ssc", "men", "he"], "body": "Volkswagen will sein"}
TEXT = """ date 2024-03 WOLFSBURG (dpa-AFX) - Volkswagen will sein China-Geschäft mit Milliardeninvestitionen neu aufstellen. Der Autobauer kündigte am Dienstag an, bis 2026 rund 2,5 Milliarden Euro in sein Entwicklungszentrum in Hefei zu stecken. Dort sollen gemeinsam mit dem chinesischen Partner Xpeng zwei neue Elektromodelle für den dortigen Markt entstehen. „China ist und bleibt unser wichtigster Einzelmarkt“, sagte Konzernchef Oliver Blume. „Wir wollen dort wieder an die Spitze.“

Zuletzt hatte der chinesische Hersteller BYD die Wolfsburger als Marktführer in der Volksrepublik abgelöst. Der Absatz von VW sank dort im vergangenen Jahr um 1,4 Prozent auf 3,2 Millionen Fahrzeuge. Betriebsratschefin Daniela Cavallo forderte, die Investitionen dürften nicht zulasten der deutschen Werke gehen. Der Vorstand habe zugesichert, dass keine Produktion aus Deutschland verlagert werde, sagte die Gewerkschafterin./ssc/men/he"""
ANN = """
E e1 ORG organisation Volkswagen | Volkswagen ; p:[sein] China-Geschäft ; n:Der Autobauer ; p:in [sein] Entwicklungszentrum ; p:[unser] wichtigster ; p:„[Wir] wollen ; n:die Wolfsburger ; VW
E e2 LOC country China | [China] ist ; d:dem [chinesischen] Partner ; d:der [chinesische] Hersteller ; n:der Volksrepublik
E e3 LOC city Hefei | Hefei
E e4 ORG organisation Xpeng | Xpeng
E e5 PER person Oliver Blume | Oliver Blume
R e5 e1 Konzernchef | Konzernchef
E e6 ORG organisation BYD | BYD
E e7 LOC city Wolfsburg | WOLFSBURG
E e8 PER person Daniela Cavallo | Daniela Cavallo ; n:die Gewerkschafterin
R e8 e1 Betriebsratschefin | Betriebsratschefin
E e9 LOC country Deutschland | d:der [deutschen] Werke ; aus [Deutschland]
E e10 ORG organisation Vorstand von Volkswagen | n:Der Vorstand
Q q1 reported e1 | Der Autobauer kündigte am Dienstag an, bis 2026 rund 2,5 Milliarden Euro in sein Entwicklungszentrum in Hefei zu stecken | kündigte
Q q2 direct e5 | China ist und bleibt unser wichtigster Einzelmarkt | [sagte] Konzernchef
Q q3 direct e5 | Wir wollen dort wieder an die Spitze. | -
Q q4 indirect e8 | die Investitionen dürften nicht zulasten der deutschen Werke gehen | forderte
Q q5 indirect e8 | Der Vorstand habe zugesichert, dass keine Produktion aus Deutschland verlagert werde | [sagte] die Gewerkschafterin
T t1 DATE 2024-03 | am Dienstag
T t2 DATE 2026 | bis 2026
T t3 DATE PAST_REF | Zuletzt
T t4 DATE 2023 | im vergangenen Jahr
V v1 OTHER - planned src=e1 loc=e3 time=t2 | stecken
V v2 COOPERATE - planned src=e1,e4 tgt=e4,e1 | gemeinsam
V v3 OTHER - happened src=e6 tgt=e1 time=t3 | abgelöst
V v4 REQUEST - happened src=e8 tgt=e10 | forderte
V v5 AGREE - promised src=e10 tgt=e8 | zugesichert
A 2.5e9 EUR | 2,5 Milliarden Euro | Investition in Hefei
A 2 model | zwei neue Elektromodelle | geplante Elektromodelle
A 1.4 percent | 1,4 Prozent | Absatzrückgang von VW in China
A 3.2e6 vehicle | 3,2 Millionen Fahrzeuge | Absatz von VW in China
"""
