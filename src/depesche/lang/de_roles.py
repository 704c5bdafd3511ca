"""Role nouns, descriptions and pronouns for German entity mentions.

Titles are matched on the lemma-ish stem (inflection endings stripped), and
compound titles by their head (``Langzeitpräsident`` -> ``präsident``).
"""

# Title heads (lower case) -> canonical title.  A compound ending in a head
# counts (Außenminister, Regierungssprecherin, SPD-Chef, Kremlchef).
TITLE_HEADS = {
    "präsident": "Präsident", "präsidentin": "Präsidentin",
    "kanzler": "Kanzler", "kanzlerin": "Kanzlerin", "vizekanzler": "Vizekanzler",
    "minister": "Minister", "ministerin": "Ministerin",
    "ministerpräsident": "Ministerpräsident", "ministerpräsidentin": "Ministerpräsidentin",
    "regierungschef": "Regierungschef", "regierungschefin": "Regierungschefin",
    "staatschef": "Staatschef", "staatschefin": "Staatschefin", "staatsoberhaupt": "Staatsoberhaupt",
    "chef": "Chef", "chefin": "Chefin", "vorsitzende": "Vorsitzender", "vorsitzender": "Vorsitzender",
    "sprecher": "Sprecher", "sprecherin": "Sprecherin", "bürgermeister": "Bürgermeister", "bürgermeisterin": "Bürgermeisterin",
    "botschafter": "Botschafter", "botschafterin": "Botschafterin", "gouverneur": "Gouverneur",
    "senator": "Senator", "senatorin": "Senatorin", "abgeordnete": "Abgeordneter", "abgeordneter": "Abgeordneter",
    "generalsekretär": "Generalsekretär", "generalsekretärin": "Generalsekretärin",
    "premier": "Premier", "premierminister": "Premierminister", "premierministerin": "Premierministerin",
    "könig": "König", "königin": "Königin", "papst": "Papst", "kaiser": "Kaiser",
    "trainer": "Trainer", "trainerin": "Trainerin", "kapitän": "Kapitän", "direktor": "Direktor", "direktorin": "Direktorin",
    "geschäftsführer": "Geschäftsführer", "geschäftsführerin": "Geschäftsführerin", "manager": "Manager",
    "kandidat": "Kandidat", "kandidatin": "Kandidatin", "oppositionsführer": "Oppositionsführer",
    "oppositionsführerin": "Oppositionsführerin", "staatssekretär": "Staatssekretär", "richter": "Richter",
    "richterin": "Richterin", "anwalt": "Anwalt", "anwältin": "Anwältin", "staatsanwalt": "Staatsanwalt",
    "kommissar": "Kommissar", "kommissarin": "Kommissarin", "general": "General", "kommandeur": "Kommandeur",
    "machthaber": "Machthaber", "diktator": "Diktator", "autokrat": "Autokrat", "ökonom": "Ökonom", "analyst": "Analyst",
    "politiker": "Politiker", "politikerin": "Politikerin", "notenbanker": "Notenbanker", "notenbankerin": "Notenbankerin",
    "banker": "Banker", "diplomat": "Diplomat", "diplomatin": "Diplomatin", "verteidiger": "Verteidiger",
    "verteidigerin": "Verteidigerin", "unternehmer": "Unternehmer", "unternehmerin": "Unternehmerin",
    "managerin": "Managerin", "funktionär": "Funktionär", "funktionärin": "Funktionärin", "regierungschefin": "Regierungschefin",
    "bundesrat": "Bundesrat", "bundesrätin": "Bundesrätin", "landeshauptmann": "Landeshauptmann",
    "landeshauptfrau": "Landeshauptfrau", "parteichef": "Parteichef", "parteichefin": "Parteichefin",
    # members of Austrian state and city governments ("Landesrat" alone is also the body: only the female forms)
    "landesrätin": "Landesrätin", "stadträtin": "Stadträtin",
}

# Forms of address and ranks that may stand between an apposition's comma and the name
# ("der Gouverneur der Provinz, Prinz X,", "die Leiterin, Prof. Y,").
HONORIFICS = frozenset("""
    Prinz Prinzessin Kronprinz Kronprinzessin Scheich Emir Sultan König Königin Fürst Fürstin Graf Gräfin
    Baron Baronin Sir Lord Lady Dr. Prof. Professor Professorin Herr Frau Pater Bischof Kardinal Imam Rabbiner
    Ajatollah Mullah General Generalin Oberst Major
""".split())

# Offices of a national government: unqualified, they belong to the dateline's country.
NATIONAL_OFFICES = ("minister", "ministerin", "kanzler", "kanzlerin", "regierungschef", "regierungschefin",
                    "präsident", "präsidentin", "staatschef", "staatschefin", "regierungssprecher", "regierungssprecherin")
# Prefixes that leave such an office unqualified ("Ex-Präsident", "Vize-Kanzler"); any other
# ("IAAF-Präsident", "Uefa-Präsident") names whose office it is, even where no entity or KB entry says it.
TITLE_MODIFIER_PREFIXES = frozenset({"ex", "vize", "interims", "noch", "alt", "co", "ko", "bundes", "staats"})

# Relational nouns whose title is inherited from the person they relate to:
# "Außenminister X ... mit seinem belarussischen Kollegen Y" -> Y is Außenminister.
COLLEAGUE_HEADS = {"kollege", "kollegin", "amtskollege", "amtskollegin"}

# Title heads that mean "the head of state/government" and can refer to each other.
# Organs of a body, each an actor of its own: "der Rat der EU", "der Vorstand des Konzerns", "Sein Büro".
# Who speaks for someone: "Merkels Sprecher", "sein Anwalt" (the tagger may call them names).
REPRESENTATIVE_HEADS = ("sprecher", "sprecherin", "anwalt", "anwältin", "berater", "beraterin")
ORGAN_HEADS = {"rat", "büro", "vorstand", "präsidium", "kabinett", "kommando", "sekretariat", "fraktion",
               "delegation", "aufsichtsrat", "verwaltungsrat", "generalstab", "parteivorstand", "bundesvorstand"}
# Endings of a party's word for one member ("der Sozialdemokrat", "der Christsoziale" ends in -e).
PARTY_MEMBER_ENDINGS = ("demokrat", "sozialist", "kommunist")
# Title endings that name the head of a body: "der Chef der EZB" is who was "EZB-Präsident".
LEADER_TITLES = ("chef", "chefin", "präsident", "präsidentin", "vorsitzende", "vorsitzender", "leiter", "leiterin",
                 "direktor", "direktorin", "generalsekretär", "generalsekretärin")
# Words that make a description plural: "der beiden Politiker" is no one person.
PLURAL_QUANTIFIERS = frozenset("beide beiden zwei drei vier fünf sechs sieben acht neun zehn mehrere mehreren "
                               "viele vielen einige einigen zahlreiche zahlreichen".split())
# Generic descriptions that fit any office of a kind ("der Manager" after "Konzernchef X").
GENERIC_TITLES = {
    "manager": ("chef", "chefin", "manager", "managerin", "geschäftsführer", "geschäftsführerin", "vorstand",
                "vorsitzende", "vorsitzender", "direktor", "direktorin"),
    "politiker": ("minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "abgeordnete",
                  "abgeordneter", "bürgermeister", "bürgermeisterin", "senator", "senatorin", "chef", "chefin",
                  "vorsitzende", "vorsitzender", "politiker", "politikerin", "sprecher", "sprecherin"),
}
HEAD_OF_STATE = {"Präsident", "Präsidentin", "Staatschef", "Staatschefin", "Staatsoberhaupt", "Machthaber", "Kremlchef"}

# Title prefixes that name the country or institution ("Kremlchef" -> Kreml).
TITLE_PREFIX_ORG = {"kreml": "Kreml", "us": "USA", "eu": "EU", "nato": "Nato", "uno": "UNO", "un": "UNO"}

# Nouns that describe a country: "das Nachbarland", "die frühere Sowjetrepublik".
COUNTRY_HEADS = {"land", "nachbarland", "staat", "nachbarstaat", "republik", "sowjetrepublik", "ex-sowjetrepublik",
                 "nachbar", "königreich", "inselstaat", "golfstaat", "mitgliedsland", "mitgliedstaat", "bundesrepublik"}

# Nouns that describe a city: "die Stadt", "die Metropole" refer back to the last city.
CITY_HEADS = {"stadt", "metropole", "hauptstadt", "kommune", "gemeinde"}

# Nouns that describe an organisation named before ("Infineon ... Der Chiphersteller kündigte an"),
# by the ending of the head (so "der Chipkonzern" counts), with their gender: a masculine or
# neuter head after "die" is a plural ("die Autobauer"), which describes no single one.
# Not "die Gewerkschaft", "die Partei": in company news they are rarely the last organisation
# named (a union's employer, a party's government), so they are left unlinked.
ORG_HEADS = {"konzern": "m", "unternehmen": "n", "hersteller": "m", "autobauer": "m", "flugzeugbauer": "m",
             "zulieferer": "m", "versicherer": "m", "anbieter": "m", "betreiber": "m", "discounter": "m",
             "verband": "m", "verein": "m", "firma": "f", "fluggesellschaft": "f",
             "airline": "f", "reederei": "f", "bank": "f", "behörde": "f", "ministerium": "n",
             "organisation": "f", "stiftung": "f", "institut": "n"}
# Of these, the kinds of company: "nach Konzernangaben" is the company named last.
COMPANY_HEADS = ("konzern", "unternehmen", "hersteller", "autobauer", "flugzeugbauer", "zulieferer", "versicherer",
                 "anbieter", "betreiber", "discounter", "firma", "fluggesellschaft", "airline", "reederei", "bank")
# Heads that name no party and no state body: "die Hilfsorganisation" is not the party named last.
# ("die Notenbank" may be a state bank.)
PRIVATE_ORG_HEADS = (*(h for h in COMPANY_HEADS if h != "bank"), "verband", "verein", "organisation", "stiftung")
# Heads that name an organisation, never a person (a speaker "die Gewerkschaft" is no one who spoke before).
ORG_NOUN_ENDINGS = (*ORG_HEADS, "gewerkschaft", "partei")


def genitive_stems(word: str) -> tuple[str, ...]:
    """A lower-cased noun and its forms without a genitive -s or -es ("unternehmens",
    "kinderkrankenhauses", "rats"), for matching it against the endings above."""
    if word.endswith("es"):
        return word, word[:-1], word[:-2]
    return (word, word[:-1]) if word.endswith("s") else (word,)


# Heads of a description that names people: agent nouns and roles ("ein Sprecher", "die
# Ermittler", "der Angeklagte", "zwei vertraute Personen"); other heads ("das Modell",
# "den Berichten") make no entity of their own.
DESCRIPTION_PERSON_ENDINGS = (
    "er", "erin", "erinnen", "ent", "enten", "entin", "ist", "isten", "istin", "eur", "eure", "eurin",
    "ant", "anten", "antin", "person", "personen", "leute", "angeklagte", "angeklagter", "angeklagten", "beamte",
    "beamter", "beamten", "experte", "experten", "expertin", "zeuge", "zeugen", "zeugin", "chef", "chefin", "chefs",
    "mitglied", "mitglieder", "vorsitzende", "vorsitzender", "kollege", "kollegen", "kollegin", "bürger", "bürgerin",
    "abgeordnete", "abgeordneter", "abgeordneten", "autor", "autoren", "autorin", "arzt", "ärzte", "ärztin", "anwalt",
    "anwälte", "anwältin", "diplomat", "diplomaten", "soldat", "soldaten", "kandidat", "kandidaten", "kandidatin",
    # nominalised participles and adjectives, and -or nouns (whole words: "Sektor" names no one)
    "gesandte", "gesandter", "gesandten", "beauftragte", "beauftragter", "beauftragten", "angestellte",
    "angestellter", "angestellten", "angehörige", "angehöriger", "angehörigen", "vertraute", "vertrauten",
    "betroffene", "betroffenen", "überlebende", "überlebenden", "analyst", "analysten", "analystin",
    "direktor", "direktorin", "direktoren", "professor", "professorin", "professoren", "senator", "senatorin",
    "senatoren", "rektor", "rektorin", "koordinator", "koordinatorin", "moderator", "moderatorin", "investor",
    "investoren", "investorin",
)
# Heads that name a thing, an activity or a collective, never one person: such a speaker phrase
# ("die Forschung", "das Ergebnis", "die TV-Bilder") is not whoever spoke last.
THING_ENDINGS = ("ung", "ungen", "ion", "ionen", "heit", "keit", "schaft", "tum", "nis", "nisse", "bild", "bilder",
                 "buch", "portal", "portale", "branche", "debatte", "studie", "umfrage", "daten", "zahlen", "szene")
# Words with such an ending that name no people ("68 Prozent", "das Argument").
DESCRIPTION_NOT_PERSONS = ("prozent", "prozentpunkte", "dokument", "argument", "element", "moment", "parlament")
# More heads of a description that names a body, not a person ("die Militärverwaltung",
# "die chinesische Führung", "aus Sicherheitskreisen").
DESCRIPTION_ORG_ENDINGS = ("polizei", "regierung", "verwaltung", "führung", "armee", "anwaltschaft", "gericht",
                           "kreise", "kreisen", "kommission", "junta", "büro", "präsidentschaft", "medien", "kammer",
                           "wache", "hilfswerk", "team", "konferenz", "haus", "gemeinde", "exekutive", "opposition",
                           "beirat")
# First parts that make the compound another organisation ("der Mutterkonzern", "die Konkurrenzfirma").
NOT_ORG_HEAD_PREFIXES = ("mutter", "tochter", "konkurrenz", "konkurrent", "partner", "ex-", "schwester", "dach")

# Collective actors that are entities of their own ("Die Opposition hält ...").
GROUP_HEADS = {"opposition": "Opposition", "regierung": "Regierung", "polizei": "Polizei", "armee": "Armee",
               "demonstranten": "Demonstranten", "regierungskoalition": "Regierungskoalition", "koalition": "Koalition",
               "militär": "Militär", "justiz": "Justiz", "staatsanwaltschaft": "Staatsanwaltschaft",
               "sicherheitskräfte": "Sicherheitskräfte", "streitkräfte": "Streitkräfte"}


# Nominal heads after which a capital city is a metonym for its government:
# "vom großen Nachbarn in Moskau", "die Führung in Peking".
GOVERNMENT_HEADS = {"nachbarn", "nachbar", "führung", "regierung", "machthaber", "staatsführung", "partner", "verbündeten", "verbündete"}

# Verbs (lower-case forms) that take an agent: a capital as their subject or object is
# a government ("Minsk reagierte", "bezeichnete Minsk als Verbündeten").
# Locative prepositions before a city keep it a place.
LOCATIVE_PREPOSITIONS = {"in", "im", "nach", "aus", "bei", "von", "vom", "bis", "über", "durch", "um", "zwischen", "ab", "gen", "nahe"}

DETERMINERS = {"der", "die", "das", "den", "dem", "des"}
POSSESSIVES_MASC = {"sein", "seine", "seinem", "seinen", "seiner", "seines"}
POSSESSIVES_FEM = {"ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"}
PRONOUNS_MASC = {"er", "ihm", "ihn"} | POSSESSIVES_MASC
PRONOUNS_FEM = {"sie"} | POSSESSIVES_FEM
PRONOUNS_WE = {"wir", "uns", "unser", "unsere", "unserem", "unseren", "unserer", "unseres"}  # a group, not one person

# Female first names are usually not marked otherwise; Slavic surnames are.
FEMALE_SURNAME_ENDINGS = ("owa", "ewa", "ina", "aja", "skaja", "ská", "ova", "eva")
FEMALE_TITLE_ENDING = "in"

# Age descriptions: "der 66-Jährige", "die 54-jährige Ministerin".
AGE_PATTERN = r"(\d{1,3})-[Jj]ährige[nrms]?"
# An indefinite description introduces someone new ("ein Sprecher"), never someone named before.
INDEFINITE_ARTICLES = frozenset("ein eine einer eines einem einen".split())
# Heads that make "ein 45-jähriger Mann", "eine 19-jährige Zeugin" a person of their own, besides
# agent nouns (DESCRIPTION_PERSON_ENDINGS); after "nach 30-jähriger Haft", "eine 10-jährige Anleihe"
# the years are a length.
AGE_PERSON_HEADS = ("mann", "frau", "junge", "mädchen", "kind", "jugendliche", "jugendlicher", "mensch", "baby",
                    "säugling", "sohn", "tochter", "bub", "deutsche", "deutscher", "verletzte", "verletzter")
