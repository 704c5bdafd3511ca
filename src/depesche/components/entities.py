"""Entities: cluster every mention of one referent and attach roles.

Mentions come from NER (names, ``-deriv`` adjectives), the knowledge base
(countries, cities, organisations NER missed), titles and descriptions
(``der Kremlchef``, ``den 66-Jährigen``, ``das Nachbarland``), institutions
(``seines Innenministeriums``) and pronouns.  Names cluster by KB id or by
name containment (``Putin`` in ``Wladimir Putin``); descriptions and pronouns
resolve by role compatibility, gender, recency and salience, the way a reader
does it, never by the nearest name alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate

from spacy.attrs import SENT_START, TAG

from ..lang import de_roles as R
from ..lang.de_places import NOUN_DETERMINERS, NOUN_HOMOGRAPHS
from ..lang.de_names import FEMALE_FIRST_NAMES, NAME_PARTICLES
from ..pipeline import Component
from ..record import body_range, span
from ..tokenizer import token_texts

_AGE = re.compile(R.AGE_PATTERN)
_ADJ = re.compile(r"^[a-zäöüß][\w-]*(e|en|er|es|em)$")
_NAME_PAREN = re.compile(r"\s*\((\d{1,3})\)")
_PP_HEADS = R.LOCATIVE_PREPOSITIONS | {"mit", "für", "gegen", "auf", "an", "zu", "zum", "zur", "unter"}
_POSSESSIVES = R.POSSESSIVES_MASC | R.POSSESSIVES_FEM
_TITLE_ENDINGS = tuple(R.TITLE_HEADS)
# The country of a dispatch whose dateline and places say none, for same-named bodies ("FDP",
# "Bundesregierung"): that of the German wires, the bulk of German-language news.
_DEFAULT_HOME = "country:DE"


@dataclass
class Mention:
    start: int  # token indices
    end: int
    form: str  # name | nominal | pronoun | derived
    label: str = ""
    sent: int = 0
    in_pp: bool = False
    entity: "Entity | None" = None
    metonym: bool = False


@dataclass
class Entity:
    type: str
    kind: str | None = None
    kb: object = None
    name_tokens: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)
    attributes: dict = field(default_factory=dict)
    gender: str | None = None  # "m" | "f" | None
    id: str = ""

    @property
    def titles(self) -> set[str]:
        return {r["title"] for r in self.roles}

    @property
    def countries(self) -> set[str]:
        """KB ids of the countries the person holds an office of (``der dänische Regierungschef``)."""
        return {r["of"].kb.id for r in self.roles if r["of"] is not None and r["of"].kb is not None
                and r["of"].kind == "country"}

    @property
    def named(self) -> bool:
        return any(m.form == "name" for m in self.mentions)


def _kb():
    try:
        from ..kb import KB
    except ImportError:  # the shipped KB is optional for the stage to work
        return None
    return KB.load()


@lru_cache(maxsize=1 << 16)  # called for every name token against every entity
def _actor_key(name: str) -> str:
    try:
        from ..kb import actor_key
    except ImportError:
        return name.lower()
    return actor_key(name)


class Entities(Component):
    name = "entities"
    version = "0.3.22"
    requires = ("doc.ents", "token.is_sent_start")
    assigns = ("record.entities",)

    def __init__(self):
        self.kb = _kb()
        self.memo = _KBMemo(self.kb) if self.kb else None

    def __call__(self, doc):
        _Resolver(doc, self.kb, self.memo).run()
        _tag_names(doc)
        return doc


# STTS tags the tagger gives a name that is also a word ("Schnell kündigte an": ADJD, "Weil dankte": KOUS,
# "Pro Wald": APPR).
_WORD_TAGS = {"ADJD", "ADJA", "ADV", "VVFIN", "VVINF", "VVPP", "VVIMP", "KOUS", "KON", "APPR"}


def _tag_names(doc) -> None:
    """A name of a person or organisation is a name (NE, PROPN) to the later stages, whatever
    word it also is, so that "Schnell kündigte an" and "Pro Wald kritisierte" have a subject: a
    one-word name when it is sure, being part of a longer name of the same actor ("Markus
    Schnell") or in the KB; a longer one whose words are all capitalised."""
    for ent in doc._.record.get("entities") or []:
        if ent.get("type") not in ("PER", "ORG", "OTH"):  # (OTH: an organisation the model mistyped, "Pro Natur")
            continue
        longer = {w for m in ent.get("mentions") or [] if m.get("form") == "name" for w in m["text"].split()[1:]}
        for m in ent.get("mentions") or []:
            span = doc.char_span(m["start"], m["end"]) if m.get("form") == "name" else None
            if span is None or span[0].tag_ not in _WORD_TAGS or not all(t.text[:1].isupper() for t in span):
                continue
            if len(span) > 1 or m["text"] in longer or ent.get("kb"):
                for t in span:
                    t.tag_, t.pos_ = "NE", "PROPN"


class _KBMemo:
    """The KB look-ups the resolver makes, remembered across documents: each
    folds and inflects its surface afresh, and news repeats its words."""

    def __init__(self, kb, size: int = 1 << 16):
        self.all = lru_cache(maxsize=size)(lambda surface: tuple(kb.lookup(surface)))
        self.adjective = lru_cache(maxsize=size)(kb.adjective)


class _Resolver:
    """One document's mention detection and clustering (state kept per doc)."""

    def __init__(self, doc, kb, memo):
        self.doc, self.kb, self.memo = doc, kb, memo
        self.record = doc._.record
        self.text = self.record["text"]  # doc.text would rebuild the string on every access
        self.body = body_range(self.record)
        self.starts, self.words, _ = token_texts(doc, self.text)  # no Token objects: they are costly
        sent_start = doc.to_array(SENT_START).tolist()
        self.sent_of = [n - 1 for n in accumulate(i == 0 or s == 1 for i, s in enumerate(sent_start))]
        self.opening = [i for i, k in enumerate(self.sent_of) if i == 0 or self.sent_of[i - 1] != k]  # first token per sentence
        self.lower = [w.lower() for w in self.words]
        self.ends = [a + len(w) for a, w in zip(self.starts, self.words)]
        # Tokens are in text order, so the body's tokens are one index range.
        self.body_tokens = range(bisect_left(self.starts, self.body[0]), bisect_right(self.ends, self.body[1]))
        self.ents = _without_verbs(doc, [(e.start, e.end, e.label_) for e in doc.ents], self.words)
        self.possessed: list[tuple[int, int]] = []  # (institution token, possessive token)
        self.taken = [False] * len(doc)
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []

    # -- helpers -------------------------------------------------------------
    def in_body(self, start_tok, end_tok) -> bool:
        return self.body_tokens.start <= start_tok and end_tok <= self.body_tokens.stop

    def add(self, m: Mention, entity: Entity) -> None:
        m.sent = self.sent_of[m.start]
        m.in_pp = m.start > 0 and self.lower[m.start - 1] in _PP_HEADS
        m.entity = entity
        entity.mentions.append(m)
        self.mentions.append(m)
        for t in range(m.start, m.end):
            self.taken[t] = True

    def entity_at(self, start: int, label: str, names_only: bool = False) -> Entity | None:
        """The ``label`` entity of the first mention that starts at token ``start`` (a name, if ``names_only``)."""
        return next((m.entity for m in self.mentions if m.start == start and m.entity.type == label
                     and (m.form == "name" or not names_only)), None)

    def lookup(self, surface: str):
        """The KB entry a surface names; of same-named bodies ("Bundesrat", "Bundesregierung") the
        one of the country the dispatch is from, Germany if it says none (places keep the KB's
        order: "Luxemburg")."""
        entries = self.memo.all(surface) if self.kb else ()
        if len(entries) > 1 and entries[0].kind not in ("city", "region", "country"):
            home = self.home or _DEFAULT_HOME
            return next((e for e in entries if e.country == home), entries[0])
        return entries[0] if entries else None

    @cached_property
    def home(self) -> str | None:
        """The id of the country a dispatch is from: its dateline's, else the one most of the
        places, parties and institutions it names belong to (names found by NER that only one
        KB entry has; a tie or none: None)."""
        entry = self.dateline_country_entry()
        if entry is not None:
            return entry.id
        countries = Counter()
        for start, end, label in self.ents:
            entries = self.memo.all(self.text_of(start, end)) if label in ("LOC", "ORG") else ()
            if len(entries) == 1 and entries[0].kind in ("country", "city", "party", "institution"):
                countries[entries[0].id if entries[0].kind == "country" else entries[0].country] += 1
        top = countries.most_common(2)
        return top[0][0] if top and top[0][0] and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def adjective(self, word: str):
        return self.memo.adjective(word) if self.kb else None

    def text_of(self, start: int, end: int) -> str:
        return self.text[self.starts[start]:self.ends[end - 1]]

    def entity_for_kb(self, entry) -> Entity:
        for e in self.entities:
            if e.kb is not None and e.kb.id == entry.id:
                return e
        e = Entity(type=entry.type, kind=entry.kind, kb=entry, name_tokens=entry.name.split())
        self.entities.append(e)
        return e

    # -- passes --------------------------------------------------------------
    def run(self):
        self.names()
        self.surnames()
        self.kb_names()
        self.dateline()
        self.parentheses()
        self.appositions()
        self.ages()
        self.derived()
        self.institutions_and_groups()
        self.owners()
        self.descriptions()
        self.party_members()
        self.pronouns()
        self.metonyms()
        self.write()

    def names(self):
        for e_start, e_end, label in self.ents:
            if not self.in_body(e_start, e_end) or label.endswith(("part", "deriv")):
                continue  # derived forms: see derived()
            start = e_start
            # "Nachbarland Polen", "Außenminister Maas": a common-noun head is not part of the name.
            while start < e_end and (self.lower[start] in R.COUNTRY_HEADS or self.title_of(start)):
                start += 1
            # "Verteidigungsbündnis Nato", "Nachrichtenagentur Reuters": a generic head before a listed organisation is not
            # part of its name (but "Amtsgericht Essen" is not the city)
            while e_end - start > 1 and self.lookup(self.text_of(start, e_end)) is None and self._listed_org(start + 1, e_end):
                start += 1
            if start < e_end and not self.described_body(start, e_end, label) and not (
                    e_end - start == 1 and label == "LOC" and self.common_noun(start)):
                self.add_name(start, e_end, label)

    def common_noun(self, i: int) -> bool:
        """Token ``i`` is a city's name used as the common noun it also is: "das Essen", "zum Essen"."""
        return self.words[i] in NOUN_HOMOGRAPHS and i > 0 and self.lower[i - 1] in NOUN_DETERMINERS

    def described_body(self, start: int, end: int, label: str) -> bool:
        """"Bonner Behörde", "Kieler Unternehmen": a place's adjective and a kind of body is a
        description of a body named elsewhere (:meth:`descriptions`), not a name of its own."""
        return label == "ORG" and end - start == 2 and self.lower[start + 1] in R.ORG_HEADS and self.place_adjective(start)

    def place_adjective(self, i: int) -> bool:
        """Token ``i`` is a place's adjective before a noun: "Bonner", "Kieler" (a listed place's
        name + -er; not a demonym, "der Jamaikaner", which is the noun)."""
        word = self.words[i]
        if not self.kb or not word.endswith("er") or not word[:1].isupper() or i + 1 >= len(self.words) \
                or not self.words[i + 1][:1].isupper():
            return False
        place = next((p for stem in (word[:-2], word[:-1]) if (p := self.lookup(stem)) is not None and p.name == stem), None)
        return place is not None and place.kind in ("city", "region", "country")

    def _listed_org(self, start: int, end: int) -> bool:
        surface = self.text_of(start, end)
        entry = self.lookup(surface)
        return entry is not None and entry.type == "ORG" and _names_exactly(entry, surface)

    def surnames(self):
        """One name, one referent per dispatch: a capitalised token that is the surname of a
        person named earlier is that person, whether NER missed it ("sagte Obermöllenkamp") or typed
        it as a place or organisation that no list knows."""
        people = {}
        for e in self.entities:
            if e.type == "PER" and len(e.name_tokens) > 1:
                people.setdefault(e.name_tokens[-1], e)
        if not people:
            return
        first = {id(e): min(m.start for m in e.mentions) for e in people.values()}
        # family name first: "Li Qiang" ... "Li", never "Qiang" (a name tagged as one each time)
        free = Counter(self.words[i] for i in self.body_tokens if not self.taken[i] and self.doc[i].tag_ == "NE")
        for e in list(people.values()):
            given, family = e.name_tokens[0], e.name_tokens[-1]
            if (free[given] and not free[family] and given not in people and given not in FEMALE_FIRST_NAMES
                    and all(_PLAIN_NAME.fullmatch(t) for t in e.name_tokens)):
                people[given] = e
        for m in [m for m in self.mentions if m.end - m.start == 1 and m.entity.type != "PER"]:
            person = people.get(self.words[m.start])
            if person is not None and m.entity.kb is None and first[id(person)] < m.start:
                m.entity.mentions.remove(m)
                if not m.entity.mentions:
                    self.entities.remove(m.entity)
                m.label, m.entity = "PER", person
                person.mentions.append(m)
        for i in self.body_tokens:
            person = people.get(self.words[i])
            if person is not None and not self.taken[i] and first[id(person)] < i and not self.conjunction(i):
                self.add(Mention(i, i + 1, "name", "PER"), person)

    def conjunction(self, i: int) -> bool:
        """Whether a surname that is also a word is that word here: "Weil es regnete" (but
        "Weil dankte", where a finite verb follows, is the person)."""
        if self.doc[i].tag_ not in ("KOUS", "KON", "APPR"):
            return False
        return not (i + 1 < len(self.doc) and self.doc[i + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN"))

    def add_name(self, start, end, label):
        tokens = self.words[start:end]
        entry = self.lookup(" ".join(tokens))
        if label == "PER" and entry is not None and not (end - start == 1 and _names_exactly(entry, tokens[0])):
            entry = None  # a person, unless the tagger called a listed place like "Belgrad" a person
        if label != "PER" and len(tokens) > 1 and tokens[0] in FEMALE_FIRST_NAMES and entry is None:
            label = "PER"  # "Sahra Wagenknecht" is a person whatever the tagger says
        if entry is not None and entry.type in ("LOC", "ORG"):
            self.add_listed(start, end, entry, label)
            return
        if end - start == 1 and _is_ministry(self.lower[start]):
            self.add_institution(start)
            return
        norm = _strip_genitive(tokens, self.entities)
        entity = self.match_name(norm, label)
        if entity is None:
            kind = {"PER": "person", "LOC": "place", "ORG": "organisation"}.get(label, "other")
            entity = Entity(type=label, kind=kind, name_tokens=norm)
            if label == "PER" and norm and norm[0] in FEMALE_FIRST_NAMES or (label == "PER" and norm[-1].endswith(R.FEMALE_SURNAME_ENDINGS)):
                entity.gender = "f"
            elif label == "PER" and len(norm) > 1:
                entity.gender = "m"
            self.entities.append(entity)
        elif len(norm) > len(entity.name_tokens):
            entity.name_tokens = norm
        self.add(Mention(start, end, "name", label), entity)

    def match_name(self, norm: list[str], label: str) -> Entity | None:
        keys = {_actor_key(t) for t in norm}
        for e in reversed(self.entities):
            if e.type != label and not (label in ("LOC", "ORG") and e.type in ("LOC", "ORG")):
                continue
            ekeys = {_actor_key(t) for t in e.name_tokens}
            if label == "PER":
                # "Putin" after "Wladimir Putin": the surname (last token) must agree.
                if _actor_key(norm[-1]) == _actor_key(e.name_tokens[-1]) and (keys <= ekeys or ekeys <= keys):
                    return e
            elif keys == ekeys:
                return e
        if label == "PER" and len(norm) == 1:
            # "Ban" after "Ban Ki Moon", "Xi" after "Xi Jinping": a name whose family name comes
            # first (or a first name alone), when one person named before has it first
            first = [e for e in self.entities if e.type == "PER" and len(e.name_tokens) > 1
                     and _actor_key(e.name_tokens[0]) == _actor_key(norm[0])]
            if len(first) == 1:
                return first[0]
        return None

    def kb_names(self):
        """Countries, cities and organisations from the KB that NER did not mark."""
        if not self.kb:
            return
        n = len(self.words)
        i, stop = self.body_tokens.start, self.body_tokens.stop
        while i < stop:
            if self.taken[i] or not self.words[i][:1].isupper():
                i += 1
                continue
            for size in (3, 2, 1):
                j = i + size
                if j > n or any(self.taken[i:j]) or (size > 1 and not self.words[j - 1][:1].isupper()):
                    continue
                if size == 1 and self.common_noun(i):
                    continue
                surface = self.text_of(i, j)
                entry = self.lookup(surface)
                if entry is not None and entry.type in ("LOC", "ORG") and _names_exactly(entry, surface):
                    self.add_listed(i, j, entry, entry.type)
                    i = j - 1
                    break
            i += 1

    def add_listed(self, start: int, end: int, entry, label: str) -> None:
        """A mention of a KB entry: its name, or with the article a description where the name is
        a common noun for a government ("die Bundesregierung", as the gold guidelines have it)."""
        form = "name"
        if (end - start == 1 and self.lower[start].endswith("regierung") and start > 0
                and self.lower[start - 1] in R.DETERMINERS and not self.taken[start - 1]):
            start, form = start - 1, "nominal"
        self.add(Mention(start, end, form, label), self.entity_for_kb(entry))

    def dateline(self):
        dl = self.record["meta"].get("dateline")
        if not dl or not self.kb:
            return
        for place in dl["place"].split("/"):
            entry = self.lookup(place)
            if entry is None:
                continue
            start = dl["start"] + dl["place"].find(place)
            sp = self.doc.char_span(start, start + len(place), alignment_mode="contract")
            if sp is not None and len(sp) and not any(self.taken[sp.start:sp.end]):
                self.add(Mention(sp.start, sp.end, "name", entry.type), self.entity_for_kb(entry))

    def parentheses(self):
        """``Belarus (Weißrussland)`` are one; ``X (CDU)`` is a party; ``X (66)`` an age."""
        by_start = {m.start: m for m in self.mentions}
        for m in list(self.mentions):
            if m.form != "name" or m.end + 2 >= len(self.words) or self.words[m.end] != "(":
                continue
            inner = by_start.get(m.end + 1)
            if inner and inner.end < len(self.words) and self.words[inner.end] == ")" and inner.entity is not m.entity:
                if m.entity.type == "PER" and inner.entity.type == "ORG":
                    m.entity.attributes["party"] = inner.entity
                elif m.entity.type == inner.entity.type or {m.entity.type, inner.entity.type} <= {"LOC", "ORG"}:
                    if m.entity.kb is None and inner.entity.kb is not None and self.own_acronym(m, inner):
                        inner.entity.kb = None  # "Internet Watch Foundation (IWF)": the text's own IWF, not the KB's
                    self.merge(m.entity, inner.entity)
            elif m.entity.type == "PER" and self.words[m.end + 1].isdigit() and self.words[m.end + 2] == ")":
                m.entity.attributes["age"] = int(self.words[m.end + 1])

    def own_acronym(self, m, inner) -> bool:
        """Whether the bracket after name ``m`` is that name's own initials ("Internet Watch
        Foundation (IWF)") where the KB's entry for them is another body (IWF: the IMF in German),
        not an expansion of it ("Central Intelligence Agency (CIA)", "Europäische Zentralbank (EZB)")."""
        acronym, entry = self.text_of(inner.start, inner.end), inner.entity.kb
        def initials(name: str) -> str:
            return "".join(w[0] for w in name.split() if w[:1].isupper()).upper()
        text = self.text_of(m.start, m.end)
        return (initials(text) == acronym.upper() and entry.name != acronym and initials(entry.name) != acronym.upper()
                and not any(e.id == entry.id for e in self.memo.all(text)))

    def merge(self, keep: Entity, gone: Entity):
        for m in gone.mentions:
            m.entity = keep
        keep.mentions = sorted(keep.mentions + gone.mentions, key=lambda m: m.start)
        keep.roles += gone.roles
        keep.kb = keep.kb or gone.kb
        self.entities.remove(gone)

    def title_of(self, i: int) -> str | None:
        """The title word if token i is a title noun, compounds included (``Außenminister``)."""
        if not self.words[i][:1].isupper():
            return None
        return self.words[i] if _title_lemma(self.words[i]).lower().endswith(_TITLE_ENDINGS) else None

    def appositions(self):
        """Titles before a name (``Außenministerin Annalena Baerbock``, ``seinem polnischen Kollegen Y``)."""
        for m in sorted((m for m in self.mentions if m.entity.type == "PER" and m.form == "name"), key=lambda m: m.start):
            i = m.start - 1
            title_tok = None
            while i >= 0 and self.sent_of[i] == m.sent:
                low = self.lower[i]
                if title_tok is None and (self.title_of(i) or _title_lemma(self.words[i]).lower() in R.COLLEAGUE_HEADS):
                    title_tok = i
                elif title_tok is not None and (_ADJ.match(self.words[i]) or low in R.DETERMINERS or low in _POSSESSIVES):
                    pass
                else:
                    break
                i -= 1
            if title_tok is None:
                continue
            start = i + 1
            self.add_role(m.entity, start, title_tok, m.start)

    def ages(self):
        """Ages said with a name: ``Jan Kowalski, 45,`` and ``der 45-jährige Pilot Jan Kowalski``
        (``Jan Kowalski (45)``: :meth:`parentheses`), for a later ``der 45-Jährige``."""
        w = self.words
        for m in self.mentions:
            if m.form != "name" or m.entity.type != "PER" or "age" in m.entity.attributes:
                continue
            if m.end + 2 < len(w) and w[m.end] == "," == w[m.end + 2] and w[m.end + 1].isdigit() and 0 < int(w[m.end + 1]) < 120:
                m.entity.attributes["age"] = int(w[m.end + 1])
                continue
            i = m.start - 1  # back over the role's nouns and adjectives to an attributive age
            while i > m.start - 4 and i >= 0 and self.sent_of[i] == m.sent and not self.taken[i] and (
                    _ADJ.match(w[i]) or w[i][:1].isupper() and self.lower[i] not in R.DETERMINERS):
                i -= 1
            age = _attributive_age(w, i) if i >= 0 and self.sent_of[i] == m.sent else None
            if age is not None:
                m.entity.attributes["age"] = age

    def add_role(self, entity: Entity, start: int, title_tok: int, end: int, inherit=True, genitive=None):
        """``genitive``: the organisation named in the role's genitive ("die Präsidentin des
        Hilfswerks X"), its owner unless the title names one itself ("SPD-Chef")."""
        word = self.words[title_tok]
        low = self.lower[title_tok]
        of = None
        for t in range(start, end):  # a country adjective inside the role phrase
            if self.kb and _ADJ.match(self.words[t]):
                entry = self.adjective(self.words[t])
                if entry is not None:
                    of = self.entity_for_kb(entry)
                    if not any(mm.start == t for mm in of.mentions):
                        self.add(Mention(t, t + 1, "derived", "LOCderiv"), of)
        if "-" in word and of is None:  # SPD-Chef, EZB-Präsidentin
            prefix = word.split("-")[0]
            of = next((e for e in self.entities if e is not entity and prefix in e.name_tokens), None)
            if of is None and self.kb:
                entry = self.lookup(prefix)
                of = self.entity_for_kb(entry) if entry is not None else None
        if of is None:
            for prefix, org in R.TITLE_PREFIX_ORG.items():
                if low.startswith(prefix) and len(low) > len(prefix) + 3 and self.kb:
                    entry = self.lookup(org)
                    if entry is not None:
                        country = entry.stands_for or entry.country
                        of = self.existing_kb((self.kb.get(country) if country else None) or entry)
                    break
        if of is None and start > 0 and self.words[start - 1].endswith("s"):
            # a place's genitive before the role: "Hessens Umweltministerin", "Frankreichs Präsident"
            of = next((m.entity for m in self.mentions if m.end == start and m.entity.type == "LOC"), None)
        of = of or genitive
        of_kb = None
        if of is None and inherit and _title_lemma(word).lower().endswith(R.NATIONAL_OFFICES) and (
                "-" not in word or word.split("-")[0].lower() in R.TITLE_MODIFIER_PREFIXES):
            # wire convention: an unqualified office is the dateline country's
            of = self.dateline_country()
            if of is None:
                of_kb = self.dateline_country_entry()
        title = word
        if _title_lemma(word).lower() in R.COLLEAGUE_HEADS:
            # "seinem Kollegen": the title of the person the colleague relates to.
            prev = [m.entity for m in self.mentions if m.sent == self.sent_of[title_tok] and m.start < start
                    and m.entity.type == "PER" and m.entity is not entity and m.entity.roles]
            if not prev:
                return
            title = prev[-1].roles[0]["title"]
        else:
            title = _title_lemma(title)
        role = {"title": title, "of": of, **span(self.text, self.starts[start], self.ends[end - 1])}
        if of_kb is not None:  # the country is not named in the text: say which it is
            role["of_kb"], role["of_name"] = of_kb.id, of_kb.name
        if not any(r["title"] == title and r["start"] == role["start"] for r in entity.roles):
            entity.roles.append(role)
        if title.endswith("in") and title[:-2] in R.TITLE_HEADS.values():
            entity.gender = "f"
        elif entity.gender is None:
            entity.gender = "m"

    def dateline_country_entry(self):
        dl = self.record["meta"].get("dateline")
        entry = next(iter(self.memo.all(dl["place"].split("/")[0])), None) if dl and self.kb else None
        if entry is not None and entry.kind == "country":
            return entry
        return self.kb.get(entry.country or entry.stands_for or "") if entry is not None else None

    def dateline_country(self):
        return self.existing_kb(self.dateline_country_entry())

    def existing_kb(self, entry):
        if entry is None:
            return None
        return next((e for e in self.entities if e.kb is not None and e.kb.id == entry.id), None)

    def derived(self):
        """Adjectives of names (``russische`` -> Russland), from NER or the KB."""
        spans = [(a, b) for a, b, label in self.ents if label.endswith("deriv") and self.in_body(a, b)]
        if self.kb:
            spans += [(i, i + 1) for i in self.body_tokens
                      if not self.taken[i] and _ADJ.match(self.words[i]) and self.adjective(self.words[i]) is not None]
        for start, end in sorted(set(spans)):
            if any(self.taken[start:end]):
                continue
            entry = self.adjective(self.words[start]) if self.kb else None
            if entry is None and self.kb:
                entry = self.lookup(self.words[start])
            if entry is None:
                continue
            self.add(Mention(start, end, "derived", entry.type + "deriv"), self.entity_for_kb(entry))

    def institutions_and_groups(self):
        for i in self.body_tokens:
            if self.taken[i] or not self.words[i][:1].isupper():
                continue
            low = self.lower[i]
            if _is_ministry(low):
                self.add_institution(i)
            elif low in R.GROUP_HEADS and i > 0 and self.lower[i - 1] in R.DETERMINERS and self.sent_start(i - 1):
                name = R.GROUP_HEADS[low]
                entity = next((e for e in self.entities if e.kind == "group" and e.name_tokens == [name]), None)
                if entity is None:
                    entity = Entity(type="ORG", kind="group", name_tokens=[name])
                    self.entities.append(entity)
                self.add(Mention(i - 1, i + 1, "nominal", "ORG"), entity)

    def add_institution(self, i: int) -> None:
        """``seines Innenministeriums``: a ministry, owned by the country of whoever "sein" is."""
        w = self.words[i]
        name = w[:-1] if self.lower[i].endswith("s") else w
        owner = self.owner(i)
        entity = next((e for e in self.entities if e.kind == "institution" and e.name_tokens == [name]
                       and e.attributes.get("of") is owner), None)
        if entity is None:
            entity = Entity(type="ORG", kind="institution", name_tokens=[name])
            if owner is not None:
                entity.attributes["of"] = owner
            self.entities.append(entity)
        j = i  # "das kenianische Außenministerium" is a description: article, adjectives and head
        while j > 0 and _ADJ.match(self.words[j - 1]) and self.lower[j - 1] not in R.DETERMINERS:
            j -= 1
        if j > 0 and self.lower[j - 1] in R.DETERMINERS and not self.taken[j - 1]:
            self.add(Mention(j - 1, i + 1, "nominal", "ORG"), entity)
        else:
            self.add(Mention(i, i + 1, "name", "ORG"), entity)

    def sent_start(self, i: int) -> bool:
        return i == 0 or self.sent_of[i - 1] != self.sent_of[i]

    def owner(self, i: int) -> Entity | None:
        """Whose institution: a country adjective or a possessive before it, or a capital after it."""
        j = i - 1
        stop = R.DETERMINERS | _POSSESSIVES
        while j >= 0 and _ADJ.match(self.words[j]) and self.lower[j] not in stop and self.kb and self.adjective(self.words[j]) is None:
            j -= 1
        if j >= 0 and self.kb and _ADJ.match(self.words[j]) and self.adjective(self.words[j]) is not None:
            country = self.entity_for_kb(self.adjective(self.words[j]))
            if not self.taken[j]:  # "das kenianische Außenministerium": the adjective is a mention of Kenya
                self.add(Mention(j, j + 1, "derived", "LOCderiv"), country)
            return country
        if j >= 0 and self.lower[j] in _POSSESSIVES:
            self.possessed.append((i, j))  # resolved once roles are known: see owners()
        if i + 2 < len(self.words) and self.lower[i + 1] == "in" and self.kb:  # "das Verteidigungsministerium in Seoul"
            city = self.lookup(self.words[i + 2])
            country = self.kb.get(city.stands_for) if city is not None and city.kind == "city" and city.stands_for else None
            if country is not None and country.kind == "country":
                return self.entity_for_kb(country)
        return None

    def owners(self):
        """``seines Innenministeriums``: the country of the person "sein" refers to."""
        for i, j in self.possessed:
            entity = next((m.entity for m in self.mentions if m.start <= i < m.end and m.entity.kind == "institution"), None)
            person = self.resolve_pronoun(j)
            if entity is None or person is None or "of" in entity.attributes:
                continue
            country = next((r["of"] for r in person.roles if r["of"] is not None and r["of"].kind == "country"), None)
            entity.attributes["of"] = country or person

    def descriptions(self):
        """Definite descriptions: ``der Kremlchef``, ``den 66-Jährigen``, ``das Nachbarland``; and
        indefinite ones with an age, which introduce someone new: ``ein 45-jähriger Mann``."""
        n = len(self.words)
        derived = {t for m in self.mentions if m.form == "derived" for t in range(m.start, m.end)}
        for i in self.body_tokens:
            indefinite = self.lower[i] in R.INDEFINITE_ARTICLES
            if self.lower[i] in _POSSESSIVES and i + 1 < n and self.lower[i + 1] in R.ORGAN_HEADS and not self.taken[i + 1]:
                owner = self.resolve_pronoun(i)  # "Sein Büro": the office of the person "sein" refers to
                if owner is not None:
                    self.add_organ(i, i + 1, i + 2, owner, f"{self.words[i + 1]} ({' '.join(owner.name_tokens)})")
                continue
            if not (indefinite or self.lower[i] in R.DETERMINERS) or self.taken[i]:
                continue
            j, age = i + 1, None
            while j < n and self.lower[j] not in R.DETERMINERS and (not self.taken[j] or j in derived):
                # adjectives, an attributive age among them; a determiner starts a phrase of its own ("das den Minister")
                if _ADJ.match(self.words[j]) or j in derived or self.place_adjective(j):  # "das Kieler Unternehmen"
                    pass
                elif j + 1 < n and self.words[j + 1][:1].isupper() and (years := _attributive_age(self.words, j)) is not None:
                    age = years
                else:
                    break
                j += 1
            if j >= n or self.taken[j] or not (self.words[j][:1].isupper() or _AGE.fullmatch(self.words[j])):
                continue
            if j + 1 < n and self.taken[j + 1] and self.entity_at(j + 1, "PER") is not None:
                continue  # an apposition before a name, done already
            det, head = self.lower[i], self.lower[j]
            if indefinite:
                if age is not None and _person_head(head):
                    self.add_unnamed_person(i, j, age)
                continue
            if noun_age := _AGE.fullmatch(self.words[j]):
                age = int(noun_age.group(1))
            title = self.title_of(j)
            if (age or title) and (app := self.named_apposition(j)) is not None:
                if title:  # "Die Präsidentin des Hilfswerks X, Anna Berg,": her role, not a reference back
                    self.add_role(app[0], i, j, app[1], genitive=app[2])
                continue
            if age or title:
                female = head.endswith("in") or (age and det == "die")
                if det == "die" and not female or any(self.lower[k] in R.PLURAL_QUANTIFIERS for k in range(i + 1, j)):
                    continue  # "die Präsidenten", "der beiden Politiker": plural
                target = (self.office_holder(j, title) if title else None) or self.resolve_person(i, title, female, age)
                if target is None:
                    continue
                if age:
                    target.attributes.setdefault("age", age)
                if title and not any(_title_match(_title_lemma(title), t) for t in target.titles):
                    target.roles.append({"title": _title_lemma(title), "of": None, **span(self.text, self.starts[i], self.ends[j])})
                self.add(Mention(i, j + 1, "nominal", "PER"), target)
            elif head in ("hauptstadt", "metropole") and self.kb:
                country = next((self.adjective(self.words[t]) for t in range(i + 1, j) if self.adjective(self.words[t])), None)
                capital = _capitals(self.kb).get(country.id) if country else None
                if capital is not None:
                    self.add(Mention(i, j + 1, "nominal", "LOC"), self.entity_for_kb(capital))
            elif head in R.COUNTRY_HEADS or head.rstrip("s") in R.COUNTRY_HEADS:
                target = self.resolve_country(i)
                if target is not None:
                    self.add(Mention(i, j + 1, "nominal", "LOC"), target)
            elif head in R.ORGAN_HEADS and not indefinite and (owner := self.genitive_name(j)) is not None:
                # "der Rat der EU": an organ of the body named in the genitive, a name of its own
                self.add_organ(j, j, owner[1], owner[0], " ".join(self.words[j:owner[1]]))
            elif _org_head(det, head) and not (j + 1 < n and (self.taken[j + 1] or self.words[j + 1][:1].isupper())):
                # (not before a name: "der Konzern Volkswagen" is an apposition, not a reference back)
                target = self.resolve_organisation(i, head)
                if target is not None:
                    self.add(Mention(i, j + 1, "nominal", "ORG"), target)
            elif head in R.CITY_HEADS:
                cities = [m.entity for m in self.candidates(i, ("LOC",)) if m.entity.kind == "city"]
                if cities:
                    self.add(Mention(i, j + 1, "nominal", "LOC"), cities[-1])
            elif self.kb and det in ("der", "die", "den", "dem") and self.kb.demonym(self.words[j]) is not None:
                # "die Französin": a person of that nationality named before
                female = head.endswith("in")
                target = self.resolve_person(i, None, female, None, self.kb.demonym(self.words[j]))
                if target is not None:
                    self.add(Mention(i, j + 1, "nominal", "PER"), target)

    @cached_property
    def tags(self) -> list[str]:
        """STTS tags as the tagger gave them (read here, not through the shared cache of
        :func:`token_strings`: this stage retags names after its passes)."""
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(TAG).tolist()]

    def named_apposition(self, j: int) -> tuple[Entity, int, Entity | None] | None:
        """The person a description ending at token ``j`` is in apposition to, with the
        description's end and the organisation named in its genitive: "die Präsidentin
        des Hilfswerks X (HX), Anna Berg," (a complement holds no verb and no clause)."""
        tags, sent, owner = self.tags, self.sent_of[j], None
        genitive = j + 1 < len(self.words) and self.lower[j + 1] in ("des", "der")
        for k in range(j + 1, min(j + 16, len(self.words) - 1)):
            if self.sent_of[k] != sent or tags[k][:1] == "V" or tags[k] in ("$.", "KOUS", "PRELS", "KON"):
                return None
            if self.words[k] == ",":
                n = k + 1
                while n < k + 3 and n < len(self.words) and self.words[n] in R.HONORIFICS:
                    n += 1  # ", Prinz X,", ", Prof. Dr. Y,"
                person = self.entity_at(n, "PER", names_only=True)
                return (person, k, owner) if person is not None else None
            if genitive and owner is None:
                owner = self.entity_at(k, "ORG")
        return None

    def office_holder(self, j: int, title: str) -> Entity | None:
        """"der Präsident der Handelskammer": the one person named before who holds that office
        (any head's, for a head) of the body in the genitive ("Handelskammerpräsident Jan Weber")."""
        named = self.genitive_name(j)
        if named is None or named[0].type != "ORG":
            return None
        body = named[0]
        word = body.name_tokens[-1].split("-")[-1].lower()  # "EU-Kommission": a "Kommissionschef" leads it
        lemma = _title_lemma(title).lower()
        leader = lemma.endswith(R.LEADER_TITLES)
        holders = {id(m.entity): m.entity for m in self.candidates(j) if any(
            (r["of"] is body or len(word) > 3 and word in r["title"].lower())
            and (r["title"].lower().endswith(R.LEADER_TITLES) if leader else _title_match(lemma, r["title"]))
            for r in m.entity.roles)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def genitive_name(self, j: int) -> tuple[Entity, int] | None:
        """The body or place named in a genitive right after token ``j`` ("der EU", "des
        Konzerns Bayer"), with the end of its name."""
        if j + 2 >= len(self.words) or self.lower[j + 1] not in ("der", "des"):
            return None
        m = next((m for m in self.mentions if m.start in (j + 2, j + 3) and m.form == "name"
                  and m.entity.type in ("ORG", "LOC")), None)
        return (m.entity, m.end) if m is not None else None

    def add_organ(self, start: int, head: int, end: int, owner: Entity, name: str) -> None:
        """An organ of ``owner`` ("der Rat der EU", "Sein Büro"), an organisation of its own,
        mentioned by tokens ``[start, end)`` (a name with its genitive, or a description)."""
        entity = next((e for e in self.entities if e.kind == "organisation" and " ".join(e.name_tokens) == name
                       and e.attributes.get("of") is owner), None)
        if entity is None:
            entity = Entity(type="ORG", kind="organisation", name_tokens=name.split(), attributes={"of": owner})
            self.entities.append(entity)
        self.add(Mention(start, end, "name" if start == head else "nominal", "ORG"), entity)  # (over the genitive's mention)

    def party_members(self):
        """"der Freiheitliche", "der Sozialdemokrat" (a party's word for its member, in the
        masculine singular): the last person named before with that party or an office of it,
        not the party ("der SPD", a genitive, ends in no -e or -demokrat)."""
        for m in [m for m in self.mentions if m.entity.kind == "party" and m.end - m.start == 1 and m.start > 0]:
            word = self.lower[m.start]
            if self.lower[m.start - 1] != "der" or not (word.endswith("e") or word.endswith(R.PARTY_MEMBER_ENDINGS)):
                continue
            party = m.entity
            members = [c for c in self.candidates(m.start) if c.entity.attributes.get("party") is party
                       or any(r["of"] is party for r in c.entity.roles)]
            if members:
                party.mentions.remove(m)
                self.mentions.remove(m)
                self.add(Mention(m.start - 1, m.end, "nominal", "PER"), members[-1].entity)

    def add_unnamed_person(self, i: int, j: int, age: int) -> None:
        """A person first described, not named: ``ein 45-jähriger Mann`` (named ``45-jähriger Mann``)."""
        head = self.lower[j]
        female = head.endswith(("in", "frau", "tochter")) or self.lower[i] in ("eine", "einer") and not head.endswith("mann")
        neuter = head.endswith(("kind", "mädchen", "baby")) or self.lower[j - 1].endswith("jähriges")
        entity = Entity(type="PER", kind="person", name_tokens=self.words[i + 1:j + 1],
                        gender="f" if female else None if neuter else "m", attributes={"age": age})
        self.entities.append(entity)
        self.add(Mention(i, j + 1, "nominal", "PER"), entity)

    def candidates(self, i: int, types=("PER",)):
        """Mentions of ``types`` in the six sentences before token ``i``, in text order
        (the passes add them in another)."""
        return sorted((m for m in self.mentions if m.start < i and m.entity.type in types and m.sent >= self.sent_of[i] - 6),
                      key=lambda m: m.start)

    def resolve_person(self, i: int, title: str | None, female: bool, age: int | None, place=None) -> Entity | None:
        """The person a description refers to; ``place``: the KB entry of a demonym (``der Norweger``)."""
        sent = self.sent_of[i]
        cands = [m for m in self.candidates(i) if (m.entity.gender == "f") == bool(female) or m.entity.gender is None]
        if place is not None and place.kind == "country":
            same = [m for m in cands if place.id in m.entity.countries]
            if same:
                return same[-1].entity
            cands = [m for m in cands if not m.entity.countries]  # the Swede is not "der Norweger"
        if age:
            same_age = [m for m in cands if m.entity.attributes.get("age") == age]
            if same_age:
                return same_age[-1].entity
            cands = [m for m in cands if m.entity.attributes.get("age") is None]  # "der 57-Jährige" is not the 61-year-old
        else:  # someone only described ("ein 45-jähriger Mann") is not "die Sprecherin" or "der Norweger"
            cands = [m for m in cands if m.entity.named]
        if title:
            party = title.split("-")[0] + "-" if "-" in title[1:] else None
            same = [m for m in cands if party and any(party in r["text"] for r in m.entity.roles)]
            if same:  # "der ÖVP-Politiker": the one whose office was said with ÖVP
                return same[-1].entity
            lemma = _title_lemma(title).lower()
            same = [m for m in cands if any(t.lower().endswith(lemma) or lemma.endswith(t.lower()) for t in m.entity.titles)]
            if same:
                return same[-1].entity
            # Otherwise someone whose known titles fit the same office, or who has none.
            cands = [m for m in cands if not m.entity.titles or any(_title_match(lemma, t) for t in m.entity.titles)]
        return _last_outside(cands, sent, self.opening)

    def resolve_organisation(self, i: int, head: str = "") -> Entity | None:
        """The organisation a description such as ``der Autobauer`` refers to: the last one
        named in the six sentences before, not in its own sentence (as for persons); for "das
        Ministerium" a ministry first, not a bank named since.  (Only ministries: "die Bank"
        after "Unicredit" is Unicredit, not a "Zentralbank" named before it.)"""
        cands = self.candidates(i, ("ORG",))
        if any(w.endswith(R.PRIVATE_ORG_HEADS) for w in R.genitive_stems(head)):
            cands = [m for m in cands if m.entity.kind not in ("party", "institution")]
        elif head:
            cands = [m for m in cands if m.entity.kind != "party"]  # "die Behörde" is no party
        same = [m for m in cands if head == "ministerium" and m.entity.kind == "institution"
                and " ".join(m.entity.name_tokens).lower().endswith(head)]
        return _last_outside(same, self.sent_of[i]) or _last_outside(cands, self.sent_of[i])

    def resolve_country(self, i: int) -> Entity | None:
        sent = self.sent_of[i]
        here = {id(m.entity) for m in self.mentions if m.sent == sent and m.start < i + 8}
        scores = {}
        for m in self.candidates(i, ("LOC",)):
            e = m.entity
            if e.kind != "country" or id(e) in here:
                continue
            recency = 2 if m.sent >= sent - 1 else (1 if m.sent >= sent - 3 else 0)
            scores[id(e)] = (scores.get(id(e), (0, e))[0] + 1 + recency, e)
        if not scores:
            return None
        return max(scores.values(), key=lambda s: s[0])[1]

    def pronouns(self):
        for i in self.body_tokens:
            low = self.lower[i]
            if self.taken[i]:
                continue
            if low in R.PRONOUNS_MASC or (low in R.PRONOUNS_FEM and low != "ihr"):
                if low in _POSSESSIVES and not (i + 1 < len(self.words) and self.words[i + 1][:1].isalpha()
                                                                        and not self.doc[i + 1].is_punct and self.lower[i + 1] not in {"und", "oder"}):
                    continue  # "... sein." is the verb
                target = self.resolve_pronoun(i)
                if target is not None:
                    self.add(Mention(i, i + 1, "pronoun", "PER"), target)

    def resolve_pronoun(self, i: int) -> Entity | None:
        low = self.lower[i]
        female = low in R.PRONOUNS_FEM
        sent = self.sent_of[i]
        window = [m for m in self.candidates(i) if m.sent >= sent - 1]
        if female:
            window = [m for m in window if m.entity.gender == "f"]
        else:
            window = [m for m in window if m.entity.gender != "f"]
        if not window:
            return None
        distinct = {id(m.entity) for m in window}
        # Prefer the subject-like mention (not inside a prepositional phrase),
        # in the same sentence first, then the previous one.
        for s in (sent, sent - 1):
            core = [m for m in window if m.sent == s and not m.in_pp]
            if core:
                return core[-1].entity if s == sent else core[0].entity
        return window[-1].entity if len(distinct) == 1 else None

    def metonyms(self):
        """A capital acting as a government (``bezeichnete Minsk als ...``) stands for its country."""
        if not self.kb:
            return
        for m in list(self.mentions):
            e = m.entity
            if e.kind != "city" or m.form != "name" or e.kb is None or not getattr(e.kb, "country", None):
                continue
            if self.dateline_mention(m):
                continue
            prev = self.lower[m.start - 1] if m.start else ""
            before = self.lower[m.start - 2] if m.start > 1 else ""
            locative = prev in R.LOCATIVE_PREPOSITIONS and before not in R.GOVERNMENT_HEADS
            if locative or not getattr(e.kb, "capital", False) and e.kb.stands_for is None:
                continue
            country_entry = self.kb.get(e.kb.stands_for or e.kb.country)
            if country_entry is None:
                continue
            country = self.entity_for_kb(country_entry)
            e.mentions.remove(m)
            m.entity, m.metonym = country, True
            country.mentions.append(m)
            if not e.mentions:
                self.entities.remove(e)

    def dateline_mention(self, m: Mention) -> bool:
        dl = self.record["meta"].get("dateline")
        return bool(dl) and dl["start"] <= self.starts[m.start] < dl["end"]

    # -- output --------------------------------------------------------------
    def write(self):
        text = self.text
        live = [e for e in self.entities if e.mentions]
        live.sort(key=lambda e: min(m.start for m in e.mentions))
        for n, e in enumerate(live, 1):
            e.id = f"e{n}"
        out = []
        for e in live:
            mentions = sorted(e.mentions, key=lambda m: m.start)
            names = [m for m in mentions if m.form == "name" and not m.metonym]
            if e.kb is not None:
                name = e.kb.name
            elif names:
                name = " ".join(max((_strip_genitive(self.words[m.start:m.end], live) for m in names), key=len))
            else:
                name = " ".join(e.name_tokens)
            if e.kind == "institution" and e.kb is None:
                name = _owned_name(name, e.attributes.get("of"))
            item = {"id": e.id, "name": name, "type": e.type, "kind": e.kind, "roles": [], "mentions": []}
            if e.kb is not None:
                item["kb"] = e.kb.id
            for r in e.roles:
                role = dict(r)
                role["of"] = r["of"].id if isinstance(r["of"], Entity) and r["of"].id else None
                item["roles"].append(role)
            for key, value in e.attributes.items():
                if isinstance(value, Entity) and not value.id:
                    continue  # an owner never mentioned: no id to point to
                item[key] = value.id if isinstance(value, Entity) else value
            if e.gender:
                item["gender"] = e.gender
            for m in mentions:
                a, b = self.starts[m.start], self.ends[m.end - 1]
                mention = span(text, a, b, form=m.form)
                if m.metonym:
                    mention["metonym"] = True
                item["mentions"].append(mention)
            out.append(item)
        self.record["entities"] = out


def _owned_name(name: str, owner) -> str:
    """``Innenministerium (Russland)``, as the seed's analysts name it: a ministry's name with
    its country, so that every country's ministry is an actor of its own."""
    kb = getattr(owner, "kb", None)
    if kb is None or owner.kind != "country" or "-" in name:
        return name
    return f"{name} ({kb.name})"


def _is_ministry(low: str) -> bool:
    return low.endswith(("ministerium", "ministeriums")) and len(low) > len("ministerium") + 2


_CAPITALS: dict = {}


def _capitals(kb) -> dict:
    """Country id -> its capital's entry (a city that stands for the country)."""
    if not _CAPITALS:
        for entry in kb.entries.values():
            if entry.kind == "city" and entry.stands_for:
                _CAPITALS.setdefault(entry.stands_for, entry)
    return _CAPITALS


_FINITE_VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def _without_verbs(doc, ents: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """Names of people, places and organisations split at a lower-case finite verb, which
    none of them contains: "X lud Y" is two names, "X lud" one without the verb (titles and
    slogans, OTH, may hold verbs)."""
    if not ents:
        return ents
    tags = doc.to_array(TAG).tolist()
    verbs = {t for t in set(tags) if doc.vocab.strings[t] in _FINITE_VERBS}  # empty without a tagger
    out = []
    for start, end, label in ents:
        cuts = [i for i in range(start, end) if tags[i] in verbs and words[i].islower()
                and words[i] not in NAME_PARTICLES] if label in ("PER", "LOC", "ORG") else []
        for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end]):
            if a < b:
                out.append((a, b, label))
    return out


def _names_exactly(entry, surface: str) -> bool:
    """Guard for KB-only mentions: the surface is a listed name, maybe in the genitive."""
    names = {entry.name, *entry.aliases}
    return surface in names or (surface.endswith("s") and surface[:-1] in names)


def _strip_genitive(tokens: list[str], entities: list[Entity]) -> list[str]:
    """Genitive names: ``Merkels`` -> ``Merkel`` when an entity already has the base form."""
    last = tokens[-1]
    if len(last) > 4 and last.endswith("s") and not last.endswith(("ss", "us", "os", "as", "is")):
        base = last[:-1]
        if any(base in e.name_tokens for e in entities):  # not just any "-es": "Nahles", "Gates" are names
            return tokens[:-1] + [base]
    return list(tokens)


@lru_cache(maxsize=1 << 14)
def _title_lemma(word: str) -> str:
    """``Kollegen`` -> ``Kollege``, ``Langzeitpräsidenten`` -> ``Langzeitpräsident``, ``SPD-Chef`` -> ``Chef``."""
    word = word.split("-")[-1] if "-" in word[1:] else word
    low = word.lower()
    if low.endswith(_TITLE_ENDINGS) or low in R.COLLEAGUE_HEADS:
        return word
    for ending in ("en", "n", "s", "es"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and (stem.endswith(_TITLE_ENDINGS) or stem in R.COLLEAGUE_HEADS):
            return word[: -len(ending)]
    return word


_PLAIN_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñ]+(?:-[A-ZÄÖÜ]?[a-zäöüßéèáàóòíìúùçñ]+)*")


def _title_match(a: str, b: str) -> bool:
    """Do two titles describe the same office?  (``Langzeitpräsident`` ~ ``Präsident``)."""
    a, b = a.lower(), b.lower()
    if a == b or a.endswith(b) or b.endswith(a):
        return True
    for generic, offices in R.GENERIC_TITLES.items():  # "Manager" ~ "Konzernchef"
        if a.startswith(generic) and b.endswith(offices) or b.startswith(generic) and a.endswith(offices):
            return True
    heads = {t.lower() for t in R.HEAD_OF_STATE}
    in_a = any(a.endswith(h) for h in heads)
    in_b = any(b.endswith(h) for h in heads)
    return in_a and in_b


def _attributive_age(words: list[str], i: int) -> int | None:
    """The age of an adjective ``45-jährige(r/n)`` at ``i`` (not the noun ``45-Jährige``)."""
    m = _AGE.fullmatch(words[i])
    return int(m.group(1)) if m and "jährig" in words[i] else None


def _person_head(head: str) -> bool:
    """Whether a lower-cased noun after an age names a person (``Mann``, ``Zeugin``, ``Fahrer``)."""
    return head.endswith(R.AGE_PERSON_HEADS) or (head.endswith(R.DESCRIPTION_PERSON_ENDINGS)
                                                 and not head.endswith(R.DESCRIPTION_NOT_PERSONS))


def _last_outside(cands, sent: int, opening: list[int] | None = None) -> Entity | None:
    """The entity of the last candidate mention not named in sentence ``sent`` too: a
    description rarely refers to someone or something named earlier in its own sentence.
    Of the sentence right before, a name opening it (``opening``: each sentence's first
    token; within three tokens, titles before a name) comes first: its subject ("Präsident
    X empfing den früheren Regierungschef Y. ..., sagte der 45-Jährige": X)."""
    in_sentence = {id(m.entity) for m in cands if m.sent == sent}
    others = [m for m in cands if id(m.entity) not in in_sentence]
    if not others:
        return None
    if opening is not None and others[-1].sent == sent - 1:
        latest = [m for m in others if m.sent == sent - 1]
        first = min(latest, key=lambda m: m.start)
        if first.form == "name" and first.start - opening[first.sent] <= 3:
            return first.entity
    return others[-1].entity


def _org_head(det: str, head: str) -> bool:
    """Whether ``det head`` describes one organisation: ``der Autobauer``, ``die Fluggesellschaft``,
    ``des Unternehmens``."""
    stems = R.genitive_stems(head) if det == "des" else (head,)
    end = next((e for w in stems for e in R.ORG_HEADS if w.endswith(e)), None)
    if end is None or head.startswith(R.NOT_ORG_HEAD_PREFIXES):
        return False
    return det != "die" or R.ORG_HEADS[end] == "f"

