ID = "gold-news-19"
DATE = "2021-01-07"
META = {"dateline": ("WASHINGTON", "Washington"), "agency": "Reuters", "body": "Nach dem Sturm"}
TEXT = """ date 2021-01-07 WASHINGTON (Reuters) - Nach dem Sturm von Anhängern des abgewählten US-Präsidenten Donald Trump auf das Kapitol hat der Kongress den Wahlsieg von Joe Biden offiziell bestätigt. Vizepräsident Mike Pence verkündete das Ergebnis in der Nacht zum Donnerstag. Zuvor hatten Hunderte Randalierer am Mittwochnachmittag das Parlamentsgebäude gestürmt und die Sitzung stundenlang unterbrochen. Vier Menschen kamen ums Leben, darunter eine Frau, die von einem Polizisten angeschossen wurde.

Biden verurteilte die Ausschreitungen als "Aufruhr". „Das ist kein Protest, das ist ein Angriff auf die Demokratie“, sagte der 78-Jährige in Wilmington. Die Sprecherin des Repräsentantenhauses, Nancy Pelosi, forderte Trumps sofortige Amtsenthebung. Der Präsident habe zu dem Angriff "angestiftet", sagte die Demokratin.

Trump sicherte nach Angaben seines Sprechers eine "geordnete Machtübergabe" am 20. Januar zu. Er halte aber an seinen Betrugsvorwürfen fest. Mehrere Kabinettsmitglieder traten aus Protest zurück, darunter Verkehrsministerin Elaine Chao. Bundeskanzlerin Angela Merkel zeigte sich "wütend und traurig"."""
ANN = """
E e1 PER person Donald Trump | Donald Trump ; Trump* ; Trumps ; n:[Der Präsident] habe ; p:[seines] Sprechers ; p:[Er] halte ; p:[seinen] Betrugsvorwürfen
R e1 - US-Präsident | US-Präsidenten
E e2 OTH group Trump-Anhänger | n:Anhängern ; n:Hunderte Randalierer
E e3 LOC building Kapitol | Kapitol ; n:das Parlamentsgebäude
E e4 ORG organisation Kongress | Kongress
E e5 PER person Joe Biden | Joe Biden ; Biden* ; n:der 78-Jährige
E e6 PER person Mike Pence | Mike Pence
R e6 - Vizepräsident | Vizepräsident
E e7 PER person Polizist | n:einem Polizisten
E e8 PER person getötete Frau | n:eine Frau
E e9 LOC city Wilmington | Wilmington
E e10 PER person Nancy Pelosi | Nancy Pelosi ; n:die Demokratin
R e10 e11 Sprecherin | Die [Sprecherin] des
E e11 ORG organisation Repräsentantenhaus | Repräsentantenhauses
E e12 PER person Sprecher Trumps | n:seines Sprechers
R e12 e1 Sprecher | seines [Sprechers]
E e13 OTH group zurückgetretene Kabinettsmitglieder | n:Mehrere Kabinettsmitglieder
E e14 PER person Elaine Chao | Elaine Chao
R e14 - Verkehrsministerin | Verkehrsministerin
E e15 PER person Angela Merkel | Angela Merkel
R e15 - Bundeskanzlerin | Bundeskanzlerin
E e16 LOC city Washington | WASHINGTON
Q q1 reported e6 | Vizepräsident Mike Pence verkündete das Ergebnis in der Nacht zum Donnerstag | verkündete
Q q2 reported e5 | Biden verurteilte die Ausschreitungen als "Aufruhr" | verurteilte
Q q3 direct e5 | Das ist kein Protest, das ist ein Angriff auf die Demokratie | [sagte] der 78
Q q4 reported e10 | Die Sprecherin des Repräsentantenhauses...Amtsenthebung | forderte
Q q5 indirect e10 | Der Präsident habe zu dem Angriff "angestiftet" | [sagte] die Demokratin
Q q6 reported e1 | Trump sicherte nach Angaben...am 20. Januar zu | sicherte
Q q7 indirect e1 | Er halte aber an seinen Betrugsvorwürfen fest.
Q q8 reported e15 | Bundeskanzlerin Angela Merkel zeigte sich "wütend und traurig" | zeigte
T t1 TIME 2021-01-07TNI | in der Nacht zum Donnerstag
T t2 TIME 2021-01-06TAF | am Mittwochnachmittag
T t3 DURATION PTXH | stundenlang
T t4 DATE 2021-01-20 | am 20. Januar
V v2 OTHER - happened src=e4 tgt=e5 time=t1 | bestätigt
V v3 PROTEST riot happened src=e2 tgt=e3 time=t2 | gestürmt
V v4 ASSAULT firearms happened src=e7 tgt=e8 | angeschossen
V v5 ACCUSE disapprove happened src=e5 tgt=e2 | verurteilte
V v6 REQUEST change happened src=e10 tgt=e1 | forderte
V v7 ACCUSE allege happened src=e10 tgt=e1 | angestiftet
V v8 CONCEDE - promised src=e1 tgt=e5 time=t4 | sicherte
V v9 ACCUSE allege ongoing src=e1 | Betrugsvorwürfen
V v10 RETREAT resign happened src=e13 | traten
A 4 person | Vier Menschen | Tote
A 78 year | 78-Jährige | Alter Biden
"""
