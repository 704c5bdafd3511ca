ID = "gold-news-02"
DATE = "2022-06-16"
META = {"dateline": ("KIEW", "Kiew"), "agency": "dpa", "body": "Bundeskanzler Olaf"}
TEXT = """ date 2022-06-16 KIEW (dpa) - Bundeskanzler Olaf Scholz (SPD) ist zu seinem ersten Besuch seit Kriegsbeginn in die Ukraine gereist. Gemeinsam mit Frankreichs Präsident Emmanuel Macron und Italiens Regierungschef Mario Draghi traf der Kanzler am Donnerstagmorgen mit einem Sonderzug in Kiew ein. Am Nachmittag wollten die drei Politiker mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammenkommen.

Scholz sprach sich dafür aus, der Ukraine den Status eines EU-Beitrittskandidaten zu geben. „Die Ukraine gehört zur europäischen Familie“, sagte der 64-Jährige. Zuvor hatte er den Vorort Irpin besucht, in dem russische Truppen im März zahlreiche Zivilisten getötet haben sollen. Der Kanzler sprach dort von einer „brutalen Zerstörung“.

Selenskyj hatte Deutschland in den vergangenen Wochen wiederholt vorgeworfen, zu zögerlich schwere Waffen zu liefern. Der Präsident forderte am Mittwochabend erneut mehr Artilleriesysteme. »Jeder Tag Verzögerung kostet Leben«, sagte er in seiner täglichen Videobotschaft. Die Bundesregierung hat bislang unter anderem sieben Panzerhaubitzen zugesagt.

Aus Moskau kam scharfe Kritik an der Reise. Die Europäer sollten sich lieber um ihre eigenen Wirtschaftsprobleme kümmern, sagte Kremlsprecher Dmitri Peskow. Er warnte den Westen vor weiteren Waffenlieferungen."""
ANN = """
E e1 PER person Olaf Scholz | Olaf Scholz ; Scholz* ; p:zu [seinem] ersten ; n:traf [der Kanzler] ; n:der 64-Jährige ; p:hatte [er] den ; n:Der Kanzler
R e1 e6 Bundeskanzler | Bundeskanzler
R e1 e7 Mitglied
E e2 PER person Emmanuel Macron | Emmanuel Macron
R e2 e10 Präsident | [Präsident] Emmanuel
E e3 PER person Mario Draghi | Mario Draghi
R e3 e11 Regierungschef | Regierungschef
E e4 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj ; Selenskyj* ; n:Der Präsident ; p:sagte [er] ; p:in [seiner] täglichen
R e4 e5 Präsident | ukrainischen [Präsidenten]
E e5 LOC country Ukraine | Ukraine* ; d:ukrainischen
E e6 LOC country Deutschland | Deutschland
E e7 ORG party SPD | SPD
E e8 ORG government Bundesregierung | n:Die Bundesregierung
E e9 LOC country Russland | d:russische ; Moskau
E e10 LOC country Frankreich | Frankreichs
E e11 LOC country Italien | Italiens
E e12 LOC city Kiew | KIEW ; in [Kiew]
E e13 LOC city Irpin | Irpin
E e14 ORG military russische Truppen | n:russische Truppen
E e15 PER person Dmitri Peskow | Dmitri Peskow ; p:[Er] warnte
R e15 e9 Kremlsprecher | Kremlsprecher
E e16 OTH group Westen | Westen
E e17 OTH group Die Europäer (Scholz, Macron, Draghi) | n:Die Europäer ; p:[ihre] eigenen
Q q1 reported e1 | Scholz sprach sich dafür aus...zu geben | Scholz [sprach]
Q q2 direct e1 | Die Ukraine gehört zur europäischen Familie | [sagte] der 64
Q q3 reported e1 | Der Kanzler sprach dort...Zerstörung“ | [sprach] dort
Q q4 reported e4 | Selenskyj hatte Deutschland...zu liefern | vorgeworfen
Q q5 reported e4 | Der Präsident forderte...Artilleriesysteme | forderte
Q q6 direct e4 | Jeder Tag Verzögerung kostet Leben | [sagte] er in
Q q7 indirect e15 | Die Europäer sollten...kümmern | [sagte] Kremlsprecher
Q q8 reported e15 | Er warnte den Westen vor weiteren Waffenlieferungen | warnte
T t1 TIME 2022-06-16TMO | am Donnerstagmorgen
T t2 TIME 2022-06-16TAF | Am Nachmittag
T t3 DATE 2022-03 | im März
T t4 DURATION PXW | in den vergangenen Wochen
T t5 TIME 2022-06-15TEV | am Mittwochabend
T t6 SET P1D | täglichen
V v1 CONSULT visit happened src=e1,e2,e3 tgt=e5 loc=e12 time=t1 | Besuch
V v2 CONSULT meeting planned src=e1,e2,e3 tgt=e4 time=t2 | zusammenkommen
V v3 SUPPORT - happened src=e1 tgt=e5 | Scholz [sprach] sich
V v4 OTHER - happened src=e1 loc=e13 | besucht
V v5 ASSAULT - happened src=e14 loc=e13 time=t3 | getötet
V v6 ACCUSE disapprove happened src=e4 tgt=e6 time=t4 | vorgeworfen
V v7 REQUEST assist happened src=e4 time=t5 | forderte
V v8 AID - promised src=e8 tgt=e5 | zugesagt
V v9 ACCUSE disapprove happened src=e9 tgt=e1,e2,e3 | Kritik
V v10 REQUEST change happened src=e15 tgt=e16 | warnte
A 64 year | 64-Jährige | Alter Scholz
A 7 item | sieben Panzerhaubitzen | zugesagte Panzerhaubitzen
A 3 person | drei Politiker | Reisende
"""
