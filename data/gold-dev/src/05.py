ID = "gold-dev-05"
DATE = "2023-02-15"
META = {"dateline": ("KARLSRUHE", "Karlsruhe"), "agency": "AFP", "body": "Die Bundesanwaltschaft hat"}
TEXT = """ date 2023-02-15 KARLSRUHE (AFP) - Die Bundesanwaltschaft hat drei mutmaßliche Mitglieder einer rechtsextremen Terrorzelle festnehmen lassen. Die Männer im Alter von 24, 31 und 45 Jahren seien am Dienstagmorgen in Sachsen und Thüringen gefasst worden, teilte die Karlsruher Behörde am Mittwoch mit. Ihnen wird vorgeworfen, Anschläge auf Flüchtlingsunterkünfte und Politiker geplant zu haben. Bei Durchsuchungen stellten die Ermittler nach eigenen Angaben Waffen, Munition und rund 12.000 Euro Bargeld sicher.

Der mutmaßliche Rädelsführer, ein 45-jähriger Sportschütze aus Chemnitz, soll bereits im Sommer Sprengstoff beschafft haben. Er wurde noch am Dienstag dem Ermittlungsrichter am Bundesgerichtshof vorgeführt, der Untersuchungshaft anordnete. Bundesinnenministerin Nancy Faeser (SPD) sprach von einem „wichtigen Schlag gegen den Rechtsterrorismus“. „Wir werden nicht zulassen, dass Extremisten unsere Demokratie angreifen“, sagte sie in Berlin. Die Ministerin kündigte an, das Waffenrecht weiter zu verschärfen."""
ANN = """
E e1 ORG organisation Bundesanwaltschaft | Bundesanwaltschaft ; n:die Karlsruher Behörde ; n:die Ermittler
E e2 PER group drei mutmaßliche Mitglieder einer rechtsextremen Terrorzelle | n:drei mutmaßliche Mitglieder ; n:Die Männer ; p:Ihnen
E e3 PER person mutmaßlicher Rädelsführer aus Chemnitz | n:Der mutmaßliche Rädelsführer ; n:ein 45-jähriger Sportschütze ; p:[Er] wurde
E e4 LOC state Sachsen | Sachsen
E e5 LOC state Thüringen | Thüringen
E e6 LOC city Chemnitz | Chemnitz
E e7 LOC city Karlsruhe | KARLSRUHE ; d:die [Karlsruher] Behörde
E e8 ORG organisation Bundesgerichtshof | Bundesgerichtshof
E e9 PER person Ermittlungsrichter am Bundesgerichtshof | n:dem Ermittlungsrichter
E e10 PER person Nancy Faeser | Nancy Faeser ; p:sagte [sie] ; n:Die Ministerin
R e10 - Bundesinnenministerin | Bundesinnenministerin
R e10 e11 Mitglied | ([SPD])
E e11 ORG party SPD | ([SPD])
E e12 LOC city Berlin | Berlin
Q q1 indirect e1 | Die Männer im Alter von 24, 31 und 45 Jahren seien am Dienstagmorgen in Sachsen und Thüringen gefasst worden | teilte
Q q2 reported e1 | Ihnen wird vorgeworfen, Anschläge auf Flüchtlingsunterkünfte und Politiker geplant zu haben | vorgeworfen
Q q3 indirect e1 | Bei Durchsuchungen stellten...Bargeld sicher | Angaben
Q q4 indirect e1 | Der mutmaßliche Rädelsführer, ein 45-jähriger Sportschütze aus Chemnitz, soll bereits im Sommer Sprengstoff beschafft haben. | -
Q q5 reported e10 | Bundesinnenministerin Nancy Faeser (SPD) sprach von einem „wichtigen Schlag gegen den Rechtsterrorismus“ | sprach
Q q6 direct e10 | Wir werden nicht zulassen, dass Extremisten unsere Demokratie angreifen | sagte
Q q7 reported e10 | Die Ministerin kündigte an, das Waffenrecht weiter zu verschärfen | kündigte
T t1 TIME 2023-02-14TMO | Dienstagmorgen
T t2 DATE 2023-02-15 | am Mittwoch
T t3 DATE 2022-SU | im Sommer
T t4 DATE 2023-02-14 | am Dienstag
V v1 COERCE arrest happened src=e1 tgt=e2 time=t1 | festnehmen
V v2 ACCUSE allege happened src=e1 tgt=e2 | vorgeworfen
V v3 ASSAULT - planned src=e2 | Anschläge
V v4 COERCE seize happened src=e1 tgt=e2 | stellten
V v5 MOBILIZE weapons happened src=e3 time=t3 | beschafft
V v6 COERCE arrest happened src=e9 tgt=e3 time=t4 | Untersuchungshaft
V v7 OTHER - planned src=e10 | verschärfen
A 3 person | drei mutmaßliche Mitglieder | Festgenommene
A 24 year | von [24] | Alter eines Festgenommenen
A 31 year | [31] und | Alter eines Festgenommenen
A 45 year | 45 Jahren | Alter eines Festgenommenen
A 12000 EUR | 12.000 Euro | beschlagnahmtes Bargeld
A 45 year | 45-jähriger | Alter des mutmaßlichen Rädelsführers
"""
