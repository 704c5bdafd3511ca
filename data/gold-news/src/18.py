ID = "gold-news-18"
DATE = "2023-03-08"
META = {"dateline": ("Wien", "Wien"), "body": "Ein 52-jähriger"}
TEXT = """Wien – Ein 52-jähriger Vermögensberater ist am Mittwoch am Wiener Landesgericht wegen schweren gewerbsmäßigen Betrugs zu fünf Jahren unbedingter Haft verurteilt worden. Der Mann soll zwischen 2016 und 2021 mehr als 80 Anlegerinnen und Anleger um insgesamt 4,2 Millionen Euro gebracht haben. Das Urteil ist nicht rechtskräftig.

Laut Anklage hatte der Niederösterreicher seinen Kunden Renditen von bis zu zwölf Prozent pro Jahr versprochen. Tatsächlich soll er das Geld für Luxusreisen und einen Sportwagen ausgegeben haben. „Ich wollte niemanden schädigen“, beteuerte der Angeklagte vor dem Schöffensenat. Er habe selbst an das Geschäftsmodell geglaubt.

Die Richterin Sabine Hofer glaubte ihm nicht. Der Angeklagte habe „mit großer krimineller Energie“ gehandelt, sagte sie in der Urteilsbegründung. Staatsanwalt Markus Leitner hatte eine Strafe von sechs Jahren gefordert. Verteidigerin Eva Brandstätter kündigte Berufung an. Mehrere Geschädigte verfolgten den Prozess im Saal; eine Pensionistin aus Mödling brach bei der Urteilsverkündung in Tränen aus."""
ANN = """
E e1 PER person angeklagter Vermögensberater | n:Ein 52-jähriger Vermögensberater ; n:Der Mann ; n:der Niederösterreicher ; p:[seinen] Kunden ; p:soll [er] ; p:[Ich] wollte ; n:der Angeklagte ; p:[Er] habe ; p:glaubte [ihm] ; n:Der Angeklagte
E e2 ORG court Landesgericht für Strafsachen Wien | Landesgericht
E e3 LOC city Wien | Wien ; d:Wiener
E e4 OTH group geschädigte Anlegerinnen und Anleger | n:Anlegerinnen und Anleger ; n:seinen Kunden
E e6 ORG court Schöffensenat | n:dem Schöffensenat
E e7 PER person Sabine Hofer | Sabine Hofer ; p:sagte [sie]
R e7 e2 Richterin | Richterin
E e8 PER person Markus Leitner | Markus Leitner
R e8 - Staatsanwalt | Staatsanwalt
E e9 PER person Eva Brandstätter | Eva Brandstätter
R e9 e1 Verteidigerin | Verteidigerin
E e10 PER person Pensionistin aus Mödling | n:eine Pensionistin
E e11 LOC city Mödling | Mödling
E e12 OTH group Geschädigte im Saal | n:Mehrere Geschädigte
Q q1 indirect e8 | hatte der Niederösterreicher...versprochen | Laut
Q q7 indirect e8 | Tatsächlich soll er das Geld...ausgegeben haben.
Q q2 direct e1 | Ich wollte niemanden schädigen | beteuerte
Q q3 indirect e1 | Er habe selbst an das Geschäftsmodell geglaubt.
Q q4 indirect e7 | Der Angeklagte habe „mit großer krimineller Energie“ gehandelt | [sagte] sie
Q q5 reported e8 | Staatsanwalt Markus Leitner hatte eine Strafe von sechs Jahren gefordert | gefordert
Q q6 reported e9 | Verteidigerin Eva Brandstätter kündigte Berufung an | kündigte
T t1 DATE 2023-03-08 | am Mittwoch
T t2 DURATION P5Y | fünf Jahren
T t3 DATE 2016 | 2016
T t4 DATE 2021 | 2021
T t5 SET P1Y | pro Jahr
T t6 DURATION P6Y | sechs Jahren
V v1 SANCTION convict happened src=e2 tgt=e1 time=t1 | verurteilt
V v2 OTHER - happened src=e1 tgt=e4 | gebracht
V v3 REJECT - planned src=e9 tgt=e2 | Berufung
A 52 year | 52-jähriger | Alter des Angeklagten
A 5 year | fünf Jahren | Haftstrafe
A 80 person | 80 Anlegerinnen und Anleger | Geschädigte
A 4200000 EUR | 4,2 Millionen Euro | Schaden
A 12 percent | zwölf Prozent | versprochene Rendite
A 6 year | sechs Jahren | geforderte Strafe
"""
