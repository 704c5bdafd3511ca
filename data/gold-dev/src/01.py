ID = "gold-dev-01"
DATE = "2022-10-04"
META = {"dateline": ("BERLIN", "Berlin"), "agency": "dpa", "body": "Die Bundesregierung hat"}
TEXT = """ date 2022-10-04 BERLIN (dpa) - Die Bundesregierung hat die polnische Forderung nach Reparationen für Schäden aus dem Zweiten Weltkrieg erneut zurückgewiesen. Die Frage sei aus Sicht Berlins „abgeschlossen“, sagte Regierungssprecher Steffen Hebestreit am Montag in Berlin. Zuvor hatte Warschau eine diplomatische Note an das Auswärtige Amt übermittelt, in der Polen 1,3 Billionen Euro verlangt.

Der polnische Außenminister Zbigniew Rau hatte die Note am Montag unterzeichnet. Sein Land werde „alle politischen und rechtlichen Mittel“ nutzen, sagte der 67-Jährige in Warschau. Die Bundesregierung sei nun am Zug. „Wir erwarten eine ernsthafte Antwort und keinen Verweis auf alte Verträge“, sagte Rau. „Die Geduld meines Landes ist nicht unbegrenzt.“

Außenministerin Annalena Baerbock (Grüne) wird an diesem Dienstag zu Gesprächen in Warschau erwartet. Die Grünen-Politikerin will dort mit ihrem polnischen Amtskollegen über die Sicherheitslage in Osteuropa sprechen. Sie hatte vor wenigen Wochen betont, Deutschland stehe zu seiner historischen Verantwortung. Nach Angaben des Auswärtigen Amts soll das Thema Reparationen bei dem Treffen ebenfalls zur Sprache kommen."""
ANN = """
E e1 ORG organisation Bundesregierung | n:Die Bundesregierung*
E e2 LOC country Polen | d:die [polnische] Forderung ; hatte [Warschau] eine ; Polen ; d:Der [polnische] Außenminister ; n:Sein Land ; p:[Wir] erwarten ; n:meines Landes ; d:ihrem [polnischen] Amtskollegen
E e3 PER person Steffen Hebestreit | Steffen Hebestreit
R e3 e1 Regierungssprecher | Regierungssprecher
E e4 LOC country Deutschland | Berlins ; Deutschland ; p:zu [seiner] historischen
E e5 LOC city Berlin | BERLIN ; am Montag in [Berlin]
E e6 ORG organisation Auswärtiges Amt | Auswärtige Amt ; Auswärtigen Amts
E e7 PER person Zbigniew Rau | Zbigniew Rau ; n:der 67-Jährige ; sagte [Rau] ; p:Geduld [meines] Landes ; n:ihrem polnischen Amtskollegen ; p:[Sein] Land
R e7 e2 Außenminister | polnische [Außenminister]
E e8 LOC city Warschau | 67-Jährige in [Warschau] ; Gesprächen in [Warschau]
E e9 PER person Annalena Baerbock | Annalena Baerbock ; n:Die Grünen-Politikerin ; p:mit [ihrem] polnischen ; p:[Sie] hatte
R e9 e4 Außenministerin | Außenministerin
R e9 e10 Mitglied | ([Grüne])
E e10 ORG party Grüne | ([Grüne])
E e11 OTH event Zweiter Weltkrieg | Zweiten Weltkrieg
E e12 LOC region Osteuropa | Osteuropa
E e13 OTH document diplomatische Note Polens | n:eine diplomatische Note ; n:die Note
Q q1 reported e1 | Die Bundesregierung hat...zurückgewiesen | zurückgewiesen
Q q2 indirect e3 | Die Frage sei aus Sicht Berlins „abgeschlossen“ | „abgeschlossen“, [sagte]
Q q3 reported e2 | in der Polen 1,3 Billionen Euro verlangt | verlangt
Q q4 indirect e7 | Sein Land werde „alle politischen und rechtlichen Mittel“ nutzen | nutzen, [sagte]
Q q5 indirect e7 | Die Bundesregierung sei nun am Zug. | -
Q q6 direct e7 | Wir erwarten eine ernsthafte Antwort und keinen Verweis auf alte Verträge | [sagte] Rau
Q q7 direct e7 | Die Geduld meines Landes ist nicht unbegrenzt. | -
Q q8 indirect e9 | Deutschland stehe zu seiner historischen Verantwortung | betont
Q q9 indirect e6 | soll das Thema Reparationen bei dem Treffen ebenfalls zur Sprache kommen | Angaben
T t1 DATE 2022-10-03 | Hebestreit [am Montag]
T t2 DATE 2022-10-03 | Note [am Montag]
T t3 DATE 2022-10-04 | an diesem Dienstag
T t4 DATE PAST_REF | vor wenigen Wochen
V v1 REJECT - happened src=e1 tgt=e2 | zurückgewiesen
V v2 REQUEST assist happened src=e2 tgt=e4 time=t2 | verlangt
V v3 CONSULT visit planned src=e9 tgt=e2,e7 loc=e8 time=t3 | Gesprächen
A 1.3e12 EUR | 1,3 Billionen Euro | Reparationsforderung Polens
A 67 year | 67-Jährige | Alter von Zbigniew Rau
"""
