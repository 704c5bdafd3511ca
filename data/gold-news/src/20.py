ID = "gold-news-20"
DATE = "2022-11-08"
META = {"dateline": ("SCHARM EL SCHEICH", "Scharm el Scheich"), "agency": "dpa", "body": "Deutschland will"}
TEXT = """ date 2022-11-08 SCHARM EL SCHEICH (dpa) - Deutschland will ärmeren Ländern mit zusätzlichen 170 Millionen Euro beim Umgang mit Klimaschäden helfen. Das kündigte Bundeskanzler Olaf Scholz am Montag auf der Weltklimakonferenz im ägyptischen Scharm el Scheich an. Bis 2025 werde die Bundesrepublik ihre Klimahilfen auf jährlich sechs Milliarden Euro erhöhen, versprach der Kanzler in seiner Rede vor den Delegierten aus knapp 200 Staaten.

UN-Generalsekretär António Guterres warnte eindringlich vor den Folgen der Erderwärmung. „Wir sind auf dem Highway zur Klimahölle – mit dem Fuß auf dem Gaspedal“, sagte der Portugiese. Er forderte einen Pakt zwischen Industrie- und Schwellenländern, um den Ausstoß von Treibhausgasen rasch zu senken.

Vertreter besonders betroffener Staaten warfen den reichen Ländern vor, ihre Zusagen nicht einzuhalten. Pakistans Premierminister Shehbaz Sharif verwies auf die verheerenden Überschwemmungen in seinem Land im Sommer. Außenministerin Annalena Baerbock (Grüne) will in der zweiten Konferenzwoche die Verhandlungen für Deutschland führen. Die Konferenz dauert bis zum 18. November."""
ANN = """
E e1 LOC country Deutschland | Deutschland* ; n:die Bundesrepublik ; p:[ihre] Klimahilfen
E e2 OTH group ärmere Länder | n:ärmeren Ländern
E e3 PER person Olaf Scholz | Olaf Scholz ; n:der Kanzler ; p:[seiner] Rede
R e3 e1 Bundeskanzler | Bundeskanzler
E e4 OTH event Weltklimakonferenz | Weltklimakonferenz ; n:Die Konferenz
E e5 LOC country Ägypten | d:ägyptischen
E e6 LOC city Scharm el Scheich | SCHARM EL SCHEICH ; Scharm el Scheich
E e8 PER person António Guterres | António Guterres ; n:der Portugiese ; p:[Er] forderte
R e8 - UN-Generalsekretär | UN-Generalsekretär
E e9 OTH group Vertreter betroffener Staaten | n:Vertreter
E e10 OTH group reiche Länder | n:den reichen Ländern ; p:[ihre] Zusagen
E e11 LOC country Pakistan | Pakistans ; n:seinem Land
E e12 PER person Shehbaz Sharif | Shehbaz Sharif ; p:[seinem] Land
R e12 e11 Premierminister | Premierminister
E e13 PER person Annalena Baerbock | Annalena Baerbock
R e13 e1 Außenministerin | Außenministerin
R e13 e14 Mitglied
E e14 ORG party Grüne | Baerbock ([Grüne])
Q q1 reported e3 | Das kündigte Bundeskanzler Olaf Scholz...Scharm el Scheich an | kündigte
Q q2 indirect e3 | Bis 2025 werde die Bundesrepublik...erhöhen | versprach
Q q3 reported e8 | UN-Generalsekretär António Guterres warnte eindringlich vor den Folgen der Erderwärmung | warnte
Q q4 direct e8 | Wir sind auf dem Highway zur Klimahölle – mit dem Fuß auf dem Gaspedal | [sagte] der Portugiese
Q q5 reported e8 | Er forderte einen Pakt...rasch zu senken | forderte
Q q6 reported e9 | Vertreter besonders betroffener Staaten warfen...einzuhalten | warfen
Q q7 reported e12 | Pakistans Premierminister Shehbaz Sharif verwies...im Sommer | verwies
T t1 DATE 2022-11-07 | am Montag
T t2 DATE 2025 | Bis 2025
T t3 SET P1Y | jährlich
T t4 DATE 2022-SU | im Sommer
T t5 DATE 2022-W46 | in der zweiten Konferenzwoche
T t6 DATE 2022-11-18 | bis zum 18. November
V v1 AID - promised src=e1 tgt=e2 | helfen
V v2 AID - promised src=e1 time=t2 | erhöhen
V v3 CONSULT multilateral ongoing loc=e6 time=t6 | Weltklimakonferenz
V v4 REQUEST change happened src=e8 | forderte
V v5 ACCUSE disapprove happened src=e9 tgt=e10 | warfen
V v6 CONSULT multilateral planned src=e13 time=t5 | Verhandlungen
A 170000000 EUR | 170 Millionen Euro | zusätzliche Hilfe für Klimaschäden
A 6000000000 EUR | sechs Milliarden Euro | jährliche Klimahilfen
A 200 country | 200 Staaten | Teilnehmerstaaten
"""
