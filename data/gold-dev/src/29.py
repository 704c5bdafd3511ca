ID = "gold-dev-29"
DATE = "2023-09-20"
META = {"dateline": ("JEREWAN", "Jerewan"), "agency": "AFP", "body": "Einen Tag nach Beginn"}
TEXT = """ date 2023-09-20 JEREWAN (AFP) - Einen Tag nach Beginn einer aserbaidschanischen Militäroffensive in Bergkarabach haben die Behörden der Region einer Waffenruhe zugestimmt. Die pro-armenischen Kämpfer würden ihre Waffen niederlegen und die Region entmilitarisieren, hieß es in einer Erklärung der Karabach-Führung. Die Vereinbarung sei unter Vermittlung russischer Friedenstruppen zustande gekommen.

Aserbaidschan hatte am Dienstag nach eigenen Angaben „Anti-Terror-Maßnahmen“ gestartet und Stellungen der Separatisten mit Artillerie beschossen. Nach armenischen Angaben wurden dabei mindestens 32 Menschen getötet, darunter sieben Zivilisten. Präsident Ilham Alijew erklärte in einer Fernsehansprache, Baku habe die Souveränität über das Gebiet wiederhergestellt.

Der armenische Regierungschef Nikol Paschinjan wies Vorwürfe zurück, Jerewan habe die Karabach-Armenier im Stich gelassen. In der Hauptstadt demonstrierten am Dienstagabend Tausende Menschen vor dem Regierungssitz und forderten seinen Rücktritt. Die Polizei nahm nach Angaben des Innenministeriums mehr als 80 Personen fest. Bundesaußenministerin Annalena Baerbock rief Baku auf, die Rechte der armenischen Bevölkerung zu achten."""
ANN = """
E e1 LOC country Aserbaidschan | d:einer [aserbaidschanischen] Militäroffensive ; [Aserbaidschan] hatte ; [Baku] habe ; rief [Baku] auf
E e2 LOC region Bergkarabach | Bergkarabach ; n:der Region ; n:die Region ; n:das Gebiet
E e3 ORG organisation Karabach-Führung | n:die Behörden ; n:der Karabach-Führung
E e4 PER group pro-armenische Kämpfer in Bergkarabach | n:Die pro-armenischen Kämpfer ; p:[ihre] Waffen ; n:der Separatisten
E e5 LOC country Armenien | d:Nach [armenischen] Angaben ; d:Der [armenische] Regierungschef ; [Jerewan] habe
E e6 LOC country Russland | d:[russischer] Friedenstruppen
E e7 ORG group russische Friedenstruppen | n:russischer Friedenstruppen
E e8 PER person Ilham Alijew | Ilham Alijew
R e8 e1 Präsident | [Präsident] Ilham
E e9 PER person Nikol Paschinjan | Nikol Paschinjan ; p:[seinen] Rücktritt
R e9 e5 Regierungschef | armenische [Regierungschef]
E e10 LOC city Jerewan | JEREWAN ; n:der Hauptstadt
E e11 PER group Demonstranten in Jerewan | n:Tausende Menschen
E e12 ORG organisation armenische Polizei | n:Die Polizei
E e13 ORG organisation armenisches Innenministerium | n:des Innenministeriums
E e14 PER person Annalena Baerbock | Annalena Baerbock
R e14 - Außenministerin | Bundesaußenministerin
E e15 PER group Karabach-Armenier | Karabach-Armenier ; n:der armenischen Bevölkerung
Q q1 indirect e3 | Die pro-armenischen Kämpfer würden ihre Waffen niederlegen und die Region entmilitarisieren | hieß
Q q2 indirect e3 | Die Vereinbarung sei unter Vermittlung russischer Friedenstruppen zustande gekommen. | -
Q q3 indirect e1 | Aserbaidschan hatte am Dienstag...beschossen | eigenen [Angaben]
Q q4 indirect e5 | Nach armenischen Angaben...sieben Zivilisten | armenischen [Angaben]
Q q5 indirect e8 | Baku habe die Souveränität über das Gebiet wiederhergestellt | erklärte
Q q6 reported e9 | Der armenische Regierungschef Nikol Paschinjan wies Vorwürfe zurück, Jerewan habe die Karabach-Armenier im Stich gelassen | wies
Q q7 indirect e13 | Die Polizei nahm nach Angaben des Innenministeriums mehr als 80 Personen fest | [Angaben] des Innenministeriums
Q q8 reported e14 | Bundesaußenministerin Annalena Baerbock rief Baku auf, die Rechte der armenischen Bevölkerung zu achten | rief
T t1 DURATION P1D | Einen Tag
T t2 DATE 2023-09-19 | am Dienstag
T t3 TIME 2023-09-19TEV | am Dienstagabend
V v1 ASSAULT heavy-weapons happened src=e1 tgt=e4 loc=e2 time=t2 | Militäroffensive
V v2 AGREE - happened src=e3 tgt=e1 | zugestimmt
V v3 RETREAT disarm promised src=e4 | niederlegen
V v4 CONSULT third-party happened src=e7 tgt=e3,e1 | Vermittlung
V v5 ACCUSE allege happened tgt=e5 | Vorwürfe
V v6 REJECT - happened src=e9 | wies
V v7 PROTEST demo happened src=e11 tgt=e9 loc=e10 time=t3 | demonstrierten
V v8 COERCE arrest happened src=e12 tgt=e11 | nahm
V v9 REQUEST change happened src=e14 tgt=e1 | rief
A 32 person | 32 Menschen | Getötete
A 7 person | sieben Zivilisten | getötete Zivilisten
A 80 person | 80 Personen | Festgenommene
"""
