ID = "gold-dev-19"
DATE = "2023-07-11"
META = {"dateline": ("VILNIUS", "Vilnius"), "agency": "dpa", "body": "Der Weg für"}
TEXT = """ date 2023-07-11 VILNIUS (dpa) - Der Weg für einen Nato-Beitritt Schwedens ist frei. Der türkische Präsident Recep Tayyip Erdoğan sagte am Montagabend zu, das Beitrittsprotokoll dem Parlament in Ankara so schnell wie möglich zur Ratifizierung vorzulegen. Das teilte Nato-Generalsekretär Jens Stoltenberg nach einem Dreiertreffen mit Erdoğan und dem schwedischen Ministerpräsidenten Ulf Kristersson in der litauischen Hauptstadt mit. „Das ist ein historischer Tag“, sagte der Norweger.

Im Gegenzug sicherte Stockholm zu, die Zusammenarbeit mit der Türkei im Kampf gegen die verbotene kurdische Arbeiterpartei PKK zu verstärken. Schweden werde zudem die Bemühungen Ankaras um eine Wiederbelebung der EU-Beitrittsgespräche aktiv unterstützen, hieß es in einer gemeinsamen Erklärung. Kristersson sprach von einem „guten Tag für Schweden“.

Ungarns Regierungschef Viktor Orbán kündigte an, dass sein Land die Ratifizierung nun ebenfalls nicht mehr blockieren werde. Der Gipfel der Nato mit ihren 31 Mitgliedstaaten beginnt an diesem Dienstag."""
ANN = """
E e1 ORG organisation Nato | der [Nato] mit ; p:[ihren] 31
E e2 LOC country Schweden | Schwedens ; d:dem [schwedischen] Ministerpräsidenten ; sicherte [Stockholm] ; [Schweden] werde ; für [Schweden]
E e3 PER person Recep Tayyip Erdoğan | Recep Tayyip Erdoğan ; mit [Erdoğan]
R e3 e4 Präsident | türkische [Präsident]
E e4 LOC country Türkei | d:Der [türkische] Präsident ; der [Türkei] ; Ankaras
E e5 ORG organisation türkisches Parlament | n:dem Parlament
E e6 LOC city Ankara | in [Ankara]
E e7 PER person Jens Stoltenberg | Jens Stoltenberg ; n:der Norweger
R e7 e1 Generalsekretär | Nato-Generalsekretär
E e8 PER person Ulf Kristersson | Ulf Kristersson ; [Kristersson] sprach
R e8 e2 Ministerpräsident | schwedischen [Ministerpräsidenten]
E e9 LOC city Vilnius | VILNIUS ; n:der litauischen Hauptstadt
E e10 LOC country Litauen | d:der [litauischen] Hauptstadt
E e11 ORG organisation PKK | PKK
E e12 LOC country Ungarn | Ungarns ; n:sein Land
E e13 PER person Viktor Orbán | Viktor Orbán ; p:[sein] Land
R e13 e12 Regierungschef | Regierungschef
E e14 OTH event Nato-Gipfel in Vilnius | n:Der Gipfel
Q q1 reported e3 | Der türkische Präsident Recep Tayyip Erdoğan sagte...zur Ratifizierung vorzulegen | Erdoğan [sagte]
Q q2 reported e7 | Das teilte Nato-Generalsekretär Jens Stoltenberg...in der litauischen Hauptstadt mit | teilte
Q q3 direct e7 | Das ist ein historischer Tag | [sagte] der Norweger
Q q4 reported e2 | Im Gegenzug sicherte Stockholm zu, die Zusammenarbeit mit der Türkei im Kampf gegen die verbotene kurdische Arbeiterpartei PKK zu verstärken | sicherte
Q q5 indirect - | Schweden werde zudem die Bemühungen Ankaras um eine Wiederbelebung der EU-Beitrittsgespräche aktiv unterstützen | hieß
Q q6 reported e8 | Kristersson sprach von einem „guten Tag für Schweden“ | sprach
Q q7 indirect e13 | sein Land die Ratifizierung nun ebenfalls nicht mehr blockieren werde | kündigte
T t1 TIME 2023-07-10TEV | am Montagabend
T t2 DATE PRESENT_REF | nun
T t3 DATE 2023-07-11 | an diesem Dienstag
V v1 AGREE - promised src=e3,e4 tgt=e2 time=t1 | Erdoğan [sagte]
V v2 CONSULT third-party happened src=e7 tgt=e3,e8 loc=e9 time=t1 | Dreiertreffen
V v3 COOPERATE - promised src=e2 tgt=e4 | verstärken
V v4 SUPPORT - promised src=e2 tgt=e4 | unterstützen
V v5 REJECT - negated src=e13,e12 tgt=e2 | blockieren
V v6 CONSULT multilateral planned src=e1 loc=e9 time=t3 | Gipfel
A 31 state | 31 Mitgliedstaaten | Mitgliedstaaten der Nato
"""
