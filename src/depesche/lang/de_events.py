"""German event triggers for the PLOVER ontology (verbs by lemma, event nouns).

Each trigger maps to ``(PLOVER type, mode or None)``.  Particle verbs are
listed by their infinitive (``ankündigen``); the stage joins a finite stem
with its separated particle (``kündigte ... an``).  Written for depesche from
the PLOVER manual's type definitions; no CAMEO/PETRARCH patterns copied.
"""

VERBS = {
    # CONSULT
    "treffen": ("CONSULT", "meeting"), "zusammentreffen": ("CONSULT", "meeting"), "empfangen": ("CONSULT", "meeting"),
    "besuchen": ("CONSULT", "visit"), "bereisen": ("CONSULT", "visit"), "reisen": ("CONSULT", "visit"),
    "telefonieren": ("CONSULT", "phone"), "beraten": ("CONSULT", "meeting"), "verhandeln": ("CONSULT", "meeting"),
    "konsultieren": ("CONSULT", "meeting"), "zusammenkommen": ("CONSULT", "meeting"),
    "vermitteln": ("CONSULT", "third-party"),
    # AGREE
    "vereinbaren": ("AGREE", None), "einigen": ("AGREE", None), "unterzeichnen": ("AGREE", None),
    "zustimmen": ("AGREE", None), "verständigen": ("AGREE", None), "einladen": ("AGREE", None),
    # SUPPORT
    "unterstützen": ("SUPPORT", None), "loben": ("SUPPORT", None), "begrüßen": ("SUPPORT", None),
    "anerkennen": ("SUPPORT", None), "gratulieren": ("SUPPORT", None), "beglückwünschen": ("SUPPORT", None),
    "verteidigen": ("SUPPORT", None), "würdigen": ("SUPPORT", None), "stellen": ("SUPPORT", None),
    # COOPERATE
    "zusammenarbeiten": ("COOPERATE", None), "kooperieren": ("COOPERATE", None), "verstärken": ("COOPERATE", None),
    "vertiefen": ("COOPERATE", None), "ausbauen": ("COOPERATE", None),
    # AID
    "liefern": ("AID", None), "schicken": ("AID", None), "entsenden": ("AID", None), "helfen": ("AID", None),
    "spenden": ("AID", None), "bereitstellen": ("AID", None),
    # RETREAT
    "abziehen": ("RETREAT", None), "zurückziehen": ("RETREAT", None), "räumen": ("RETREAT", None),
    "zurücktreten": ("RETREAT", "resign"),
    # CONCEDE
    "freilassen": ("CONCEDE", None), "nachgeben": ("CONCEDE", None), "einlenken": ("CONCEDE", None),
    "aufheben": ("CONCEDE", None), "lockern": ("CONCEDE", None), "einräumen": ("CONCEDE", None),
    # REQUEST
    "bitten": ("REQUEST", None), "fordern": ("REQUEST", None), "auffordern": ("REQUEST", None),
    "appellieren": ("REQUEST", None), "verlangen": ("REQUEST", None), "ersuchen": ("REQUEST", None),
    "drängen": ("REQUEST", None), "anrufen": ("REQUEST", None), "aufrufen": ("REQUEST", None),
    # ACCUSE
    "vorwerfen": ("ACCUSE", None), "beschuldigen": ("ACCUSE", None), "kritisieren": ("ACCUSE", None),
    "verurteilen": ("ACCUSE", None), "anklagen": ("ACCUSE", None), "beschimpfen": ("ACCUSE", None),
    "anprangern": ("ACCUSE", None), "bezichtigen": ("ACCUSE", None), "verklagen": ("ACCUSE", None),
    # REJECT
    "ablehnen": ("REJECT", None), "zurückweisen": ("REJECT", None), "dementieren": ("REJECT", None),
    "verweigern": ("REJECT", None), "blockieren": ("REJECT", None), "abweisen": ("REJECT", None),
    "ignorieren": ("REJECT", None),
    # THREATEN
    "drohen": ("THREATEN", None), "androhen": ("THREATEN", None), "warnen": ("THREATEN", None),
    "ultimatum": ("THREATEN", None),
    # PROTEST
    "protestieren": ("PROTEST", "demonstrate"), "demonstrieren": ("PROTEST", "demonstrate"),
    "streiken": ("PROTEST", "strike"), "boykottieren": ("PROTEST", "boycott"),
    # SANCTION
    "sanktionieren": ("SANCTION", None), "verhängen": ("SANCTION", None), "ausweisen": ("SANCTION", "expel"),
    "einfrieren": ("SANCTION", None), "abbrechen": ("SANCTION", None), "aussetzen": ("SANCTION", None),
    # MOBILIZE
    "mobilisieren": ("MOBILIZE", None), "zusammenziehen": ("MOBILIZE", None), "stationieren": ("MOBILIZE", None),
    # COERCE
    "festnehmen": ("COERCE", "arrest"), "verhaften": ("COERCE", "arrest"), "inhaftieren": ("COERCE", "arrest"),
    "abschieben": ("COERCE", None), "verbieten": ("COERCE", None), "beschlagnahmen": ("COERCE", None),
    "unterdrücken": ("COERCE", None), "auflösen": ("COERCE", None), "drosseln": ("COERCE", "withhold"),
    # ASSAULT
    "angreifen": ("ASSAULT", None), "bombardieren": ("ASSAULT", "aerial"), "beschießen": ("ASSAULT", "firearms"),
    "töten": ("ASSAULT", None), "ermorden": ("ASSAULT", None), "attackieren": ("ASSAULT", None),
    "überfallen": ("ASSAULT", None), "verletzen": ("ASSAULT", None),
}

NOUNS = {
    "treffen": ("CONSULT", "meeting"), "gipfel": ("CONSULT", "meeting"), "gipfeltreffen": ("CONSULT", "meeting"),
    "gespräch": ("CONSULT", "meeting"), "gespräche": ("CONSULT", "meeting"), "besuch": ("CONSULT", "visit"),
    "staatsbesuch": ("CONSULT", "visit"), "telefonat": ("CONSULT", "phone"), "verhandlungen": ("CONSULT", "meeting"),
    "vermittlung": ("CONSULT", "third-party"), "vermittlungsbemühungen": ("CONSULT", "third-party"),
    "abkommen": ("AGREE", None), "vereinbarung": ("AGREE", None), "einladung": ("AGREE", None), "einigung": ("AGREE", None), "vertrag": ("AGREE", None),
    "unterstützung": ("SUPPORT", None), "kooperation": ("COOPERATE", None), "zusammenarbeit": ("COOPERATE", None),
    "kontakte": ("COOPERATE", None), "hilfe": ("AID", None), "hilfslieferungen": ("AID", None), "waffenlieferungen": ("AID", None),
    "rückzug": ("RETREAT", None), "abzug": ("RETREAT", None), "freilassung": ("CONCEDE", None),
    "bitte": ("REQUEST", None), "bitten": ("REQUEST", None), "forderung": ("REQUEST", None), "appell": ("REQUEST", None),
    "vorwurf": ("ACCUSE", None), "vorwürfe": ("ACCUSE", None), "kritik": ("ACCUSE", None), "anklage": ("ACCUSE", None),
    "ablehnung": ("REJECT", None), "drohung": ("THREATEN", None), "ultimatum": ("THREATEN", None),
    "protest": ("PROTEST", "demonstrate"), "proteste": ("PROTEST", "demonstrate"), "protesten": ("PROTEST", "demonstrate"),
    "massenproteste": ("PROTEST", "demonstrate"), "massenprotesten": ("PROTEST", "demonstrate"),
    "demonstration": ("PROTEST", "demonstrate"), "demonstrationen": ("PROTEST", "demonstrate"),
    "kundgebung": ("PROTEST", "demonstrate"), "streik": ("PROTEST", "strike"), "boykott": ("PROTEST", "boycott"),
    "sanktionen": ("SANCTION", None), "sanktionspaket": ("SANCTION", None), "embargo": ("SANCTION", None),
    "strafzölle": ("SANCTION", None),
    "mobilisierung": ("MOBILIZE", None), "truppenaufmarsch": ("MOBILIZE", None),
    "festnahme": ("COERCE", "arrest"), "festnahmen": ("COERCE", "arrest"), "verhaftung": ("COERCE", "arrest"),
    "angriff": ("ASSAULT", None), "angriffe": ("ASSAULT", None), "anschlag": ("ASSAULT", None),
    "luftangriff": ("ASSAULT", "aerial"), "luftangriffe": ("ASSAULT", "aerial"),
}

# Verb triggers that only count with a fitting object noun nearby.
NEEDS_OBJECT = {
    "verhängen": {"sanktionen", "strafen", "embargo", "strafzölle", "ausgangssperre"},
    "verstärken": {"kontakte", "zusammenarbeit", "beziehungen", "kooperation", "truppen"},
    "vertiefen": {"kontakte", "zusammenarbeit", "beziehungen", "kooperation"},
    "ausbauen": {"kontakte", "zusammenarbeit", "beziehungen", "kooperation", "handel"},
    "schicken": {"sicherheitskräfte", "truppen", "soldaten", "hilfe", "polizisten", "waffen", "hilfsgüter"},
    "liefern": {"waffen", "hilfe", "hilfsgüter", "panzer", "munition", "gas", "öl"},
    "abbrechen": {"beziehungen", "gespräche", "verhandlungen", "kontakte"},
    "aussetzen": {"zusammenarbeit", "gespräche", "verhandlungen", "abkommen", "hilfe"},
    "auflösen": {"demonstration", "kundgebung", "protest", "proteste", "parlament"},
    "anrufen": {"gericht", "sicherheitsrat", "verfassungsgericht"},
    "reisen": {"nach"},
    "demonstrieren": {"gegen", "für", "vor"},  # "wie er demonstriert" shows, no protest
    "räumen": {"stellungen", "gebiet", "gebiete", "stadt"},
    "verletzen": {"menschen", "personen", "soldaten", "zivilisten", "polizisten"},
    "stellen": {"hinter"},  # "stellte sich hinter X"
    "einräumen": {"fehler", "versäumnisse", "fehlverhalten", "schuld", "niederlage", "mitschuld"},
    "drosseln": {"lieferungen", "gaslieferungen", "lieferung", "exporte", "gasfluss", "gas", "öl"},
}

# Election outcomes are not PLOVER interactions but analysts count them.
VERBS_OTHER = {"bestätigen": ("OTHER", "election"), "wiederwählen": ("OTHER", "election"), "wählen": ("OTHER", "election")}
NEEDS_OBJECT.update({"bestätigen": {"amtszeit", "amt", "wahlsieger"}, "wählen": {"präsidenten", "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin"}})

# Labelling verbs: "X bezeichnete Y als Verbündeten" (SUPPORT), "... als Bedrohung" (ACCUSE),
# "X hält Y für den Wahlsieger" (SUPPORT).  Keys are lemmas, values the marker preposition.
LABEL_VERBS = {"bezeichnen": "als", "nennen": "als", "betrachten": "als", "sehen": "als", "halten": "für", "erklären": "zum"}
POSITIVE_LABELS = {"verbündeten", "verbündeter", "verbündete", "partner", "partnerin", "freund", "freunde", "wahlsieger",
                   "sieger", "siegerin", "präsidenten", "legitimen", "rechtmäßigen", "garanten", "stabilitätsanker", "vorbild"}
NEGATIVE_LABELS = {"feind", "feinde", "bedrohung", "gefahr", "terroristen", "aggressor", "kriegsverbrecher", "diktator",
                   "lügner", "verräter", "provokation", "unrechtsstaat", "schurkenstaat"}

# Symmetric interactions: both sides are sources (``X und Y trafen sich``).
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}

# Verb forms: finite/participle endings stripped to reach the stem of a lemma.
VERB_ENDINGS = ("eten", "ete", "test", "ten", "te", "est", "et", "en", "st", "t", "e", "n")

SEPARABLE_PARTICLES = ("zurück", "zusammen", "bereit", "fest", "frei", "nach", "auf", "aus", "ein", "vor", "zu",
                       "ab", "an", "los", "mit", "weg", "dar", "hin", "her", "durch", "um")

# Status cues.
PROMISE_VERBS = {"zusichern", "versprechen", "zusagen", "garantieren"}
HYPOTHETICAL = {"falls", "wenn", "sofern", "falle", "fall", "notfalls", "gegebenenfalls", "würde", "würden", "könnte", "könnten"}
NEGATIONS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "weder"}
ONGOING = {"seit", "weiterhin", "anhaltend", "anhaltenden", "anhaltende", "andauernden", "noch"}

# Prepositions that introduce the target of an event; "von" marks the agent in passives.
# ("gegenüber" is left out: "sagte gegenüber der Zeitung" names a channel, not a target.)
# Platforms something is done on, never its target ("unterstützte die Aktivisten auf Facebook").
PLATFORMS = frozenset({"Facebook", "Twitter", "Instagram", "YouTube", "Youtube", "TikTok", "Telegram", "WhatsApp",
                       "X", "Snapchat", "LinkedIn", "Reddit", "Bluesky", "Threads"})
TARGET_PREPOSITIONS = {"mit", "gegen", "an", "nach", "zu", "zum", "zur", "für", "auf", "zwischen", "hinter"}
AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}

# Strong and irregular verb forms -> infinitive without a separable particle
# (the stage joins a particle found at the clause end: "warf ... vor" ->
# vorwerfen); participles that carry their particle map to the full verb.
# With the tagger loaded, its lemmas are tried as well.
IRREGULAR = {
    "hält": "halten", "hielt": "halten", "hielten": "halten", "gehalten": "halten",
    "sieht": "sehen", "sah": "sehen", "sahen": "sehen", "gesehen": "sehen",
    "nannte": "nennen", "nannten": "nennen", "genannt": "nennen",
    "trifft": "treffen", "traf": "treffen", "trafen": "treffen", "getroffen": "treffen",
    "bat": "bitten", "baten": "bitten", "gebeten": "bitten",
    "warf": "werfen", "warfen": "werfen", "wirft": "werfen", "vorgeworfen": "vorwerfen",
    "wies": "weisen", "wiesen": "weisen", "weist": "weisen", "zurückgewiesen": "zurückweisen",
    "griff": "greifen", "griffen": "greifen", "greift": "greifen", "angegriffen": "angreifen",
    "zog": "ziehen", "zogen": "ziehen", "zieht": "ziehen", "abgezogen": "abziehen",
    "empfing": "empfangen", "empfingen": "empfangen", "empfängt": "empfangen",
    "sandte": "entsenden", "entsandte": "entsenden", "entsandt": "entsenden",
    "sprach": "sprechen", "verbot": "verbieten", "verboten": "verbieten",
    "half": "helfen", "hilft": "helfen", "geholfen": "helfen",
    "nahm": "nehmen", "nahmen": "nehmen", "nimmt": "nehmen", "festgenommen": "festnehmen",
    "rief": "rufen", "riefen": "rufen", "aufgerufen": "aufrufen",
    "lud": "laden", "luden": "laden", "lädt": "laden", "eingeladen": "einladen",
    "trat": "treten", "traten": "treten", "tritt": "treten", "zurückgetreten": "zurücktreten",
    "brach": "brechen", "brachen": "brechen", "abgebrochen": "abbrechen",
    "hob": "heben", "hoben": "heben", "aufgehoben": "aufheben",
    "gab": "geben", "gaben": "geben", "nachgegeben": "nachgeben",
    "drohte": "drohen", "verhängte": "verhängen", "verhängten": "verhängen",
    "wählte": "wählen", "gewählt": "wählen", "wiedergewählt": "wiederwählen",
    "sagte": "sagen", "sagten": "sagen", "zugesagt": "zusagen", "versprach": "versprechen", "versprochen": "versprechen",
}

# Heads of compound event nouns: "Warnstreik", "Messerangriff", "Dreiertreffen"
# take the type of their head.  ("gipfel" and "lieferungen" are left out:
# "Zinsgipfel", "Gaslieferungen" are no events.)
COMPOUND_HEADS = ("treffen", "gespräch", "gespräche", "besuch", "telefonat", "verhandlungen", "abkommen",
                  "vereinbarung", "hilfe", "abzug", "forderung", "vorwurf", "vorwürfe", "drohung", "protest",
                  "proteste", "protesten", "demonstration", "demonstrationen", "kundgebung", "streik", "sanktionen",
                  "embargo", "angriff", "angriffe", "anschlag", "festnahme", "festnahmen")

# Things an actor owns and others act on: whose demand, plan or policy is
# rejected or criticised is the target ("lehnte die Forderung der FPÖ ab",
# "die polnische Forderung").  Event nouns count as well.
OWNED_NOUNS = {"forderung", "forderungen", "gesuch", "vorschlag", "vorschläge", "antrag", "angebot", "plan", "pläne",
               "politik", "haltung", "position", "entscheidung", "vorgehen", "äußerungen", "aussagen", "kurs",
               "vorstoß", "initiative", "bemühungen", "anspruch", "ansprüche", "invasion", "offensive", "aggression",
               "annexion", "einmischung", "aufrüstung", "atomprogramm", "urteil", "reformpläne", "verhalten",
               "aufforderung", "anschuldigungen", "darstellung", "drohungen", "ultimatum"}

# Plural heads after "beide"/"beiden" that stand for the last two people or countries named.
PAIR_PEOPLE = {"seiten", "politiker", "spitzenpolitiker", "männer", "frauen", "gesprächspartner"}
PAIR_COUNTRIES = {"länder", "staaten", "nachbarländer", "nachbarstaaten"}

# Event types an anaphoric rejection ("wies die Forderung zurück") answers.
DEMANDS = {"REQUEST", "ACCUSE", "THREATEN", "SANCTION"}

# Verbs whose type depends on the words around: a court "verurteilt ... zu drei Jahren Haft"
# (SANCTION/convict), a government "verurteilt" an attack (ACCUSE, the entry in VERBS).
RETYPE = {"verurteilen": ({"haft", "haftstrafe", "jahren", "monaten", "strafe", "geldstrafe", "bewährung"}, ("SANCTION", "convict"))}

# Sport reports "treffen" and "empfangen" each other and "verteidigen" a lead:
# a sentence with a score or these words yields no event.
SPORTS = {"tor", "tore", "elfmeter", "hinspiel", "rückspiel", "spieltag", "achtelfinale", "viertelfinale",
          "halbfinale", "tabellenführer", "punktgewinn", "satz", "sätze", "freistoß", "anpfiff", "abpfiff",
          "wiederanpfiff", "ausgleich", "remis", "trainer", "torschütze", "mannschaft", "saison"}

# A dispatch with this many sports words (or compounds ending in one: "Champions-League-Achtelfinale")
# is a sports report: its clubs "treffen", "empfangen" and "reisen" to each other, none of it a PLOVER event.
SPORTS_DOCUMENT = SPORTS | {
    "liga", "bundesliga", "cup", "pokal", "finale", "meisterschaft", "weltmeister", "europameister", "match", "derby",
    "heimspiel", "auswärtsspiel", "league", "champions", "etappe", "teamchef", "coach", "stadion", "tabelle", "torhüter",
    "stürmer", "kicker", "weltcup", "olympia", "nationalteam", "nationalmannschaft", "fußball", "tennis", "skirennen",
    "abfahrt", "slalom"}
SPORTS_DOCUMENT_MIN = 3

# Verb triggers that words in their clause cancel: a decision or a bullet "trifft",
# "trifft auf" a rival in sport; "spendet Lob" is no aid.
NOT_WITH = {
    "treffen": {"entscheidung", "entscheidungen", "maßnahmen", "vorkehrungen", "auswahl", "tödlich", "schwer", "auf",
                "wurde", "wurden", "worden"},
    "spenden": {"lob", "beifall", "applaus", "trost"},
    "empfangen": {"signal", "signale", "auftrag", "preis", "auszeichnung"},
    # "demonstrierte Einigkeit", "das demonstrierte ...": showing, not protesting.
    "demonstrieren": {"einigkeit", "stärke", "geschlossenheit", "entschlossenheit", "zusammenhalt", "das", "dies"},
    # "sich durch die Menge drängen": pushing through, no pressing of anyone.
    "drängen": {"sich"},
}

# Where a verb's target may stand: "warnte X vor ..." (bare object only: "warnt vor
# Folgen" names no target), "trat als Chef von X zurück" (a phrase only).
# Whom one invites or calls on is the object: "lud X zu einem Besuch nach Y ein", "rief X zu ... auf".
# A journey's target is where one goes: "reiste (mit Y) nach X" (a set: only these prepositions).
TARGET_FROM = {"warnen": "bare", "zurücktreten": "phrase", "einladen": "bare", "auffordern": "bare", "aufrufen": "bare",
               "reisen": frozenset({"nach", "zu", "zum", "zur"}),
               # "kommt zu einer Sitzung zu X zusammen": X is what it is about; whom one meets follows "mit"
               "zusammenkommen": frozenset({"mit"})}

# Verbs complete without a target: an admission of mistakes concedes to no one in particular.
NO_TARGET_VERBS = {"einräumen"}

# Criticism idioms whose subject is the one criticised: "X steht in der Kritik", "geriet in die
# Kritik", "ist unter Kritik geraten", "stößt auf scharfe Kritik", "sieht sich heftiger Kritik
# ausgesetzt", "erntete Kritik".  Keys: the preposition before the noun ("" for none); values: the
# verb forms that make the idiom with it.  Whoever criticises is mostly unnamed.
CRITICISM_NOUNS = {"kritik"}
_STEHEN = {"steht", "stehen", "stand", "standen", "gestanden", "stehe", "stünde", "stünden", "stehend"}
_GERATEN = {"gerät", "geraten", "geriet", "gerieten", "gerate"}
_STOSSEN = {"stößt", "stoßen", "stieß", "stießen", "gestoßen", "stoße"}
CRITICISM_IDIOMS = {
    "in": _STEHEN | _GERATEN, "im": _STEHEN, "ins": _GERATEN, "unter": _STEHEN | _GERATEN, "auf": _STOSSEN,
    "": {"ausgesetzt", "erntet", "ernten", "erntete", "ernteten", "geerntet"},
}
# "im Kreuzfeuer der Kritik", "in die Schusslinie der Kritik": a figure between the preposition and the noun.
CRITICISM_FIGURES = {"kreuzfeuer", "schusslinie", "fokus", "mittelpunkt", "zentrum"}
# Forms that put the idiom in the past ("geriet", "ist ... geraten"): happened; otherwise the state
# holds at the time of writing ("steht in der Kritik", "sieht sich ... ausgesetzt"): ongoing.
CRITICISM_PAST = {"stand", "standen", "gestanden", "geriet", "gerieten", "stieß", "stießen", "gestoßen", "sah", "sahen",
                  "war", "waren", "erntete", "ernteten", "geerntet"}
CRITICISM_PERFECT = {"ist", "sind", "sei", "seien", "hat", "haben", "habe", "hatte", "hatten", "war", "waren"}

# A vote as the subject of criticism ("Die Präsidentenwahl steht in der Kritik"): the accused is its
# winner.  Nouns ending in these (not in VOTE_NOT: "Auswahl").
VOTE_HEADS = ("wahl", "wahlen", "abstimmung", "abstimmungen", "referendum", "referenden", "wahlergebnis",
              "wahlergebnisse", "wahlsieg", "wahlausgang", "volksentscheid", "urnengang")
VOTE_NOT = ("auswahl", "zuwahl")
# Where no election-result event names the winner: "X gewann die Wahl", "X erhielt 60 Prozent der
# Stimmen", "X wurde zum Sieger erklärt".
WIN_VERBS = {"gewann", "gewannen", "gewinnt", "gewonnen", "siegte", "siegten", "gesiegt"}  # not "gewinnen": "will ... gewinnen"
VOTE_SHARE_VERBS = {"erhielt", "erhielten", "erhält", "bekam", "bekamen", "kam", "kamen", "erreichte", "erreichten",
                    "holte", "holten", "errang", "erzielte", "erzielten"}
WINNER_NOUNS = {"sieger", "siegerin", "wahlsieger", "wahlsiegerin", "gewinner", "gewinnerin"}

# Modal verbs: a clause with one reports an intention, not a result ("will die Wahl gewinnen").
MODALS = {"will", "wollen", "soll", "sollen", "dürfte", "dürften", "möchte", "könne", "muss", "müsste"}
