ID = "gold-news-29"
DATE = "2022-01-13"
META = {"dateline": ("KOBLENZ", "Koblenz"), "agency": "dpa", "body": "Im weltweit"}
TEXT = """ date 2022-01-13 KOBLENZ (dpa) - Im weltweit ersten Prozess um Staatsfolter in Syrien hat das Oberlandesgericht Koblenz einen früheren Geheimdienstoffizier zu lebenslanger Haft verurteilt. Der Staatsschutzsenat sah es am Donnerstag als erwiesen an, dass Anwar R. für die Folter von mindestens 4000 Gefangenen in einem Gefängnis in Damaskus verantwortlich war. Mindestens 27 Menschen seien an den Folgen gestorben, sagte die Vorsitzende Richterin Anne Kerber.

Der 58-Jährige hatte die Vorwürfe im Prozess bestritten. Er sei nie an Folter beteiligt gewesen und habe Gefangenen sogar geholfen, ließ er über seine Anwälte erklären. Die Verteidigung kündigte an, Revision einzulegen. Die Bundesanwaltschaft hatte lebenslange Haft gefordert.

Menschenrechtler sprachen von einem "historischen Urteil". Das Verfahren sei ein wichtiges Signal an die Opfer, sagte Wolfgang Kaleck vom Europäischen Zentrum für Verfassungs- und Menschenrechte. Mehrere Überlebende hatten in dem Prozess als Nebenkläger ausgesagt. Möglich wurde das Verfahren durch das Weltrechtsprinzip, das die Verfolgung schwerer Verbrechen unabhängig vom Tatort erlaubt."""
ANN = """
E e1 LOC country Syrien | Syrien
E e2 ORG court Oberlandesgericht Koblenz | Oberlandesgericht Koblenz
E e3 ORG court Staatsschutzsenat | n:Der Staatsschutzsenat
E e4 PER person Anwar R. | n:einen früheren Geheimdienstoffizier ; Anwar R. ; n:Der 58-Jährige ; p:[Er] sei ; p:ließ [er] ; p:[seine] Anwälte
E e6 LOC city Damaskus | Damaskus
E e7 PER person Anne Kerber | Anne Kerber
R e7 e3 Vorsitzende Richterin | Vorsitzende Richterin
E e8 OTH group Verteidigung von Anwar R. | n:seine Anwälte ; n:Die Verteidigung
E e9 ORG organisation Bundesanwaltschaft | Bundesanwaltschaft
E e10 OTH group Menschenrechtler | n:Menschenrechtler
E e11 PER person Wolfgang Kaleck | Wolfgang Kaleck
R e11 e12 Vertreter
E e12 ORG organisation Europäisches Zentrum für Verfassungs- und Menschenrechte | Europäischen Zentrum für Verfassungs- und Menschenrechte
E e13 OTH group Überlebende | n:Mehrere Überlebende
E e14 LOC city Koblenz | KOBLENZ
Q q1 indirect e3 | dass Anwar R. für die Folter...verantwortlich war | erwiesen
Q q2 indirect e7 | Mindestens 27 Menschen seien an den Folgen gestorben | [sagte] die Vorsitzende
Q q3 reported e4 | Der 58-Jährige hatte die Vorwürfe im Prozess bestritten | bestritten
Q q4 indirect e4 | Er sei nie an Folter beteiligt gewesen und habe Gefangenen sogar geholfen | erklären
Q q5 reported e8 | Die Verteidigung kündigte an, Revision einzulegen | kündigte
Q q6 reported e9 | Die Bundesanwaltschaft hatte lebenslange Haft gefordert | gefordert
Q q7 reported e10 | Menschenrechtler sprachen von einem "historischen Urteil" | sprachen
Q q8 indirect e11 | Das Verfahren sei ein wichtiges Signal an die Opfer | [sagte] Wolfgang
Q q9 reported e13 | Mehrere Überlebende hatten in dem Prozess als Nebenkläger ausgesagt | ausgesagt
T t1 DATE 2022-01-13 | am Donnerstag
V v1 SANCTION convict happened src=e2 tgt=e4 time=t1 | verurteilt
V v2 ASSAULT torture happened src=e4 loc=e6 | die [Folter] von
V v3 REJECT - happened src=e4 | bestritten
V v4 REJECT - planned src=e8 tgt=e2 | Revision
A 4000 person | 4000 Gefangenen | Folteropfer
A 27 person | 27 Menschen | Todesopfer
A 58 year | 58-Jährige | Alter des Angeklagten
"""
