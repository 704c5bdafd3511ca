ID = "gold-dev-30"
DATE = "2024-02-23"
META = {"dateline": ("[Wien] (APA)", "Wien"), "agency": "APA", "body": "Der frühere Bundeskanzler"}
TEXT = """ date 2024-02-23 Wien (APA) - Der frühere Bundeskanzler Sebastian Kurz ist am Freitag wegen Falschaussage vor dem Ibiza-Untersuchungsausschuss zu acht Monaten bedingter Haft verurteilt worden. Richter Michael Radasztics begründete den Schuldspruch damit, dass der ehemalige ÖVP-Chef seine Rolle bei der Besetzung des Aufsichtsrats der Staatsholding ÖBAG heruntergespielt habe. Der Schuldspruch ist noch nicht rechtskräftig.

Kurz kündigte noch im Gerichtssaal an, Berufung einzulegen. „Ich habe die Wahrheit gesagt und werde das auch in der nächsten Instanz beweisen“, sagte der 37-Jährige. Sein früherer Kabinettschef Bernhard Bonelli erhielt sechs Monate bedingt. Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hatte den Prozess nach mehr als zweijährigen Ermittlungen angestoßen.

Die Grünen sahen sich in ihrer Kritik bestätigt. ÖVP-Generalsekretär Christian Stocker bezeichnete die Ermittlungen der WKStA dagegen als „politisch motiviert“. Die Behörde wies den Vorwurf entschieden zurück."""
ANN = """
E e1 PER person Sebastian Kurz | Sebastian Kurz ; n:der ehemalige ÖVP-Chef ; p:[seine] Rolle ; [Kurz] kündigte ; p:„[Ich] habe ; n:der 37-Jährige ; p:[Sein] früherer
R e1 - früherer Bundeskanzler | frühere Bundeskanzler
R e1 - Parteichef | ÖVP-Chef
E e2 PER person Michael Radasztics | Michael Radasztics
R e2 - Richter | [Richter] Michael
E e3 ORG organisation Ibiza-Untersuchungsausschuss | Ibiza-Untersuchungsausschuss
E e4 ORG company ÖBAG | ÖBAG
E e5 PER person Bernhard Bonelli | Bernhard Bonelli
R e5 e1 Kabinettschef | früherer [Kabinettschef]
E e6 ORG organisation Wirtschafts- und Korruptionsstaatsanwaltschaft | Wirtschafts- und Korruptionsstaatsanwaltschaft ; WKStA* ; n:Die Behörde
E e7 ORG party Grüne | Die [Grünen] ; p:in [ihrer] Kritik
E e8 PER person Christian Stocker | Christian Stocker
R e8 - Generalsekretär | ÖVP-Generalsekretär
E e9 LOC city Wien | [Wien] (APA)
Q q1 indirect e2 | der ehemalige ÖVP-Chef seine Rolle bei der Besetzung des Aufsichtsrats der Staatsholding ÖBAG heruntergespielt habe | begründete
Q q2 reported e1 | Kurz kündigte noch im Gerichtssaal an, Berufung einzulegen | kündigte
Q q3 direct e1 | Ich habe die Wahrheit gesagt und werde das auch in der nächsten Instanz beweisen | sagte
Q q4 reported e8 | ÖVP-Generalsekretär Christian Stocker bezeichnete die Ermittlungen der WKStA dagegen als „politisch motiviert“ | bezeichnete
Q q5 reported e6 | Die Behörde wies den Vorwurf entschieden zurück | wies
T t1 DATE 2024-02-23 | am Freitag
T t2 DURATION P8M | acht Monaten
T t3 DURATION P6M | sechs Monate
T t4 DURATION P2Y mod=MORE_THAN | mehr als zweijährigen
V v1 SANCTION convict happened src=e2 tgt=e1 time=t1 | verurteilt
V v2 OTHER - planned src=e1 | Berufung
V v3 SANCTION convict happened src=e2 tgt=e5 | erhielt
V v4 ACCUSE investigate happened src=e6 tgt=e1 | Ermittlungen@1
V v5 ACCUSE disapprove ongoing src=e7 tgt=e1 | Kritik
V v6 ACCUSE disapprove happened src=e8 tgt=e6 | bezeichnete
V v7 REJECT - happened src=e6 tgt=e8 | wies
A 8 month | acht Monaten | bedingte Haftstrafe für Sebastian Kurz
A 37 year | 37-Jährige | Alter von Sebastian Kurz
A 6 month | sechs Monate | bedingte Haftstrafe für Bernhard Bonelli
A 2 year | zweijährigen | Dauer der Ermittlungen
"""
