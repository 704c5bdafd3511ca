ID = "gold-dev-21"
DATE = "2023-02-25"
META = {"dateline": ("NEU-DELHI", "Neu-Delhi"), "agency": "dpa", "body": "Bundeskanzler Olaf Scholz hat"}
TEXT = """ date 2023-02-25 NEU-DELHI (dpa) - Bundeskanzler Olaf Scholz hat bei seinem ersten offiziellen Besuch in Indien für eine engere Zusammenarbeit in der Klima- und Sicherheitspolitik geworben. Nach einem Treffen mit Premierminister Narendra Modi am Samstag in Neu-Delhi sagte der SPD-Politiker, beide Länder wollten den Austausch von Fachkräften deutlich erleichtern. Deutschland brauche dringend qualifizierte Arbeitskräfte, Indien verfüge über viele gut ausgebildete junge Menschen.

Modi lobte die Partnerschaft als „Anker der Stabilität in einer unsicheren Welt“. Zugleich vermied der 72-Jährige eine klare Verurteilung des russischen Angriffskriegs gegen die Ukraine. Indien hatte sich bei mehreren Abstimmungen in der UN-Vollversammlung enthalten und kauft weiterhin große Mengen russisches Öl. Scholz sagte, er respektiere die Haltung Neu-Delhis, habe aber deutlich gemacht, dass der Krieg auch die Länder des globalen Südens treffe. „Niemand darf Grenzen mit Gewalt verschieben“, sagte der Kanzler.

Beide Regierungen unterzeichneten eine Absichtserklärung über eine Zusammenarbeit bei grünem Wasserstoff. Am Sonntag will Scholz in der IT-Metropole Bengaluru Vertreter deutscher und indischer Unternehmen treffen. Dort soll es auch um eine mögliche Lieferung deutscher U-Boote an die indische Marine gehen."""
ANN = """
E e1 PER person Olaf Scholz | Olaf Scholz ; p:bei [seinem] ersten ; n:der SPD-Politiker ; [Scholz] sagte ; p:[er] respektiere ; n:der Kanzler ; will [Scholz]
R e1 e2 Bundeskanzler | Bundeskanzler
E e2 LOC country Deutschland | Deutschland ; d:Vertreter [deutscher] und ; d:Lieferung [deutscher] U-Boote
E e3 LOC country Indien | Indien* ; Neu-Delhis ; d:und [indischer] Unternehmen ; d:die [indische] Marine
E e4 PER person Narendra Modi | Narendra Modi ; [Modi] lobte ; n:der 72-Jährige
R e4 e3 Premierminister | Premierminister
E e5 LOC city Neu-Delhi | NEU-DELHI ; am Samstag in [Neu-Delhi]
E e6 LOC country Russland | d:des [russischen] Angriffskriegs ; d:[russisches] Öl
E e7 LOC country Ukraine | Ukraine
E e8 OTH event russischer Angriffskrieg gegen die Ukraine | n:des russischen Angriffskriegs ; n:der Krieg
E e9 ORG organisation UN-Vollversammlung | UN-Vollversammlung
E e10 LOC city Bengaluru | Bengaluru
E e11 PER group Vertreter deutscher und indischer Unternehmen | n:Vertreter deutscher und indischer Unternehmen
E e12 ORG organisation indische Marine | n:die indische Marine
E e13 LOC region globaler Süden | globalen Südens
Q q1 reported e1 | Bundeskanzler Olaf Scholz hat...geworben | geworben
Q q2 indirect e1 | beide Länder wollten den Austausch von Fachkräften deutlich erleichtern | Neu-Delhi [sagte]
Q q3 indirect e1 | Deutschland brauche dringend qualifizierte Arbeitskräfte, Indien verfüge über viele gut ausgebildete junge Menschen. | -
Q q4 reported e4 | Modi lobte die Partnerschaft als „Anker der Stabilität in einer unsicheren Welt“ | lobte
Q q5 indirect e1 | er respektiere die Haltung Neu-Delhis, habe aber deutlich gemacht, dass der Krieg auch die Länder des globalen Südens treffe | Scholz [sagte]
Q q6 direct e1 | Niemand darf Grenzen mit Gewalt verschieben | [sagte] der Kanzler
T t1 DATE 2023-02-25 | am Samstag
T t2 DATE 2023-02-26 | Am Sonntag
V v1 CONSULT visit happened src=e1 tgt=e3 | Besuch
V v2 REQUEST - happened src=e1 tgt=e3 | geworben
V v3 CONSULT meeting happened src=e1,e4 tgt=e4,e1 loc=e5 time=t1 | Treffen
V v4 COOPERATE - planned src=e2,e3 tgt=e3,e2 | erleichtern
V v5 SUPPORT - happened src=e4 tgt=e2 | lobte
V v6 ACCUSE disapprove negated src=e4 tgt=e6 | Verurteilung
V v7 ASSAULT - ongoing src=e6 tgt=e7 | Angriffskriegs
V v8 AGREE - happened src=e2,e3 tgt=e3,e2 | unterzeichneten
V v9 CONSULT meeting planned src=e1 tgt=e11 loc=e10 time=t2 | treffen
V v10 AID - hypothetical src=e2 tgt=e12 | Lieferung
A 72 year | 72-Jährige | Alter von Narendra Modi
"""
