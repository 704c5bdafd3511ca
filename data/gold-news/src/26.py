ID = "gold-news-26"
DATE = "2021-11-26"
META = {"dateline": ("GENF", "Genf"), "agency": "AFP", "body": "Die Weltgesundheitsorganisation"}
TEXT = """ date 2021-11-26 GENF (AFP) - Die Weltgesundheitsorganisation (WHO) hat die in Südafrika entdeckte Coronavirus-Variante B.1.1.529 als "besorgniserregend" eingestuft. Die Variante erhalte den Namen Omikron, teilte die UN-Organisation am Freitagabend nach einer Sondersitzung ihrer Experten in Genf mit. Erste Hinweise deuteten auf ein erhöhtes Risiko von Reinfektionen hin.

WHO-Chef Tedros Adhanom Ghebreyesus rief die Mitgliedstaaten auf, ihre Überwachung zu verstärken und Virusproben zu teilen. Zugleich warnte der Äthiopier vor vorschnellen Reisebeschränkungen. Die Europäische Union will dennoch den Flugverkehr aus dem südlichen Afrika vorübergehend aussetzen. Das kündigte Kommissionspräsidentin Ursula von der Leyen an. Auch Großbritannien, Israel und die USA verhängten Einreisestopps.

Südafrikas Gesundheitsminister Joe Phaahla kritisierte die Maßnahmen als "ungerechtfertigt". »Wir werden dafür bestraft, dass wir transparent sind«, sagte er. An den Börsen lösten die Nachrichten heftige Verluste aus: Der Deutsche Aktienindex fiel um 4,2 Prozent."""
ANN = """
E e1 ORG organisation Weltgesundheitsorganisation | Weltgesundheitsorganisation ; ([WHO]) ; n:die UN-Organisation ; p:[ihrer] Experten
E e2 LOC country Südafrika | Südafrika ; Südafrikas ; p:[Wir] werden ; p:dass [wir]
E e3 OTH group WHO-Experten | n:ihrer Experten
E e4 LOC city Genf | GENF ; in [Genf]
E e5 PER person Tedros Adhanom Ghebreyesus | Tedros Adhanom Ghebreyesus ; n:der Äthiopier
R e5 e1 Generaldirektor | WHO-Chef
E e6 OTH group WHO-Mitgliedstaaten | n:die Mitgliedstaaten ; p:[ihre] Überwachung
E e7 ORG organisation Europäische Union | Europäische Union
E e8 LOC region südliches Afrika | südlichen Afrika
E e9 PER person Ursula von der Leyen | Ursula von der Leyen
R e9 e7 Kommissionspräsidentin | Kommissionspräsidentin
E e10 LOC country Großbritannien | Großbritannien
E e11 LOC country Israel | Israel
E e12 LOC country USA | USA
E e13 PER person Joe Phaahla | Joe Phaahla ; p:sagte [er]
R e13 e2 Gesundheitsminister | Gesundheitsminister
E e14 OTH index Deutscher Aktienindex | Deutsche Aktienindex
E e15 OTH variant Omikron | B.1.1.529 ; Omikron ; n:Die Variante
Q q1 reported e1 | Die Weltgesundheitsorganisation (WHO) hat...eingestuft | eingestuft
Q q2 indirect e1 | Die Variante erhalte den Namen Omikron | teilte
Q q3 indirect e1 | Erste Hinweise deuteten auf ein erhöhtes Risiko von Reinfektionen hin.
Q q4 reported e5 | WHO-Chef Tedros Adhanom Ghebreyesus rief...zu teilen | rief
Q q5 reported e5 | Zugleich warnte der Äthiopier vor vorschnellen Reisebeschränkungen | warnte
Q q6 reported e9 | Das kündigte Kommissionspräsidentin Ursula von der Leyen an | kündigte
Q q7 reported e13 | Südafrikas Gesundheitsminister Joe Phaahla kritisierte die Maßnahmen als "ungerechtfertigt" | kritisierte
Q q8 direct e13 | Wir werden dafür bestraft, dass wir transparent sind | [sagte] er
T t1 TIME 2021-11-26TEV | am Freitagabend
V v1 CONSULT multilateral happened src=e3 loc=e4 time=t1 | Sondersitzung
V v2 REQUEST change happened src=e5 tgt=e6 | rief
V v3 REQUEST change happened src=e5 | warnte
V v4 SANCTION discontinue planned src=e7 tgt=e8 | aussetzen
V v5 SANCTION discontinue happened src=e10,e11,e12 tgt=e8 | verhängten
V v6 ACCUSE disapprove happened src=e13 tgt=e7,e10,e11,e12 | kritisierte
A 4.2 percent | 4,2 Prozent | Kursverlust Dax
"""
