ID = "gold-dev-08"
DATE = "2023-06"
META = {"dateline": ("BERN", "Bern"), "agency": "dpa", "body": "Die Schweiz bleibt"}
TEXT = """ date 2023-06 BERN (dpa) - Die Schweiz bleibt bei ihrem Nein zur Weitergabe von Munition an die Ukraine. Der Bundesrat lehnte am Mittwoch ein erneutes Gesuch Deutschlands ab, in der Schweiz hergestellte Munition für den Flugabwehrpanzer Gepard an Kiew weiterzugeben. Das Neutralitätsrecht lasse keine Ausnahme zu, teilte die Regierung in Bern mit.

Verteidigungsministerin Viola Amherd bedauerte den Entscheid. Die Mitte-Politikerin hatte sich zuvor für eine Lockerung der Exportregeln eingesetzt. „Wir müssen uns fragen, ob unsere Haltung international noch verstanden wird“, sagte sie vor Journalisten. Wirtschaftsminister Guy Parmelin verteidigte hingegen die Linie der Landesregierung.

In Berlin stieß die Absage auf Unverständnis. Man habe gehofft, dass die Schweizer Regierung ihre Position überdenke, sagte ein Sprecher des Verteidigungsministeriums. Die Ukraine brauche die Munition dringend, um ihre Getreideexporte über die Schwarzmeerhäfen zu schützen. Die Schweizer Rüstungsindustrie befürchtet laut ihrem Branchenverband Umsatzeinbußen von mehreren hundert Millionen Franken."""
ANN = """
E e1 LOC country Schweiz | Die [Schweiz] bleibt ; p:bei [ihrem] Nein ; in der [Schweiz] ; p:„[Wir] müssen ; p:ob [unsere] Haltung ; d:die [Schweizer] Regierung ; d:Die [Schweizer] Rüstungsindustrie
E e2 LOC country Ukraine | die [Ukraine]. ; an [Kiew] ; Die [Ukraine] brauche ; p:um [ihre] Getreideexporte
E e3 LOC country Deutschland | Deutschlands
E e4 ORG organisation Bundesrat | Bundesrat ; n:die Regierung ; n:der Landesregierung ; n:die Schweizer Regierung ; p:[ihre] Position
E e5 LOC city Bern | BERN ; in [Bern]
E e6 OTH product Gepard | Gepard
E e7 PER person Viola Amherd | Viola Amherd ; n:Die Mitte-Politikerin ; p:sagte [sie]
R e7 e1 Verteidigungsministerin | Verteidigungsministerin
E e8 PER person Guy Parmelin | Guy Parmelin
R e8 e1 Wirtschaftsminister | Wirtschaftsminister
E e9 LOC city Berlin | Berlin
E e10 PER person Sprecher des deutschen Verteidigungsministeriums | n:ein Sprecher
E e11 ORG organisation deutsches Verteidigungsministerium | Verteidigungsministeriums
E e12 ORG group Schweizer Rüstungsindustrie | n:Die Schweizer Rüstungsindustrie ; p:laut [ihrem] Branchenverband
E e13 ORG organisation Branchenverband der Schweizer Rüstungsindustrie | n:ihrem Branchenverband
Q q1 reported e4 | Der Bundesrat lehnte...an Kiew weiterzugeben | lehnte
Q q2 indirect e4 | Das Neutralitätsrecht lasse keine Ausnahme zu | teilte
Q q3 reported e7 | Verteidigungsministerin Viola Amherd bedauerte den Entscheid | bedauerte
Q q4 reported e7 | Die Mitte-Politikerin hatte sich zuvor für eine Lockerung der Exportregeln eingesetzt | eingesetzt
Q q5 direct e7 | Wir müssen uns fragen, ob unsere Haltung international noch verstanden wird | [sagte] sie
Q q6 reported e8 | Wirtschaftsminister Guy Parmelin verteidigte hingegen die Linie der Landesregierung | verteidigte
Q q7 indirect e10 | Man habe gehofft, dass die Schweizer Regierung ihre Position überdenke | [sagte] ein Sprecher
Q q8 indirect e10 | Die Ukraine brauche die Munition dringend, um ihre Getreideexporte über die Schwarzmeerhäfen zu schützen. | -
Q q9 indirect e13 | Die Schweizer Rüstungsindustrie befürchtet laut ihrem Branchenverband Umsatzeinbußen von mehreren hundert Millionen Franken | laut
T t1 DATE 2023-06 | am Mittwoch
V v1 REJECT assist happened src=e4 tgt=e3 time=t1 | lehnte
V v2 REQUEST assist happened src=e3 tgt=e4 | Gesuch
V v3 AID - negated src=e3 tgt=e2 | weiterzugeben
V v4 ACCUSE disapprove happened src=e3 tgt=e4 loc=e9 | Unverständnis
"""
