ID = "gold-dev-12"
DATE = "2024-02-23"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Der Bundestag hat"}
TEXT = """ date 2024-02-23 BERLIN (dpa) - Der Bundestag hat die teilweise Legalisierung von Cannabis beschlossen. Für das Gesetz von Gesundheitsminister Karl Lauterbach (SPD) stimmten am Freitag 407 Abgeordnete, 226 votierten dagegen, vier enthielten sich. Erwachsene dürfen damit ab dem 1. April bis zu 25 Gramm Cannabis besitzen.

Der Minister verteidigte das Vorhaben gegen heftige Kritik der Opposition. „Der Schwarzmarkt wird ausgetrocknet“, sagte Lauterbach in der Debatte, „und der Jugendschutz wird besser.“ Der Gesundheitsexperte räumte aber ein, dass die Umsetzung für die Länder eine Herausforderung sei. Die Union kündigte an, das Gesetz im Falle eines Wahlsieges wieder zurückzunehmen. CSU-Chef Markus Söder nannte das Vorhaben „grob fahrlässig“. Bayern werde die Regeln so restriktiv wie möglich auslegen, sagte der bayerische Ministerpräsident in München.

Auch die Bundesärztekammer warnt vor gesundheitlichen Folgen für junge Menschen. Ihr Präsident Klaus Reinhardt forderte die Länderkammer auf, das Gesetz zu stoppen. Der Bundesrat befasst sich voraussichtlich im März mit dem Gesetz."""
ANN = """
E e1 ORG organisation Bundestag | Bundestag
E e2 PER person Karl Lauterbach | Karl Lauterbach ; [Lauterbach] in der Debatte ; n:Der Minister ; n:Der Gesundheitsexperte
R e2 - Gesundheitsminister | Gesundheitsminister
R e2 e3 Mitglied | ([SPD])
E e3 ORG party SPD | ([SPD])
E e4 OTH law Cannabisgesetz | n:das Gesetz* ; n:das Vorhaben* ; n:dem Gesetz
E e5 ORG group Opposition | n:der Opposition
E e6 ORG group Bundesländer | n:die Länder
E e7 ORG party Union | Die [Union]
E e8 PER person Markus Söder | Markus Söder ; n:der bayerische Ministerpräsident
R e8 - Parteichef | CSU-Chef
R e8 e9 Ministerpräsident | bayerische [Ministerpräsident]
E e9 LOC state Bayern | [Bayern] werde ; d:der [bayerische] Ministerpräsident
E e10 LOC city München | München
E e11 ORG organisation Bundesärztekammer | Bundesärztekammer ; p:[Ihr] Präsident
E e12 PER person Klaus Reinhardt | Klaus Reinhardt
R e12 e11 Präsident | Ihr [Präsident]
E e13 ORG organisation Bundesrat | n:die Länderkammer ; Bundesrat
E e14 LOC city Berlin | BERLIN
Q q1 reported e2 | Der Minister verteidigte das Vorhaben gegen heftige Kritik der Opposition | verteidigte
Q q2 direct e2 | Der Schwarzmarkt wird ausgetrocknet | [sagte] Lauterbach
Q q9 direct e2 | und der Jugendschutz wird besser. | [sagte] Lauterbach
Q q3 indirect e2 | die Umsetzung für die Länder eine Herausforderung sei | räumte
Q q4 reported e7 | Die Union kündigte an, das Gesetz im Falle eines Wahlsieges wieder zurückzunehmen | kündigte
Q q5 reported e8 | CSU-Chef Markus Söder nannte das Vorhaben „grob fahrlässig“ | nannte
Q q6 indirect e8 | Bayern werde die Regeln so restriktiv wie möglich auslegen | auslegen, [sagte]
Q q7 reported e11 | Auch die Bundesärztekammer warnt vor gesundheitlichen Folgen für junge Menschen | warnt
Q q8 reported e12 | Ihr Präsident Klaus Reinhardt forderte die Länderkammer auf, das Gesetz zu stoppen | forderte
T t1 DATE 2024-02-23 | am Freitag
T t2 DATE 2024-04-01 | ab dem 1. April
T t3 DATE 2024-03 | im März
V v1 OTHER - happened src=e1 tgt=e4 time=t1 | beschlossen
V v2 ACCUSE disapprove ongoing src=e5 tgt=e2 | Kritik
V v3 OTHER - hypothetical src=e7 tgt=e4 | zurückzunehmen
V v4 ACCUSE disapprove happened src=e8 tgt=e4 | nannte
V v5 REQUEST change happened src=e12 tgt=e13 | forderte
V v6 OTHER - planned src=e13 tgt=e4 time=t3 | befasst
A 407 person | 407 Abgeordnete | Ja-Stimmen
A 226 person | [226] votierten | Nein-Stimmen
A 4 person | [vier] enthielten | Enthaltungen
A 25 gram | 25 Gramm | erlaubter Cannabisbesitz
"""
