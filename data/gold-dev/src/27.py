ID = "gold-dev-27"
DATE = "2023-09-10"
META = {"dateline": ("FRANKFURT", "Frankfurt am Main"), "agency": "dpa", "body": "Der Deutsche Fußball-Bund hat"}
TEXT = """ date 2023-09-10 FRANKFURT (dpa) - Der Deutsche Fußball-Bund hat sich von Bundestrainer Hansi Flick getrennt. Das teilte der Verband am Sonntag nach einer Sitzung des Präsidiums mit. Die Entscheidung fiel einen Tag nach der 1:4-Niederlage gegen Japan in Wolfsburg, bei der die japanische Mannschaft die deutsche Abwehr mit schnellen Angriffen immer wieder überrannt hatte.

DFB-Präsident Bernd Neuendorf sagte, die Gremien seien sich einig gewesen, dass es einen Neuanfang brauche. „Das war eine der schwersten Entscheidungen meiner Amtszeit“, sagte der 62-Jährige. Flick habe die Entscheidung gefasst aufgenommen. Der 58-Jährige hatte die Nationalmannschaft im Sommer 2021 von Joachim Löw übernommen und war bei der WM in Katar bereits in der Vorrunde gescheitert.

Bis auf Weiteres übernimmt Sportdirektor Rudi Völler die Mannschaft. Der Weltmeister von 1990 soll das Team am Dienstag im Freundschaftsspiel gegen Frankreich in Dortmund betreuen. Die Heim-EM beginnt im kommenden Juni. Kapitän Ilkay Gündogan forderte die Spieler auf, sich selbst zu hinterfragen: „Die Verantwortung liegt nicht nur beim Trainer.“"""
ANN = """
E e1 ORG organisation Deutscher Fußball-Bund | Deutsche Fußball-Bund ; n:der Verband
E e2 PER person Hansi Flick | Hansi Flick ; [Flick] habe ; n:Der 58-Jährige
R e2 e1 Bundestrainer | Bundestrainer
E e3 ORG organisation DFB-Präsidium | n:des Präsidiums
E e4 ORG team japanische Nationalmannschaft | gegen [Japan] ; n:die japanische Mannschaft
E e5 LOC country Japan | d:die [japanische] Mannschaft
E e6 LOC city Wolfsburg | Wolfsburg
E e7 ORG team deutsche Nationalmannschaft | n:die Nationalmannschaft ; n:die Mannschaft ; n:das Team
E e8 LOC country Deutschland | d:die [deutsche] Abwehr
E e9 PER person Bernd Neuendorf | Bernd Neuendorf ; n:der 62-Jährige ; p:[meiner] Amtszeit
R e9 e1 Präsident | DFB-Präsident
E e10 PER person Joachim Löw | Joachim Löw
E e11 OTH event Fußball-WM 2022 | WM
E e12 LOC country Katar | Katar
E e13 PER person Rudi Völler | Rudi Völler ; n:Der Weltmeister
R e13 e1 Sportdirektor | Sportdirektor
E e14 ORG team französische Nationalmannschaft | Frankreich
E e15 LOC city Dortmund | Dortmund
E e16 OTH event Fußball-Europameisterschaft 2024 | Heim-EM
E e17 PER person Ilkay Gündogan | Ilkay Gündogan
R e17 e7 Kapitän | Kapitän
E e18 PER group Nationalspieler | n:die Spieler
E e19 LOC city Frankfurt am Main | FRANKFURT
Q q1 reported e1 | Das teilte der Verband am Sonntag nach einer Sitzung des Präsidiums mit | teilte
Q q2 indirect e9 | die Gremien seien sich einig gewesen, dass es einen Neuanfang brauche | Neuendorf [sagte]
Q q3 direct e9 | Das war eine der schwersten Entscheidungen meiner Amtszeit | [sagte] der 62-Jährige
Q q4 indirect e9 | Flick habe die Entscheidung gefasst aufgenommen. | -
Q q5 reported e17 | Kapitän Ilkay Gündogan forderte die Spieler auf, sich selbst zu hinterfragen | forderte
Q q6 direct e17 | Die Verantwortung liegt nicht nur beim Trainer. | -
T t1 DATE 2023-09-10 | am Sonntag
T t2 DURATION P1D | einen Tag
T t3 DATE 2021-SU | im Sommer 2021
T t4 DATE 1990 | 1990
T t5 DATE 2023-09-12 | am Dienstag
T t6 DATE 2024-06 | im kommenden Juni
V v1 OTHER - happened src=e1 tgt=e2 time=t1 | getrennt
V v2 OTHER - happened src=e2 tgt=e7 time=t3 | übernommen
V v3 OTHER - ongoing src=e13 tgt=e7 | übernimmt
V v4 REQUEST change happened src=e17 tgt=e18 | forderte
A 62 year | 62-Jährige | Alter von Bernd Neuendorf
A 58 year | 58-Jährige | Alter von Hansi Flick
"""
