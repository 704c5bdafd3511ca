"""Events: who did what to whom, typed with PLOVER.

A trigger (verb lemma, particle verb, or event noun from
:mod:`depesche.lang.de_events`) opens an event; its source and target come
from the sentence's structure: the actor outside any prepositional phrase is
the agent, ``mit``/``gegen``/``zum`` phrases and other actors give the
target, ``von``-phrases the agent of passives and nouns (``auf Bitten von X``),
coordination (``X und Y``) makes several sources.  Status, time, place and the
quote an event was said in are attached from the same sentence.
"""
from __future__ import annotations

from ..lang import de_events as L
from ..lang.de_roles import HEAD_OF_STATE, TITLE_HEADS
from .entities import _title_lemma
from ..pipeline import Component
from ..record import body_range, span

_PREPOSITIONS = L.TARGET_PREPOSITIONS | L.AGENT_PREPOSITIONS | {
    "in", "im", "bei", "beim", "aus", "über", "unter", "vor", "nach", "seit", "während", "wegen", "trotz", "um", "angesichts"}


class Events(Component):
    name = "events"
    version = "0.1.0"
    requires = ("record.entities", "record.timexes", "record.quotes", "token.is_sent_start")
    assigns = ("record.events",)

    def __call__(self, doc):
        record = doc._.record
        actor_of = _actor_tokens(doc, record)
        body_start, body_end = body_range(record)
        events = []
        for sent in doc.sents:
            if sent.end_char <= body_start or sent.start_char >= body_end:
                continue
            events += _sentence_events(doc, sent, actor_of, record)
        events = _drop_echoes(events)
        for n, event in enumerate(events, 1):
            event["id"] = f"v{n}"
        record["events"] = events
        return doc


def _actor_tokens(doc, record) -> list[str | None]:
    """Entity id per token for actor mentions (names, descriptions, pronouns)."""
    kinds = {e["id"]: e for e in record["entities"]}
    out: list[str | None] = [None] * len(doc)
    for e in record["entities"]:
        for m in e["mentions"]:
            # Adjectives and possessives modify a noun; they are not arguments.
            if m["form"] == "derived" or (m["form"] == "pronoun" and m["text"].lower().startswith(("sein", "ihr"))):
                continue
            sp = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if sp is not None:
                for t in range(sp.start, sp.end):
                    out[t] = e["id"]
    return [eid if eid and kinds[eid]["type"] in ("PER", "ORG", "LOC") else None for eid in out]


def _stem(word: str) -> str:
    low = word.lower()
    if low.startswith("ge") and len(low) > 6:
        low = low[2:]
    for ending in L.VERB_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


# Promise verbs only set the status of the event they embed ("sicherte zu, ... zu schicken").
_ALL_VERBS = {**{v: ("PROMISE", None) for v in L.PROMISE_VERBS}, **L.VERBS, **L.VERBS_OTHER,
              **{v: ("LABEL", None) for v in L.LABEL_VERBS}}
_VERB_STEMS: dict[str, str] = {}
for _lemma in _ALL_VERBS:
    _VERB_STEMS.setdefault(_stem(_lemma), _lemma)
    for _p in L.SEPARABLE_PARTICLES:  # "sicherte ... zu": base stem + particle
        if _lemma.startswith(_p) and len(_lemma) > len(_p) + 3:
            _VERB_STEMS.setdefault(f"{_stem(_lemma[len(_p):])}|{_p}", _lemma)
            _VERB_STEMS.setdefault(_p + "ge" + _stem(_lemma[len(_p):]), _lemma)  # zugesichert


def _trigger(sent, i: int):
    """``(lemma, (type, mode), particle token index)`` if token i triggers an event."""
    tok = sent.doc[i]
    word = tok.text
    if not word.isalpha():
        return None
    low = word.lower()
    lemma = tok.lemma_.lower() if tok.lemma_ else ""
    if word[0].isupper() and (tok.i == sent.start or not tok.is_sent_start) and low in L.NOUNS:
        return low, L.NOUNS[low], None
    if word[0].isupper() and tok.i != sent.start:
        return None
    if _attributive(sent.doc, i):
        return None
    if lemma in _ALL_VERBS:
        return lemma, _ALL_VERBS[lemma], None
    irregular = L.IRREGULAR.get(low)
    if irregular:
        lemma, _, particle = irregular.partition("|")
        if not particle:
            return (lemma, _ALL_VERBS[lemma], None) if lemma in _ALL_VERBS else None
        end = _particle_at_clause_end(sent, i, particle)
        if end is not None and lemma in _ALL_VERBS:
            return lemma, _ALL_VERBS[lemma], end
        base = lemma[len(particle):]
        return (base, _ALL_VERBS[base], None) if base in _ALL_VERBS else None
    stem = _stem(word)
    # A separated particle at the end of the clause: "kündigte ... an", "sicherte ... zu".
    last = _clause_last(sent, i)
    if last is not None:
        key = f"{stem}|{sent.doc[last].text.lower()}"
        if key in _VERB_STEMS:
            return _VERB_STEMS[key], _ALL_VERBS[_VERB_STEMS[key]], last
    if stem in _VERB_STEMS and "|" not in stem:
        lemma = _VERB_STEMS[stem]
        return lemma, _ALL_VERBS[lemma], None
    return None


# Event types that are complete without a target (a protest, an election result).
_NO_TARGET = {"PROTEST", "OTHER", "MOBILIZE"}
_GENITIVE = {"des", "eines", "seines", "ihres", "dessen", "deren"}
_PRONOUNS = {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}


def _attributive(doc, i: int) -> bool:
    """``die scharf kritisierten Angriffe``: a participle before its noun is no verb."""
    word = doc[i].text
    if i == 0 or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    if not word.endswith(("te", "ten", "tes", "tem", "ter", "ene", "enen", "enes", "enem", "ener")):
        return False
    prev = doc[i - 1].text
    return prev[:1].islower() and prev.lower() not in _PRONOUNS


def _clause_last(sent, i: int) -> int | None:
    """Last token of the clause token i stands in: where a separated particle goes."""
    doc = sent.doc
    for j in range(i + 1, min(sent.end, i + 25)):
        if doc[j].text in {",", ".", ";", ":"} and (doc[j].text != "," or _clause_ends(doc, j)):
            return j - 1
    return None


def _particle_at_clause_end(sent, i: int, particle: str) -> int | None:
    last = _clause_last(sent, i)
    return last if last is not None and sent.doc[last].text.lower() == particle else None


def _clause_ends(doc, j: int) -> bool:
    return j + 1 >= len(doc) or doc[j + 1].text.lower() in {"dass", "ob", "im", "um", "die", "der", "das", "weil", "wenn", "als"}


def _sentence_events(doc, sent, actor_of, record) -> list[dict]:
    events = []
    lows = [t.text.lower() for t in sent]
    words = set(lows)
    # Computed once per sentence: per-trigger work must stay linear on very long sentences.
    hits = {i: h for i in range(sent.start, sent.end) if (h := _trigger(sent, i)) is not None}
    promise_end = min((h[2] if h[2] is not None else i for i, h in hits.items() if h[0] in L.PROMISE_VERBS), default=None)
    clauses = _clauses(doc, sent)
    mentions: dict = {}  # per-clause caches
    for i, hit in hits.items():
        lemma, (etype, mode), particle = hit
        needs = L.NEEDS_OBJECT.get(lemma)
        if needs and not needs & words:
            continue
        if etype == "PROMISE":
            continue
        if etype == "LABEL":
            etype = _label_type(lows, lemma)
            if etype is None:
                continue
        is_noun = doc[i].text[0].isupper() and doc[i].text.lower() in L.NOUNS
        if is_noun and any(v["type"] == etype and v["trigger"]["start"] < doc[i].idx < v["trigger"]["end"] + 60 for v in events):
            continue  # "verstärkt die Kontakte": the noun is the verb's object, one event
        source, target = _arguments(doc, sent, i, actor_of, is_noun, etype, clauses, mentions)
        if not source and not target:
            source = _plural_pair(doc, sent, record, actor_of) if etype in L.SYMMETRIC else []
        if not source and not target:
            continue
        if not target and etype not in _NO_TARGET and not (etype in L.SYMMETRIC and len(source) > 1):
            continue  # who did it to whom is the point: without a target the reading is too unsure
        text = record["text"]
        trig = span(text, doc[i].idx, doc[i].idx + len(doc[i]))
        event = {"id": "", "type": etype, "trigger": trig, "source": source, "target": target,
                 "location": _location(doc, sent, record), "time": _time(doc, sent, i, record),
                 "status": _status(doc, sent, i, lemma, lows, is_noun, promise_end)}
        if mode:
            event["mode"] = mode
        event["_noun"], event["_sent"] = is_noun, sent.start
        if particle is not None:
            event["particle"] = span(text, doc[particle].idx, doc[particle].idx + len(doc[particle]))
        quote = next((q["id"] for q in record.get("quotes", []) if q["start"] <= trig["start"] < q["end"]), None)
        if quote:
            event["quote"] = quote
        events.append(event)
    return events


_NP_WORDS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer",
             "sein", "seine", "seinem", "seinen", "seines", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihres", "ihrer",
             "und", "von", "vom", "mit", "gegen", "gegenüber", "zwischen", "durch", "seitens", "an", "für", "zu", "zum", "zur"}


def _phrase_end(doc, sent, i: int) -> int:
    """Last token of the noun phrase an event noun heads (its von/mit/gegen attachments)."""
    end = i
    for t in range(i + 1, min(sent.end, i + 9)):
        word = doc[t].text
        if doc[t].is_punct or not (word[:1].isupper() or word.lower() in _NP_WORDS or word.lower().endswith(("en", "er", "em", "es", "e"))):
            break
        if word.lower() in {"war", "ist", "sind", "waren", "wurde", "hat", "habe", "sei", "werden", "wird"}:
            break
        end = t
    return end


def _drop_echoes(events: list[dict]) -> list[dict]:
    """``verhängte Sanktionen gegen X``: the noun repeats its verb's event; keep the verb's."""
    keep = []
    for v in events:
        echo = v.get("_noun") and any(
            w is not v and not w.get("_noun") and w["type"] == v["type"] and w["_sent"] == v["_sent"]
            and set(w["source"] + w["target"]) & set(v["source"] + v["target"]) for w in events)
        if not echo:
            keep.append(v)
    for v in keep:
        v.pop("_noun", None)
        v.pop("_sent", None)
    return keep


def _label_type(lows: list[str], lemma: str) -> str | None:
    """``bezeichnete X als Verbündeten`` -> SUPPORT; ``... als Bedrohung`` -> ACCUSE."""
    marker = L.LABEL_VERBS[lemma]
    if marker not in lows:
        return None
    after = lows[lows.index(marker) + 1: lows.index(marker) + 5]
    if set(after) & L.POSITIVE_LABELS:
        return "SUPPORT"
    if set(after) & L.NEGATIVE_LABELS:
        return "ACCUSE"
    return None


def _plural_pair(doc, sent, record, actor_of) -> list[str]:
    """``Die beiden Staatschefs telefonierten``: the two people last named with that office."""
    lows = [t.text.lower() for t in sent]
    if "beiden" not in lows and "beide" not in lows:
        return []
    k = lows.index("beiden") if "beiden" in lows else lows.index("beide")
    if k + 1 >= len(lows):
        return []
    head = lows[k + 1].rstrip("s").removesuffix("en").removesuffix("n")
    people = []
    for t in range(sent.start - 1, -1, -1):
        eid = actor_of[t]
        if eid is None or eid in people:
            continue
        entity = next(e for e in record["entities"] if e["id"] == eid)
        if entity["type"] == "PER" and any(_office_fits(r["title"].lower(), head) for r in entity["roles"]):
            people.append(eid)
        if len(people) == 2:
            return people
    return []


_HEADS_OF_STATE = {h.lower() for h in HEAD_OF_STATE}


def _office_fits(title: str, head: str) -> bool:
    return (title.endswith(head) or head.endswith(title)
            or (title in _HEADS_OF_STATE and any(head.endswith(h) for h in _HEADS_OF_STATE)))


def _np_preposition(doc, sent, t: int) -> str | None:
    """The preposition governing the noun phrase that token t ends, if any."""
    j = t - 1
    steps = 0
    if j > sent.start and doc[j].text.lower() in _GENITIVE and doc[j - 1].text[:1].isupper():
        return "gen"  # "Sicherheitskräfte seines Innenministeriums": an attribute, not an argument
    while j >= sent.start and steps < 5:
        low = doc[j].text.lower()
        if low in _PREPOSITIONS:
            return low
        if doc[j].is_punct or low in {"und", "oder"} or _verbish(doc[j]):
            return None  # the phrase ends at a verb: "angesichts X verstärkt Belarus"
        j -= 1
        steps += 1
    return None


def _clauses(doc, sent) -> list[tuple[int, int]]:
    """Token ranges of the sentence's clauses, cut at commas, semicolons, colons and dashes."""
    bounds, start = [], sent.start
    for t in range(sent.start, sent.end):
        if doc[t].text in {",", ";", ":", "–", "—"}:
            if t > start:
                bounds.append((start, t))
            start = t + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    return bounds


def _mentions_in(doc, sent, lo, hi, actor_of):
    args = []  # (token, entity id, preposition)
    for t in range(lo, hi):
        eid = actor_of[t]
        if eid is None or (t + 1 < hi and actor_of[t + 1] == eid):
            continue  # take the last token of a mention
        first = t
        while first > lo and actor_of[first - 1] == eid:
            first -= 1
        if _modifier(doc, first, t):
            continue
        args.append((first, eid, _np_preposition(doc, sent, first)))
    return args


def _verbish(tok) -> bool:
    if tok.pos_ in ("VERB", "AUX"):
        return True
    low = tok.text.lower()
    return (tok.text[:1].islower() and low not in _NP_WORDS and low not in _PREPOSITIONS
            and not low.endswith(("e", "en", "er", "es", "em")))


def _modifier(doc, first: int, last: int) -> bool:
    """Mentions that only modify another: ``Nehammer (ÖVP)``, ``Israels Ministerpräsident X``."""
    if first > 0 and doc[first - 1].text == "(" and last + 1 < len(doc) and doc[last + 1].text == ")":
        return True
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    return (doc[last].text.endswith("s") and nxt is not None and nxt.text[:1].isupper()
            and _title_lemma(nxt.text).lower().endswith(tuple(TITLE_HEADS)))


def _arguments(doc, sent, i, actor_of, is_noun, etype, clauses, mentions):
    """Source and target entity ids for the trigger at token i, from its own clause.

    A clause without a subject of its own (an infinitive ``..., X nach Y zu
    schicken``, or the rest after an apposition) takes the agent of the
    clause before it."""
    def clause_mentions(n):  # cached per sentence
        if n not in mentions:
            mentions[n] = _mentions_in(doc, sent, *clauses[n], actor_of)
        return mentions[n]

    k = next((n for n, (lo, hi) in enumerate(clauses) if lo <= i < hi), None)
    if k is None:
        return [], []
    lo, hi = clauses[k]
    args = list(clause_mentions(k))
    if not any(p is None for _, _, p in args):
        for n in range(k - 1, -1, -1):
            subject = [a for a in clause_mentions(n) if a[2] is None][:1]
            if subject:
                args = subject + args
                break
    if not args:
        return [], []
    source, target = [], []
    if is_noun:
        near = [(t, e, p) for t, e, p in args if i < t <= _phrase_end(doc, sent, i)]
        governor = _np_preposition(doc, sent, i)
        if not near and (etype == "PROTEST" or governor in {"angesichts", "wegen", "trotz", "nach", "seit", "vor", "während", "von"}
                         or (i > sent.start and doc[i - 1].text.lower() in {"das", "die", "der", "dem", "den", "des"})):
            return [], []  # a circumstance or an anaphoric "das Treffen", not a new event
        source = [e for t, e, p in near if p in L.AGENT_PREPOSITIONS][:1]
        target = [e for t, e, p in near if p in L.TARGET_PREPOSITIONS and e not in source][:1]
        if i > sent.start and doc[i - 1].text.lower() == "auf":  # "auf Bitten von X": the clause agent is the target
            agent = [e for t, e, p in args if p is None and e not in source][:1]
            return source, agent
        if not source and etype != "PROTEST":  # protesters are seldom the clause's subject
            source = [e for t, e, p in args if p is None and e not in target][:1]
        return source, [e for e in target if e not in source]
    if ("passive", k) not in mentions:
        mentions[("passive", k)] = any(doc[t].text.lower() in {"worden", "wurde", "wurden"} for t in range(lo, hi))
    passive = mentions[("passive", k)]
    subjects = [(t, e) for t, e, p in args if p is None]
    agents = [e for t, e, p in args if p in L.AGENT_PREPOSITIONS] if passive else []
    if agents:
        source = agents[:1]
        target = [e for t, e in subjects if e not in source][:1]
    elif subjects:
        first_t, first_e = subjects[0]
        source = [first_e]
        # Coordination: "X und Y trafen sich".
        for t, e in subjects[1:]:
            if doc[t - 1].text.lower() == "und" and e not in source and t - first_t < 8:
                source.append(e)
        # A prepositional target ("zum Nachbarn X", "nach X") outranks a bare noun phrase.
        pp = [e for t, e, p in args if e not in source and p in L.TARGET_PREPOSITIONS]
        bare = [e for t, e, p in args if e not in source and p is None]
        target = (pp or bare)[:1]
    if etype in L.SYMMETRIC and len(source) > 1:
        target = []
    return source, target


def _status(doc, sent, i, lemma, lows, is_noun, promise_end) -> str:
    before = lows[: i - sent.start]
    window = set(lows[max(0, i - sent.start - 4): i - sent.start + 3])
    if window & L.NEGATIONS:
        return "negated"
    if lemma in L.PROMISE_VERBS or (promise_end is not None and promise_end < i):
        return "promised"
    if set(before) & L.HYPOTHETICAL:
        return "hypothetical"
    if set(lows) & {"will", "wollen", "soll", "sollen", "plant", "planen", "beabsichtigt", "möchte", "werde"}:
        return "planned"
    if ("wird" in lows or "werden" in lows) and doc[i].text.lower().endswith("en") and not any(w in lows for w in ("worden", "wurde")):
        return "planned"
    if set(lows) & L.ONGOING or (is_noun and "seit" in before):
        return "ongoing"
    return "happened"


def _time(doc, sent, i, record):
    best = None
    for t in record.get("timexes", []):
        if sent.start_char <= t["start"] < sent.end_char:
            dist = abs(t["start"] - doc[i].idx)
            if best is None or dist < best[0]:
                best = (dist, t["id"])
    return best[1] if best else None


def _location(doc, sent, record):
    for e in record["entities"]:
        if e.get("kind") not in ("city", "place", "region"):
            continue
        for m in e["mentions"]:
            if sent.start_char <= m["start"] < sent.end_char and m["form"] == "name":
                sp = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if sp is not None and sp.start > 0 and doc[sp.start - 1].text.lower() in {"in", "im", "nach"}:
                    return e["id"]
    return None
