ID = "gold-news-11"
DATE = "2021-06-13"
META = {"dateline": ("BERN", "Bern"), "agency": "dpa", "body": "Die Schweizer"}
TEXT = """ date 2021-06-13 BERN (dpa) - Die Schweizer Stimmberechtigten haben das neue CO2-Gesetz überraschend abgelehnt. Bei der Volksabstimmung am Sonntag sprachen sich 51,6 Prozent gegen die Vorlage aus, wie das Bundesamt für Statistik mitteilte. Das Gesetz sah unter anderem eine Flugticketabgabe von bis zu 120 Franken sowie höhere Abgaben auf Heizöl vor.

Umweltministerin Simonetta Sommaruga zeigte sich enttäuscht. "Das ist ein Rückschlag für den Klimaschutz in unserem Land", sagte die Sozialdemokratin in Bern. Die Regierung werde nun prüfen, wie die Schweiz ihre Klimaziele dennoch erreichen könne. Die 61-Jährige hatte in den vergangenen Wochen landesweit für das Gesetz geworben.

Die Schweizerische Volkspartei (SVP), die das Referendum gegen das Gesetz ergriffen hatte, feierte das Ergebnis. Parteipräsident Marco Chiesa sagte, die Bevölkerung habe sich gegen "eine teure und unsoziale Politik" gewehrt. Umweltverbände wie Greenpeace forderten den Bundesrat auf, rasch eine neue Vorlage auszuarbeiten. Die Beteiligung lag bei knapp 60 Prozent."""
ANN = """
E e1 OTH group Schweizer Stimmberechtigte | n:Die Schweizer Stimmberechtigten ; n:die Bevölkerung
E e2 LOC country Schweiz | d:Die [Schweizer] Stimmberechtigten ; n:unserem Land ; Schweiz ; p:[ihre] Klimaziele
E e3 ORG organisation Bundesamt für Statistik | Bundesamt für Statistik
E e4 PER person Simonetta Sommaruga | Simonetta Sommaruga ; n:die Sozialdemokratin ; n:Die 61-Jährige
R e4 e2 Umweltministerin | Umweltministerin
E e5 LOC city Bern | BERN ; in [Bern]
E e6 ORG government Bundesrat | n:Die Regierung ; Bundesrat
E e7 ORG party Schweizerische Volkspartei | Schweizerische Volkspartei ; SVP
E e8 PER person Marco Chiesa | Marco Chiesa
R e8 e7 Parteipräsident | Parteipräsident
E e9 ORG organisation Greenpeace | Greenpeace
E e10 OTH group Umweltverbände | n:Umweltverbände
Q q1 indirect e3 | Bei der Volksabstimmung...gegen die Vorlage aus | mitteilte
Q q2 direct e4 | Das ist ein Rückschlag für den Klimaschutz in unserem Land | [sagte] die Sozialdemokratin
Q q3 indirect e4 | Die Regierung werde nun prüfen...erreichen könne.
Q q4 reported e4 | Die 61-Jährige hatte...für das Gesetz geworben | geworben
Q q5 indirect e8 | die Bevölkerung habe sich gegen "eine teure und unsoziale Politik" gewehrt | Chiesa [sagte]
Q q6 reported e10 | Umweltverbände wie Greenpeace forderten...auszuarbeiten | forderten
T t1 DATE 2021-06-13 | am Sonntag
T t2 DURATION PXW | in den vergangenen Wochen
V v1 REJECT - happened src=e1 time=t1 | abgelehnt
V v2 OTHER - happened src=e7 | Referendum
V v3 REQUEST change happened src=e10 tgt=e6 | forderten
A 51.6 percent | 51,6 Prozent | Nein-Stimmen
A 120 CHF | 120 Franken | maximale Flugticketabgabe
A 61 year | 61-Jährige | Alter Sommaruga
A 60 percent | 60 Prozent | Stimmbeteiligung
"""
