ID = "gold-news-08"
DATE = "2023-02"
META = {"dateline": ("MÜNCHEN", "München"), "agency": "dpa", "body": "Bei einer"}
TEXT = """ date 2023-02 MÜNCHEN (dpa) - Bei einer großangelegten Razzia gegen mutmaßliche Drogenhändler hat die Polizei in Bayern und Baden-Württemberg 14 Wohnungen durchsucht und fünf Männer festgenommen. Die Verdächtigen im Alter zwischen 23 und 51 Jahren sollen über einen verschlüsselten Messengerdienst mehr als 200 Kilogramm Marihuana verkauft haben, teilte das Polizeipräsidium München am Donnerstag mit. Die Ermittler stellten zudem rund 350.000 Euro Bargeld und mehrere Schusswaffen sicher.

»Das ist einer der größten Schläge gegen die organisierte Drogenkriminalität in Südbayern«, sagte Polizeivizepräsident Michael Dibowski. An dem Einsatz am frühen Mittwochmorgen seien mehr als 300 Beamte beteiligt gewesen, darunter Spezialkräfte. Nach Angaben der Staatsanwaltschaft München I soll ein 42 Jahre alter Deutsch-Türke der Kopf der Bande sein. Er wurde in seiner Wohnung in Augsburg festgenommen und leistete keinen Widerstand.

Bayerns Innenminister Joachim Herrmann (CSU) lobte die Arbeit der Ermittler. Der Fall zeige, wie wichtig der Zugriff auf verschlüsselte Kommunikation sei, sagte der CSU-Politiker. Die Beschuldigten sitzen inzwischen in Untersuchungshaft."""
ANN = """
E e1 ORG organisation Polizei | n:die Polizei
E e2 LOC state Bayern | Bayern ; Bayerns
E e3 LOC state Baden-Württemberg | Baden-Württemberg
E e4 OTH group fünf festgenommene Männer | n:fünf Männer ; n:Die Verdächtigen ; n:der Bande ; n:Die Beschuldigten
E e5 ORG organisation Polizeipräsidium München | Polizeipräsidium München
E e6 OTH group Ermittler | n:Die Ermittler ; n:der Ermittler
E e7 PER person Michael Dibowski | Michael Dibowski
R e7 e5 Polizeivizepräsident | Polizeivizepräsident
E e8 LOC region Südbayern | Südbayern
E e9 ORG organisation Staatsanwaltschaft München I | Staatsanwaltschaft München I
E e10 PER person mutmaßlicher Kopf der Bande | n:ein 42 Jahre alter Deutsch-Türke ; p:[Er] wurde ; p:[seiner] Wohnung
E e11 LOC city Augsburg | Augsburg
E e12 PER person Joachim Herrmann | Joachim Herrmann ; n:der CSU-Politiker
R e12 e2 Innenminister | Innenminister
R e12 e13 Mitglied
E e13 ORG party CSU | Herrmann ([CSU])
E e14 LOC city München | MÜNCHEN
Q q1 indirect e5 | Die Verdächtigen im Alter...verkauft haben | teilte
Q q2 direct e7 | Das ist einer der größten...in Südbayern | [sagte] Polizeivizepräsident
Q q3 indirect e7 | An dem Einsatz am frühen...Spezialkräfte.
Q q4 indirect e9 | soll ein 42 Jahre alter Deutsch-Türke der Kopf der Bande sein | Angaben
Q q5 reported e12 | Bayerns Innenminister Joachim Herrmann (CSU) lobte die Arbeit der Ermittler | lobte
Q q6 indirect e12 | Der Fall zeige, wie wichtig...sei | [sagte] der CSU
T t1 DATE 2023-02 | am Donnerstag
T t2 TIME 2023-02 | am frühen Mittwochmorgen
V v1 COERCE - happened src=e1 loc=e2 time=t2 | durchsucht
V v2 COERCE arrest happened src=e1 tgt=e4 time=t2 | und fünf Männer [festgenommen]
V v3 COERCE seize happened src=e6 | stellten
V v4 COERCE arrest happened tgt=e10 loc=e11 | Augsburg [festgenommen]
V v5 SUPPORT - happened src=e12 tgt=e6 | lobte
V v6 COERCE arrest ongoing tgt=e4 | Untersuchungshaft
A 14 flat | 14 Wohnungen | durchsuchte Wohnungen
A 5 person | fünf Männer | Festgenommene
A 23 year | 23 | Mindestalter der Verdächtigen
A 51 year | 51 Jahren | Höchstalter der Verdächtigen
A 200 kg | 200 Kilogramm | verkauftes Marihuana
A 350000 EUR | 350.000 Euro | sichergestelltes Bargeld
A 300 person | 300 Beamte | beteiligte Beamte
A 42 year | 42 Jahre | Alter des mutmaßlichen Bandenchefs
"""
