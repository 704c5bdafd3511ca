ID = "gold-news-35"
DATE = "2023-06-24"
META = {"dateline": ("MOSKAU", "Moskau"), "agency": "Reuters", "body": "Der Chef der"}
TEXT = ''' date 2023-06-24 MOSKAU (Reuters) - Der Chef der Söldnertruppe Wagner, Jewgeni Prigoschin, hat seinen bewaffneten Aufstand gegen die russische Militärführung überraschend abgebrochen. Seine Kämpfer würden umkehren und in ihre Feldlager zurückkehren, um Blutvergießen zu vermeiden, sagte der 62-Jährige am Samstagabend in einer Sprachnachricht. Zuvor waren Wagner-Einheiten bis auf etwa 200 Kilometer an Moskau herangerückt.

Nach Angaben des Kremls hatte der belarussische Machthaber Alexander Lukaschenko zwischen den Seiten vermittelt. Das Strafverfahren gegen Prigoschin werde eingestellt, er werde nach Belarus ausreisen, sagte Kremlsprecher Dmitri Peskow. Am Morgen hatte Präsident Wladimir Putin den Aufstand in einer Fernsehansprache noch als "Verrat" und "Dolchstoß" bezeichnet. Er drohte den Beteiligten mit harten Strafen.

Prigoschin hatte Verteidigungsminister Sergej Schoigu seit Monaten vorgeworfen, seine Kämpfer in der Ukraine nicht ausreichend mit Munition zu versorgen. In der Nacht hatten seine Truppen die südrussische Stadt Rostow am Don besetzt. Die Ukraine verfolgte die Ereignisse genau. "Die Schwäche Russlands ist offensichtlich", schrieb Präsident Wolodymyr Selenskyj auf Telegram. "Jeder, der den Weg des Bösen wählt, zerstört sich selbst."'''
ANN = """
E e1 ORG militia Wagner | Söldnertruppe [Wagner] ; n:Seine Kämpfer ; p:[ihre] Feldlager ; n:Wagner-Einheiten ; n:seine Kämpfer ; n:seine Truppen
E e2 PER person Jewgeni Prigoschin | Jewgeni Prigoschin ; Prigoschin* ; p:[seinen] bewaffneten ; p:[Seine] Kämpfer ; n:der 62-Jährige ; p:[er] werde nach ; p:[seine] Kämpfer ; p:[seine] Truppen
R e2 e1 Chef | Der [Chef] der
E e3 ORG military russische Militärführung | n:die russische Militärführung
E e4 LOC city Moskau | MOSKAU ; an [Moskau]
E e5 ORG government Kreml | Kremls
E e6 PER person Alexander Lukaschenko | Alexander Lukaschenko
R e6 e7 Machthaber | Machthaber
E e7 LOC country Belarus | d:belarussische ; Belarus
E e8 PER person Dmitri Peskow | Dmitri Peskow
R e8 e5 Kremlsprecher | Kremlsprecher
E e9 PER person Wladimir Putin | Wladimir Putin ; p:[Er] drohte
R e9 e14 Präsident | [Präsident] Wladimir
E e10 OTH group Beteiligte am Aufstand | n:den Beteiligten
E e11 PER person Sergej Schoigu | Sergej Schoigu
R e11 e14 Verteidigungsminister | Verteidigungsminister
E e12 LOC country Ukraine | Ukraine*
E e13 LOC city Rostow am Don | Rostow am Don
E e14 LOC country Russland | d:die [russische] Militärführung ; d:südrussische ; Russlands
E e15 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj
E e16 ORG company Telegram | Telegram
R e15 e12 Präsident | [Präsident] Wolodymyr
Q q1 indirect e2 | Seine Kämpfer würden umkehren...zu vermeiden | [sagte] der 62
Q q2 indirect e5 | hatte der belarussische Machthaber...vermittelt | Angaben
Q q3 indirect e8 | Das Strafverfahren gegen Prigoschin werde eingestellt, er werde nach Belarus ausreisen | [sagte] Kremlsprecher
Q q4 reported e9 | Am Morgen hatte Präsident Wladimir Putin...bezeichnet | bezeichnet
Q q5 reported e9 | Er drohte den Beteiligten mit harten Strafen | drohte
Q q6 reported e2 | Prigoschin hatte Verteidigungsminister...zu versorgen | vorgeworfen
Q q7 direct e15 | Die Schwäche Russlands ist offensichtlich | schrieb
Q q8 direct e15 | Jeder, der den Weg des Bösen wählt, zerstört sich selbst.
T t1 TIME 2023-06-24TEV | am Samstagabend
T t2 TIME 2023-06-24TMO | Am Morgen
T t3 DURATION PXM | seit Monaten
T t4 TIME 2023-06-24TNI | In der Nacht
V v1 MOBILIZE militia happened src=e1 tgt=e3 | [Aufstand] gegen
V v2 RETREAT withdraw happened src=e2 time=t1 | abgebrochen
V v3 RETREAT withdraw promised src=e1 | umkehren
V v4 MOBILIZE militia happened src=e1 tgt=e4 | herangerückt
V v5 CONSULT third-party happened src=e6 tgt=e2,e9 | vermittelt
V v6 CONCEDE - promised src=e5 tgt=e2 | eingestellt
V v7 ACCUSE disapprove happened src=e9 tgt=e2 time=t2 | bezeichnet
V v8 THREATEN arrest happened src=e9 tgt=e10 | drohte
V v9 ACCUSE disapprove ongoing src=e2 tgt=e11 time=t3 | vorgeworfen
V v10 COERCE seize happened src=e1 loc=e13 time=t4 | besetzt
A 62 year | 62-Jährige | Alter Prigoschin
A 200 km | 200 Kilometer | Entfernung der Wagner-Einheiten von Moskau
"""
