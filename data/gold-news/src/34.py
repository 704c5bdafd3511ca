ID = "gold-news-34"
DATE = "2022-09"
META = {"dateline": ("ZÜRICH", "Zürich"), "agency": "dpa", "body": "Nach einem bewaffneten"}
TEXT = """ date 2022-09 ZÜRICH (dpa) - Nach einem bewaffneten Raubüberfall auf ein Uhrengeschäft an der Zürcher Bahnhofstrasse hat die Polizei zwei mutmaßliche Täter gefasst. Die beiden Männer im Alter von 24 und 31 Jahren wurden am Samstag an der Grenze zu Deutschland bei Basel festgenommen, wie die Kantonspolizei Zürich am Montag mitteilte. Sie sollen am Donnerstagnachmittag Uhren im Wert von rund 1,5 Millionen Franken erbeutet haben.

Laut Polizei hatten die maskierten Täter eine Verkäuferin mit einer Pistole bedroht und die Vitrinen mit Hämmern eingeschlagen. Die 45-jährige Frau erlitt einen Schock. "Es ging alles unglaublich schnell", sagte der Inhaber des Geschäfts, Reto Baumann, der Zeitung "Blick". Ein Großteil der Beute sei inzwischen sichergestellt.

Die Festgenommenen stammen aus Frankreich und sind der Polizei bereits bekannt. Die Staatsanwaltschaft prüft, ob sie für weitere Überfälle in der Schweiz verantwortlich sind. Ein dritter Komplize ist noch flüchtig."""
ANN = """
E e1 LOC city Zürich | ZÜRICH ; d:Zürcher
E e2 LOC location Bahnhofstrasse | Bahnhofstrasse
E e3 ORG company Uhrengeschäft an der Bahnhofstrasse | n:ein Uhrengeschäft ; n:des Geschäfts
E e5 ORG organisation Kantonspolizei Zürich | Kantonspolizei Zürich ; n:die Polizei ; n:Laut [Polizei] ; n:der Polizei
E e6 OTH group zwei Festgenommene | n:zwei mutmaßliche Täter ; n:Die beiden Männer ; p:[Sie] sollen ; n:die maskierten Täter ; n:Die Festgenommenen ; p:ob [sie]
E e7 LOC country Deutschland | Deutschland
E e8 LOC city Basel | Basel
E e9 PER person Verkäuferin | n:eine Verkäuferin ; n:Die 45-jährige Frau
E e10 PER person Reto Baumann | Reto Baumann
R e10 e3 Inhaber | Inhaber
E e11 ORG organisation Blick | Blick
E e12 LOC country Frankreich | Frankreich
E e13 ORG organisation Staatsanwaltschaft | n:Die Staatsanwaltschaft
E e14 LOC country Schweiz | Schweiz
E e15 PER person dritter Komplize | n:Ein dritter Komplize
Q q1 indirect e5 | Die beiden Männer im Alter...festgenommen | mitteilte
Q q2 indirect e5 | Sie sollen am Donnerstagnachmittag...erbeutet haben.
Q q3 indirect e5 | hatten die maskierten Täter...eingeschlagen | Laut
Q q4 direct e10 | Es ging alles unglaublich schnell | [sagte] der Inhaber
Q q5 indirect e10 | Ein Großteil der Beute sei inzwischen sichergestellt.
T t1 DATE 2022-09 | am Samstag
T t2 DATE 2022-09 | am Montag
T t3 TIME 2022-09 | am Donnerstagnachmittag
V v1 ASSAULT firearms happened src=e6 tgt=e3 loc=e2 time=t3 | Raubüberfall
V v3 COERCE arrest happened src=e5 tgt=e6 loc=e8 time=t1 | festgenommen
V v4 THREATEN violence happened src=e6 tgt=e9 | bedroht
V v5 ASSAULT destroy happened src=e6 tgt=e3 | eingeschlagen
V v6 COERCE seize happened | sichergestellt
V v7 ACCUSE investigate ongoing src=e13 tgt=e6 | prüft
A 24 year | 24 | Alter eines Festgenommenen
A 31 year | 31 Jahren | Alter eines Festgenommenen
A 1500000 CHF | 1,5 Millionen Franken | Wert der Beute
A 45 year | 45-jährige | Alter der Verkäuferin
"""
