"""Actor knowledge base: look up countries, cities, organisations by German surface forms.

The shipped base (``data/kb.jsonl``, built by ``scripts/build_kb.py``) is
loaded once and indexed in dicts, so linking a mention costs a few hash
look-ups. German inflects names ("Russlands", "des Weißen Hauses",
"belarussischen", "den Amerikanern"); the look-ups undo the regular endings
instead of listing every form.

User files extend or override the shipped entries (same ``id`` wins):

* ``.jsonl``: one object per line, the shipped format.
* ``.csv`` (UTF-8, header row): column ``name`` is required; optional
  ``id, kind, type, aliases, adjectives, demonyms, country, iso, wikidata,
  stands_for``. List columns separate values with ``|``. ``kind`` defaults to
  ``person``; ``type`` follows from the kind (person -> PER, country/city/
  region -> LOC, else ORG); ``id`` defaults to ``<kind>:<name slug>``;
  ``country`` may be an ISO code ("RU") or an id ("country:RU")::

      name,kind,aliases,country
      Alexander Lukaschenko,person,Lukaschenko|Lukashenko,BY
      Gazprom,organisation,Gasprom,RU
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["Entry", "KB", "actor_key", "fold"]

_KIND_ORDER = {"country": 0, "organisation": 1, "institution": 1, "party": 1, "agency": 1, "person": 2,
               "city": 3, "region": 4}
_KIND_TYPE = {"person": "PER", "country": "LOC", "city": "LOC", "region": "LOC"}
_ARTICLES = {"der", "die", "das", "den", "dem", "des"}
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor. ``country`` and ``stands_for`` are ids of other entries."""

    id: str
    kind: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None
    iso: str | None = None
    wikidata: str | None = None
    stands_for: str | None = None
    source: str = "user"
    license: str | None = None
    population: int | None = None

    @classmethod
    def from_dict(cls, d: dict) -> "Entry":
        d = {k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k in _FIELDS}
        d.setdefault("type", _KIND_TYPE.get(d.get("kind", ""), "ORG"))
        return cls(**d)


_FIELDS = frozenset(f.name for f in fields(Entry))


_UMLAUT_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "’": "'", "‐": "-", "–": "-"})


def fold(text: str) -> str:
    """Case-, accent- and hyphen-insensitive key for KB names ("Élysée" == "ELYSEE").

    Umlauts become ae/oe/ue rather than losing their dots, so "Länder" does not
    meet the town "Lander" ("Zürich" still meets "Zuerich").
    """
    text = text.casefold()
    if not text.isascii():
        text = text.translate(_UMLAUT_FOLD)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").replace("/", " ").split())


def _loose(key: str) -> str:
    """Drop adjective endings on all but the last word: "europaischen union" -> "europaisch union"."""
    *head, last = key.split() or [""]
    out = []
    for w in head:
        for e in _ADJ_ENDINGS:
            if w.endswith(e) and len(w) - len(e) >= 3:
                w = w[: -len(e)]
                break
        out.append(w)
    return " ".join([*out, last])


def _case_variants(key: str) -> tuple[tuple[str, bool], ...]:
    """(key, any kind allowed) pairs: the key, then without a genitive ending
    ("russlands", "hauses"), then without a dative-plural -n, which only plural
    names of states and bodies take ("den Niederlanden"; not "Magen" -> "Mage")."""
    out = [(key, True)]
    out += [(key[: -len(e)], True) for e in ("s", "es", "'") if key.endswith(e) and len(key) > len(e) + 2]
    if key.endswith("n") and len(key) > 3:
        out.append((key[:-1], False))
    return tuple(out)


def _is_acronym(name: str) -> bool:
    return len(name) <= 5 and name.isupper()


class KB:
    """Dict-indexed actor base; build with :meth:`load` (cached)."""

    def __init__(self, entries: list[Entry]):
        self.entries: dict[str, Entry] = {}
        for e in entries:
            self.entries[e.id] = e  # later files override
        self._exact: dict[str, list[Entry]] = {}  # acronyms, case-sensitive
        self._names: dict[str, list[Entry]] = {}
        self._loose: dict[str, list[Entry]] = {}
        self._adj_stems: dict[str, list[Entry]] = {}
        self._adj_fixed: dict[str, list[Entry]] = {}
        self._demonyms: dict[str, list[Entry]] = {}
        self._lower: set[str] = set()  # keys of names written lower-case ("dpa")
        ranked = sorted(self.entries.values(), key=lambda e: (_KIND_ORDER.get(e.kind, 2), -(e.population or 0), e.id))
        for e in ranked:
            for n in (e.name, *e.aliases):
                if _is_acronym(n):
                    _add(self._exact, n, e)
                else:
                    _add(self._names, fold(n), e)
                    _add(self._loose, _loose(fold(n)), e)
                    if n[:1].islower():
                        self._lower |= {fold(n), _loose(fold(n))}
            for a in e.adjectives:
                if a[:1].isupper() and a.endswith("er"):
                    _add(self._adj_fixed, fold(a), e)  # invariant: "Wiener", "Schweizer"
                else:
                    _add(self._adj_stems, fold(a), e)
            for d in e.demonyms:
                _add(self._demonyms, fold(d), e)

    @classmethod
    def load(cls, extra_paths=()) -> "KB":
        """The shipped base plus user files (.csv or .jsonl); built once per set of paths."""
        return _load(tuple(str(Path(p).resolve()) for p in extra_paths))

    def get(self, id_: str) -> Entry | None:
        return self.entries.get(id_)

    def lookup(self, surface: str) -> list[Entry]:
        """Entries a name, alias or inflected form refers to, most likely first.

        Strips a leading article ("der USA"), genitive and dative-plural
        endings ("Russlands", "des Weißen Hauses", "den Niederlanden").
        Case is ignored except that a lower-case word only matches names
        written lower-case ("dpa"), and acronyms match exactly ("IS", not "is").
        """
        surface = surface.strip()
        words = surface.split()
        if len(words) > 1 and words[0].lower() in _ARTICLES:
            surface = " ".join(words[1:])
        for cand in (surface, surface.rstrip("'’")):
            if cand in self._exact:
                return list(self._exact[cand])
        variants = _case_variants(fold(surface))
        lower = surface[:1].islower()  # "essen" is a verb, "Essen" a city
        for index, norm in ((self._names, str), (self._loose, _loose)):
            for key, any_kind in variants:
                if lower and norm(key) not in self._lower:
                    continue
                hits = [e for e in index.get(norm(key), ()) if any_kind or e.kind not in ("city", "region")]
                if hits:
                    return hits
        return []

    def adjective(self, word: str) -> Entry | None:
        """Entry an inflected place adjective derives from: "belarussischen" -> Belarus, "Wiener" -> Wien."""
        key = fold(word)
        if key in self._adj_fixed and word[:1].isupper():
            return self._adj_fixed[key][0]
        for e in (*_ADJ_ENDINGS, ""):
            if key.endswith(e):
                hits = self._adj_stems.get(key[: len(key) - len(e)])
                if hits:
                    return hits[0]
        return None

    def demonym(self, word: str) -> Entry | None:
        """Entry whose inhabitants a noun names: "Russen" -> Russland, "Berlinern" -> Berlin."""
        key = fold(word)
        for cand in (key, key[:-1] if key.endswith(("s", "n")) else None):
            if cand and cand in self._demonyms:
                return self._demonyms[cand][0]
        for cand in (key, key[:-1] if key.endswith("n") else None):  # "die Berliner", "den Wienern"
            if cand and cand.endswith("er") and cand in self._adj_fixed:
                return self._adj_fixed[cand][0]
        return None


def _add(index: dict[str, list[Entry]], key: str, e: Entry) -> None:
    hits = index.setdefault(key, [])
    if not any(h is e for h in hits):
        hits.append(e)


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> KB:
    text = resources.files("depesche").joinpath("data/kb.jsonl").read_text(encoding="utf-8")
    entries = [Entry.from_dict(json.loads(line)) for line in text.splitlines() if line.strip()]
    for p in extra_paths:
        entries.extend(_read_user_file(Path(p)))
    return KB(entries)


def _read_user_file(path: Path) -> list[Entry]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            return [Entry.from_dict({"source": f"user:{path.name}", **json.loads(line)}) for line in fh if line.strip()]
    if path.suffix != ".csv":
        raise ValueError(f"{path}: KB files must be .csv or .jsonl")
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            if not row.get("name"):
                raise ValueError(f"{path}:{n}: column 'name' is empty")
            kind = row.get("kind") or "person"
            country = row.get("country") or None
            if country and ":" not in country:
                country = f"country:{country.upper()}"
            out.append(Entry(
                id=row.get("id") or f"{kind}:{_slug(row['name'])}", kind=kind,
                type=row.get("type") or _KIND_TYPE.get(kind, "ORG"), name=row["name"],
                **{k: tuple(v for v in row.get(k, "").split("|") if v) for k in ("aliases", "adjectives", "demonyms")},
                country=country, iso=row.get("iso") or None, wikidata=row.get("wikidata") or None,
                stands_for=row.get("stands_for") or None, source=f"user:{path.name}"))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


# --- person-name keys -------------------------------------------------------

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "đ": "d", "ø": "oe",
                          "æ": "ae", "ı": "i", "’": "'"})
# German and English spellings of the same Cyrillic letters, reduced to one
# upper-case symbol each: German tsch = English ch (ч), German ch = English kh
# (х), German sch = English sh/zh (ш, ж); order matters.
_TRANSLIT = (("x", "ks"), ("tsch", "H"), ("tch", "H"), ("sch", "S"), ("zh", "S"), ("sh", "S"), ("ch", "H"),
             ("kh", "H"), ("ts", "z"), ("z", "s"), ("w", "v"), ("ss", "s"), ("ph", "f"))
_LONG_ONLY = {("tsch", "H"), ("tch", "H"), ("ss", "s")}
_VOWELS = "aeiou"


@lru_cache(maxsize=65536)  # the same names recur in every document
def actor_key(name: str) -> str:
    """Key under which spelling variants of one person's name coincide.

    Merges German/English transliterations of Slavic names and German
    inflection: "Lukaschenkos" / "Lukashenko", "Tichanowskaja" /
    "Tikhanovskaya", "Selenskyj" / "Zelensky", "Gorbatschow" / "Gorbachev",
    but keeps vowels apart so "Müller" and "Möller" stay different.
    The key of a full name is the keys of its words joined by spaces.
    """
    text = name.strip().lower().translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    words = [w for i, w in enumerate(words) if w not in ("al", "el") or i == len(words) - 1]  # al-Assad / Assad
    if words:
        last = re.sub(r"['`]s?$", "", words[-1])
        if len(last) >= 4 and last.endswith("s") and last[-2] not in "sxz":
            last = last[:-1]  # genitive: "Putins", "Tichanowskajas"
        words[-1] = last
    key = " ".join(k for k in (_word_key(re.sub(r"[^a-z0-9]", "", w)) for w in words) if k)
    # Initials and codes ("A.", "Ö1") carry too little to merge on: keep them as written.
    return key if len(key.replace(" ", "")) > 2 else f"={name.strip().lower()}"


def _word_key(w: str) -> str:
    for a, b in _TRANSLIT:
        if len(w) >= 7 or (a, b) not in _LONG_ONLY:  # short names: Mach/Match, Rosen/Rossen differ
            w = w.replace(a, b)
    out = []
    for i, c in enumerate(w):
        if c in "jy":
            prev = w[i - 1] if i else ""
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if nxt in _VOWELS and nxt:
                # Jelzin/Yeltsin, Tichanowskaja/-aya keep the glide; after i or a
                # consonant it is a spelling of the vowel: Marija/Maria, Natalja/Natalia
                c = "j" if prev == "" or prev in _VOWELS and prev != "i" else ("" if prev == "i" else "i")
            else:
                c = "i"
        out.append(c)
    w = re.sub(r"i+", "i", "".join(out))
    w = re.sub(r"(?<=[dt])r$", "er", w)  # Aleksandr / Alexander
    return re.sub(r"(?<=[SHj])ev(a?)$", r"ov\1", w)  # -чёв: Gorbachev / Gorbatschow
