ID = "gold-news-13"
DATE = "2021-10-09"
META = {"dateline": ("Wien", "Wien"), "body": "Sebastian Kurz tritt"}
TEXT = """Wien – Sebastian Kurz tritt als Bundeskanzler zurück. Das kündigte der ÖVP-Chef am Samstagabend in einer kurzen Erklärung im Kanzleramt an. Als Nachfolger schlug der 35-Jährige Außenminister Alexander Schallenberg vor. Kurz will Parteichef bleiben und als Klubobmann ins Parlament wechseln.

Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) ermittelt gegen Kurz und neun weitere Beschuldigte wegen des Verdachts der Untreue und Bestechlichkeit. Am Mittwoch hatten Ermittler das Kanzleramt und die ÖVP-Zentrale durchsucht. Kurz weist die Vorwürfe zurück. „Ich werde beweisen können, dass die Vorwürfe falsch sind“, sagte er. Er wolle "Platz machen, um Chaos zu verhindern".

Der grüne Koalitionspartner hatte zuvor die Handlungsfähigkeit des Kanzlers infrage gestellt. Vizekanzler Werner Kogler begrüßte den Schritt. Mit Schallenberg werde man die Koalition fortsetzen, sagte er. Die SPÖ forderte dagegen Neuwahlen."""
ANN = """
E e1 PER person Sebastian Kurz | Sebastian Kurz ; Kurz* ; n:der ÖVP-Chef ; n:der 35-Jährige ; p:[Ich] werde ; p:sagte [er]. Er wolle ; p:[Er] wolle ; n:des Kanzlers
R e1 - Bundeskanzler | Bundeskanzler
R e1 - Parteichef | ÖVP-Chef
E e2 ORG government Kanzleramt | Kanzleramt*
E e3 PER person Alexander Schallenberg | Alexander Schallenberg ; Schallenberg*
R e3 - Außenminister | Außenminister
E e5 ORG organisation Parlament | Parlament
E e6 ORG organisation Wirtschafts- und Korruptionsstaatsanwaltschaft | Wirtschafts- und Korruptionsstaatsanwaltschaft ; WKStA
E e7 OTH group Ermittler | n:Ermittler
E e8 ORG party Grüne | n:Der grüne Koalitionspartner
E e9 PER person Werner Kogler | Werner Kogler ; p:fortsetzen, sagte [er]
R e9 - Vizekanzler | Vizekanzler
E e10 ORG party SPÖ | SPÖ
E e11 LOC city Wien | Wien
E e12 OTH group weitere Beschuldigte | n:neun weitere Beschuldigte
Q q1 reported e1 | Das kündigte der ÖVP-Chef...im Kanzleramt an | kündigte
Q q2 reported e1 | Als Nachfolger schlug...Schallenberg vor | schlug
Q q3 reported e1 | Kurz weist die Vorwürfe zurück | weist
Q q4 direct e1 | Ich werde beweisen können, dass die Vorwürfe falsch sind | [sagte] er. Er
Q q5 indirect e1 | Er wolle "Platz machen, um Chaos zu verhindern".
Q q6 reported e8 | Der grüne Koalitionspartner hatte...infrage gestellt | infrage
Q q7 reported e9 | Vizekanzler Werner Kogler begrüßte den Schritt | begrüßte
Q q8 indirect e9 | Mit Schallenberg werde man die Koalition fortsetzen | [sagte] er. Die
Q q9 reported e10 | Die SPÖ forderte dagegen Neuwahlen | forderte
T t1 TIME 2021-10-09TEV | am Samstagabend
T t2 DATE 2021-10-06 | Am Mittwoch
V v1 RETREAT resign happened src=e1 time=t1 | tritt
V v2 ACCUSE investigate ongoing src=e6 tgt=e1,e12 | ermittelt
V v3 COERCE - happened src=e7 tgt=e2 time=t2 | durchsucht
V v4 REJECT - happened src=e1 tgt=e6 | weist
V v5 ACCUSE disapprove happened src=e8 tgt=e1 | infrage
V v6 SUPPORT - happened src=e9 tgt=e1 | begrüßte
V v7 REQUEST change happened src=e10 | forderte
A 35 year | 35-Jährige | Alter Kurz
A 9 person | neun weitere Beschuldigte | weitere Beschuldigte
"""
