"""Cues of speech, thought and writing in German news text (closed lists).

Verbs are given by their principal parts so that every inflected form can be
looked up without a lemmatiser; a particle verb (``ankündigen``) is split into
its particle and base (``kündigte ... an``).  Each verb has a *kind*:

``say``  frames a quotation or an indirect clause (``sagte``, ``erklärte``);
``act``  is a speech act whose content a reader reports even without a clause
         (``kündigte ... an``, ``bezeichnete ... als``, ``kritisierte``).
"""
from __future__ import annotations

from .de_roles import INDEFINITE_ARTICLES  # noqa: F401  (quotes reads it with the other speech words)

# infinitive, 3rd sg present, 3rd sg preterite, past participle, kind
# (particle verbs: the particle is split off with "|").
_VERBS = """
sagen sagt sagte gesagt say
erklären erklärt erklärte erklärt say
betonen betont betonte betont say
meinen meint meinte gemeint say
erläutern erläutert erläuterte erläutert say
begründen begründet begründete begründet say
unterstreichen unterstreicht unterstrich unterstrichen say
hervor|heben hebt hob gehoben say
ergänzen ergänzt ergänzte ergänzt say
versichern versichert versicherte versichert say
hinzu|fügen fügt fügte gefügt say
fest|halten hält hielt gehalten say
bekennen bekennt bekannte bekannt say
sekundieren sekundiert sekundierte sekundiert say
bemerken bemerkt bemerkte bemerkt say
monieren moniert monierte moniert say
bezweifeln bezweifelt bezweifelte bezweifelt say
präzisieren präzisiert präzisierte präzisiert say
konstatieren konstatiert konstatierte konstatiert say
bilanzieren bilanziert bilanzierte bilanziert say
resümieren resümiert resümierte resümiert say
entgegen|halten hält hielt gehalten say
ein|wenden wendet wandte gewandt say
pochen pocht pochte gepocht say
beharren beharrt beharrte beharrt say
beschweren beschwert beschwerte beschwert say
gestehen gesteht gestand gestanden say
ein|gestehen gesteht gestand gestanden say
schildern schildert schilderte geschildert say
verraten verrät verriet verraten say
bekräftigen bekräftigt bekräftigte bekräftigt act
behaupten behauptet behauptete behauptet say
verkünden verkündet verkündete verkündet say
antworten antwortet antwortete geantwortet say
entgegnen entgegnet entgegnete entgegnet say
erwidern erwidert erwiderte erwidert say
fragen fragt fragte gefragt say
mit|teilen teilt teilte geteilt say
berichten berichtet berichtete berichtet say
melden meldet meldete gemeldet say
schreiben schreibt schrieb geschrieben say
twittern twittert twitterte getwittert say
argumentieren argumentiert argumentierte argumentiert say
vermuten vermutet vermutete vermutet say
schätzen schätzt schätzte geschätzt say
befürchten befürchtet befürchtete befürchtet say
hoffen hofft hoffte gehofft say
glauben glaubt glaubte geglaubt say
kommentieren kommentiert kommentierte kommentiert say
beteuern beteuert beteuerte beteuert say
an|merken merkt merkte gemerkt say
hin|weisen weist wies gewiesen say
verweisen verweist verwies verwiesen say
erinnern erinnert erinnerte erinnert say
bekannt|geben gibt gab gegeben say
prognostizieren prognostiziert prognostizierte prognostiziert say
voraus|sagen sagt sagte gesagt say
zitieren zitiert zitierte zitiert say
äußern äußert äußerte geäußert say
zu|geben gibt gab gegeben say
an|geben gibt gab gegeben say
fest|stellen stellt stellte gestellt say
rufen ruft rief gerufen say
sprechen spricht sprach gesprochen say
an|kündigen kündigt kündigte gekündigt act
bezeichnen bezeichnet bezeichnete bezeichnet act
zu|sichern sichert sicherte gesichert act
klar|stellen stellt stellte gestellt act
kritisieren kritisiert kritisierte kritisiert act
warnen warnt warnte gewarnt act
fordern fordert forderte gefordert act
verlangen verlangt verlangte verlangt act
vor|werfen wirft warf geworfen act
ein|räumen räumt räumte geräumt act
bestätigen bestätigt bestätigte bestätigt act
dementieren dementiert dementierte dementiert act
bestreiten bestreitet bestritt bestritten act
zurück|weisen weist wies gewiesen act
ab|lehnen lehnt lehnte gelehnt act
versprechen verspricht versprach versprochen act
zu|sagen sagt sagte gesagt act
drohen droht drohte gedroht act
an|drohen droht drohte gedroht act
appellieren appelliert appellierte appelliert act
mahnen mahnt mahnte gemahnt act
an|mahnen mahnt mahnte gemahnt act
vor|schlagen schlägt schlug geschlagen act
empfehlen empfiehlt empfahl empfohlen act
loben lobt lobte gelobt act
danken dankt dankte gedankt act
verurteilen verurteilt verurteilte verurteilt act
begrüßen begrüßt begrüßte begrüßt act
beklagen beklagt beklagte beklagt act
bemängeln bemängelt bemängelte bemängelt act
aus|schließen schließt schloss geschlossen act
auf|rufen ruft rief gerufen act
auf|fordern fordert forderte gefordert act
an|ordnen ordnet ordnete geordnet act
nennen nennt nannte genannt act
bedauern bedauert bedauerte bedauert act
aus|sprechen spricht sprach gesprochen act
verteidigen verteidigt verteidigte verteidigt act
ein|setzen setzt setzte gesetzt act
"""

# Verbs that take "X als Y" for their content (bezeichnete Minsk als Verbündeten).
ALS_VERBS = frozenset({"bezeichnen", "nennen"})
# "say" verbs that report a speech act with "von X" and no clause ("sprach von einem Erfolg").
VON_ACTS = frozenset({"sprechen"})
# Acts only with a policy as their object ("verteidigte das Vorhaben", not "verteidigte den
# Titel") or only as "sich für X einsetzen" (not "setzte Tränengas ein").
POLICY_ACTS = frozenset({"verteidigen"})
POLICY_NOUNS = frozenset(
    """
    Vorhaben Plan Pläne Linie Kurs Politik Entscheidung Entscheidungen Beschluss Beschlüsse Reform Reformen
    Gesetz Gesetzentwurf Vorgehen Haltung Position Strategie Maßnahmen Maßnahme Vorschlag Vorschläge Einsatz
    Regelung Regeln Urteil Abkommen Einigung Kompromiss Projekt Programm Budget Haushalt Sparkurs Entwurf
    """.split()
)
FUER_ACTS = frozenset({"einsetzen"})
# Acts only with a claim as their object or a content clause ("wies den Vorwurf zurück", "wies
# zurück, dass ..."; not "wies 350 Personen an der Grenze zurück").
CLAIM_ACTS = frozenset({"zurückweisen"})
CLAIM_NOUNS = frozenset(
    """
    Vorwurf Vorwürfe Anschuldigung Anschuldigungen Beschuldigung Beschuldigungen Unterstellung Unterstellungen
    Verdacht Gerücht Gerüchte Spekulation Spekulationen Darstellung Darstellungen Bericht Berichte Kritik
    Forderung Forderungen Behauptung Behauptungen Angebot Angebote Ansinnen Anfrage Ansprüche Anspruch Klage
    Beschwerde Einwand Einwände Vergleich Vergleiche Äußerung Äußerungen Aussage Aussagen Zahlen Angaben
    Wunsch Wünsche Vorstoß Idee Ideen Einladung Bitte Ultimatum
    """.split()
)
# ... or a pronoun standing for one ("Das weist die Firma zurück", "wies dies entschieden zurück").
PRONOUNS_OF_CLAIMS = frozenset("das dies diese dieses sie es alles".split())
# Acts only with what is threatened: "drohte mit einem Streik", "drohte, ... einzustellen".
# Otherwise they say what may happen ("dem Fahrer drohen Strafen", "droht zu scheitern").
THREAT_ACTS = frozenset({"drohen"})
# Acts that are also a court's sentence, and no speech then: "wurde zu drei Jahren Haft verurteilt",
# "verurteilte ihn wegen Betrugs" (but "verurteilte den Angriff scharf" condemns it).
JUDICIAL_ACTS = frozenset({"verurteilen"})
# What makes such an act a sentence: a penalty after "zu"/"zum" ("zu drei Jahren Haft", "zum Tode"),
# or a court in the clause (its charge follows "wegen", which a condemnation rarely has).
PENALTY_WORDS = frozenset("""
    Haft Haftstrafe Haftstrafen Freiheitsstrafe Freiheitsstrafen Geldstrafe Geldstrafen Bewährungsstrafe
    Bewährungsstrafen Gefängnis Todesstrafe Jahren Monaten Jahr Monat Tode Arbeitslager Sozialstunden
""".split())
COURT_WORDS = frozenset("wegen Gericht Richter Richterin Schöffensenat Geschworenen Strafkammer".split())

# Nouns that name an utterance; with a genitive/von-phrase they give a source
# ("nach Angaben des Ministeriums", "die Forderung der Opposition").
SPEECH_NOUNS = frozenset(
    """
    Angabe Angaben Aussage Aussagen Erklärung Erklärungen Mitteilung Mitteilungen Ansicht Meinung
    Forderung Forderungen Auffassung Einschätzung Darstellung Worte Worten Überzeugung Vorwurf Vorwürfe Vorwürfen
    Warnung Warnungen Ankündigung Behauptung Befürchtung Befürchtungen Hinweis Hinweise Bericht Berichten
    Informationen Schätzung Schätzungen Kritik Appell Zusage Zusicherung Drohung Dementi Bestätigung
    Stellungnahme Äußerung Äußerungen Interview Rede Ansprache
    """.split()
)

# Nouns whose speaker is the subject of a light verb ("ich habe den Eindruck",
# "Verdi hat Vorschläge vorgelegt", "wir machen uns Gedanken").
SUBJECT_NOUNS = frozenset(
    """
    Eindruck Gedanken Beschluss Vorschlag Vorschläge Meinung Ansicht Auffassung Überzeugung Hoffnung Kritik
    Forderung Forderungen Zweifel Sorge Sorgen Befürchtung Befürchtungen Erwartung Erwartungen Wunsch Idee Ideen
    Position Haltung Standpunkt Einschätzung Stellung Entscheidung Zusage Versprechen Appell Warnung
    """.split()
)

# Nouns whose genitive names the topic, not the speaker ("die Frage der Finanzierung").
TOPIC_NOUNS = frozenset("Frage Fragen Argument Argumente Thema Debatte Diskussion Begründung Aspekt Wort".split())
# Copulas: a noun cue after them is a predicate ("Das war die richtige Entscheidung"),
# unless in the genitive of an opinion ("Ich bin der Meinung", "Sie sind anderer Auffassung").
COPULAS = frozenset("sein werden bleiben".split())
OPINION_OPENERS = frozenset("der anderer gleicher einer".split())

# Prepositions after which a speech noun names an occasion, not a frame ("nach Kritik wieder
# gestrichen", "trotz Warnungen"); "nach Angaben" is a frame of its own (NACH_NOUNS).
OCCASION_PREPOSITIONS = frozenset("nach trotz wegen vor seit nachdem infolge".split())

# Prepositions whose object is the source of the rest of the sentence.
SOURCE_BEFORE = frozenset({"laut", "Laut"})  # laut X, ...
SOURCE_AFTER = frozenset({"zufolge"})  # X zufolge
# "nach Angaben von X", "nach Ansicht der X", "nach Worten des X"
NACH_NOUNS = frozenset(
    "Angaben Ansicht Meinung Auffassung Einschätzung Darstellung Worten Informationen Schätzungen "
    "Aussagen Berichten Erkenntnissen Einschätzungen Überzeugung".split()
)
# ... and their compounds, which name the source in the word ("nach Polizeiangaben",
# "nach Medienberichten"); an adjective may come between ("nach eigenen Angaben").
NACH_COMPOUND_ENDINGS = ("angaben", "berichten", "informationen", "schätzungen", "erkenntnissen")
# First parts of such compounds that name a body (besides the organisation heads of de_roles):
# "nach Militärangaben", "nach Bahnangaben", "nach Feuerwehrangaben".
BODY_COMPOUND_PARTS = ("militär", "bahn", "feuerwehr", "kirche")

# Adverbs right after a verb that opens a clause after a comma, which make it the second of two
# clauses with one subject: "X lobte den Plan, verurteilte aber die Drohungen".
CONTRASTING_ADVERBS = frozenset({"aber", "jedoch", "zugleich", "gleichzeitig", "allerdings", "dennoch", "trotzdem"})

# Noun endings that make a noun feminine, so that "der" before it is dative or genitive,
# never a subject ("warf der Landesregierung vor").
FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "erei", "erin", "entin", "istin", "antin", "innen")

# Adverbs that attribute their sentence to the report before: "Demnach wurden zwei Menschen verletzt."
CONTINUATION_ADVERBS = frozenset({"demnach", "demzufolge"})
# Determiners that point a frame back at the report before ("nach diesen Angaben", "dieser Darstellung zufolge").
ANAPHORIC_DETERMINERS = frozenset({"diesen", "dieser", "diesem"})

# Nouns for the medium or agency a statement reached us through
# ("der Agentur Interfax zufolge", "sagte X der Zeitung Y").
CHANNEL_NOUNS = frozenset(
    """
    Agentur Nachrichtenagentur Zeitung Zeitungen Tageszeitung Wochenzeitung Magazin Nachrichtenmagazin
    Sender Fernsehsender Radiosender Rundfunk Blatt Portal Nachrichtenportal Onlineportal Website
    Sonntagszeitung Zeitschrift Fernsehen Medium Branchenmedium
    """.split()
)

# People of a medium: after one, "der Zeitung X" is the genitive of whose they are ("der
# Chefredakteur der Zeitung"), not the dative of whom something was said to.
MEDIA_PERSON_ENDINGS = ("redakteur", "redakteurin", "herausgeber", "herausgeberin", "korrespondent", "korrespondentin",
                        "reporter", "reporterin", "journalist", "journalistin", "intendant", "intendantin",
                        "kolumnist", "kolumnistin", "verleger", "verlegerin")

# Documents a statement is issued in, which name no speaker of their own and frame nothing
# ("hieß es in einer Aussendung der Partei": the party's; Austrian "Aussendung" is a press release).
STATEMENT_DOCUMENTS = frozenset({"Aussendung", "Aussendungen", "Kommuniqué", "Kommunique", "Communiqué"})

# Conjunctions opening a content clause after a speech verb or noun.
CONTENT_CONJUNCTIONS = frozenset({"dass", "daß", "ob"})

# Konjunktiv I (3rd person, distinct from the indicative) of frequent verbs;
# the stage adds token.morph Mood=Sub when a tagger ran.
KONJUNKTIV_I = frozenset(
    """
    sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe gehe komme stehe
    liege bleibe lasse sehe halte nehme gelte trage wachse falle laufe finde brauche mache bringe
    denke kenne wolle zeige führe spiele arbeite handle plane erwarte rechne fehle hänge reiche
    betrage beginne diene drohe entstehe fordere folge gehöre helfe lebe leide lohne passiere
    schaffe setze spreche treffe verliere wirke ziehe habe
    """.split()
)

# Subject pronouns that make a following "-e" verb form Konjunktiv I
# ("er gehe", "sie plane"); 1st person "ich gehe" is indicative.
THIRD_PERSON = frozenset({"er", "sie", "es", "man", "Er", "Sie", "Es", "Man"})

# Determiners and other function words that open a nominal speaker phrase.
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen sein seine seiner seinem seinen ihr ihre ihrer "
    "ihrem ihren dieser diese dieses diesem diesen jener jene".split()
)

# Finite auxiliaries and modals: the V2 verb when the cue is a participle or
# infinitive ("Ich habe gesagt", "Man kann sagen").
AUXILIARIES = frozenset(
    "habe hast hat haben habt hatte hatten hätte hätten bin bist ist sind seid war waren wäre wären sei seien "
    "werde wirst wird werden werdet wurde wurden würde würden kann kannst können konnte konnten könnte könnten "
    "muss musst müssen musste mussten müsste müssten will willst wollen wollte wollten soll sollst sollen sollte "
    "sollten darf dürfen durfte durften dürfte möchte möchten möchtest mag mögen".split()
)
PASSIVE_AUXILIARIES = frozenset("wurde wurden worden wird werden".split())
# Konjunktiv II forms that are never indicative, for where the tagger's mood says otherwise
# ("die Investitionen dürften nicht ..."; not "sollten", "wollten", which are preterites too).
KONJUNKTIV_II_FORMS = frozenset(
    "wäre wären wärest wärst hätte hätten hättest würde würden würdest könnte könnten müsste müssten dürfte "
    "dürften bräuchte bräuchten gäbe gäben käme kämen wüsste wüssten".split()
)
# Of these, the forms that mostly give the writer's own guess, not a report ("Die Preise dürften steigen").
EPISTEMIC_FORMS = frozenset({"dürfte", "dürften"})

# Pronouns that can be a speaker, and those that can only be the subject.
SPEAKER_PRONOUNS = frozenset(
    "er sie ich wir man ihr du es Er Sie Ich Wir Man Ihr Du jeder niemand jemand wer Jeder Niemand Wer".split()
)
NOMINATIVE_PRONOUNS = frozenset("er ich wir man du".split())
# Speakers no one in particular: a source span, never linked to an actor ("Man hoffe, ...").
IMPERSONAL_PRONOUNS = frozenset("man jeder niemand jemand wer".split())
# Never a subject: after the finite verb they are an object ("zeigt den Weg").
OBLIQUE_PRONOUNS = frozenset("den dem einen einem ihn ihm mich mir uns dich dir euch".split())
DATIVE_PRONOUNS = frozenset("mir dir ihm uns euch ihnen Ihnen".split())  # addressees: "sagte ihm"
QUANTIFIERS = frozenset("alle selbst beide allein".split())  # "wir alle", "Sie selbst"
POSSESSIVES = frozenset(
    "deren dessen ihr ihre ihren ihrem ihrer ihres sein seine seinen seinem seiner seines mein meine meinen "
    "meinem meiner meines unser unsere unseren unserem unserer unseres euer eure".split()
)
RELATIVE_PRONOUNS = frozenset("die der das den dem denen dessen deren welche welcher welchen welchem".split())

# Words that open a clause before its subject ("dass er", "wenn wir", "auch sie").
CONJUNCTIONS = frozenset(
    "dass daß ob wenn weil da denn als wie obwohl sondern und aber oder doch nachdem bevor damit während "
    "sobald falls solange was wo warum auch nur selbst sogar schon sodass indem bis seit seitdem ehe wobei "
    "weshalb weswegen obgleich wenngleich wieso weshalb inwiefern wann".split()
)
# "heißen" frames speech only impersonally ("hieß es", "es heißt"; not "Das heißt", "Er heißt Jan").
HEISSEN_FORMS = frozenset("heißt hieß hieße heiße hießen".split())
# Participles of the newsroom's aside "wie (bereits) berichtet": the paper points to its own
# earlier report; the frame of the sentence is its other verb.
ASIDE_PARTICIPLES = frozenset({"berichtet", "gemeldet"})
# Conjunctions of an adverbial infinitive clause ("ohne Zahlen zu nennen"): never what was said.
INFINITIVE_CONJUNCTIONS = frozenset("ohne um statt anstatt".split())
# Conjunctions joining two main clauses, each of which can hold its own speech act.
COORDINATORS = frozenset("und oder sowie aber sondern doch".split())
PREPOSITIONS = frozenset("über von mit für an auf in bei zu gegen nach aus um vor unter durch".split())
# Words between the finite verb and a postponed subject ("sagte jedoch Lawrow", "hat uns X geantwortet").
MIDDLE_ADVERBS = frozenset(
    "jedoch aber auch nun dann zudem außerdem allerdings doch ja eben nur hier heute gestern bereits schon noch "
    "immer wieder übrigens ebenfalls damals einmal mehr uns mir dir ihm ihnen euch sich es dazu darauf darüber "
    "davon dabei".split()
)
NEGATION = frozenset({"nicht", "nichts", "kein", "keine", "keinen", "nie"})
# Endings of adverbs that fill the Vorfeld alone ("Dazu", "Ursprünglich", "Erstens").
ADVERB_SUFFIXES = (
    "lich", "weise", "dings", "gleich", "zeitig", "ens", "falls", "mals", "wärts", "dem", "her", "hin", "zu", "bei",
    "mit", "für", "rum", "nach", "gegen", "nun", "so", "mehr", "dann", "wohl", "ja",
)

# Quotation mark pairs: opening -> closings (German, French/Swiss, English, straight).
QUOTE_PAIRS = {
    "„": "“”\"", "»": "«", "«": "»", "‚": "‘’'", "›": "‹", "‹": "›", "“": "”\"", '"': '"', "‘": "’",
}
OPENING = frozenset(QUOTE_PAIRS)
CLOSING = frozenset("“”\"«»‘’'‹›")

# A quoted span is a quotation (not a title, name or scare-quoted term) when
# it has at least this many words or ends a sentence inside the marks.
MIN_QUOTE_WORDS = 4


# Generated forms that are far more often another word ("Meine Damen und Herren").
NOT_VERBS = frozenset({"meine", "meinet", "bekannt", "bekannten"})  # "Es ist bekannt, dass", "einer als X bekannten Seite"
# Verb forms that open a sentence as an interjection ("Danke, Frau Präsidentin").
INTERJECTIONS = frozenset({"danke", "bitte"})


def _forms(infinitive: str, present: str, preterite: str, participle: str) -> set[str]:
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    pret_pl = preterite + ("n" if preterite.endswith("e") else "en")
    return {infinitive, present, preterite, participle, stem + "e", stem + "est", stem + "et",
            stem + "t", pret_pl, preterite + "st", preterite + "t", stem + "ten", stem + "te"}


def _build() -> tuple[dict, dict]:
    """Map each form to its readings ``(lemma, particle, kind)``.

    A separated form (``kündigte``) can belong to several particle verbs and
    to the bare verb; the particle found at the end of the clause decides.
    """
    forms: dict[str, list[tuple[str, str | None, str]]] = {}
    joined: dict[str, tuple[str, str | None, str]] = {}
    for line in _VERBS.strip().splitlines():
        inf, pres, pret, part, kind = line.split()
        particle, _, base = inf.rpartition("|")
        lemma = particle + base
        for form in _forms(base, pres, pret, part):
            if form not in NOT_VERBS:
                forms.setdefault(form, []).append((lemma, particle or None, kind))
        if particle:  # ankündigen, ankündigte, anzukündigen, angekündigt
            for form in _forms(base, pres, pret, part) | {"zu" + base}:
                joined[particle + form] = (lemma, None, kind)
    return forms, joined


VERB_FORMS, JOINED_FORMS = _build()


# --- subjects from STTS tags (used when a tagger ran)
# Pronouns that can be a subject (nominative forms), by STTS tag.
SUBJECT_PRONOUNS = frozenset(
    "ich du er sie wir ihr man jeder jede jemand niemand wer alle beide viele einige manche keiner keine "
    "mancher welche welcher der die Sie dieser diese jener jene andere".split()
)
# Pronouns that are only ever nominative: after the finite verb they are the
# subject even when the Vorfeld is a noun phrase ("Das können Sie nachlesen").
NOMINATIVE_ONLY = frozenset("ich du er wir ihr man Sie niemand jemand jeder keiner".split())
# Determiners in the genitive after a pronoun ("einer der Nutzer", "viele unserer Partner").
GENITIVE_OPENERS = frozenset("der des unserer ihrer meiner deiner eurer dieser jener".split())
# Prepositions whose object is the agent of a passive ("von der EU", "seitens der Kommission").
AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch", "seitens"})
# Finite forms of "werden" (a passive with a participle).
WERDEN_FORMS = frozenset("wird werden wurde wurden würde würden werde worden".split())
# Finite forms of "sein": with a participle a state ("ist angekündigt").
SEIN_FORMS = frozenset("ist sind war waren sei seien wäre wären".split())
# "es gibt": its object is no subject ("Es gibt viele Dinge zu diskutieren").
GEBEN_FORMS = frozenset("gibt gab gaben geben gäbe gäben gebe".split())
# Adverbs that can stand before a subject in the Vorfeld ("Auch wir fordern").
FOCUS_ADVERBS = frozenset("auch nur gerade selbst sogar insbesondere ausgerechnet".split())
# Focus adverbs SpkAtt counts into a source ("auch wir"), unlike "selbst", "gerade", "nur".
SOURCE_FOCUS = frozenset({"auch", "sogar"})
# Dative pronouns whose knowledge an adjective cue states ("Ist Ihnen bekannt"); not "uns": "wir sind uns einig".
DATIVE_EXPERIENCERS = frozenset("mir Mir Ihnen ihm ihnen".split())
# Verbs whose "von" phrase is the topic, not the speaker ("es wird von Waffen gesprochen").
VON_TOPIC_VERBS = frozenset("sprechen reden erzählen träumen schwärmen".split())
# Forms that open a noun phrase in the dative, accusative or genitive: never a subject.
OBLIQUE_OPENERS = frozenset(
    "den dem des einen einem eines denen dessen deren sich ihn ihm mich mir dich dir uns euch ihnen Ihnen "
    "diesem diesen dieses jenem jenen jedem jeden allen vielen einigen keinem keinen meinem meinen meines "
    "deinem deinen unserem unseren unseres eurem euren seinem seinen seines ihrem ihren ihres Ihrem Ihren "
    "meiner deiner seiner ihrer Ihrer unserer eurer".split()  # a possessive in -er is never nominative
)
# Vocatives that follow a subject between commas and are not part of it
# ("Sie, verehrte Kollegen, fordern"); an apposition with article or name is.
VOCATIVE_OPENERS = frozenset("verehrte verehrter sehr liebe lieber meine geehrte geehrter werte werter".split())
# Light verbs whose object noun names the speech act of their subject
# ("eine Rede halten", "die Frage stellen", "Entscheidungen treffen"), by lemma.
LIGHT_VERBS = frozenset(
    "stellen machen führen treffen geben halten nehmen vorlegen fassen äußern erheben teilen vertreten "
    "einbringen abgeben ziehen ausdrücken aussprechen anstreben formulieren bringen richten übernehmen "
    "erteilen leisten setzen zeigen kennen hegen finden beziehen einreichen aufstellen anmelden erkennen".split()
)
# Endings of nouns for texts, rules, figures and times: as the subject of a
# cue they are a medium or evidence, not a source ("Ihr Antrag sagt",
# "die Studien zeigen", "die letzten Jahre haben gezeigt"); matched on common nouns.
NOT_SOURCE_ENDINGS = tuple(
    """
    antrag anträge gesetz gesetze gesetzentwurf entwurf studie studien gutachten plan verordnung recht regeln
    regelung vorlage vertrag bericht berichte zahl zahlen titel überschrift urteil papier konzept programm
    richtlinie statistik statistiken umfrage umfragen jahre jahren monate wochen zeit fall fälle
    erfahrung erfahrungen beispiel beispiele geschichte praxis entwicklung frage fragen
    statut statuten index prognose prognosen protokoll dokument dokumente
    """.split()
)
# Cue verbs whose subject is no source: the reader of a text, the text itself
# ("wir lesen in der Zeitung", "die Antwort lautet"), by lemma.
NO_SOURCE_VERBS = frozenset("lesen lauten besagen".split())
# Verbs of hearing: the source is whom one hears it from ("Ich hörte von Peter, dass"),
# never the hearer (SpkAtt guidelines, 4.1.3), by lemma.
HEARSAY_VERBS = frozenset("hören vernehmen erfahren".split())
# Verbs of evidence: their subject is mostly a fact or a text ("Der Fall zeigt"); only
# a person or a named body speaks through them ("wir haben gezeigt", "der ADAC hat gezeigt").
EVIDENCE_VERBS = frozenset("zeigen belegen beweisen verdeutlichen untermauern bestätigen widerlegen".split())
# Endings of titles that a name may follow inside a noun phrase ("der Kollege Pflüger",
# "Staatsminister Annen", "Frau Merkel").
TITLE_ENDINGS = (
    "kollege", "kollegen", "kollegin", "frau", "herr", "herrn", "minister", "ministerin", "präsident", "präsidentin",
    "kanzler", "kanzlerin", "sekretär", "sekretärin", "vorsitzende", "vorsitzender", "chef", "chefin", "professor",
)

# Verbs and nouns of saying, asking, judging and thinking beyond the news cue lexicon, by lemma
# and word class (``lemma/V``, ``lemma/N``, see :func:`depesche.components.quotes.lemma_key`).
# For SpkAtt only (events, never quotes): its cue notion is wider (thought, attitude, evaluation).
# Words that are a cue in fewer than 40% of their uses in the SpkAtt tuning part were left out
# (drohen, verteidigen, widersprechen, Bitte, Zweifel, ...).
SPKATT_CUE_VERBS = frozenset("""
    abstreiten adressieren ahnen anklagen ankündigen anmahnen anmerken anprangern anfragen anhören ansprechen
    anzweifeln appellieren argumentieren artikulieren attackieren aufschreiben auffordern aufzählen
    ausformulieren aushandeln ausdiskutieren aussagen äußern beanstanden beantworten beantragen bedauern
    befragen befürchten befürworten begründen behaupten beipflichten bejahen beklagen bekräftigen bekunden
    beleidigen beleuchten belügen bemängeln bemerken benennen beraten berichten beschimpfen beschönigen
    beschreiben beschweren beschwören bestreiten beteuern betonen bezeichnen bezweifeln bilanzieren bitten
    brandmarken darlegen darstellen debattieren definieren dementieren diskutieren diffamieren einräumen
    einwenden einwerfen empfehlen entgegnen entgegenhalten erinnern erklären erläutern ermahnen ermutigen
    erörtern erwähnen erwidern erzählen erfragen erkundigen fantasieren faseln festhalten feststellen folgern
    formulieren fragen fordern gestehen glauben gratulieren hinterfragen hinweisen hoffen illustrieren
    informieren interpretieren jammern klarstellen kolportieren kommentieren kommunizieren konstatieren
    kritisieren loben mahnen meinen melden mitteilen monieren nachfragen nachdenken nennen notieren
    philosophieren plädieren polemisieren präzisieren preisen proklamieren protestieren prophezeien raten
    räsonieren rechtfertigen reklamieren resümieren rufen rügen schildern schimpfen schreiben schwadronieren
    schwärmen skizzieren spekulieren sprechen suggerieren tadeln thematisieren titeln unterstellen
    unterstreichen urteilen verdeutlichen verharmlosen verheißen verhöhnen verkünden verlangen verlautbaren
    verleumden verneinen veröffentlichen verraten versichern versprechen verspotten verunglimpfen vorbringen
    vorhalten vorlesen vorschlagen vortragen vorwerfen warnen wiedergeben wiederholen wünschen zitieren
    zurufen zusagen zusammenfassen zustimmen zweifeln
""".split())
SPKATT_CUE_NOUNS = frozenset("""
    Absage Andeutung Androhung Anfrage Ankündigung Anmerkung Annahme Anregung Ansage Ansicht Antwort Appell
    Argument Aufforderung Aufruf Ausrede Aussage Äußerung Behauptung Bekenntnis Bekundung Beleidigung
    Bemerkung Beschimpfung Beschreibung Beschwerde Beschwichtigung Beschönigung Bestätigung Beteuerung
    Bewertung Darlegung Darstellung Dementi Diktum Drohung Einschätzung Einwand Einwurf Empfehlung Erklärung
    Erläuterung Ermahnung Erwiderung Erzählung Feststellung Forderung Frage Glückwunsch Hinweis
    Interpretation Kommentar Kritik Lob Mahnung Meinung Meldung Mitteilung Morddrohung Plädoyer Polemik
    Prognose Propaganda Protest Rüge Schilderung Skepsis Spekulation Stellungnahme Unterstellung Urteil
    Verkündung Verlautbarung Versprechen Versprechung Vorhaltung Vorschlag Vorwurf Warnung Widerspruch Zitat
    Zusage Zustimmung Überlegung
""".split())
SPKATT_CUE_LEMMAS = frozenset([f"{v}/V" for v in SPKATT_CUE_VERBS] + [f"{n}/N" for n in SPKATT_CUE_NOUNS])
# Pronouns after "für" in SpkAtt's evaluation pattern "für X ist ..." ("Für mich ist das wichtig").
EVALUATION_PRONOUNS = frozenset("mich uns dich euch ihn Sie".split())
# SpkAtt cue verbs (by lemma) only with a word of their frame in the clause: "halten für" (consider),
# "halten von" (think of: "Wir halten davon nichts"), "finden" with a predicative adjective (STTS
# ADJD: "Wir finden es bedenklich"), "gehört" with "haben" (the participle of "hören", which the
# lemmatiser may read as "gehören"); words in lower case, STTS tags in upper case
SPKATT_FRAME_CUES = {"halten": frozenset({"für", "von", "vom", "davon"}),
                     "finden": frozenset({"ADJD"}),
                     "gehören": frozenset("habe hast hat haben habt hatte hatten hätte hätten".split())}
