ID = "gold-dev-11"
DATE = "2024-02"
META = {"dateline": ("KAIRO", "Kairo"), "agency": "Reuters", "body": "Ägypten und Katar haben"}
TEXT = """ date 2024-02 KAIRO (Reuters) - Ägypten und Katar haben ihre Vermittlungsbemühungen für eine Waffenruhe im Gaza-Krieg verstärkt. Der Chef des ägyptischen Geheimdienstes, Abbas Kamel, empfing am Dienstag eine Delegation der Hamas in Kairo, wie zwei mit den Gesprächen vertraute Personen der Nachrichtenagentur Reuters sagten. Die Islamisten forderten demnach einen dauerhaften Waffenstillstand und den vollständigen Abzug der israelischen Truppen.

Israels Ministerpräsident Benjamin Netanjahu wies diese Forderungen als „wahnhaft“ zurück. Die Armee werde ihren Einsatz fortsetzen, bis alle Geiseln frei seien, sagte der 74-Jährige in Jerusalem. Sein Büro bestätigte aber, dass eine israelische Delegation in der kommenden Woche zu weiteren Gesprächen nach Kairo reisen soll.

Der katarische Regierungschef Mohammed bin Abdulrahman Al Thani zeigte sich dennoch vorsichtig optimistisch. „Wir sehen Fortschritte, aber der Weg ist noch weit“, sagte er bei einem Besuch in Washington. US-Außenminister Antony Blinken kündigte an, in den nächsten Tagen erneut in die Region zu reisen."""
ANN = """
E e1 LOC country Ägypten | Ägypten ; d:des [ägyptischen] Geheimdienstes
E e2 LOC country Katar | Katar ; d:Der [katarische] Regierungschef
E e3 OTH event Gaza-Krieg | Gaza-Krieg
E e4 PER person Abbas Kamel | Abbas Kamel ; n:Der Chef
R e4 e5 Chef | Der [Chef]
E e5 ORG organisation ägyptischer Geheimdienst | n:des ägyptischen Geheimdienstes
E e6 ORG organisation Hamas | Hamas ; n:Die Islamisten
E e7 LOC city Kairo | KAIRO ; Hamas in [Kairo] ; nach [Kairo]
E e8 PER group zwei mit den Gesprächen vertraute Personen | n:zwei mit den Gesprächen vertraute Personen
E e9 ORG organisation Reuters | Nachrichtenagentur [Reuters]
E e10 LOC country Israel | d:der [israelischen] Truppen ; Israels ; d:eine [israelische] Delegation
E e11 ORG organisation israelische Armee | n:der israelischen Truppen ; n:Die Armee ; p:[ihren] Einsatz
E e12 PER person Benjamin Netanjahu | Benjamin Netanjahu ; n:der 74-Jährige ; p:[Sein] Büro
R e12 e10 Ministerpräsident | Ministerpräsident
E e13 ORG organisation Büro Netanjahus | n:Sein Büro
E e14 LOC city Jerusalem | Jerusalem
E e15 ORG group israelische Delegation | n:eine israelische Delegation
E e16 ORG group Hamas-Delegation | n:eine Delegation
E e17 PER person Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman Al Thani ; p:sagte [er]
R e17 e2 Regierungschef | katarische [Regierungschef]
E e18 LOC city Washington | Washington
E e19 PER person Antony Blinken | Antony Blinken
R e19 - Außenminister | US-Außenminister
E e20 LOC region Nahost | n:die Region
Q q1 indirect e8 | Der Chef des ägyptischen Geheimdienstes, Abbas Kamel, empfing am Dienstag eine Delegation der Hamas in Kairo | sagten
Q q2 indirect e8 | Die Islamisten forderten demnach einen dauerhaften Waffenstillstand und den vollständigen Abzug der israelischen Truppen | demnach
Q q3 reported e12 | Israels Ministerpräsident Benjamin Netanjahu wies diese Forderungen als „wahnhaft“ zurück | wies
Q q4 indirect e12 | Die Armee werde ihren Einsatz fortsetzen, bis alle Geiseln frei seien | seien, [sagte]
Q q5 indirect e13 | eine israelische Delegation in der kommenden Woche zu weiteren Gesprächen nach Kairo reisen soll | bestätigte
Q q6 direct e17 | Wir sehen Fortschritte, aber der Weg ist noch weit | [sagte] er
Q q7 reported e19 | US-Außenminister Antony Blinken kündigte an, in den nächsten Tagen erneut in die Region zu reisen | kündigte
T t1 DATE 2024-02 | am Dienstag
T t2 DATE 2024-WXX | in der kommenden Woche
T t3 DATE FUTURE_REF | in den nächsten Tagen
V v1 CONSULT third-party ongoing src=e1,e2 tgt=e10,e6 | Vermittlungsbemühungen
V v2 CONSULT meeting happened src=e4,e1 tgt=e16,e6 loc=e7 time=t1 | empfing
V v3 REQUEST yield happened src=e6 tgt=e10 | forderten
V v4 REJECT yield happened src=e12 tgt=e6 | wies
V v5 ASSAULT - planned src=e11 tgt=e6 | Einsatz
V v6 CONSULT - planned src=e15 tgt=e1 loc=e7 time=t2 | Kairo [reisen]
V v7 CONSULT visit happened src=e17 loc=e18 | Besuch
V v8 CONSULT visit planned src=e19 tgt=e20 time=t3 | Region zu [reisen]
A 2 person | zwei mit den Gesprächen vertraute Personen | Quellen
A 74 year | 74-Jährige | Alter von Benjamin Netanjahu
"""
