ID = "gold-dev-10"
DATE = "2024-01-24"
META = {"dateline": ("[Wien] (APA)", "Wien"), "agency": "APA", "body": "Im Prozess um"}
TEXT = """ date 2024-01-24 Wien (APA) - Im Prozess um mutmaßliche Scheinrechnungen beim Bau eines Pflegeheims in Favoriten ist ein früherer Manager des Wiener Gesundheitsverbunds am Mittwoch zu drei Jahren Haft verurteilt worden. Das Straflandesgericht Wien sah es als erwiesen an, dass der 58-Jährige Aufträge gegen Schmiergeld vergeben hatte. Der Schaden für die Stadt belaufe sich auf rund 4,8 Millionen Euro, sagte Richterin Sabine Kainz in ihrer Urteilsbegründung. Das Urteil ist nicht rechtskräftig. Der Ex-Manager war bereits im Herbst 2021 von seinem Posten zurückgetreten.

Der Verteidiger des Angeklagten, Thomas Gruber, kündigte umgehend Berufung an. »Mein Mandant ist unschuldig und wird das auch beweisen«, sagte er nach der Verhandlung. Zwei mitangeklagte Bauunternehmer wurden freigesprochen. Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hatte vier Jahre Haft gefordert. Sie prüft nun, ob sie ebenfalls Rechtsmittel einlegt.

Wiens Bürgermeister Michael Ludwig (SPÖ) begrüßte das Urteil. Die Stadt werde alles tun, um das Geld zurückzuholen, erklärte er."""
ANN = """
E e1 PER person angeklagter früherer Manager des Wiener Gesundheitsverbunds | n:ein früherer Manager ; n:der 58-Jährige ; n:des Angeklagten ; n:Mein Mandant ; n:Der Ex-Manager ; p:von [seinem] Posten
E e2 ORG organisation Wiener Gesundheitsverbund | Wiener Gesundheitsverbunds
E e3 LOC district Favoriten | Favoriten
E e4 ORG organisation Straflandesgericht Wien | Straflandesgericht Wien
E e5 LOC city Wien | [Wien] (APA) ; n:für [die Stadt] ; Wiens ; n:Die Stadt
E e6 PER person Sabine Kainz | Sabine Kainz ; p:in [ihrer] Urteilsbegründung
R e6 e4 Richterin | Richterin
E e7 PER person Thomas Gruber | Thomas Gruber ; n:Der Verteidiger ; p:[Mein] Mandant ; p:sagte [er]
R e7 - Verteidiger | Der [Verteidiger]
E e8 PER group zwei mitangeklagte Bauunternehmer | n:Zwei mitangeklagte Bauunternehmer
E e9 ORG organisation Wirtschafts- und Korruptionsstaatsanwaltschaft | Wirtschafts- und Korruptionsstaatsanwaltschaft ; WKStA ; p:[Sie] prüft ; p:ob [sie]
E e10 PER person Michael Ludwig | Michael Ludwig ; p:erklärte [er]
R e10 e5 Bürgermeister | Bürgermeister
R e10 e11 Mitglied | ([SPÖ])
E e11 ORG party SPÖ | SPÖ
Q q1 indirect e4 | der 58-Jährige Aufträge gegen Schmiergeld vergeben hatte | sah
Q q2 indirect e6 | Der Schaden für die Stadt belaufe sich auf rund 4,8 Millionen Euro | Euro, [sagte]
Q q3 reported e7 | Der Verteidiger des Angeklagten, Thomas Gruber, kündigte umgehend Berufung an | kündigte
Q q4 direct e7 | Mein Mandant ist unschuldig und wird das auch beweisen | [sagte] er
Q q5 reported e9 | Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hatte vier Jahre Haft gefordert | gefordert
Q q6 reported e10 | Wiens Bürgermeister Michael Ludwig (SPÖ) begrüßte das Urteil | begrüßte
Q q7 indirect e10 | Die Stadt werde alles tun, um das Geld zurückzuholen | erklärte
T t1 DATE 2024-01-24 | am Mittwoch
T t2 DURATION P3Y | drei Jahren
T t3 DURATION P4Y | vier Jahre
T t4 DATE PRESENT_REF | nun
T t5 DATE 2021-FA | im Herbst 2021
V v1 SANCTION convict happened src=e4 tgt=e1 loc=e5 time=t1 | verurteilt
V v2 OTHER - happened src=e1 | Schmiergeld
V v3 OTHER - planned src=e7 tgt=e4 | Berufung
V v4 OTHER - happened src=e4 tgt=e8 | freigesprochen
V v5 REQUEST - happened src=e9 tgt=e4 | gefordert
V v6 OTHER - hypothetical src=e9 | Rechtsmittel
V v8 RETREAT resign happened src=e1 tgt=e2 time=t5 | zurückgetreten
V v7 SUPPORT - happened src=e10 tgt=e4 | begrüßte
A 3 year | drei Jahren | Haftstrafe
A 58 year | 58-Jährige | Alter des Angeklagten
A 4.8e6 EUR | 4,8 Millionen Euro | Schaden für die Stadt Wien
A 2 person | Zwei mitangeklagte Bauunternehmer | Freigesprochene
A 4 year | vier Jahre | geforderte Haftstrafe
"""
