ID = "gold-dev-13"
DATE = "2024-02"
META = {"dateline": ("FRANKFURT", "Frankfurt am Main"), "agency": "dpa-AFX", "editors": ["bgf", "jha", "mis"], "body": "Ein Warnstreik des"}
TEXT = """ date 2024-02 FRANKFURT (dpa-AFX) - Ein Warnstreik des Bodenpersonals hat den Flugbetrieb der Lufthansa am Mittwoch weitgehend lahmgelegt. An den Drehkreuzen Frankfurt und München fielen nach Unternehmensangaben mehr als 1000 Verbindungen aus, rund 100.000 Passagiere waren betroffen. Die Gewerkschaft Verdi hatte die Beschäftigten zu dem 27-stündigen Ausstand aufgerufen.

Verdi fordert 12,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten. Die Lufthansa bietet bislang zehn Prozent über 36 Monate. Personalvorstand Michael Niggemann nannte den Streik „völlig unverhältnismäßig“. Das Unternehmen habe ein faires Angebot vorgelegt, sagte der Manager. Verdi-Verhandlungsführer Marvin Reschinsky wies das zurück: Die Arbeitgeberseite spiele auf Zeit. Die dritte Verhandlungsrunde ist für kommende Woche angesetzt./bgf/jha/mis"""
ANN = """
E e1 ORG organisation Lufthansa | Lufthansa* ; n:Das Unternehmen ; n:Die Arbeitgeberseite
E e2 LOC city Frankfurt am Main | FRANKFURT ; Drehkreuzen [Frankfurt]
E e3 LOC city München | München
E e4 ORG organisation Verdi | Gewerkschaft [Verdi] ; [Verdi] fordert
E e5 PER group Bodenpersonal der Lufthansa | n:des Bodenpersonals ; n:die Beschäftigten
E e6 PER person Michael Niggemann | Michael Niggemann ; n:der Manager
R e6 e1 Personalvorstand | Personalvorstand
E e7 PER person Marvin Reschinsky | Marvin Reschinsky
R e7 e4 Verhandlungsführer | Verdi-Verhandlungsführer
Q q1 indirect e1 | An den Drehkreuzen Frankfurt und München...waren betroffen | Unternehmensangaben
Q q2 reported e4 | Die Gewerkschaft Verdi hatte die Beschäftigten zu dem 27-stündigen Ausstand aufgerufen | aufgerufen
Q q3 reported e4 | Verdi fordert 12,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten | fordert
Q q4 reported e6 | Personalvorstand Michael Niggemann nannte den Streik „völlig unverhältnismäßig“ | nannte
Q q5 indirect e6 | Das Unternehmen habe ein faires Angebot vorgelegt | sagte
Q q6 reported e7 | Verdi-Verhandlungsführer Marvin Reschinsky wies das zurück | wies
Q q7 indirect e7 | Die Arbeitgeberseite spiele auf Zeit. | -
T t1 DATE 2024-02 | am Mittwoch
T t2 DURATION PT27H | 27-stündigen
T t3 DURATION P12M | zwölf Monaten
T t4 DATE PRESENT_REF | bislang
T t5 DURATION P36M | 36 Monate
T t6 DATE 2024-WXX | kommende Woche
V v1 PROTEST strike happened src=e4,e5 tgt=e1 time=t1 | Warnstreik
V v2 REQUEST - ongoing src=e4 tgt=e1 | fordert
V v3 AGREE - ongoing src=e1 tgt=e4 | bietet
V v4 ACCUSE disapprove happened src=e6 tgt=e4 | nannte
V v5 REJECT - happened src=e7 tgt=e1 | wies
V v6 CONSULT meeting planned src=e4,e1 tgt=e1,e4 time=t6 | Verhandlungsrunde
A 1000 flight | 1000 Verbindungen | ausgefallene Flüge
A 100000 person | 100.000 Passagiere | betroffene Passagiere
A 27 hour | 27-stündigen | Dauer des Warnstreiks
A 12.5 percent | 12,5 Prozent | Lohnforderung von Verdi
A 12 month | zwölf Monaten | geforderte Laufzeit
A 10 percent | zehn Prozent | Angebot der Lufthansa
A 36 month | 36 Monate | angebotene Laufzeit
A 3 ordinal | dritte | Verhandlungsrunde
"""
