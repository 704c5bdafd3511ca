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

# More verbs per type (0.4.0): general news German, each a common way to report the act.
VERBS.update({
    # CONSULT
    "besprechen": ("CONSULT", "meeting"), "erörtern": ("CONSULT", "meeting"),
    # AGREE
    "annehmen": ("AGREE", None), "akzeptieren": ("AGREE", None), "ratifizieren": ("AGREE", None),
    "abschließen": ("AGREE", None), "schließen": ("AGREE", None), "unterschreiben": ("AGREE", None),
    "besiegeln": ("AGREE", None), "billigen": ("AGREE", None),
    # SUPPORT
    "danken": ("SUPPORT", None), "befürworten": ("SUPPORT", None), "beistehen": ("SUPPORT", None),
    "solidarisieren": ("SUPPORT", None), "ehren": ("SUPPORT", None), "stärken": ("SUPPORT", None),
    "rühmen": ("SUPPORT", None),
    # AID
    "gewähren": ("AID", None), "überweisen": ("AID", None), "beliefern": ("AID", None), "versorgen": ("AID", None),
    "stützen": ("AID", None), "zahlen": ("AID", None),
    # RETREAT
    "niederlegen": ("RETREAT", None), "aufgeben": ("RETREAT", None),
    # CONCEDE
    "zurücknehmen": ("CONCEDE", None), "begnadigen": ("CONCEDE", None), "entschuldigen": ("CONCEDE", None),
    "zugestehen": ("CONCEDE", None),
    # REQUEST
    "werben": ("REQUEST", None), "mahnen": ("REQUEST", None), "anmahnen": ("REQUEST", None),
    "ermahnen": ("REQUEST", None), "einfordern": ("REQUEST", None), "beantragen": ("REQUEST", None),
    # ACCUSE
    "rügen": ("ACCUSE", None), "tadeln": ("ACCUSE", None), "verdammen": ("ACCUSE", None), "geißeln": ("ACCUSE", None),
    "bemängeln": ("ACCUSE", None), "monieren": ("ACCUSE", None), "brandmarken": ("ACCUSE", None),
    "diffamieren": ("ACCUSE", None), "verunglimpfen": ("ACCUSE", None), "ermitteln": ("ACCUSE", "investigate"),
    # REJECT
    "bestreiten": ("REJECT", None), "widersprechen": ("REJECT", None), "verwerfen": ("REJECT", None),
    "ausschlagen": ("REJECT", None), "abschmettern": ("REJECT", None), "widersetzen": ("REJECT", None),
    "torpedieren": ("REJECT", None),
    # SANCTION
    "bestrafen": ("SANCTION", None), "suspendieren": ("SANCTION", None), "abberufen": ("SANCTION", None),
    "kündigen": ("SANCTION", None), "entziehen": ("SANCTION", None), "streichen": ("SANCTION", None),
    "kürzen": ("SANCTION", None), "stoppen": ("SANCTION", None), "einstellen": ("SANCTION", None),
    # MOBILIZE
    "verlegen": ("MOBILIZE", None), "aufrüsten": ("MOBILIZE", None), "einberufen": ("MOBILIZE", None),
    # COERCE
    "festhalten": ("COERCE", None), "durchsuchen": ("COERCE", None), "einsperren": ("COERCE", "arrest"),
    "internieren": ("COERCE", "arrest"), "enteignen": ("COERCE", None), "zensieren": ("COERCE", None),
    "sperren": ("COERCE", None),
    # ASSAULT
    "erschießen": ("ASSAULT", "firearms"), "hinrichten": ("ASSAULT", None), "entführen": ("ASSAULT", "abduct"),
    "verschleppen": ("ASSAULT", "abduct"), "foltern": ("ASSAULT", None), "misshandeln": ("ASSAULT", None),
    "stürmen": ("ASSAULT", None), "niederschlagen": ("ASSAULT", "crowd-control"), "einsetzen": ("ASSAULT", "crowd-control"),
    "einmarschieren": ("ASSAULT", None), "beschießen": ("ASSAULT", "firearms"),
})

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

# More event nouns (0.4.0): inflected forms and common synonyms.
NOUNS.update({
    "gesprächen": ("CONSULT", "meeting"), "gesprächs": ("CONSULT", "meeting"), "besuchs": ("CONSULT", "visit"),
    "zwischenstopp": ("CONSULT", "visit"), "visite": ("CONSULT", "visit"),
    "bodenoffensive": ("ASSAULT", None), "angriffskrieg": ("ASSAULT", None), "angriffskriegs": ("ASSAULT", None),
    "angriffskrieges": ("ASSAULT", None),
    "besuches": ("CONSULT", "visit"), "unterredung": ("CONSULT", "meeting"), "konsultationen": ("CONSULT", "meeting"),
    "beratungen": ("CONSULT", "meeting"), "verhandlung": ("CONSULT", "meeting"), "gipfels": ("CONSULT", "meeting"),
    "treffens": ("CONSULT", "meeting"), "telefonats": ("CONSULT", "phone"), "telefongespräch": ("CONSULT", "phone"),
    "abkommens": ("AGREE", None), "vereinbarungen": ("AGREE", None), "absichtserklärung": ("AGREE", None),
    "kompromiss": ("AGREE", None), "zustimmung": ("AGREE", None), "verträge": ("AGREE", None), "pakt": ("AGREE", None),
    "lob": ("SUPPORT", None), "rückendeckung": ("SUPPORT", None), "solidarität": ("SUPPORT", None),
    "glückwünsche": ("SUPPORT", None),
    "hilfen": ("AID", None), "lieferung": ("AID", None), "waffenlieferung": ("AID", None),
    "rücktritt": ("RETREAT", "resign"), "truppenabzug": ("RETREAT", None),
    "zugeständnisse": ("CONCEDE", None), "zugeständnis": ("CONCEDE", None), "begnadigung": ("CONCEDE", None),
    "entschuldigung": ("CONCEDE", None),
    "forderungen": ("REQUEST", None), "aufforderung": ("REQUEST", None), "aufruf": ("REQUEST", None),
    "appelle": ("REQUEST", None), "gesuch": ("REQUEST", None),
    "anschuldigungen": ("ACCUSE", None), "anschuldigung": ("ACCUSE", None),
    "beschwerde": ("ACCUSE", None), "klage": ("ACCUSE", None), "strafanzeige": ("ACCUSE", None),
    "strafanzeigen": ("ACCUSE", None), "ermittlungen": ("ACCUSE", "investigate"), "rüge": ("ACCUSE", None),
    "absage": ("REJECT", None), "veto": ("REJECT", None), "weigerung": ("REJECT", None), "dementi": ("REJECT", None),
    "drohungen": ("THREATEN", None), "warnung": ("THREATEN", None), "warnungen": ("THREATEN", None),
    "protests": ("PROTEST", "demonstrate"), "streiks": ("PROTEST", "strike"), "kundgebungen": ("PROTEST", "demonstrate"),
    "mahnwache": ("PROTEST", "demonstrate"), "protestaktion": ("PROTEST", "demonstrate"),
    "protestaktionen": ("PROTEST", "demonstrate"), "protestmarsch": ("PROTEST", "demonstrate"),
    "sanktion": ("SANCTION", None), "strafmaßnahmen": ("SANCTION", None), "ausweisung": ("SANCTION", "expel"),
    "einreiseverbot": ("SANCTION", None), "exportbeschränkungen": ("SANCTION", None), "exportverbot": ("SANCTION", None),
    "militärmanöver": ("MOBILIZE", None), "militärmanövern": ("MOBILIZE", None), "großmanöver": ("MOBILIZE", None),
    "marinemanöver": ("MOBILIZE", None), "militärübung": ("MOBILIZE", None),
    "militärübungen": ("MOBILIZE", None),
    "verhaftungen": ("COERCE", "arrest"), "inhaftierung": ("COERCE", "arrest"), "razzia": ("COERCE", None),
    "razzien": ("COERCE", None), "abschiebung": ("COERCE", None), "abschiebungen": ("COERCE", None),
    "untersuchungshaft": ("COERCE", "arrest"), "ausgangssperre": ("COERCE", None),
    "angriffen": ("ASSAULT", None), "angriffs": ("ASSAULT", None), "anschläge": ("ASSAULT", None),
    "anschlägen": ("ASSAULT", None), "attacke": ("ASSAULT", None), "attacken": ("ASSAULT", None),
    "überfall": ("ASSAULT", None), "beschuss": ("ASSAULT", None), "bombardierung": ("ASSAULT", "aerial"),
    "offensive": ("ASSAULT", None), "militäroffensive": ("ASSAULT", None), "invasion": ("ASSAULT", None),
    "einmarsch": ("ASSAULT", None), "attentat": ("ASSAULT", None), "ermordung": ("ASSAULT", None),
    "niederschlagung": ("ASSAULT", "crowd-control"), "gefechte": ("ASSAULT", None), "kämpfe": ("ASSAULT", None),
})

# Verb triggers that only count with a fitting object noun nearby.
NEEDS_OBJECT = {
    "verhängen": {"sanktionen", "strafen", "embargo", "strafzölle", "ausgangssperre"},
    "verstärken": {"kontakte", "zusammenarbeit", "beziehungen", "kooperation", "truppen"},
    "vertiefen": {"kontakte", "zusammenarbeit", "beziehungen", "kooperation"},
    "ausbauen": {"kontakte", "zusammenarbeit", "beziehungen", "kooperation", "handel"},
    "schicken": {"sicherheitskräfte", "truppen", "soldaten", "hilfe", "polizisten", "waffen", "hilfsgüter"},
    "liefern": {"waffen", "hilfe", "hilfsgüter", "panzer", "munition", "gas", "öl", "granaten", "raketen", "drohnen",
                "kampfjets", "flugabwehr", "luftabwehr", "geschosse", "marschflugkörper"},
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

# Objects for the 0.4.0 verbs: without one the verb is mostly no event ("schloss nicht aus",
# "zahlt Steuern", "stellte ein Auto ein").  Compounds count by their head ("Freihandelsabkommen").
NEEDS_OBJECT.update({
    "annehmen": {"einladung", "angebot", "vorschlag", "kompromiss", "friedensplan", "plan", "resolution"},
    "abschließen": {"abkommen", "vertrag", "vereinbarung", "pakt"},
    "schließen": {"abkommen", "vertrag", "vereinbarung", "pakt", "waffenstillstand", "frieden"},
    "stärken": {"rücken"},
    "gewähren": {"hilfe", "hilfen", "kredit", "kredite", "asyl", "zuflucht", "unterstützung", "darlehen"},
    "überweisen": {"hilfe", "hilfen", "hilfsgelder", "finanzhilfe", "zuschuss", "zuschüsse"},
    "versorgen": {"waffen", "munition", "hilfsgütern", "lebensmitteln", "medikamenten", "strom", "gas"},
    "stützen": {"hilfen", "krediten", "milliarden", "millionen", "garantien"},
    "zahlen": {"hilfe", "hilfen", "pauschale", "reparationen", "zuschuss", "zuschüsse", "hilfsgelder"},
    "niederlegen": {"waffen", "amt", "mandat", "ämter", "vorsitz"},
    "aufgeben": {"amt", "posten", "widerstand", "stellungen", "vorsitz", "mandat"},
    "zurücknehmen": {"kürzungen", "sanktionen", "entscheidung", "beschluss", "ausweisung", "zölle", "erhöhung"},
    "entschuldigen": {"bei"},
    "werben": {"für", "um"},
    "ermitteln": {"gegen"},
    "ausschlagen": {"angebot", "einladung", "vorschlag"},
    "kündigen": {"abkommen", "vertrag", "verträge", "vereinbarung", "zusammenarbeit"},
    "entziehen": {"lizenz", "akkreditierung", "staatsbürgerschaft", "immunität", "zulassung", "vertrauen", "genehmigung"},
    "streichen": {"hilfe", "hilfen", "gelder", "mittel", "zahlungen", "finanzhilfen", "subventionen"},
    "kürzen": {"hilfe", "hilfen", "gelder", "mittel", "zahlungen", "finanzhilfen"},
    "stoppen": {"lieferungen", "hilfe", "hilfen", "zahlungen", "exporte", "importe", "waffenlieferungen"},
    "einstellen": {"lieferungen", "hilfe", "hilfen", "zahlungen", "zusammenarbeit", "exporte", "importe"},
    "verlegen": {"truppen", "soldaten", "kampfjets", "panzer", "einheiten", "kriegsschiffe", "raketen", "streitkräfte"},
    "einberufen": {"reservisten", "wehrpflichtige", "rekruten"},
    "sperren": {"konten", "vermögen", "zugang", "luftraum", "grenze", "grenzen", "häfen"},
    "einsetzen": {"tränengas", "wasserwerfer", "gummigeschosse", "schlagstöcke", "pfefferspray", "blendgranaten"},
    "niederschlagen": {"proteste", "protest", "demonstration", "demonstrationen", "aufstand", "kundgebung", "kundgebungen"},
    "einmarschieren": {"in"},
    "stürmen": {"botschaft", "parlament", "kapitol", "gebäude", "stellungen", "stadt"},
})

NEEDS_OBJECT.update({
    "aufrüsten": {"armee", "militär", "streitkräfte", "truppen", "arsenal", "atomwaffen", "waffen", "luftabwehr"},
    "unterschreiben": {"abkommen", "vertrag", "verträge", "vereinbarung", "erklärung", "resolution", "pakt", "protokoll"},
})
# Where one speaks, not to whom: "sagte in einem Interview mit der Zeitung X".
CHANNEL_HEADS = ("interview", "interviews", "pressekonferenz", "talkshow", "sendung", "podcast")

# Election outcomes are not PLOVER interactions but analysts count them.
VERBS_OTHER = {"bestätigen": ("OTHER", "election"), "wiederwählen": ("OTHER", "election"), "wählen": ("OTHER", "election"),
               # Takeovers and dismissals: "X übernimmt Y", "X trennt sich von Y" (only with an actor as Y).
               "übernehmen": ("OTHER", None), "trennen": ("OTHER", None)}
TARGET_REQUIRED = {"übernehmen", "trennen"}
NEEDS_OBJECT.update({"bestätigen": {"amtszeit", "amt", "wahlsieger"}, "wählen": {"präsidenten", "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin"}})

# Labelling verbs: "X bezeichnete Y als Verbündeten" (SUPPORT), "... als Bedrohung" (ACCUSE),
# "X hält Y für den Wahlsieger" (SUPPORT).  Keys are lemmas, values the marker preposition.
LABEL_VERBS = {"bezeichnen": "als", "nennen": "als", "betrachten": "als", "sehen": "als", "halten": "für", "erklären": "zum"}
POSITIVE_LABELS = {"verbündeten", "verbündeter", "verbündete", "partner", "partnerin", "freund", "freunde", "wahlsieger",
                   "sieger", "siegerin", "präsidenten", "legitimen", "rechtmäßigen", "garanten", "stabilitätsanker", "vorbild"}
NEGATIVE_LABELS = {"feind", "feinde", "bedrohung", "gefahr", "terroristen", "aggressor", "kriegsverbrecher", "diktator",
                   "lügner", "verräter", "provokation", "unrechtsstaat", "schurkenstaat"}

# Friendly acts: their target is never a "gegen" phrase.
FRIENDLY = {"AID", "SUPPORT", "COOPERATE", "AGREE"}

# Attack verbs that between two people are an attack in words ("griff Konzernchef X scharf an").
VERBAL_ATTACKS = {"angreifen", "attackieren"}

# Symmetric interactions: both sides are sources (``X und Y trafen sich``).
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}

# Verb forms: finite/participle endings stripped to reach the stem of a lemma.
VERB_ENDINGS = ("eten", "ete", "test", "ten", "te", "est", "et", "en", "st", "t", "e", "n")

SEPARABLE_PARTICLES = ("zurück", "zusammen", "bereit", "fest", "frei", "nach", "auf", "aus", "ein", "vor", "zu",
                       "ab", "an", "los", "mit", "weg", "dar", "hin", "her", "durch", "um", "nieder", "bei")

# Status cues.
PROMISE_VERBS = {"zusichern", "versprechen", "zusagen", "garantieren"}
STELLEN = {"stellt", "stellen", "stellte", "stellten", "gestellt"}  # "in Aussicht stellen": promise
HYPOTHETICAL = {"falls", "wenn", "sofern", "falle", "fall", "notfalls", "gegebenenfalls", "würde", "würden", "könnte", "könnten"}
NEGATIONS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "weder"}
ONGOING = {"seit", "weiterhin", "anhaltend", "anhaltenden", "anhaltende", "andauernden", "noch"}

# Prepositions that introduce the target of an event; "von" marks the agent in passives.
# ("gegenüber" is left out: "sagte gegenüber der Zeitung" names a channel, not a target.)
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
    # 0.4.0 verbs
    "übernahm": "übernehmen", "übernahmen": "übernehmen", "übernimmt": "übernehmen", "übernommen": "übernehmen",
    "bestritt": "bestreiten", "bestritten": "bestreiten", "bestreitet": "bestreiten",
    "widersprach": "widersprechen", "widersprachen": "widersprechen", "widerspricht": "widersprechen",
    "widersprochen": "widersprechen", "verwarf": "verwerfen", "verwarfen": "verwerfen", "verwirft": "verwerfen",
    "verworfen": "verwerfen", "schlug": "schlagen", "schlugen": "schlagen", "schlägt": "schlagen",
    "ausgeschlagen": "ausschlagen", "niedergeschlagen": "niederschlagen",
    "schloss": "schließen", "schlossen": "schließen", "schließt": "schließen", "geschlossen": "schließen",
    "abgeschlossen": "abschließen", "unterschrieb": "unterschreiben", "unterschrieben": "unterschreiben",
    "warb": "werben", "warben": "werben", "wirbt": "werben", "geworben": "werben",
    "stand": "stehen", "standen": "stehen", "steht": "stehen", "beigestanden": "beistehen",
    "erschoss": "erschießen", "erschossen": "erschießen", "beschoss": "beschießen", "beschossen": "beschießen",
    "entzog": "entziehen", "entzogen": "entziehen", "entzieht": "entziehen",
    "strich": "streichen", "strichen": "streichen", "streicht": "streichen", "gestrichen": "streichen",
    "festgehalten": "festhalten", "angenommen": "annehmen", "zurückgenommen": "zurücknehmen",
    "aufgegeben": "aufgeben", "berief": "berufen", "beriefen": "berufen", "einberufen": "einberufen",
    "abberufen": "abberufen", "gestand": "gestehen", "gestanden": "gestehen", "zugestanden": "zugestehen",
    "besprach": "besprechen", "besprachen": "besprechen", "besprochen": "besprechen",
    "niedergelegt": "niederlegen", "eingesetzt": "einsetzen",
}

# Heads of compound event nouns: "Warnstreik", "Messerangriff", "Dreiertreffen"
# take the type of their head.  ("gipfel" and "lieferungen" are left out:
# "Zinsgipfel", "Gaslieferungen" are no events.)
COMPOUND_HEADS = ("treffen", "gespräch", "gespräche", "besuch", "telefonat", "verhandlungen", "abkommen",
                  "vereinbarung", "hilfe", "abzug", "forderung", "vorwurf", "vorwürfe", "drohung", "protest",
                  "proteste", "protesten", "demonstration", "demonstrationen", "kundgebung", "streik", "sanktionen",
                  "embargo", "angriff", "angriffe", "anschlag", "festnahme", "festnahmen",
                  # 0.4.0: inflected heads and more event heads ("Raketenangriffen", "Militärmanövern")
                  "gesprächen", "besuche", "besuchs", "angriffen", "angriffs", "anschläge", "anschlägen", "streiks",
                  "kundgebungen", "hilfen", "drohungen", "warnung", "sanktion", "verhaftungen")

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
RETYPE = {"verurteilen": ({"haft", "haftstrafe", "haftstrafen", "jahren", "monaten", "strafe", "strafen", "geldstrafe",
                           "geldstrafen", "bewährung", "freiheitsstrafe", "freiheitsstrafen", "bewährungsstrafe",
                           "gefängnis", "lebenslang", "lebenslanger", "lebenslanger", "tagessätzen", "todesstrafe", "tode"},
                          ("SANCTION", "convict"))}
# Who convicts when a passive does not say ("X wurde zu drei Jahren Haft verurteilt"): the one court
# the dispatch names (an organisation whose name ends in one of these), else its one judge.
PENALTIES = {"haft", "haftstrafe", "haftstrafen", "geldstrafe", "geldstrafen", "freiheitsstrafe", "bewährungsstrafe",
             "bewährung", "freispruch", "tagessätze", "sicherungsverwahrung", "todesstrafe"}
COURT_HEADS = ("gericht", "gerichtshof", "gerichtshofs", "gerichts", "tribunal")
JUDGE_TITLES = ("richter", "richterin")

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
}

# Where a verb's target may stand: "warnte X vor ..." (bare object only: "warnt vor
# Folgen" names no target), "trat als Chef von X zurück" (a phrase only).
# Whom one invites or calls on is the object: "lud X zu einem Besuch nach Y ein", "rief X zu ... auf".
# A journey's target is where one goes: "reiste (mit Y) nach X" (a set: only these prepositions).
TARGET_FROM = {"trennen": frozenset({"von", "vom"}), "bestreiten": "bare", "warnen": "bare", "zurücktreten": "phrase", "einladen": "bare", "auffordern": "bare", "aufrufen": "bare",
               "reisen": frozenset({"nach", "zu", "zum", "zur"})}

# Where a visit noun names its target: "bei seinem Besuch in Indien", "der Besuch bei Putin".
VISIT_PREPOSITIONS = frozenset({"in", "nach", "bei", "beim"})

# Where other event nouns name their target: "Manöver (rund) um Taiwan".
NOUN_PREPOSITIONS = {"MOBILIZE": frozenset({"um", "rund"})}
# Noun types whose agent is never the clause's subject: protesters and manoeuvring armies are named
# by a genitive or "von" ("Manöver der USA"), the subject mostly reacts to them.
NO_SUBJECT_NOUNS = {"PROTEST", "MOBILIZE"}
# Verbs that are events only as participles: "wurde festgehalten" (detained); "hielt fest" states.
PARTICIPLE_ONLY = {"festhalten"}

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

# Response verbs: an act answered by naming it ("wies die Aufforderung zurück", "begrüßte das
# Urteil", "hat die Einladung angenommen") has as its target whoever did the act named.
RESPONSES = {"REJECT", "ACCUSE", "SUPPORT", "AGREE", "CONCEDE"}
# Nouns for acts that are no event nouns of their own (event nouns name their own type).
_DECIDED = {"SANCTION", "AGREE", "COERCE", "CONCEDE", "OTHER"}
RESPONSE_OBJECTS = {
    "urteil": {"SANCTION"}, "urteile": {"SANCTION"}, "strafe": {"SANCTION"}, "strafen": {"SANCTION"},
    "beschluss": _DECIDED, "beschlüsse": _DECIDED, "entscheidung": _DECIDED, "entscheidungen": _DECIDED,
    "einigung": {"AGREE"}, "kompromiss": {"AGREE"}, "vorwurf": {"ACCUSE"}, "vorwürfe": {"ACCUSE"},
    "aufforderung": {"REQUEST", "SANCTION"}, "ultimatum": {"THREATEN", "REQUEST"},
    "manöver": {"MOBILIZE"}, "übung": {"MOBILIZE"}, "übungen": {"MOBILIZE"},
}
# How many sentences back the act may be told (a dispatch names its main act in the lead).
ANSWER_REACH = 12

# Who speaks or acts for an actor without being it: "ein Sprecher des Ministeriums", "die Anwälte der Firma".
PROXY_HEADS = {"sprecher", "sprecherin", "anwalt", "anwältin", "anwälte", "vertreter", "vertreterin", "berater",
               "beraterin", "mitarbeiter", "mitarbeiterin", "unterstützer", "anhänger", "anhängerin"}

# Object control: the object of these verbs is the subject of the infinitive that follows
# ("warf X vor, Waffen zu liefern", "forderte X auf, die Truppen abzuziehen").
OBJECT_CONTROL = {"vorwerfen", "beschuldigen", "bezichtigen", "auffordern", "aufrufen", "bitten", "drängen",
                  "ermahnen", "verbieten", "anklagen", "ersuchen"}

# Who announces or organises protests is the protester: "X kündigte weitere Proteste an".
ANNOUNCE_FORMS = {"kündigte", "kündigten", "kündigt", "kündigen", "angekündigt"}
ORGANISE_FORMS = {"organisierte", "organisierten", "organisiert", "veranstaltete", "veranstalteten", "veranstaltet",
                  "plant", "planen", "plante", "planten", "geplant"}

# Heads of organisation names a definite description repeats: "die Regierung" (Bundesregierung),
# "die Miliz" (Hisbollah-Miliz), "die Behörde" (Zollbehörde).
DESCRIPTION_HEADS = ("regierung", "miliz", "behörde", "gewerkschaft", "armee", "polizei", "partei", "staatsanwaltschaft")
