ID = "gold-dev-16"
DATE = "2023-07-12"
META = {"dateline": ("HAMBURG", "Hamburg"), "agency": "dpa", "body": "Nach einem Messerangriff"}
TEXT = """ date 2023-07-12 HAMBURG (dpa) - Nach einem Messerangriff in einer Hamburger Regionalbahn hat die Polizei einen 33 Jahre alten Mann festgenommen. Der Tatverdächtige soll am Dienstagabend kurz vor dem Bahnhof Harburg zwei Fahrgäste schwer verletzt haben, teilte eine Sprecherin der Polizei am Mittwoch mit. Eine 19-jährige Frau und ein 54-jähriger Mann kamen mit Stichverletzungen in eine Klinik. Lebensgefahr bestehe nicht.

Andere Reisende hätten den Mann bis zum Eintreffen der Beamten festgehalten, sagte die Sprecherin. Das Motiv sei noch unklar. Nach Angaben der Staatsanwaltschaft war der Verdächtige bereits wegen Körperverletzung vorbestraft. Ein Haftrichter soll noch am Mittwoch über Untersuchungshaft entscheiden.

Hamburgs Innensenator Andy Grote (SPD) sprach den Opfern sein Mitgefühl aus. „Ich danke den mutigen Fahrgästen, die Schlimmeres verhindert haben“, sagte er. Die Deutsche Bahn räumte Versäumnisse ein und kündigte an, die Zahl der Sicherheitskräfte in Regionalzügen zu erhöhen."""
ANN = """
E e1 LOC city Hamburg | HAMBURG ; d:einer [Hamburger] Regionalbahn ; Hamburgs
E e2 ORG organisation Polizei Hamburg | n:die Polizei ; n:der Polizei ; n:der Beamten
E e3 PER person Tatverdächtiger, 33 Jahre | n:einen 33 Jahre alten Mann ; n:Der Tatverdächtige ; n:den Mann ; n:der Verdächtige
E e4 LOC facility Bahnhof Harburg | Bahnhof Harburg
E e5 PER group zwei verletzte Fahrgäste | n:zwei Fahrgäste ; n:den Opfern
E e6 PER person verletzte 19-jährige Frau | n:Eine 19-jährige Frau
E e7 PER person verletzter 54-jähriger Mann | n:ein 54-jähriger Mann
E e8 PER person Sprecherin der Polizei | n:eine Sprecherin ; n:die Sprecherin
R e8 e2 Sprecherin
E e9 PER group eingreifende Reisende | n:Andere Reisende ; n:den mutigen Fahrgästen
E e10 ORG organisation Staatsanwaltschaft Hamburg | n:der Staatsanwaltschaft
E e11 PER person Haftrichter | n:Ein Haftrichter
E e12 PER person Andy Grote | Andy Grote ; p:[sein] Mitgefühl ; p:„[Ich] danke ; p:sagte [er]
R e12 e1 Innensenator | Innensenator
R e12 e13 Mitglied | ([SPD])
E e13 ORG party SPD | SPD
E e14 ORG organisation Deutsche Bahn | Deutsche Bahn
Q q1 indirect e8 | Der Tatverdächtige soll am Dienstagabend kurz vor dem Bahnhof Harburg zwei Fahrgäste schwer verletzt haben | teilte
Q q2 indirect e8 | Lebensgefahr bestehe nicht. | -
Q q3 indirect e8 | Andere Reisende hätten den Mann bis zum Eintreffen der Beamten festgehalten | [sagte] die Sprecherin
Q q4 indirect e8 | Das Motiv sei noch unklar. | -
Q q5 indirect e10 | war der Verdächtige bereits wegen Körperverletzung vorbestraft | Angaben
Q q6 reported e12 | Hamburgs Innensenator Andy Grote (SPD) sprach den Opfern sein Mitgefühl aus | sprach
Q q7 direct e12 | Ich danke den mutigen Fahrgästen, die Schlimmeres verhindert haben | [sagte] er
Q q8 reported e14 | Die Deutsche Bahn räumte Versäumnisse ein | räumte
Q q9 reported e14 | kündigte an, die Zahl der Sicherheitskräfte in Regionalzügen zu erhöhen | kündigte
T t1 TIME 2023-07-11TEV | am Dienstagabend
T t2 DATE 2023-07-12 | Polizei [am Mittwoch]
T t3 DATE 2023-07-12 | noch [am Mittwoch]
V v1 ASSAULT - happened src=e3 tgt=e5 loc=e4 time=t1 | Messerangriff
V v2 COERCE arrest happened src=e2 tgt=e3 | festgenommen
V v3 COERCE - happened src=e9 tgt=e3 | festgehalten
V v4 COERCE arrest hypothetical src=e11 tgt=e3 time=t3 | Untersuchungshaft
V v5 OTHER - planned src=e14 | erhöhen
V v6 CONCEDE - happened src=e14 | Versäumnisse
A 33 year | 33 Jahre | Alter des Tatverdächtigen
A 2 person | zwei Fahrgäste | Verletzte
A 19 year | 19-jährige | Alter der verletzten Frau
A 54 year | 54-jähriger | Alter des verletzten Mannes
"""
