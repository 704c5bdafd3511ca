ID = "gold-news-25"
DATE = "2018-07-16"
META = {"dateline": ("HELSINKI", "Helsinki"), "agency": "dpa", "body": "US-Präsident Donald"}
TEXT = """ date 2018-07-16 HELSINKI (dpa) - US-Präsident Donald Trump und Kremlchef Wladimir Putin sind am Montag in Helsinki zu ihrem ersten offiziellen Gipfeltreffen zusammengekommen. Die beiden Staatschefs sprachen zunächst mehr als zwei Stunden unter vier Augen, nur begleitet von Dolmetschern. Anschließend stießen die Delegationen um US-Außenminister Mike Pompeo und seinen russischen Amtskollegen Sergej Lawrow hinzu.

Auf der gemeinsamen Pressekonferenz stellte sich Trump demonstrativ hinter Putin. Er sehe keinen Grund, warum Russland sich in die US-Wahl 2016 eingemischt haben sollte, sagte der Republikaner. Der russische Präsident habe die Vorwürfe "äußerst stark und kraftvoll" zurückgewiesen. Putin bot an, bei den Ermittlungen von Sonderermittler Robert Mueller zu helfen.

In Washington stießen die Äußerungen auch bei Republikanern auf scharfe Kritik. Der einflussreiche Senator John McCain nannte den Auftritt "einen der schändlichsten" eines US-Präsidenten. Trumps eigener Geheimdienstkoordinator Dan Coats widersprach: Die Erkenntnisse der Dienste über eine russische Einmischung seien eindeutig. Finnlands Präsident Sauli Niinistö hatte die beiden Gäste am Vormittag im Präsidentenpalast empfangen."""
ANN = """
E e1 PER person Donald Trump | Donald Trump ; stellte sich [Trump] ; Trumps ; p:[Er] sehe ; n:der Republikaner
R e1 - US-Präsident | [US-Präsident] Donald
E e2 PER person Wladimir Putin | Wladimir Putin ; Putin* ; n:Der russische Präsident
R e2 e7 Kremlchef | Kremlchef
R e2 e7 Präsident | russische [Präsident]
E e3 LOC city Helsinki | HELSINKI ; in [Helsinki]
E e5 PER person Mike Pompeo | Mike Pompeo ; p:[seinen] russischen
R e5 - US-Außenminister | US-Außenminister
E e6 PER person Sergej Lawrow | Sergej Lawrow
R e6 e7 Außenminister | Amtskollegen
E e7 LOC country Russland | Russland ; d:seinen [russischen] Amtskollegen ; d:Der [russische] Präsident ; d:eine [russische] Einmischung
E e8 PER person Robert Mueller | Robert Mueller
R e8 - Sonderermittler | Sonderermittler
E e9 LOC city Washington | Washington
E e10 OTH group Republikaner | n:Republikanern
E e11 PER person John McCain | John McCain
R e11 - Senator | Senator
E e12 PER person Dan Coats | Dan Coats
R e12 - Geheimdienstkoordinator | Geheimdienstkoordinator
E e13 OTH group US-Geheimdienste | n:der Dienste
E e14 LOC country Finnland | Finnlands
E e15 PER person Sauli Niinistö | Sauli Niinistö
R e15 e14 Präsident | Finnlands [Präsident]
E e16 LOC building Präsidentenpalast | Präsidentenpalast
Q q1 reported e1 | Auf der gemeinsamen Pressekonferenz stellte sich Trump demonstrativ hinter Putin | stellte
Q q2 indirect e1 | Er sehe keinen Grund...eingemischt haben sollte | [sagte] der Republikaner
Q q3 indirect e1 | Der russische Präsident habe die Vorwürfe...zurückgewiesen.
Q q4 reported e2 | Putin bot an...zu helfen | bot
Q q5 reported e11 | Der einflussreiche Senator John McCain nannte...eines US-Präsidenten | nannte
Q q6 reported e12 | Trumps eigener Geheimdienstkoordinator Dan Coats widersprach | widersprach
Q q7 indirect e12 | Die Erkenntnisse der Dienste über eine russische Einmischung seien eindeutig.
T t1 DATE 2018-07-16 | am Montag
T t2 DURATION PT2H mod=MORE_THAN | mehr als zwei Stunden
T t3 DATE 2016 | US-Wahl [2016]
T t4 TIME 2018-07-16TMO | am Vormittag
V v1 CONSULT meeting happened src=e1 tgt=e2 loc=e3 time=t1 | Gipfeltreffen
V v3 SUPPORT - happened src=e1 tgt=e2 | stellte
V v4 REJECT - happened src=e2 | zurückgewiesen
V v5 AGREE - happened src=e2 tgt=e8 | bot
V v6 ACCUSE disapprove happened src=e10 tgt=e1 loc=e9 | Kritik
V v7 ACCUSE disapprove happened src=e11 tgt=e1 | nannte
V v8 REJECT - happened src=e12 tgt=e1 | widersprach
V v9 CONSULT visit happened src=e1,e2 tgt=e15 loc=e16 time=t4 | empfangen
A 2 hour | zwei Stunden | Dauer des Vier-Augen-Gesprächs
"""
