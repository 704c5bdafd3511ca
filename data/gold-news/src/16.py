ID = "gold-news-16"
DATE = "2022-07"
META = {"dateline": ("WOLFSBURG", "Wolfsburg"), "agency": "dpa-AFX", "editors": ["stw", "nas", "mis"], "body": "Überraschender"}
TEXT = """ date 2022-07 WOLFSBURG (dpa-AFX) - Überraschender Wechsel an der Spitze von Volkswagen: Konzernchef Herbert Diess muss seinen Posten zum 1. September räumen. Nachfolger wird Porsche-Chef Oliver Blume, wie der Aufsichtsrat am Freitagabend nach einer Sondersitzung mitteilte. Der 54-Jährige soll beide Ämter in Personalunion führen. Diess hatte den Autobauer seit April 2018 geführt und ihn konsequent auf Elektromobilität ausgerichtet.

Zuletzt hatte es aber immer wieder Streit mit dem mächtigen Betriebsrat gegeben. Betriebsratschefin Daniela Cavallo hatte dem Manager vorgeworfen, Tausende Arbeitsplätze aufs Spiel zu setzen. Auch die Softwaretochter Cariad kommt nicht aus den Schlagzeilen: Wegen Verzögerungen bei der Software müssen Modelle von Audi und Porsche später auf den Markt kommen.

"Herbert Diess hat den Wandel des Konzerns maßgeblich vorangetrieben", sagte Aufsichtsratschef Hans Dieter Pötsch. Man danke ihm für seine Arbeit. Niedersachsens Ministerpräsident Stephan Weil (SPD), dessen Land 20 Prozent der Stimmrechte hält, begrüßte die Entscheidung. Die VW-Vorzugsaktie legte am Montag im frühen Handel um 3,8 Prozent auf 148,50 Euro zu./stw/nas/mis"""
ANN = """
E e1 ORG company Volkswagen | Volkswagen ; n:den Autobauer ; p:[ihn] konsequent ; n:des Konzerns
E e2 PER person Herbert Diess | Herbert Diess* ; Diess* ; p:[seinen] Posten ; n:dem Manager ; p:danke [ihm] ; p:für [seine] Arbeit
R e2 e1 Konzernchef | Konzernchef
E e3 PER person Oliver Blume | Oliver Blume ; n:Der 54-Jährige
R e3 e4 Porsche-Chef | Porsche-Chef
E e4 ORG company Porsche | und [Porsche]
E e5 ORG organisation Aufsichtsrat von Volkswagen | n:der Aufsichtsrat
E e6 ORG organisation Betriebsrat von Volkswagen | n:dem mächtigen Betriebsrat
E e7 PER person Daniela Cavallo | Daniela Cavallo
R e7 e6 Betriebsratschefin | Betriebsratschefin
E e8 ORG company Cariad | Cariad
E e9 ORG company Audi | Audi
E e10 PER person Hans Dieter Pötsch | Hans Dieter Pötsch
R e10 e5 Aufsichtsratschef | Aufsichtsratschef
E e11 PER person Stephan Weil | Stephan Weil
R e11 e12 Ministerpräsident | Ministerpräsident
R e11 e13 Mitglied
E e12 LOC state Niedersachsen | Niedersachsens ; n:dessen Land
E e13 ORG party SPD | Weil ([SPD])
E e14 LOC city Wolfsburg | WOLFSBURG
Q q1 indirect e5 | Nachfolger wird Porsche-Chef Oliver Blume | mitteilte
Q q2 reported e7 | Betriebsratschefin Daniela Cavallo hatte dem Manager vorgeworfen...zu setzen | vorgeworfen
Q q3 direct e10 | Herbert Diess hat den Wandel des Konzerns maßgeblich vorangetrieben | [sagte] Aufsichtsratschef
Q q4 indirect e10 | Man danke ihm für seine Arbeit.
Q q5 reported e11 | Niedersachsens Ministerpräsident Stephan Weil...begrüßte die Entscheidung | begrüßte
T t1 DATE 2022-09-01 | zum 1. September
T t2 TIME 2022-07 | am Freitagabend
T t3 DATE 2018-04 | seit April 2018
T t4 DATE 2022-07 | am Montag
V v1 RETREAT resign planned src=e2 time=t1 | räumen
V v2 OTHER - ongoing src=e2 tgt=e6 | Streit
V v3 ACCUSE disapprove happened src=e7 tgt=e2 | vorgeworfen
V v4 SUPPORT - happened src=e11 tgt=e5 | begrüßte
A 54 year | 54-Jährige | Alter Blume
A 20 percent | 20 Prozent | Stimmrechtsanteil Niedersachsens
A 3.8 percent | 3,8 Prozent | Kursplus VW-Vorzugsaktie
A 148.5 EUR | 148,50 Euro | Kurs VW-Vorzugsaktie
"""
