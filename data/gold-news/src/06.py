ID = "gold-news-06"
DATE = "2019-10"
META = {"dateline": ("ANKARA", "Ankara"), "agency": "AFP", "body": "Die Türkei hat"}
TEXT = """ date 2019-10 ANKARA (AFP) - Die Türkei hat ihre Militäroffensive gegen die Kurdenmiliz YPG im Norden Syriens trotz internationaler Kritik fortgesetzt. Türkische Kampfjets bombardierten am Freitag erneut Stellungen in der Grenzstadt Ras al-Ain, wie die Syrische Beobachtungsstelle für Menschenrechte mitteilte. Nach Angaben der Organisation wurden seit Beginn des Einsatzes mindestens 40 Zivilisten getötet, rund 100.000 Menschen seien auf der Flucht.

Präsident Recep Tayyip Erdogan drohte den Europäern, Millionen Flüchtlinge nach Europa zu schicken, sollten sie die Offensive als "Besatzung" bezeichnen. "Wir werden die Tore öffnen", sagte der türkische Staatschef vor Abgeordneten seiner Partei AKP in Ankara. Die EU-Außenminister wollen am Montag in Luxemburg über mögliche Waffenexportstopps beraten.

US-Präsident Donald Trump kündigte Sanktionen gegen Ankara an, falls die Türkei "die Grenze überschreite". Der Republikaner war zuvor scharf kritisiert worden, weil er die US-Truppen aus dem Grenzgebiet abgezogen hatte. Bundesaußenminister Heiko Maas nannte den Einmarsch "völkerrechtswidrig". Die Bundesregierung stoppte bereits die Genehmigung neuer Rüstungsexporte an den Nato-Partner."""
ANN = """
E e1 LOC country Türkei | Türkei* ; p:[ihre] Militäroffensive ; d:Türkische ; d:der [türkische] Staatschef ; gegen [Ankara] an ; n:den Nato-Partner ; p:[Wir] werden die Tore
E e2 ORG militia YPG | YPG
E e3 LOC country Syrien | Syriens
E e4 LOC city Ras al-Ain | Ras al-Ain
E e5 ORG organisation Syrische Beobachtungsstelle für Menschenrechte | Syrische Beobachtungsstelle für Menschenrechte ; n:der Organisation
E e6 PER person Recep Tayyip Erdogan | Recep Tayyip Erdogan ; n:der türkische Staatschef ; p:[seiner] Partei
R e6 e1 Präsident | [Präsident] Recep
R e6 e1 Staatschef | türkische [Staatschef]
R e6 e9 Parteichef
E e7 OTH group Europäer | n:den Europäern ; p:sollten [sie]
E e8 LOC region Europa | Europa
E e9 ORG party AKP | AKP
E e10 LOC city Ankara | ANKARA ; in [Ankara]
E e11 OTH group EU-Außenminister | n:Die EU-Außenminister
E e12 LOC city Luxemburg | Luxemburg
E e13 PER person Donald Trump | Donald Trump ; n:Der Republikaner ; p:weil [er]
R e13 - US-Präsident | US-Präsident
E e15 ORG military US-Truppen | n:die US-Truppen
E e16 PER person Heiko Maas | Heiko Maas
R e16 - Bundesaußenminister | Bundesaußenminister
E e17 ORG government Bundesregierung | n:Die Bundesregierung
Q q1 indirect e5 | Türkische Kampfjets bombardierten...Ras al-Ain | mitteilte
Q q2 indirect e5 | wurden seit Beginn des Einsatzes...auf der Flucht | Angaben
Q q3 reported e6 | Präsident Recep Tayyip Erdogan drohte...bezeichnen | drohte
Q q4 direct e6 | Wir werden die Tore öffnen | [sagte] der türkische
Q q5 reported e13 | US-Präsident Donald Trump kündigte...überschreite" | kündigte
Q q6 reported e16 | Bundesaußenminister Heiko Maas nannte...völkerrechtswidrig" | nannte
T t1 DATE 2019-10 | am Freitag
T t2 DATE 2019-10 | am Montag
V v1 ASSAULT - ongoing src=e1 tgt=e2 loc=e3 | Militäroffensive
V v2 ACCUSE disapprove ongoing tgt=e1 | internationaler [Kritik]
V v3 ASSAULT aerial happened src=e1 loc=e4 time=t1 | bombardierten
V v4 THREATEN - happened src=e6 tgt=e7 | drohte
V v5 CONSULT multilateral planned src=e11 loc=e12 time=t2 | beraten
V v6 THREATEN - happened src=e13 tgt=e1 | Sanktionen
V v7 ACCUSE disapprove happened tgt=e13 | kritisiert
V v8 RETREAT withdraw happened src=e13 | abgezogen
V v9 ACCUSE disapprove happened src=e16 tgt=e1 | nannte
V v10 SANCTION discontinue happened src=e17 tgt=e1 | stoppte
A 40 person | 40 Zivilisten | getötete Zivilisten
A 100000 person | 100.000 Menschen | Menschen auf der Flucht
"""
