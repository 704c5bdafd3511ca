ID = "gold-dev-04"
DATE = "2023-04"
META = {"dateline": ("BRÜSSEL", "Brüssel"), "agency": "Reuters", "body": "Die Europäische Union hat"}
TEXT = """ date 2023-04 BRÜSSEL (Reuters) - Die Europäische Union hat wegen der gewaltsamen Niederschlagung von Protesten neue Sanktionen gegen den Iran verhängt. Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag in Luxemburg Einreiseverbote und Vermögenssperren gegen acht Personen und eine Organisation, wie der Rat der EU mitteilte. Betroffen sind unter anderem Richter und Kommandeure der Revolutionsgarden.

Der EU-Außenbeauftragte Josep Borrell sagte, die Union werde nicht tatenlos zusehen, wie Teheran die eigene Bevölkerung unterdrücke. "Diese Maßnahmen sind eine klare Botschaft an das Regime", sagte der Spanier. "Weitere werden folgen, wenn die Gewalt nicht aufhört." Bundesaußenministerin Annalena Baerbock forderte zudem, die Revolutionsgarden auf die EU-Terrorliste zu setzen.

Das iranische Außenministerium verurteilte die Strafmaßnahmen scharf. Sprecher Nasser Kanaani kündigte eine "angemessene Antwort" an. Teheran werde sich dem Druck des Westens nicht beugen, sagte er in der iranischen Hauptstadt."""
ANN = """
E e1 ORG organisation Europäische Union | Europäische Union ; n:die Union
E e2 LOC country Iran | Iran ; wie [Teheran] die ; d:Das [iranische] Außenministerium ; [Teheran] werde ; d:der [iranischen] Hauptstadt
E e3 ORG group EU-Außenminister | n:Die Außenminister
E e4 LOC city Luxemburg | Luxemburg
E e5 ORG organisation Rat der EU | Rat der EU
E e6 ORG organisation Revolutionsgarden | Revolutionsgarden*
E e7 PER person Josep Borrell | Josep Borrell ; n:der Spanier
R e7 e1 Außenbeauftragter | EU-Außenbeauftragte
E e8 PER person Annalena Baerbock | Annalena Baerbock
R e8 - Bundesaußenministerin | Bundesaußenministerin
E e9 ORG organisation iranisches Außenministerium | n:Das iranische Außenministerium
E e10 PER person Nasser Kanaani | Nasser Kanaani ; p:sagte [er]
R e10 e9 Sprecher | [Sprecher] Nasser
E e11 LOC city Teheran | n:der iranischen Hauptstadt
E e12 LOC city Brüssel | BRÜSSEL
E e13 ORG organisation iranische Führung | n:das Regime
E e14 ORG group Westen | Westens
Q q1 indirect e5 | Die Außenminister der 27 Mitgliedstaaten...eine Organisation | mitteilte
Q q2 indirect e7 | die Union werde nicht tatenlos zusehen, wie Teheran die eigene Bevölkerung unterdrücke | Borrell [sagte]
Q q3 direct e7 | Diese Maßnahmen sind eine klare Botschaft an das Regime | [sagte] der Spanier
Q q4 direct e7 | Weitere werden folgen, wenn die Gewalt nicht aufhört. | -
Q q5 reported e8 | Bundesaußenministerin Annalena Baerbock forderte zudem, die Revolutionsgarden auf die EU-Terrorliste zu setzen | forderte
Q q6 reported e9 | Das iranische Außenministerium verurteilte die Strafmaßnahmen scharf | verurteilte
Q q7 reported e10 | Sprecher Nasser Kanaani kündigte eine "angemessene Antwort" an | kündigte
Q q8 indirect e10 | Teheran werde sich dem Druck des Westens nicht beugen | beugen, [sagte]
T t1 DATE 2023-04 | am Montag
V v1 ASSAULT crowd-control happened src=e2 | Niederschlagung
V v2 PROTEST demo happened tgt=e2 | Protesten
V v3 SANCTION - happened src=e1,e3 tgt=e2,e6 loc=e4 time=t1 | verhängt
V v4 THREATEN - happened src=e7 tgt=e13 | folgen
V v5 REQUEST - happened src=e8 tgt=e1 | forderte
V v6 ACCUSE disapprove happened src=e9 tgt=e1 | verurteilte
V v7 THREATEN - happened src=e10 tgt=e1 | kündigte
V v8 REJECT yield planned src=e2 tgt=e14 | beugen
A 27 state | 27 Mitgliedstaaten | Mitgliedstaaten der EU
A 8 person | acht Personen | sanktionierte Personen
"""
