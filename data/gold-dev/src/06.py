ID = "gold-dev-06"
DATE = "2023-08"
META = {"dateline": ("PEKING", "Peking"), "agency": "dpa", "body": "China hat mit"}
TEXT = """ date 2023-08 PEKING (dpa) - China hat mit groß angelegten Militärmanövern rund um Taiwan auf den Zwischenstopp des taiwanischen Vizepräsidenten William Lai in den USA reagiert. Kampfjets, Kriegsschiffe und Einheiten der Küstenwache hätten am Samstag die Insel umkreist, teilte das Östliche Kommando der Volksbefreiungsarmee mit. Die Übung sei eine „ernste Warnung“ an separatistische Kräfte.

Taipeh verurteilte das Manöver als Provokation. Das Verteidigungsministerium in Taipeh zählte nach eigenen Angaben 42 chinesische Flugzeuge, von denen 26 die Mittellinie der Taiwanstraße überquert hätten. „Wir werden uns nicht einschüchtern lassen“, sagte Lai nach seiner Rückkehr. Der 63-Jährige gilt als aussichtsreichster Kandidat für die Präsidentenwahl im Januar.

Washington rief Peking zur Zurückhaltung auf. Ein Sprecher des US-Außenministeriums sagte, die Vereinigten Staaten beobachteten die Lage genau. Die chinesische Führung müsse den Dialog mit Taiwan suchen, statt den Druck weiter zu erhöhen."""
ANN = """
E e1 LOC country China | China ; d:[chinesische] Flugzeuge ; rief [Peking] zur ; d:Die [chinesische] Führung
E e2 LOC country Taiwan | rund um [Taiwan] ; d:des [taiwanischen] Vizepräsidenten ; n:die Insel ; [Taipeh] verurteilte ; p:„[Wir] werden ; mit [Taiwan] suchen
E e3 PER person William Lai | William Lai ; sagte [Lai] ; p:nach [seiner] Rückkehr ; n:Der 63-Jährige
R e3 e2 Vizepräsident | taiwanischen [Vizepräsidenten]
E e4 LOC country USA | den [USA] ; [Washington] rief ; Vereinigten Staaten
E e5 ORG organisation Östliches Kommando der Volksbefreiungsarmee | Östliche Kommando der Volksbefreiungsarmee
E e6 ORG organisation taiwanisches Verteidigungsministerium | n:Das Verteidigungsministerium
E e7 LOC city Taipeh | Verteidigungsministerium in [Taipeh]
E e8 LOC region Taiwanstraße | Taiwanstraße
E e9 ORG organisation US-Außenministerium | US-Außenministeriums
E e10 PER person Sprecher des US-Außenministeriums | n:Ein Sprecher
E e11 ORG organisation chinesische Führung | n:Die chinesische Führung
E e12 LOC city Peking | PEKING
E e13 OTH event Präsidentenwahl in Taiwan | n:die Präsidentenwahl
Q q1 indirect e5 | Kampfjets, Kriegsschiffe und Einheiten der Küstenwache hätten am Samstag die Insel umkreist | teilte
Q q2 indirect e5 | Die Übung sei eine „ernste Warnung“ an separatistische Kräfte. | -
Q q3 reported e2 | Taipeh verurteilte das Manöver als Provokation | verurteilte
Q q4 indirect e6 | Das Verteidigungsministerium in Taipeh zählte...überquert hätten | Angaben
Q q5 direct e3 | Wir werden uns nicht einschüchtern lassen | [sagte] Lai
Q q6 reported e4 | Washington rief Peking zur Zurückhaltung auf | rief
Q q7 indirect e10 | die Vereinigten Staaten beobachteten die Lage genau | Sprecher des US-Außenministeriums [sagte]
Q q8 indirect e10 | Die chinesische Führung müsse den Dialog mit Taiwan suchen, statt den Druck weiter zu erhöhen. | -
T t1 DATE 2023-08 | am Samstag
T t2 DATE 2024-01 | im Januar
V v1 MOBILIZE troops happened src=e1 tgt=e2 time=t1 | Militärmanövern
V v2 CONSULT visit happened src=e3 tgt=e4 | Zwischenstopp
V v3 THREATEN violence happened src=e5 tgt=e2 | Warnung
V v4 ACCUSE disapprove happened src=e2 tgt=e1 | verurteilte
V v5 REJECT yield happened src=e3 tgt=e1 | einschüchtern
V v6 OTHER - planned loc=e2 time=t2 | Präsidentenwahl
V v7 REQUEST change happened src=e4 tgt=e1 | rief
A 42 aircraft | 42 chinesische Flugzeuge | gezählte chinesische Flugzeuge
A 26 aircraft | denen [26] | Flugzeuge über der Mittellinie
A 63 year | 63-Jährige | Alter von William Lai
"""
