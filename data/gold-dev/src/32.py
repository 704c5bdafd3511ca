ID = "gold-dev-32"
DATE = "2023-05"
META = {"dateline": ("DSCHIDDA", "Dschidda"), "agency": "AFP", "body": "Die Konfliktparteien im Sudan"}
TEXT = """ date 2023-05 DSCHIDDA (AFP) - Die Konfliktparteien im Sudan haben sich unter Vermittlung Saudi-Arabiens und der USA auf eine einwöchige Waffenruhe geeinigt. Die Feuerpause soll am Montagabend in Kraft treten und die Versorgung der Zivilbevölkerung ermöglichen, teilte das saudische Außenministerium mit. Vertreter der Armee und der paramilitärischen Miliz RSF hatten seit Anfang Mai in der Hafenstadt verhandelt.

Seit Mitte April liefern sich die Truppen von Armeechef Abdel Fattah al-Burhan und die RSF seines früheren Stellvertreters Mohamed Hamdan Daglo heftige Kämpfe um die Macht. Nach Angaben der Vereinten Nationen wurden mehr als 1,1 Millionen Menschen vertrieben. Frühere Feuerpausen waren immer wieder gebrochen worden.

US-Außenminister Antony Blinken warnte beide Seiten, Verstöße würden nicht ohne Folgen bleiben. Washington hatte bereits mit Sanktionen gegen Verantwortliche gedroht. Auch in der Hauptstadt Khartum waren am Sonntag noch Luftangriffe und Artilleriefeuer zu hören, berichteten Anwohner der Nachrichtenagentur AFP."""
ANN = """
E e1 LOC country Sudan | Sudan
E e2 LOC country Saudi-Arabien | Saudi-Arabiens ; d:das [saudische] Außenministerium
E e3 LOC country USA | USA ; [Washington] hatte
E e4 ORG organisation sudanesische Armee | n:der Armee ; n:die Truppen
E e5 ORG group RSF | RSF*
E e6 ORG organisation saudisches Außenministerium | n:das saudische Außenministerium
E e7 LOC city Dschidda | DSCHIDDA ; n:der Hafenstadt
E e8 PER person Abdel Fattah al-Burhan | Abdel Fattah al-Burhan ; p:[seines] früheren
R e8 e4 Chef | Armeechef
E e9 PER person Mohamed Hamdan Daglo | Mohamed Hamdan Daglo
R e9 e4 früherer Stellvertreter | früheren Stellvertreters
E e10 ORG organisation Vereinte Nationen | Vereinten Nationen
E e11 PER person Antony Blinken | Antony Blinken
R e11 e3 Außenminister | US-Außenminister
E e12 LOC city Khartum | Khartum
E e13 ORG organisation AFP | Nachrichtenagentur [AFP]
E e14 PER group Anwohner in Khartum | n:Anwohner
E e15 PER group sudanesische Zivilbevölkerung | n:der Zivilbevölkerung
Q q1 indirect e6 | Die Feuerpause soll am Montagabend in Kraft treten und die Versorgung der Zivilbevölkerung ermöglichen | teilte
Q q2 indirect e10 | Nach Angaben der Vereinten Nationen wurden mehr als 1,1 Millionen Menschen vertrieben | Angaben
Q q3 indirect e11 | Verstöße würden nicht ohne Folgen bleiben | warnte
Q q4 reported e3 | Washington hatte bereits mit Sanktionen gegen Verantwortliche gedroht | gedroht
Q q5 indirect e14 | Auch in der Hauptstadt Khartum waren am Sonntag noch Luftangriffe und Artilleriefeuer zu hören | berichteten
T t1 DURATION P1W | einwöchige
T t2 TIME 2023-05-XXTEV | am Montagabend
T t3 DATE 2023-05 mod=START | Anfang Mai
T t4 DATE 2023-04 mod=MID | Mitte April
T t5 DATE 2023-05 | am Sonntag
V v1 AGREE - happened src=e4,e5 tgt=e5,e4 | geeinigt
V v2 CONSULT third-party happened src=e2,e3 tgt=e4,e5 | Vermittlung
V v3 CONSULT meeting happened src=e4,e5 tgt=e5,e4 loc=e7 time=t3 | verhandelt
V v4 ASSAULT - ongoing src=e4,e5 tgt=e5,e4 time=t4 | Kämpfe
V v5 THREATEN - happened src=e11 tgt=e4,e5 | warnte
V v6 THREATEN - happened src=e3 | gedroht
V v7 ASSAULT aerial happened loc=e12 time=t5 | Luftangriffe
A 1 week | einwöchige | Dauer der Waffenruhe
A 1.1e6 person | 1,1 Millionen Menschen | Vertriebene
"""
