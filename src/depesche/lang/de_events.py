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
    # AGREE
    "vereinbaren": ("AGREE", None), "einigen": ("AGREE", None), "unterzeichnen": ("AGREE", None),
    "zustimmen": ("AGREE", None), "beschließen": ("AGREE", None), "verständigen": ("AGREE", None),
    # SUPPORT
    "unterstützen": ("SUPPORT", None), "loben": ("SUPPORT", None), "begrüßen": ("SUPPORT", None),
    "anerkennen": ("SUPPORT", None), "gratulieren": ("SUPPORT", None), "beglückwünschen": ("SUPPORT", None),
    "verteidigen": ("SUPPORT", None), "würdigen": ("SUPPORT", None),
    # COOPERATE
    "zusammenarbeiten": ("COOPERATE", None), "kooperieren": ("COOPERATE", None), "verstärken": ("COOPERATE", None),
    "vertiefen": ("COOPERATE", None), "ausbauen": ("COOPERATE", None),
    # AID
    "liefern": ("AID", None), "schicken": ("AID", None), "entsenden": ("AID", None), "helfen": ("AID", None),
    "spenden": ("AID", None), "bereitstellen": ("AID", None),
    # RETREAT
    "abziehen": ("RETREAT", None), "zurückziehen": ("RETREAT", None), "räumen": ("RETREAT", None),
    # CONCEDE
    "freilassen": ("CONCEDE", None), "nachgeben": ("CONCEDE", None), "einlenken": ("CONCEDE", None),
    "zurücktreten": ("CONCEDE", None), "aufheben": ("CONCEDE", None), "lockern": ("CONCEDE", None),
    # REQUEST
    "bitten": ("REQUEST", None), "fordern": ("REQUEST", None), "auffordern": ("REQUEST", None),
    "appellieren": ("REQUEST", None), "verlangen": ("REQUEST", None), "ersuchen": ("REQUEST", None),
    "drängen": ("REQUEST", None), "anrufen": ("REQUEST", None),
    # ACCUSE
    "vorwerfen": ("ACCUSE", None), "beschuldigen": ("ACCUSE", None), "kritisieren": ("ACCUSE", None),
    "verurteilen": ("ACCUSE", None), "anklagen": ("ACCUSE", None), "beschimpfen": ("ACCUSE", None),
    "anprangern": ("ACCUSE", None), "bezichtigen": ("ACCUSE", None), "verklagen": ("ACCUSE", None),
    # REJECT
    "ablehnen": ("REJECT", None), "zurückweisen": ("REJECT", None), "dementieren": ("REJECT", None),
    "verweigern": ("REJECT", None), "blockieren": ("REJECT", None), "abweisen": ("REJECT", None),
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
    "unterdrücken": ("COERCE", None), "auflösen": ("COERCE", None),
    # ASSAULT
    "angreifen": ("ASSAULT", None), "bombardieren": ("ASSAULT", "aerial"), "beschießen": ("ASSAULT", "firearms"),
    "töten": ("ASSAULT", None), "ermorden": ("ASSAULT", None), "attackieren": ("ASSAULT", None),
    "überfallen": ("ASSAULT", None), "verletzen": ("ASSAULT", None),
}

NOUNS = {
    "treffen": ("CONSULT", "meeting"), "gipfel": ("CONSULT", "meeting"), "gipfeltreffen": ("CONSULT", "meeting"),
    "gespräch": ("CONSULT", "meeting"), "gespräche": ("CONSULT", "meeting"), "besuch": ("CONSULT", "visit"),
    "staatsbesuch": ("CONSULT", "visit"), "telefonat": ("CONSULT", "phone"), "verhandlungen": ("CONSULT", "meeting"),
    "abkommen": ("AGREE", None), "vereinbarung": ("AGREE", None), "einigung": ("AGREE", None), "vertrag": ("AGREE", None),
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
    "sanktionen": ("SANCTION", None), "embargo": ("SANCTION", None), "strafzölle": ("SANCTION", None),
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
    "räumen": {"stellungen", "gebiet", "gebiete", "stadt"},
    "verletzen": {"menschen", "personen", "soldaten", "zivilisten", "polizisten"},
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
MODALS_PLANNED = {"will", "wollen", "wollte", "wollten", "soll", "sollen", "plant", "planen", "beabsichtigt", "wird", "werden"}
PROMISE_VERBS = {"zusichern", "versprechen", "zusagen", "garantieren"}
HYPOTHETICAL = {"falls", "wenn", "sofern", "falle", "fall", "notfalls", "gegebenenfalls", "würde", "würden", "könnte", "könnten"}
NEGATIONS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "weder"}
ONGOING = {"seit", "weiterhin", "anhaltend", "anhaltenden", "anhaltende", "andauernden", "noch"}

# Prepositions that introduce the target of an event; "von" marks the agent in passives.
TARGET_PREPOSITIONS = {"mit", "gegen", "gegenüber", "an", "nach", "zu", "zum", "zur", "für", "auf"}
AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}

# Strong and irregular verb forms -> infinitive (the stem rule cannot reach them).
# With the tagger loaded, its lemmas are used first.
IRREGULAR = {
    "hält": "halten", "hielt": "halten", "hielten": "halten", "gehalten": "halten",
    "sieht": "sehen", "sah": "sehen", "sahen": "sehen", "gesehen": "sehen",
    "nannte": "nennen", "nannten": "nennen", "genannt": "nennen",
    "trifft": "treffen", "traf": "treffen", "trafen": "treffen", "getroffen": "treffen",
    "bat": "bitten", "baten": "bitten", "gebeten": "bitten",
    "warf": "vorwerfen|vor", "warfen": "vorwerfen|vor", "wirft": "vorwerfen|vor", "vorgeworfen": "vorwerfen",
    "wies": "zurückweisen|zurück", "wiesen": "zurückweisen|zurück", "weist": "zurückweisen|zurück", "zurückgewiesen": "zurückweisen",
    "griff": "angreifen|an", "griffen": "angreifen|an", "greift": "angreifen|an", "angegriffen": "angreifen",
    "zog": "abziehen|ab", "zogen": "abziehen|ab", "zieht": "abziehen|ab", "abgezogen": "abziehen",
    "empfing": "empfangen", "empfingen": "empfangen", "empfängt": "empfangen",
    "sandte": "entsenden", "entsandte": "entsenden", "entsandt": "entsenden",
    "sprach": "sprechen", "verbot": "verbieten", "verboten": "verbieten",
    "schloss": "schließen", "beschloss": "beschließen", "beschlossen": "beschließen",
    "half": "helfen", "hilft": "helfen", "geholfen": "helfen",
    "nahm": "festnehmen|fest", "nahmen": "festnehmen|fest", "festgenommen": "festnehmen",
    "drohte": "drohen", "verhängte": "verhängen", "verhängten": "verhängen",
    "wählte": "wählen", "gewählt": "wählen", "wiedergewählt": "wiederwählen",
    "sagte": "zusagen|zu", "sicherte": "zusichern|zu", "versprach": "versprechen", "versprochen": "versprechen",
}
