ID = "gold-news-38"
DATE = "2020-03-22"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Bund und"}
TEXT = """ date 2020-03-22 BERLIN (dpa) - Bund und Länder haben sich im Kampf gegen das Coronavirus auf ein umfassendes Kontaktverbot verständigt. Ansammlungen von mehr als zwei Menschen in der Öffentlichkeit sind künftig grundsätzlich verboten. Das kündigte Bundeskanzlerin Angela Merkel (CDU) am Sonntagabend nach einer Telefonkonferenz mit den Ministerpräsidenten an. Die Regeln sollen zunächst für mindestens zwei Wochen gelten.

"Das ist keine Kleinigkeit, aber es ist notwendig", sagte die Kanzlerin. Kurz darauf begab sich die 65-Jährige in häusliche Quarantäne, weil ein Arzt, der sie am Freitag geimpft hatte, positiv auf das Virus getestet worden war. Sie werde ihre Amtsgeschäfte von zu Hause aus führen, teilte Regierungssprecher Steffen Seibert mit.

Bayerns Ministerpräsident Markus Söder (CSU) hatte bereits am Freitag eigenständig Ausgangsbeschränkungen verhängt. Der CSU-Chef verteidigte den Alleingang. Nordrhein-Westfalens Regierungschef Armin Laschet sprach von einem "starken Signal der Einigkeit". Restaurants müssen bundesweit schließen, Lieferdienste bleiben erlaubt."""
ANN = """
E e1 ORG government Bund | Bund
E e2 OTH group Bundesländer | Länder
E e3 PER person Angela Merkel | Angela Merkel ; n:die Kanzlerin ; n:die 65-Jährige ; p:der [sie] am ; p:[Sie] werde ; p:[ihre] Amtsgeschäfte
R e3 - Bundeskanzlerin | Bundeskanzlerin
R e3 e4 Mitglied
E e4 ORG party CDU | Merkel ([CDU])
E e5 OTH group Ministerpräsidenten der Länder | n:den Ministerpräsidenten
E e6 PER person Arzt | n:ein Arzt
E e7 PER person Steffen Seibert | Steffen Seibert
R e7 - Regierungssprecher | Regierungssprecher
E e8 LOC state Bayern | Bayerns
E e9 PER person Markus Söder | Markus Söder ; n:Der CSU-Chef
R e9 e8 Ministerpräsident | Bayerns [Ministerpräsident]
R e9 e10 Parteichef | CSU-Chef
E e10 ORG party CSU | Söder ([CSU])
E e11 LOC state Nordrhein-Westfalen | Nordrhein-Westfalens
E e12 PER person Armin Laschet | Armin Laschet
R e12 e11 Regierungschef | Regierungschef
E e13 LOC city Berlin | BERLIN
E e14 OTH virus Coronavirus | Coronavirus ; n:das Virus
Q q1 reported e3 | Das kündigte Bundeskanzlerin...Ministerpräsidenten an | kündigte
Q q2 direct e3 | Das ist keine Kleinigkeit, aber es ist notwendig | [sagte] die Kanzlerin
Q q3 indirect e7 | Sie werde ihre Amtsgeschäfte von zu Hause aus führen | teilte
Q q4 reported e9 | Der CSU-Chef verteidigte den Alleingang | verteidigte
Q q5 reported e12 | Nordrhein-Westfalens Regierungschef Armin Laschet sprach...Einigkeit" | sprach
T t1 TIME 2020-03-22TEV | am Sonntagabend
T t5 DATE FUTURE_REF | künftig
T t2 DURATION P2W mod=EQUAL_OR_MORE | mindestens zwei Wochen
T t3 DATE 2020-03-20 | sie [am Freitag]
T t4 DATE 2020-03-20 | bereits [am Freitag]
V v1 AGREE - happened src=e1,e2 | verständigt
V v2 COERCE restrict happened src=e1,e2 | verboten
V v3 CONSULT phone happened src=e3 tgt=e5 time=t1 | Telefonkonferenz
V v4 COERCE curfew happened src=e9 loc=e8 time=t4 | verhängt
V v5 SUPPORT - happened src=e12 tgt=e1,e2 | sprach
V v6 COERCE restrict happened | schließen
A 2 person | zwei Menschen | erlaubte Gruppengröße
A 2 week | zwei Wochen | Geltungsdauer
A 65 year | 65-Jährige | Alter Merkel
"""
