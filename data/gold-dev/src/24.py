ID = "gold-dev-24"
DATE = "2023-12-18"
META = {"dateline": ("BRÜSSEL", "Brüssel"), "agency": "Reuters", "body": "Die Europäische Union hat"}
TEXT = """ date 2023-12-18 BRÜSSEL (Reuters) - Die Europäische Union hat ihr zwölftes Sanktionspaket gegen Russland beschlossen. Kern der Maßnahmen ist ein Einfuhrverbot für russische Diamanten, das ab dem 1. Januar schrittweise in Kraft treten soll, wie die spanische Ratspräsidentschaft am Montag mitteilte. Zudem wurden mehr als 140 weitere Personen und Organisationen auf die Sanktionsliste gesetzt, darunter Mitglieder der Wagner-Gruppe.

Die Einigung hatte sich wochenlang verzögert, weil Ungarn Bedenken angemeldet hatte. Regierungschef Viktor Orbán hatte zuvor gedroht, auch weitere Finanzhilfen für die Ukraine zu blockieren. EU-Kommissionspräsidentin Ursula von der Leyen begrüßte den Beschluss. „Wir erhöhen den Druck auf den Kreml und schneiden Moskau weiter von wichtigen Einnahmequellen ab“, erklärte die CDU-Politikerin.

Moskau reagierte mit scharfer Kritik. Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Strafmaßnahmen „illegal“ und kündigte Gegenmaßnahmen an. Russland werde sich von westlichem Druck nicht beeindrucken lassen, sagte sie. Die Ukraine dankte den EU-Staaten und forderte zugleich ein Verbot russischer Flüssiggasimporte."""
ANN = """
E e1 ORG organisation Europäische Union | Europäische Union ; p:[ihr] zwölftes ; p:[Wir] erhöhen
E e2 LOC country Russland | Russland* ; d:für [russische] Diamanten ; schneiden [Moskau] ; [Moskau] reagierte ; d:des [russischen] Außenministeriums ; d:Verbot [russischer] Flüssiggasimporte
E e3 ORG organisation Kreml | Kreml
E e4 LOC country Spanien | d:die [spanische] Ratspräsidentschaft
E e5 ORG organisation spanische Ratspräsidentschaft | n:die spanische Ratspräsidentschaft
E e6 ORG group Wagner-Gruppe | Wagner-Gruppe
E e7 LOC country Ungarn | Ungarn
E e8 PER person Viktor Orbán | Viktor Orbán
R e8 e7 Regierungschef | Regierungschef
E e9 LOC country Ukraine | Ukraine*
E e10 PER person Ursula von der Leyen | Ursula von der Leyen ; n:die CDU-Politikerin
R e10 e1 Kommissionspräsidentin | EU-Kommissionspräsidentin
E e11 ORG organisation russisches Außenministerium | n:des russischen Außenministeriums
E e12 PER person Maria Sacharowa | Maria Sacharowa ; p:sagte [sie]
R e12 e11 Sprecherin | Die [Sprecherin]
E e13 LOC city Brüssel | BRÜSSEL
E e14 ORG group EU-Staaten | n:den EU-Staaten
Q q1 indirect e5 | Kern der Maßnahmen ist ein Einfuhrverbot für russische Diamanten, das ab dem 1. Januar schrittweise in Kraft treten soll | mitteilte
Q q2 reported e7 | Ungarn Bedenken angemeldet hatte | angemeldet
Q q3 reported e8 | Regierungschef Viktor Orbán hatte zuvor gedroht, auch weitere Finanzhilfen für die Ukraine zu blockieren | gedroht
Q q4 reported e10 | EU-Kommissionspräsidentin Ursula von der Leyen begrüßte den Beschluss | begrüßte
Q q5 direct e10 | Wir erhöhen den Druck auf den Kreml und schneiden Moskau weiter von wichtigen Einnahmequellen ab | erklärte
Q q6 reported e12 | Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Strafmaßnahmen „illegal“ und kündigte Gegenmaßnahmen an | nannte
Q q7 indirect e12 | Russland werde sich von westlichem Druck nicht beeindrucken lassen | [sagte] sie
Q q8 reported e9 | Die Ukraine dankte den EU-Staaten und forderte zugleich ein Verbot russischer Flüssiggasimporte | forderte
T t1 DATE 2024-01-01 | ab dem 1. Januar
T t2 DATE 2023-12-18 | am Montag
T t3 DURATION PXW | wochenlang
V v1 SANCTION - happened src=e1 tgt=e2 | beschlossen
V v2 REJECT - happened src=e7 tgt=e1 | Bedenken
V v3 THREATEN - happened src=e8 tgt=e1 | gedroht
V v4 SUPPORT - happened src=e10 tgt=e1 | begrüßte
V v5 ACCUSE disapprove happened src=e12 tgt=e1 | nannte
V v6 THREATEN - happened src=e12 tgt=e1 | Gegenmaßnahmen
V v7 REJECT yield happened src=e2 | beeindrucken
V v8 SUPPORT - happened src=e9 tgt=e14 | dankte
V v9 REQUEST - happened src=e9 tgt=e14 | forderte
A 12 ordinal | zwölftes | Sanktionspaket der EU
A 140 entity | 140 weitere Personen und Organisationen | neu sanktionierte Personen und Organisationen
"""
