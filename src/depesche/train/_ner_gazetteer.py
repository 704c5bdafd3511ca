"""Gazetteer match features for the NER model.

Each token gets a ``MORPH`` feature ``Gaz=...`` naming the lists its exact form
appears in (``Gaz=LOC,PER`` for ``Paris``). spaCy's built-in ``attribute_ruler``
sets it and the tok2vec embeds ``MORPH`` like any other attribute, so the model
learns how far to trust each list and the pipeline loads with plain
``spacy.load``. Only single-token entries are used: a token-level feature cannot
express multi-word entries, and their parts (``Deutsche``, ``Bank``) are too
ambiguous on their own.
"""
from __future__ import annotations

import gettext
import re
from collections import defaultdict
from pathlib import Path

# LER gazetteer lists whose license (gazetteers/Readme.md) allows shipping a
# derivative: list -> (type, license). GN250 landscape names state no license;
# law names are left out (rare in news, and OTH in GermEval).
LER_LISTS = {
    "personennamen.list": ("PER", "Apache-2.0 (GermaNER surname list)"),
    "laendernamen.list": ("LOC", "official work, § 5 UrhG (Auswärtiges Amt, GovData)"),
    "stadtnamen.list": ("LOC", "CC BY-SA 2.0 (OpenStreetMap via Datendieter)"),
    "firmennamen.list": ("ORG", "CC BY-SA 2.0 (OpenStreetMap via Datendieter)"),
}
_SINGLE = re.compile(r"[A-ZÄÖÜ][\w.'’]*(?:-[\w.'’]+)*$")


def country_names_de() -> set[str]:
    """German names of ISO 3166 countries from pycountry's translations."""
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    return {de.gettext(getattr(c, name)) for c in pycountry.countries
            for name in ("name", "common_name", "official_name") if hasattr(c, name)}


def lists(ler_gazetteers: Path) -> dict[str, tuple[str, str, set[str]]]:
    """name -> (type, license, single-token entries)."""
    out = {}
    for name, (kind, license) in LER_LISTS.items():
        entries = (ler_gazetteers / name).read_text(encoding="utf-8").splitlines()
        out[name] = (kind, license, {e.strip() for e in entries if _SINGLE.match(e.strip())})
    out["pycountry"] = ("LOC", "LGPL-2.1 (pycountry / iso-codes translations)",
                        {n for n in country_names_de() if _SINGLE.match(n)})
    return out


def patterns(gaz: dict[str, tuple[str, str, set[str]]]) -> list[dict]:
    """``attribute_ruler`` patterns: one ``ORTH IN`` pattern per combination of types."""
    types = defaultdict(set)
    for kind, _, entries in gaz.values():
        for entry in entries:
            types[entry].add(kind)
    by_combo = defaultdict(list)
    for word, kinds in types.items():
        by_combo[",".join(sorted(kinds))].append(word)
    return [
        {"patterns": [[{"ORTH": {"IN": sorted(words)}}]], "attrs": {"MORPH": f"Gaz={combo}"}}
        for combo, words in sorted(by_combo.items())
    ]
