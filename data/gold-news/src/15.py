ID = "gold-news-15"
DATE = "2021-05-21"
META = {"dateline": ("JERUSALEM", "Jerusalem"), "agency": "dpa", "body": "Nach elf"}
TEXT = """ date 2021-05-21 JERUSALEM (dpa) - Nach elf Tagen heftiger Kämpfe ist zwischen Israel und der im Gazastreifen herrschenden Hamas eine Waffenruhe in Kraft getreten. Die von Ägypten vermittelte Feuerpause gilt seit 2.00 Uhr Ortszeit am Freitag. Israels Sicherheitskabinett hatte der Vereinbarung am Donnerstagabend einstimmig zugestimmt, wie das Büro von Ministerpräsident Benjamin Netanjahu mitteilte.

Netanjahu sprach von einem "außergewöhnlichen Erfolg" der Militäreinsätze. Die Armee habe Dutzende Tunnel und Raketenwerkstätten zerstört. Ein Hamas-Sprecher erklärte dagegen, die Organisation habe Israel "eine Lektion erteilt". Im Gazastreifen feierten Tausende Menschen in der Nacht auf den Straßen.

Nach Angaben des Gesundheitsministeriums in Gaza wurden bei den israelischen Luftangriffen 232 Menschen getötet, darunter 65 Kinder. In Israel starben durch Raketenbeschuss aus dem Gazastreifen zwölf Menschen. US-Präsident Joe Biden begrüßte die Waffenruhe und sagte den Palästinensern Hilfe beim Wiederaufbau zu. Ägyptens Präsident Abdel Fattah al-Sisi will Delegationen beider Seiten kommende Woche in Kairo empfangen."""
ANN = """
E e1 LOC country Israel | Israel* ; Israels ; d:israelischen
E e2 LOC region Gazastreifen | Gazastreifen*
E e3 ORG organisation Hamas | herrschenden [Hamas] ; n:die Organisation
E e4 LOC country Ägypten | Ägypten ; Ägyptens
E e5 ORG government israelisches Sicherheitskabinett | Sicherheitskabinett
E e6 ORG government Büro des Ministerpräsidenten | n:das Büro
E e7 PER person Benjamin Netanjahu | Benjamin Netanjahu ; Netanjahu*
R e7 e1 Ministerpräsident | Ministerpräsident
E e8 ORG military israelische Armee | n:Die Armee
E e9 PER person Hamas-Sprecher | n:Ein Hamas-Sprecher
R e9 e3 Sprecher | Hamas-Sprecher
E e11 ORG government Gesundheitsministerium in Gaza | Gesundheitsministeriums
E e12 LOC city Gaza | in [Gaza]
E e13 PER person Joe Biden | Joe Biden
R e13 - US-Präsident | US-Präsident
E e14 OTH group Palästinenser | n:den Palästinensern
E e15 PER person Abdel Fattah al-Sisi | Abdel Fattah al-Sisi
R e15 e4 Präsident | [Präsident] Abdel
E e16 LOC city Kairo | Kairo
E e17 LOC city Jerusalem | JERUSALEM
Q q1 indirect e6 | Israels Sicherheitskabinett...einstimmig zugestimmt | mitteilte
Q q2 reported e7 | Netanjahu sprach von einem "außergewöhnlichen Erfolg" der Militäreinsätze | sprach
Q q3 indirect e7 | Die Armee habe Dutzende Tunnel und Raketenwerkstätten zerstört.
Q q4 indirect e9 | die Organisation habe Israel "eine Lektion erteilt" | erklärte
Q q5 indirect e11 | wurden bei den israelischen...65 Kinder | Angaben
Q q6 reported e13 | US-Präsident Joe Biden begrüßte die Waffenruhe | begrüßte
Q q7 reported e13 | sagte den Palästinensern Hilfe beim Wiederaufbau zu | sagte
T t1 DURATION P11D | elf Tagen
T t2 TIME 2021-05-21T02:00 | 2.00 Uhr Ortszeit am Freitag
T t3 TIME 2021-05-20TEV | am Donnerstagabend
T t4 TIME 2021-05-21TNI | in der Nacht
T t5 DATE 2021-W21 | kommende Woche
V v1 ASSAULT - happened src=e1,e3 time=t1 | Kämpfe
V v2 RETREAT ceasefire happened src=e1,e3 time=t2 | eine [Waffenruhe] in
V v3 CONSULT third-party happened src=e4 tgt=e1,e3 | vermittelte
V v4 AGREE - happened src=e5 time=t3 | zugestimmt
V v5 ASSAULT destroy happened src=e8 tgt=e3 | zerstört
V v6 ASSAULT aerial happened src=e1 loc=e2 | Luftangriffen
V v7 ASSAULT - happened src=e3 tgt=e1 | Raketenbeschuss
V v8 SUPPORT - happened src=e13 | begrüßte
V v9 AID - promised src=e13 tgt=e14 | Hilfe
V v10 CONSULT third-party planned src=e15 tgt=e1,e3 loc=e16 time=t5 | empfangen
A 11 day | elf Tagen | Dauer der Kämpfe
A 232 person | 232 Menschen | Tote im Gazastreifen
A 65 person | 65 Kinder | getötete Kinder
A 12 person | zwölf Menschen | Tote in Israel
"""
