ID = "gold-dev-33"
DATE = "2024-05-15"
META = {"dateline": ("TIFLIS", "Tiflis"), "agency": "dpa", "body": "Ungeachtet tagelanger Massenproteste"}
TEXT = """ date 2024-05-15 TIFLIS (dpa) - Ungeachtet tagelanger Massenproteste hat das georgische Parlament das umstrittene Gesetz gegen „ausländische Einflussnahme“ verabschiedet. 84 Abgeordnete stimmten am Dienstag in dritter Lesung dafür, 30 dagegen. Vor dem Parlamentsgebäude in Tiflis versammelten sich nach Schätzungen von Beobachtern Zehntausende Menschen. Die Polizei setzte in der Nacht Tränengas und Gummigeschosse ein, mehr als 20 Demonstranten wurden festgenommen.

Präsidentin Salome Surabischwili kündigte an, ihr Veto gegen das Gesetz einzulegen. Die Regierungspartei Georgischer Traum verfügt allerdings über genügend Stimmen, um das Veto zu überstimmen. Kritiker sehen in dem Gesetz ein Instrument nach russischem Vorbild, um Medien und Nichtregierungsorganisationen mundtot zu machen.

Die EU warnte Tiflis, das Gesetz gefährde den Weg des Landes in die Europäische Union. Georgien ist seit Dezember offiziell Beitrittskandidat. Die USA kündigten an, ihre Beziehungen zu Georgien grundlegend zu überprüfen. Regierungschef Irakli Kobachidse wies die Kritik als Einmischung in innere Angelegenheiten zurück."""
ANN = """
E e1 LOC country Georgien | d:das [georgische] Parlament ; warnte [Tiflis] ; n:des Landes ; Georgien*
E e2 ORG organisation georgisches Parlament | n:das georgische Parlament
E e3 OTH law Gesetz gegen ausländische Einflussnahme | n:das umstrittene Gesetz ; n:das Gesetz* ; n:dem Gesetz
E e4 LOC city Tiflis | TIFLIS ; Parlamentsgebäude in [Tiflis]
E e5 ORG organisation georgische Polizei | n:Die Polizei
E e6 PER group Demonstranten in Tiflis | n:Zehntausende Menschen
E e7 PER group festgenommene Demonstranten | n:mehr als 20 Demonstranten
E e8 PER person Salome Surabischwili | Salome Surabischwili ; p:[ihr] Veto
R e8 e1 Präsidentin | Präsidentin
E e9 ORG party Georgischer Traum | Georgischer Traum
E e10 LOC country Russland | d:nach [russischem] Vorbild
E e11 ORG organisation Europäische Union | EU ; Europäische Union
E e12 LOC country USA | USA ; p:[ihre] Beziehungen
E e13 PER person Irakli Kobachidse | Irakli Kobachidse
R e13 e1 Regierungschef | Regierungschef
Q q1 indirect - | Vor dem Parlamentsgebäude in Tiflis versammelten sich nach Schätzungen von Beobachtern Zehntausende Menschen | Schätzungen
Q q2 reported e8 | Präsidentin Salome Surabischwili kündigte an, ihr Veto gegen das Gesetz einzulegen | kündigte
Q q3 indirect e11 | das Gesetz gefährde den Weg des Landes in die Europäische Union | warnte
Q q4 reported e12 | Die USA kündigten an, ihre Beziehungen zu Georgien grundlegend zu überprüfen | kündigten
Q q5 reported e13 | Regierungschef Irakli Kobachidse wies die Kritik als Einmischung in innere Angelegenheiten zurück | wies
T t1 DURATION PXD | tagelanger
T t2 DATE 2024-05-14 | am Dienstag
T t3 TIME 2024-05-14TNI | in der Nacht
T t4 DATE 2023-12 | Dezember
V v1 OTHER - happened src=e2 tgt=e3 time=t2 | verabschiedet
V v2 PROTEST demo ongoing src=e6 tgt=e2 loc=e4 | Massenproteste
V v3 ASSAULT crowd-control happened src=e5 tgt=e6 time=t3 | setzte
V v4 COERCE arrest happened src=e5 tgt=e7 | festgenommen
V v5 REJECT - planned src=e8 tgt=e3 | Veto@1
V v6 THREATEN - happened src=e11 tgt=e1 | warnte
V v7 THREATEN relations happened src=e12 tgt=e1 | überprüfen
V v8 REJECT - happened src=e13 tgt=e11,e12 | wies
A 84 person | 84 Abgeordnete | Ja-Stimmen
A 30 person | [30] dagegen | Nein-Stimmen
A 3 ordinal | dritter | Lesung des Gesetzes
A 20 person | 20 Demonstranten | Festgenommene
"""
