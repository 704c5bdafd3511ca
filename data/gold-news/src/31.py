ID = "gold-news-31"
DATE = "2021-08-17"
META = {"dateline": ("KABUL", "Kabul"), "agency": "dpa", "body": "Nach der Machtübernahme"}
TEXT = """ date 2021-08-17 KABUL (dpa) - Nach der Machtübernahme der militant-islamistischen Taliban in Afghanistan hat die Bundeswehr mit der Evakuierung deutscher Staatsbürger und afghanischer Ortskräfte aus Kabul begonnen. Ein erstes Transportflugzeug vom Typ A400M landete in der Nacht zum Dienstag auf dem Flughafen der Hauptstadt. Wegen des Chaos am Airport konnte die Maschine jedoch nur sieben Menschen an Bord nehmen, wie das Verteidigungsministerium in Berlin mitteilte.

Die Taliban waren am Sonntag nahezu kampflos in Kabul eingerückt. Präsident Aschraf Ghani hatte das Land zuvor verlassen. Er habe ein Blutvergießen verhindern wollen, schrieb der 72-Jährige auf Facebook. Ein Taliban-Sprecher versprach, man werde niemandem etwas antun, der mit ausländischen Truppen zusammengearbeitet habe.

Bundeskanzlerin Angela Merkel räumte Fehleinschätzungen ein. "Das ist eine bittere Entwicklung", sagte die CDU-Politikerin. Die Bundesregierung wolle so viele Ortskräfte wie möglich in Sicherheit bringen. Verteidigungsministerin Annegret Kramp-Karrenbauer kündigte an, bis zu 600 Soldaten für die Luftbrücke bereitzustellen. Der Bundestag soll das Mandat nachträglich billigen."""
ANN = """
E e1 ORG militia Taliban | islamistischen [Taliban] ; Die [Taliban] waren
E e2 LOC country Afghanistan | Afghanistan ; d:afghanischer ; n:das Land
E e3 ORG military Bundeswehr | Bundeswehr
E e5 LOC country Deutschland | d:deutscher
E e6 OTH group afghanische Ortskräfte | n:afghanischer Ortskräfte ; n:so viele [Ortskräfte]
E e7 LOC city Kabul | KABUL ; aus [Kabul] ; in [Kabul] ; n:der Hauptstadt
E e8 LOC location Flughafen Kabul | n:dem Flughafen ; n:Airport
E e19 OTH vehicle A400M-Transportflugzeug | n:Ein erstes Transportflugzeug ; n:die Maschine
E e9 ORG government Verteidigungsministerium | Verteidigungsministerium
E e10 LOC city Berlin | Berlin
E e11 PER person Aschraf Ghani | Aschraf Ghani ; p:[Er] habe ; n:der 72-Jährige
R e11 e2 Präsident | Präsident
E e12 ORG company Facebook | Facebook
E e13 PER person Taliban-Sprecher | n:Ein Taliban-Sprecher
R e13 e1 Sprecher | Taliban-Sprecher
E e14 OTH group ausländische Truppen | n:ausländischen Truppen
E e15 PER person Angela Merkel | Angela Merkel ; n:die CDU-Politikerin
R e15 e5 Bundeskanzlerin | Bundeskanzlerin
E e16 ORG government Bundesregierung | n:Die Bundesregierung
E e17 PER person Annegret Kramp-Karrenbauer | Annegret Kramp-Karrenbauer
R e17 e5 Verteidigungsministerin | Verteidigungsministerin
E e18 ORG organisation Bundestag | Bundestag
Q q1 indirect e9 | Wegen des Chaos am Airport...an Bord nehmen | mitteilte
Q q2 indirect e11 | Er habe ein Blutvergießen verhindern wollen | schrieb
Q q3 indirect e13 | man werde niemandem etwas antun...zusammengearbeitet habe | versprach
Q q4 reported e15 | Bundeskanzlerin Angela Merkel räumte Fehleinschätzungen ein | räumte
Q q5 direct e15 | Das ist eine bittere Entwicklung | [sagte] die CDU
Q q6 indirect e15 | Die Bundesregierung wolle so viele Ortskräfte wie möglich in Sicherheit bringen.
Q q7 reported e17 | Verteidigungsministerin Annegret Kramp-Karrenbauer kündigte an...bereitzustellen | kündigte
T t1 TIME 2021-08-17TNI | in der Nacht zum Dienstag
T t2 DATE 2021-08-15 | am Sonntag
V v1 COERCE seize happened src=e1 loc=e2 | Machtübernahme
V v2 AID - happened src=e3 tgt=e6 loc=e7 | Evakuierung
V v3 COERCE seize happened src=e1 loc=e7 time=t2 | eingerückt
V v4 RETREAT withdraw happened src=e11 tgt=e2 | verlassen
V v5 AGREE - promised src=e13 | versprach
V v6 CONCEDE - happened src=e15 | räumte
V v7 MOBILIZE troops planned src=e17 | bereitzustellen
V v8 OTHER - planned src=e18 | billigen
A 7 person | sieben Menschen | Evakuierte im ersten Flug
A 72 year | 72-Jährige | Alter Ghani
A 600 person | 600 Soldaten | Soldaten für die Luftbrücke
"""
