"""A spaCy ``attribute_ruler`` applied by looking each token's text up in a dict.

The shipped models' rules (gazetteer features in ``de_ner``, quote-mark tags
in ``de_tagger``) all match one token by its exact form (``ORTH``, ``ORTH IN``).
spaCy's Matcher calls a Python predicate for every token and rule, which in
``de_ner`` costs more time than its tok2vec layer; a dict from form to rules
sets the same attributes with spaCy's own setter, in the ruler's order.
"""
from __future__ import annotations

import contextlib

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs


def form_rules(nlp: Language) -> dict[str, FormRules]:
    """A :class:`FormRules` for each attribute ruler of ``nlp`` (by name) whose rules all
    look at one token's form; the stages run any other ruler as spaCy's own component."""
    rules = {}
    for name, proc in nlp.pipeline:
        if isinstance(proc, AttributeRuler):
            with contextlib.suppress(ValueError):
                rules[name] = FormRules(proc)
    return rules


class FormRules:
    def __init__(self, ruler: AttributeRuler):
        """Raises ``ValueError`` for a rule that looks at more than one token's form."""
        self._attrs = []
        self._by_form: dict[str, list[int]] = {}
        for rule in ruler.patterns:  # in the ruler's order: later rules overwrite earlier ones
            n = len(self._attrs)
            self._attrs.append(rule["attrs"])
            for pattern in rule["patterns"]:
                forms = _forms(pattern)
                if forms is None or rule["index"] not in (0, -1):
                    raise ValueError(f"{ruler.name}: rule {pattern!r} does not match one token by its form")
                for form in forms:
                    self._by_form.setdefault(form, []).append(n)
        self._vocab = None
        self._normed: list[dict] = []

    def __call__(self, doc: Doc, words: list[str]) -> None:
        """Annotate ``doc``, whose tokens' texts are ``words``."""
        if doc.vocab is not self._vocab:  # attribute values are ids in a vocab: made as the ruler makes them
            self._normed = [normalize_token_attrs(doc.vocab, attrs) for attrs in self._attrs]
            self._vocab = doc.vocab
        get = self._by_form.get
        for i, word in enumerate(words):
            rules = get(word)
            if rules:
                token = doc[i]
                for n in rules:
                    set_token_attrs(token, self._normed[n])


def _forms(pattern: list[dict]) -> list[str] | None:
    if len(pattern) != 1 or list(pattern[0]) != ["ORTH"]:
        return None
    value = pattern[0]["ORTH"]
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None
