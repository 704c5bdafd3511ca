"""Whom a description refers to ("der 57-Jährige", "der Norweger", "das Verteidigungsministerium
in Seoul"), by what the text says of ages, nationalities and places, not by the nearest name.

Names mostly come from a stand-in NER stage, so these test the entity rules, not the model."""
import pytest

import depesche


@pytest.fixture(scope="module")
def entities(given_record):
    """``run(text, names)``: the entities, ``names`` from a stand-in NER stage (conftest)."""
    return lambda text, names: given_record(text, names)["entities"]


def referent(ents, text, surface):
    """The name of the entity that has the mention ``surface`` (its last occurrence), or None."""
    start = text.rindex(surface)
    return next((e["name"] for e in ents for m in e["mentions"] if m["start"] == start), None)


def test_age_description_after_a_later_mention_in_the_text(entities):
    """Candidates are weighed in text order, not in the order the passes found them."""
    text = ("KÖLN (dpa) - Der Klub hat sich von Trainer Peter Lorenz getrennt. Präsident Klaus Brenner sagte, "
            "man habe lange beraten. „Es war nötig“, sagte der 61-Jährige. Lorenz habe die Nachricht ruhig "
            "aufgenommen. Der 57-Jährige war seit drei Jahren im Amt.")
    ents = entities(text, ["Peter Lorenz", "Klaus Brenner", "Lorenz"])
    assert referent(ents, text, "der 61-Jährige") == "Klaus Brenner"
    assert referent(ents, text, "Der 57-Jährige") == "Peter Lorenz"


def test_a_description_prefers_the_subject_of_the_sentence_before(entities):
    """Of the sentence before, its subject, not the last name in it (centring)."""
    text = ("PARIS (dpa) - Präsident Jan Roth empfing am Montag den früheren Regierungschef Paul Berg. "
            "„Wir haben über den Hafen gesprochen“, sagte der 45-Jährige.")
    ents = entities(text, ["Jan Roth", "Paul Berg"])
    assert referent(ents, text, "der 45-Jährige") == "Jan Roth"


def test_a_known_other_age_rules_a_person_out(entities):
    text = ("KÖLN (dpa) - Der Klub hat Trainer Peter Lorenz entlassen. Präsident Klaus Brenner (61) sprach von "
            "einem schweren Schritt. Der 57-Jährige war seit drei Jahren im Amt.")
    ents = entities(text, ["Peter Lorenz", "Klaus Brenner"])
    assert referent(ents, text, "Der 57-Jährige") == "Peter Lorenz"


@pytest.mark.parametrize("intro", [
    "Der 45-jährige Pilot Jan Kowalski landete die Maschine sicher.",
    "Pilot Jan Kowalski, 45, landete die Maschine sicher.",
    "Der 45-jährige Jan Kowalski landete die Maschine sicher.",
])
def test_an_age_stated_with_the_name_is_remembered(entities, intro):
    text = (f"DANZIG (dpa) - {intro} Später dankte Minister Paul Berg der Besatzung. "
            "Der 45-Jährige fliege seit zwanzig Jahren, hieß es.")
    ents = entities(text, ["Jan Kowalski", "Paul Berg"])
    assert referent(ents, text, "Der 45-Jährige") == "Jan Kowalski"


def test_an_indefinite_age_description_introduces_a_person(entities):
    text = ("LINZ (APA) - Ein 45-jähriger Mann ist nach einem Überfall festgenommen worden. Polizeisprecher "
            "Jan Kowalski sagte, die Beute sei sichergestellt. Der 45-Jährige schweige bisher. Eine 19-jährige "
            "Zeugin hatte die Polizei alarmiert.")
    ents = entities(text, ["Jan Kowalski"])
    man = next(e for e in ents if any(m["text"] == "Ein 45-jähriger Mann" for m in e["mentions"]))
    assert (man["type"], man["name"]) == ("PER", "45-jähriger Mann")
    assert [m["form"] for m in man["mentions"]] == ["nominal", "nominal"]
    assert referent(ents, text, "Der 45-Jährige") == "45-jähriger Mann"
    assert any(e["name"] == "19-jährige Zeugin" for e in ents)


@pytest.mark.parametrize("phrase", ["nach 30-jähriger Haft", "eine 10-jährige Anleihe", "ein 20-jähriges Jubiläum"])
def test_a_length_of_years_is_no_person(entities, phrase):
    text = f"WIEN (APA) - Die Behörden nannten {phrase} als Beispiel."
    assert [e for e in entities(text, []) if e["type"] == "PER"] == []


def test_a_surname_in_es_is_not_a_genitive(entities):
    text = "BERLIN (dpa) - Andrea Nahles sagte, es gehe voran. Nahles lobte die Einigung."
    ents = entities(text, ["Andrea Nahles", "Nahles"])
    assert [e["name"] for e in ents if e["type"] == "PER"] == ["Andrea Nahles"]


def test_someone_only_described_is_no_later_title(entities):
    text = ("HAMBURG (dpa) - Eine 19-jährige Frau wurde bei dem Unfall verletzt, teilte eine Sprecherin "
            "der Polizei mit. Der Fahrer sei geflohen, sagte die Sprecherin.")
    ents = entities(text, [])
    assert all("die Sprecherin" not in [m["text"] for m in e["mentions"]] for e in ents if e["name"] == "19-jährige Frau")


def test_a_nationality_description_is_someone_of_that_country(entities):
    """"der Norweger": not the last man named, if the text made him Swedish; the Dane it made Danish."""
    text = ("VILNIUS (dpa) - Der dänische Regierungschef Lars Holm sagte, man sei sich einig. Die Gespräche leitete "
            "Generalsekretär Ole Brandt. Zuvor hatte der schwedische Minister Erik Lund den Kompromiss gelobt. "
            "„Das ist ein guter Tag“, sagte der Norweger. Auch der Däne zeigte sich zufrieden.")
    ents = entities(text, ["Lars Holm", "Ole Brandt", "Erik Lund"])
    assert referent(ents, text, "der Norweger") == "Ole Brandt"
    assert referent(ents, text, "der Däne") == "Lars Holm"


@pytest.mark.parametrize("text, country", [
    ("MOSKAU (dpa) - Das russische Verteidigungsministerium teilte mit, die Übung sei beendet.", "Russland"),
    ("SEOUL (dpa) - Südkorea ist besorgt. Das Verteidigungsministerium in Seoul meldete neue Raketentests.",
     "Südkorea"),
    ("KIEW (dpa) - Die Ukraine meldet neue Angriffe. Das Innenministerium in Kiew sprach von zwei Toten.", "Ukraine"),
])
def test_a_ministry_belongs_to_the_country_the_text_gives_it(text, country):
    """Not to Germany's because the wire is German."""
    record = depesche.load()(text)
    ministry = next(e for e in record["entities"] if "ministerium" in e["name"])
    assert ministry.get("kb") is None or not ministry["kb"].startswith("inst:de-")
    owner = next(e for e in record["entities"] if e["id"] == ministry.get("of"))
    assert owner["name"] == country


@pytest.mark.parametrize("text, mention, name", [
    ("NAIROBI (dpa) - Das kenianische Außenministerium begrüßte die Einigung.",
     "Das kenianische Außenministerium", "Außenministerium (Kenia)"),
    ("WARSCHAU (dpa) - Ein Sprecher des polnischen Außenministeriums wies das zurück.",
     "des polnischen Außenministeriums", "Außenministerium (Polen)"),
])
def test_a_ministry_described_with_its_country_is_a_nominal_mention_named_for_it(text, mention, name):
    """The mention spans article, adjectives and head (the gold guidelines' nominal); the name says
    whose ministry it is, so that the archive does not make one actor of every country's."""
    record = depesche.load()(text)
    ministry = next(e for e in record["entities"] if "ministerium" in e["name"])
    assert [(m["text"], m["form"]) for m in ministry["mentions"]] == [(mention, "nominal")]
    assert ministry["name"] == name


def test_a_government_is_described_not_named():
    """"die Bundesregierung" is a nominal mention with its article (the gold guidelines' example);
    a body with a proper name ("der Bundestag") keeps a name mention without it."""
    record = depesche.load()("BERLIN (dpa) - Die Bundesregierung lehnte den Antrag ab. Der Bundestag stimmt im Mai ab.")
    forms = {m["text"]: m["form"] for e in record["entities"] for m in e["mentions"]}
    assert forms["Die Bundesregierung"] == "nominal" and forms["Bundestag"] == "name"


def test_a_city_adjective_inside_a_description(entities):
    """"das Kieler Unternehmen" is the company named before (the city adjective is a mention of Kiel)."""
    text = "KIEL (dpa) - Nordwerk hat deutlich mehr verdient. Das Kieler Unternehmen hob die Prognose an."
    ents = entities(text, [("Nordwerk", "ORG"), ("Kieler", "LOCderiv")])
    assert referent(ents, text, "Das Kieler Unternehmen") == "Nordwerk"


def test_an_organisation_description_prefers_a_body_of_its_kind(entities):
    """"das Ministerium" is the ministry named before, not a later organisation of another kind."""
    text = ("BERLIN (dpa) - Die Aufträge stiegen im März, wie das Wirtschaftsministerium mitteilte. Ökonomen der "
            "Nordbank hatten weniger erwartet. Das Ministerium verwies auf Großaufträge.")
    ents = entities(text, [("Nordbank", "ORG")])
    assert referent(ents, text, "Das Ministerium") == "Wirtschaftsministerium"


def test_a_name_said_family_name_first_is_one_person(entities):
    text = ("GENF (dpa) - UN-Generalsekretär Park Jae Sung warb für den Vertrag. Alle müssten jetzt handeln, "
            "sagte Park.")
    ents = entities(text, ["Park Jae Sung", "Park"])
    assert referent(ents, text, "Park") == "Park Jae Sung"
    assert [e["name"] for e in ents if e["type"] == "PER"] == ["Park Jae Sung"]


def test_a_title_in_apposition_is_the_role_of_the_name_after_it(entities):
    """"Die Präsidentin des Hilfswerks X, Marta Sommer," introduces Marta Sommer; it does not
    refer back to a person named before (here one whose gender the text does not say)."""
    text = ("GENF (dpa) - Der Vertrag sei ein Anfang, sagte Park. Die Präsidentin des Hilfswerks Offene Hand, "
            "Marta Sommer, warnte vor Lücken.")
    ents = entities(text, ["Park", ("Hilfswerks Offene Hand", "ORG"), "Marta Sommer"])
    by_name = {e["name"]: e for e in ents}
    assert [m["text"] for m in by_name["Park"]["mentions"]] == ["Park"]
    (role,) = by_name["Marta Sommer"]["roles"]
    assert role["title"] == "Präsidentin" and role["of"] == by_name["Hilfswerks Offene Hand"]["id"]
    assert role["text"] == "Die Präsidentin des Hilfswerks Offene Hand"


def test_a_party_title_refers_to_the_person_whose_office_was_said_with_that_party(entities):
    text = ("KIEL (dpa) - Auch der SPD-Fraktionssprecher im Landtag, Uwe Kern, lehnte den Plan ab. Peter Braun "
            "von den Grünen stimmte zu. Der SPD-Politiker kritisierte die Kosten.")
    ents = entities(text, ["Uwe Kern", "Peter Braun"])
    assert referent(ents, text, "Der SPD-Politiker") == "Uwe Kern"


@pytest.fixture(scope="module")
def speakers(given_record):
    def run(text, names):
        """The (speaker name, speaker text) of each quote."""
        record = given_record(text, names, quotes=True)
        name = {e["id"]: e["name"] for e in record["entities"]}
        return [(name.get(q["speaker"]), (q.get("speaker_text") or {}).get("text")) for q in record["quotes"]]

    return run


def test_a_speaker_described_by_a_genitive_then_named_is_the_name(speakers):
    text = ("BERLIN (dpa) - Das Gesetz sei ein Fortschritt, sagte Ministerin Eva Brandt. Die Kritik sei verfehlt, "
            "erklärte der Leiter des Instituts für Wirtschaftsforschung (IfW), Jens Kohl.")
    quotes = speakers(text, ["Eva Brandt", ("Instituts für Wirtschaftsforschung", "ORG"), ("IfW", "ORG"), "Jens Kohl"])
    assert quotes[1] == ("Jens Kohl", "der Leiter des Instituts für Wirtschaftsforschung (IfW), Jens Kohl")


def test_a_speaker_described_by_a_genitive_alone_is_someone_new(speakers):
    """"der Leiter des Instituts" is neither the institute nor the minister who spoke last."""
    text = ("BERLIN (dpa) - Das Gesetz sei ein Fortschritt, sagte Ministerin Eva Brandt. Die Kritik sei verfehlt, "
            "erklärte der Leiter des Instituts für Wirtschaftsforschung.")
    quotes = speakers(text, ["Eva Brandt", ("Instituts für Wirtschaftsforschung", "ORG")])
    assert quotes[1][0] not in ("Eva Brandt", "Instituts für Wirtschaftsforschung", None)


def test_the_head_of_a_body_is_the_person_who_holds_that_office(speakers):
    text = ("HAMBURG (dpa) - Handelskammerchef Jan Weber begrüßte den Beschluss. Er komme zu spät, sagte "
            "Peter Braun. Die Firmen bräuchten Klarheit, sagte der Präsident der Handelskammer.")
    quotes = speakers(text, ["Jan Weber", "Peter Braun", ("Handelskammer", "ORG")])
    assert quotes[-1][0] == "Jan Weber"


def test_a_description_never_refers_to_someone_named_only_later(speakers):
    text = ("SAARBRÜCKEN (dpa) - SPD-Landeschef Hans Kramer nannte den Plan falsch. Das Land werde klagen, sagte der "
            "saarländische Ministerpräsident. Auch der Ärzteverband warnt. Sein Präsident Jan Vogt forderte einen Stopp.")
    quotes = speakers(text, ["Hans Kramer", ("Ärzteverband", "ORG"), "Jan Vogt"])
    assert quotes[1] == ("Hans Kramer", "der saarländische Ministerpräsident")


@pytest.mark.parametrize("person", ["Gesundheitsstadträtin Sonja Berger", "Gesundheitsexpertin Sonja Berger",
                                    "die Abgeordnete Gudrun Berger"])
def test_a_woman_named_by_first_name_or_title_is_who_sie_refers_to(entities, person):
    text = f"WIEN (APA) - Das Nein der Kammer löst bei {person} Empörung aus. Sie nennt es einen Erpressungsversuch."
    name = " ".join(person.split()[-2:])
    ents = entities(text, [name])
    assert referent(ents, text, "Sie") == name


def test_a_name_the_model_typed_oth_can_be_the_subject_that_speaks(speakers):
    """"Pro Natur kritisierte": the words of a name are a name to the speaker rules, whatever its type."""
    text = "KIEL (dpa) - Der Landtag beschloss das Gesetz. Pro Natur kritisierte die Beschlüsse scharf."
    assert speakers(text, [("Landtag", "ORG"), ("Pro Natur", "OTH")]) == [("Pro Natur", "Pro Natur")]


def test_a_chamber_described_as_speaker_is_a_body(given_record):
    record = given_record("KIEL (dpa) - Auch die Bundesapothekerkammer warnt vor den Folgen für Kinder.", [], quotes=True)
    (quote,) = record["quotes"]
    assert next(e["type"] for e in record["entities"] if e["id"] == quote["speaker"]) == "ORG"


def test_a_partys_word_for_its_member_is_the_member_named_before(entities):
    text = ("WIEN (APA) - FPÖ-Chef Hans Berger kritisierte die Regierung. Die Koalition sei gescheitert, erklärte "
            "der Freiheitliche. Die Wähler der FPÖ seien enttäuscht.")
    ents = entities(text, ["Hans Berger"])
    assert referent(ents, text, "der Freiheitliche") == "Hans Berger"
    assert referent(ents, text, "FPÖ") == "FPÖ"  # the last, "der FPÖ" (a genitive), stays the party


def test_a_place_adjective_and_a_kind_of_body_is_a_description_not_a_name(entities):
    """"die Bonner Behörde" refers to the body named before, even where the recogniser took
    "Bonner Behörde" for a name."""
    text = ("KIEL (dpa) - Die Bundesnetzagentur verhängte eine Strafe. Die Summe sei angemessen, erklärte die "
            "Bonner Behörde am Mittwoch.")
    ents = entities(text, [("Bundesnetzagentur", "ORG"), ("Bonner Behörde", "ORG")])
    assert referent(ents, text, "die Bonner Behörde") == "Bundesnetzagentur"
    assert "Bonner Behörde" not in {e["name"] for e in ents}


def test_an_organ_of_a_body_or_person_is_an_actor_of_its_own(speakers):
    text = ("MAINZ (dpa) - Die Stiftung Lesen fördert zehn Schulen, erklärte der Vorstand der Stiftung Lesen. "
            "Regierungschef Jan Berg begrüßte das. Sein Kabinett bestätigte den Zuschuss.")
    quotes = speakers(text, [("Stiftung Lesen", "ORG"), ("Stiftung Lesen", "ORG"), "Jan Berg"])
    assert quotes[0] == ("Vorstand der Stiftung Lesen", "der Vorstand der Stiftung Lesen")
    assert quotes[-1] == ("Kabinett (Jan Berg)", "Sein Kabinett")


@pytest.mark.parametrize("surface", ["Die Hilfsorganisation", "Der Konzern"])
def test_a_private_body_description_is_no_party_named_before(entities, surface):
    """"die Hilfsorganisation", "der Konzern" name no party or state body: not the SPD named last."""
    text = f"BERLIN (dpa) - Die SPD lobte den Plan. {surface} kritisierte ihn scharf."
    assert referent(entities(text, [("SPD", "ORG")]), text, surface) != "SPD"


def test_a_generic_description_fits_any_office_of_its_kind(entities):
    """"der Manager" is the company head who spoke, not an investor without a title named before."""
    text = ("ESSEN (dpa) - Die Firma gehört dem Investor Paul Berg. Firmenchef Jan Roth will das Werk verkaufen. "
            "Es gebe schon Angebote, sagte der Manager.")
    ents = entities(text, ["Paul Berg", "Jan Roth"])
    assert referent(ents, text, "der Manager") == "Jan Roth"


def test_a_plural_description_refers_to_no_one_person(entities):
    text = ("BERLIN (dpa) - Ministerin Eva Roth traf Kanzler Jan Berg. Ein Treffen der beiden Politiker "
            "war lange geplant.")
    assert referent(entities(text, ["Eva Roth", "Jan Berg"]), text, "der beiden Politiker") is None


def test_a_name_said_family_name_first_is_found_by_its_first_part(nlp):
    """"Li Qiang" ... "Li lobte seinen Kollegen": "Li" is the person (never "Qiang" alone),
    so "seinen" is his, not the other man's named before."""
    text = ("PEKING (dpa) - Der Gast Jan Roth und Regierungschef Li Qiang haben telefoniert. Roth habe seine Sorge "
            "geäußert.\n\nLi lobte seinen deutschen Kollegen für die Offenheit.")
    ents = nlp(text)["entities"]
    assert referent(ents, text, "seinen") == "Li Qiang"
    assert referent(ents, text, "Li lobte")[:2] == "Li"


@pytest.mark.parametrize("text, genitive, person, place", [
    ("KIEL (dpa) - Hessens Umweltministerin Eva Roth lehnte den Plan ab.", "Hessens", "Eva Roth", "Hessen"),
    ("BERLIN (dpa) - Polens neuer Präsident Jan Nowak reiste nach Prag.", "Polens", "Jan Nowak", "Polen"),
])
def test_a_places_genitive_before_a_title_is_whose_office_it_is(entities, text, genitive, person, place):
    """"Hessens Umweltministerin": the office is Hesse's, not the dateline country's (nor none)."""
    ents = entities(text, [(genitive, "LOC"), person])
    by_id = {e["id"]: e for e in ents}
    (role,) = next(e for e in ents if e["name"] == person)["roles"]
    assert by_id[role["of"]]["name"] == place


@pytest.mark.parametrize("title, country", [("Ex-Präsident", "Frankreich"), ("Präsident", "Frankreich"),
                                            ("Skiverband-Präsident", None), ("WTO-Präsident", None)])
def test_an_office_qualified_by_a_prefix_is_not_the_datelines_countrys(entities, title, country):
    """An unqualified "Präsident" in a Paris dispatch is France's (the wire's convention); one
    whose prefix names a body ("Skiverband-Präsident") is that body's even where no entity says so."""
    text = f"PARIS (dpa) - {title} Jan Berg reiste ab."
    ents = entities(text, ["Jan Berg"])
    (role,) = next(e for e in ents if e["name"] == "Jan Berg")["roles"]
    assert role.get("of_name") == country


def test_a_named_apposition_may_open_with_a_form_of_address(entities):
    """"Der Gouverneur der Provinz, Prinz Omar Said,": the rank before the name does not make the
    description refer back to the last person named."""
    text = ("RIAD (dpa) - Minister Karim Haddad sagte, der Kran sei umgestürzt. Der Gouverneur der Provinz, "
            "Prinz Omar Said, ordnete eine Untersuchung an.")
    ents = entities(text, ["Karim Haddad", "Omar Said"])
    by_name = {e["name"]: e for e in ents}
    assert [m["text"] for m in by_name["Karim Haddad"]["mentions"]] == ["Karim Haddad"]
    assert [r["title"] for r in by_name["Omar Said"]["roles"]] == ["Gouverneur"]
