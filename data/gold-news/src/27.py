ID = "gold-news-27"
DATE = "2022-08-04"
META = {"dateline": ("TAIPEH", "Taipeh"), "agency": "dpa", "body": "Nach dem Besuch"}
TEXT = """ date 2022-08-04 TAIPEH (dpa) - Nach dem Besuch der US-Spitzenpolitikerin Nancy Pelosi in Taiwan hat China mit den größten Militärmanövern seit Jahrzehnten rund um die Insel begonnen. Die Volksbefreiungsarmee feuerte am Donnerstag nach eigenen Angaben mehrere ballistische Raketen in Gewässer östlich von Taiwan ab. Die Übungen sollen bis Sonntag dauern.

Taiwans Verteidigungsministerium sprach von einer "Verletzung der Souveränität". Die Streitkräfte seien in erhöhter Alarmbereitschaft. Präsidentin Tsai Ing-wen sagte, die Insel werde sich "nicht einschüchtern lassen". Die 65-Jährige hatte Pelosi am Mittwoch empfangen und ihr einen Orden verliehen.

Peking betrachtet Taiwan als Teil der Volksrepublik und droht mit einer gewaltsamen Eroberung. Das Außenministerium in Peking bestellte den US-Botschafter Nicholas Burns ein und verhängte Sanktionen gegen Pelosi und ihre Familie. Die Demokratin hatte ihre Reise gegen den ausdrücklichen Widerstand der chinesischen Führung angetreten. Die G7-Außenminister forderten China auf, die Spannungen nicht weiter zu verschärfen."""
ANN = """
E e1 PER person Nancy Pelosi | Nancy Pelosi ; Pelosi* ; p:[ihr] einen Orden ; p:[ihre] Familie ; n:Die Demokratin ; p:[ihre] Reise
R e1 - US-Spitzenpolitikerin | US-Spitzenpolitikerin
E e2 LOC country Taiwan | Taiwan* ; Taiwans ; n:die Insel*
E e3 LOC country China | China* ; [Peking] betrachtet ; n:der Volksrepublik ; d:chinesischen
E e4 ORG military Volksbefreiungsarmee | Volksbefreiungsarmee
E e5 ORG government taiwanisches Verteidigungsministerium | Verteidigungsministerium
E e6 ORG military taiwanische Streitkräfte | n:Die Streitkräfte
E e7 PER person Tsai Ing-wen | Tsai Ing-wen ; n:Die 65-Jährige
R e7 e2 Präsidentin | Präsidentin
E e8 ORG government chinesisches Außenministerium | Außenministerium
E e9 LOC city Peking | in [Peking]
E e10 PER person Nicholas Burns | Nicholas Burns
R e10 - US-Botschafter | US-Botschafter
E e11 OTH group Familie Pelosis | n:ihre Familie
E e12 ORG government chinesische Führung | n:der chinesischen Führung
E e13 OTH group G7-Außenminister | n:Die G7-Außenminister
E e14 LOC city Taipeh | TAIPEH
Q q1 indirect e4 | Die Volksbefreiungsarmee feuerte...östlich von Taiwan ab | Angaben
Q q2 reported e5 | Taiwans Verteidigungsministerium sprach von einer "Verletzung der Souveränität" | sprach
Q q3 indirect e5 | Die Streitkräfte seien in erhöhter Alarmbereitschaft.
Q q4 indirect e7 | die Insel werde sich "nicht einschüchtern lassen" | Ing-wen [sagte]
Q q5 reported e3 | Peking betrachtet Taiwan...gewaltsamen Eroberung | droht
Q q6 reported e13 | Die G7-Außenminister forderten China auf...zu verschärfen | forderten
T t1 DURATION PXDE | seit Jahrzehnten
T t2 DATE 2022-08-04 | am Donnerstag
T t3 DATE 2022-08-07 | bis Sonntag
T t4 DATE 2022-08-03 | am Mittwoch
V v1 CONSULT visit happened src=e1 tgt=e2 | Besuch
V v2 MOBILIZE troops ongoing src=e3 loc=e2 | Militärmanövern
V v3 MOBILIZE weapons happened src=e4 time=t2 | feuerte
V v4 ACCUSE disapprove happened src=e5 tgt=e3 | sprach
V v5 MOBILIZE troops ongoing src=e6 | Alarmbereitschaft
V v6 REJECT yield happened src=e7 tgt=e3 | einschüchtern
V v7 CONSULT visit happened src=e1 tgt=e7 time=t4 | empfangen
V v8 SUPPORT - happened src=e7 tgt=e1 | verliehen
V v9 THREATEN violence ongoing src=e3 tgt=e2 | droht
V v10 ACCUSE disapprove happened src=e8 tgt=e10 | bestellte
V v11 SANCTION discontinue happened src=e8 tgt=e1,e11 | verhängte
V v12 REQUEST change happened src=e13 tgt=e3 | forderten
A 65 year | 65-Jährige | Alter Tsai
"""
