ID = "gold-dev-34"
DATE = "2023-09"
META = {"dateline": ("SEOUL", "Seoul"), "agency": "dpa", "body": "Nordkoreas Machthaber"}
TEXT = """ date 2023-09 SEOUL (dpa) - Nordkoreas Machthaber Kim Jong Un und Kremlchef Wladimir Putin haben bei einem Gipfeltreffen im Fernen Osten Russlands eine engere militärische Zusammenarbeit in Aussicht gestellt. Die beiden Staatschefs trafen sich am Mittwoch auf dem Weltraumbahnhof Wostotschny, wie russische Staatsmedien berichteten. Putin sagte, Russland werde Nordkorea beim Bau von Satelliten helfen.

Kim sicherte Moskau seine „volle und bedingungslose Unterstützung“ zu und lud Putin zu einem Gegenbesuch nach Pjöngjang ein. Der Kremlchef habe die Einladung angenommen, teilte sein Sprecher Dmitri Peskow mit. Nordkorea sei ein wichtiger Nachbar, mit dem man in allen Bereichen kooperieren wolle.

Südkorea und die USA äußerten sich besorgt. Washington wirft Pjöngjang vor, Russland Artilleriegranaten für den Krieg gegen die Ukraine zu liefern. Beide Länder bestreiten das. Das südkoreanische Außenministerium warnte, jede Militärkooperation mit Nordkorea verstoße gegen Resolutionen des UN-Sicherheitsrats."""
ANN = """
E e1 LOC country Nordkorea | Nordkoreas ; Nordkorea* ; wirft [Pjöngjang] vor
E e2 PER person Kim Jong Un | Kim Jong Un ; [Kim] sicherte ; p:Moskau [seine]
R e2 e1 Machthaber | Machthaber
E e3 PER person Wladimir Putin | Wladimir Putin ; [Putin] sagte ; lud [Putin] ; n:Der Kremlchef ; p:[sein] Sprecher
R e3 e4 Kremlchef | [Kremlchef] Wladimir
E e4 LOC country Russland | Russlands ; [Russland] werde ; d:[russische] Staatsmedien ; sicherte [Moskau] ; vor, [Russland] Artilleriegranaten
E e5 LOC region Ferner Osten | Fernen Osten
E e6 LOC place Wostotschny | Wostotschny
E e7 ORG group russische Staatsmedien | n:russische Staatsmedien
E e8 LOC city Pjöngjang | nach [Pjöngjang]
E e9 PER person Dmitri Peskow | Dmitri Peskow
R e9 e3 Sprecher | [Sprecher] Dmitri
E e10 LOC country Südkorea | Südkorea ; d:Das [südkoreanische] Außenministerium
E e11 LOC country USA | USA ; [Washington] wirft
E e12 OTH event Krieg gegen die Ukraine | n:den Krieg
E e13 LOC country Ukraine | Ukraine
E e14 ORG organisation südkoreanisches Außenministerium | n:Das südkoreanische Außenministerium
E e15 ORG organisation UN-Sicherheitsrat | UN-Sicherheitsrats
E e16 LOC city Seoul | SEOUL
Q q1 indirect e7 | Die beiden Staatschefs trafen sich am Mittwoch auf dem Weltraumbahnhof Wostotschny | berichteten
Q q2 indirect e3 | Russland werde Nordkorea beim Bau von Satelliten helfen | sagte
Q q3 reported e2 | Kim sicherte Moskau seine „volle und bedingungslose Unterstützung“ zu | sicherte
Q q4 indirect e9 | Der Kremlchef habe die Einladung angenommen | teilte
Q q5 indirect e9 | Nordkorea sei ein wichtiger Nachbar, mit dem man in allen Bereichen kooperieren wolle. | -
Q q6 reported e11 | Washington wirft Pjöngjang vor, Russland Artilleriegranaten für den Krieg gegen die Ukraine zu liefern | wirft
Q q7 indirect e14 | jede Militärkooperation mit Nordkorea verstoße gegen Resolutionen des UN-Sicherheitsrats | warnte
T t1 DATE 2023-09 | am Mittwoch
V v1 CONSULT meeting happened src=e2,e3 tgt=e3,e2 loc=e6 time=t1 | Gipfeltreffen
V v2 COOPERATE - promised src=e2,e3 tgt=e3,e2 | Zusammenarbeit
V v3 AID - promised src=e4 tgt=e1 | helfen
V v4 SUPPORT - promised src=e2 tgt=e4 | sicherte
V v5 AGREE - happened src=e2 tgt=e3 | lud
V v6 CONSULT visit planned src=e3 tgt=e1 loc=e8 | Gegenbesuch
V v7 AGREE - happened src=e3 tgt=e2 | angenommen
V v8 ACCUSE disapprove happened src=e10,e11 tgt=e1,e4 | besorgt
V v9 ACCUSE allege happened src=e11 tgt=e1 | wirft
V v10 AID - happened src=e1 tgt=e4 | liefern
V v11 REJECT - happened src=e1,e4 tgt=e11 | bestreiten
V v12 ACCUSE disapprove happened src=e14 tgt=e4 | warnte
"""
