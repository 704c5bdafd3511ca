ID = "gold-news-12"
DATE = "2022-02-24"
META = {"dateline": ("BRÜSSEL", "Brüssel"), "agency": "dpa", "body": "Nach dem russischen"}
TEXT = """ date 2022-02-24 BRÜSSEL (dpa) - Nach dem russischen Angriff auf die Ukraine will die Europäische Union mit den bislang härtesten Sanktionen ihrer Geschichte reagieren. Die Staats- und Regierungschefs der 27 Mitgliedstaaten kamen am Donnerstagabend in Brüssel zu einem Sondergipfel zusammen. Kommissionspräsidentin Ursula von der Leyen kündigte an, den Zugang russischer Banken zu den europäischen Finanzmärkten zu kappen. »Wir werden Putin dafür zahlen lassen«, sagte die CDU-Politikerin.

Russische Truppen waren in der Nacht von mehreren Seiten in die Ukraine vorgerückt. Präsident Wladimir Putin hatte den Einmarsch in einer Fernsehansprache als "militärische Spezialoperation" bezeichnet. Die ukrainische Regierung meldete Raketenangriffe auf Ziele in Kiew, Charkiw und Odessa. Präsident Wolodymyr Selenskyj verhängte das Kriegsrecht und brach die diplomatischen Beziehungen zu Moskau ab.

Bundeskanzler Olaf Scholz verurteilte den Angriff scharf. Putin habe "einen schweren Fehler" begangen, sagte der SPD-Politiker im Kanzleramt. EU-Ratspräsident Charles Michel sprach von einem "barbarischen Akt". Die Nato kündigte an, ihre Ostflanke mit zusätzlichen Truppen zu verstärken."""
ANN = """
E e1 LOC country Russland | d:dem [russischen] Angriff ; d:russischer ; d:Russische ; Moskau
E e2 LOC country Ukraine | Ukraine* ; d:ukrainische
E e3 ORG organisation Europäische Union | Europäische Union ; p:[ihrer] Geschichte ; p:[Wir] werden
E e4 OTH group Staats- und Regierungschefs der EU | n:Die Staats- und Regierungschefs
E e6 LOC city Brüssel | BRÜSSEL ; in [Brüssel]
E e7 PER person Ursula von der Leyen | Ursula von der Leyen ; n:die CDU-Politikerin
R e7 e3 Kommissionspräsidentin | Kommissionspräsidentin
E e8 PER person Wladimir Putin | Wladimir Putin ; Putin*
R e8 e1 Präsident | [Präsident] Wladimir
E e9 ORG military russische Truppen | n:Russische Truppen
E e10 ORG government ukrainische Regierung | n:Die ukrainische Regierung
E e11 LOC city Kiew | Kiew
E e12 LOC city Charkiw | Charkiw
E e13 LOC city Odessa | Odessa
E e14 PER person Wolodymyr Selenskyj | Wolodymyr Selenskyj
R e14 e2 Präsident | [Präsident] Wolodymyr
E e15 PER person Olaf Scholz | Olaf Scholz ; n:der SPD-Politiker
R e15 - Bundeskanzler | Bundeskanzler
E e16 ORG government Kanzleramt | Kanzleramt
E e17 PER person Charles Michel | Charles Michel
R e17 e3 Ratspräsident | EU-Ratspräsident
E e18 ORG organisation Nato | Nato ; p:[ihre] Ostflanke
Q q1 reported e7 | Kommissionspräsidentin Ursula von der Leyen kündigte an...zu kappen | Leyen [kündigte]
Q q2 direct e7 | Wir werden Putin dafür zahlen lassen | [sagte] die CDU
Q q3 reported e8 | Präsident Wladimir Putin hatte den Einmarsch...bezeichnet | bezeichnet
Q q4 reported e10 | Die ukrainische Regierung meldete...und Odessa | meldete
Q q5 reported e15 | Bundeskanzler Olaf Scholz verurteilte den Angriff scharf | verurteilte
Q q6 indirect e15 | Putin habe "einen schweren Fehler" begangen | [sagte] der SPD
Q q7 reported e17 | EU-Ratspräsident Charles Michel sprach von einem "barbarischen Akt" | sprach
Q q8 reported e18 | Die Nato kündigte an...zu verstärken | Nato [kündigte]
T t1 TIME 2022-02-24TEV | am Donnerstagabend
T t2 TIME 2022-02-24TNI | in der Nacht
V v1 ASSAULT - happened src=e1 tgt=e2 time=t2 | russischen [Angriff]
V v2 SANCTION discontinue planned src=e3 tgt=e1 | Sanktionen
V v3 CONSULT multilateral happened src=e4 loc=e6 time=t1 | Sondergipfel
V v4 SANCTION discontinue planned src=e7 tgt=e1 | kappen
V v6 ASSAULT - happened src=e1 tgt=e2 loc=e11 | Raketenangriffe
V v7 COERCE martial-law happened src=e14 loc=e2 | Kriegsrecht
V v8 SANCTION discontinue happened src=e14 tgt=e1 | brach
V v9 ACCUSE disapprove happened src=e15 tgt=e8 | verurteilte
V v10 ACCUSE disapprove happened src=e17 tgt=e1 | sprach
V v11 MOBILIZE troops planned src=e18 | verstärken
A 27 country | 27 Mitgliedstaaten | Mitgliedstaaten der EU
"""
