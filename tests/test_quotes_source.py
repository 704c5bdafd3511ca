"""Speakers of speech events (quotes stage 0.2.0): clause rules, SpkAtt cue lemmas and the learnt
source ranker, on short invented sentences with hand-written STTS tags."""
from __future__ import annotations

import pytest

from depesche.components import quote_source as R
from depesche.components.quotes import SpeechFinder, _stts_noun_source, lemma_key
from tests.test_quotes_stts import subject, tagged_doc


def source_of(tagged: str, cue: str, finder: SpeechFinder) -> str | None:
    doc = tagged_doc(tagged)
    doc[0].is_sent_start = True
    ev = next(e for e in finder.events(doc) if e.cue and doc[e.cue[0]].text == cue)
    return doc[ev.source[0]:ev.source[1]].text if ev.source else None


RULES = SpeechFinder(ranker=None)


@pytest.mark.parametrize("tagged, cue, source", [
    # a finite verb coordinated with an infinitive shares the subject of the first verb's clause
    ("Wir/PPER können/VMFIN dem/ART Plan/NN ,/$, wie/PWAV er/PPER vorliegt/VVFIN ,/$, nicht/PTKNEG "
     "zustimmen/VVINF und/KON plädieren/VVFIN für/APPR Beratung/NN ./$.", "zustimmen", "Wir"),
    ("Wir/PPER können/VMFIN dem/ART Plan/NN ,/$, wie/PWAV er/PPER vorliegt/VVFIN ,/$, nicht/PTKNEG "
     "zustimmen/VVINF und/KON plädieren/VVFIN für/APPR Beratung/NN ./$.", "plädieren", "Wir"),
    # a vocative in commas does not cut the clause from its subject
    ("Sie/PPER haben/VAFIN ,/$, Frau/NN Ministerin/NN Kalb/NE ,/$, einen/ART Entwurf/NN vorgelegt/VVPP ./$.",
     "vorgelegt", "Sie"),
    # ... but "Sie, verehrte Kollegen, fordern" keeps its subject
    ("Sie/PPER ,/$, verehrte/ADJA Kollegen/NN ,/$, fordern/VVFIN das/PDS ./$.", "fordern", "Sie"),
    # "wer" is a nominative: the subject, not the dative after it
    ("Wer/PWS der/ART Armee/NN suggeriert/VVFIN ,/$, sie/PPER sei/VAFIN schwach/ADJD ,/$, irrt/VVFIN ./$.",
     "suggeriert", "Wer"),
    # a finite verb tagged as an infinitive right after its own pronoun subject
    ("Wir/PPER leben/VVFIN hier/ADV ,/$, und/KON wir/PPER alle/PIS wissen/VVINF ,/$, dass/KOUS es/PPER "
     "eng/ADJD wird/VAFIN ./$.", "wissen", "wir alle"),
    # the second clause of "Ich glaube und ich weiß" has its own subject
    ("Ich/PPER glaube/VVFIN und/KON ich/PPER weiß/VVFIN ,/$, dass/KOUS es/PPER geht/VVFIN ./$.", "weiß", "ich"),
    # an "um ... zu" infinitive that reports an act is controlled by the clause before it ...
    ("Ich/PPER möchte/VMFIN die/ART Zeit/NN nutzen/VVINF ,/$, um/KOUI genauer/ADJD zu/PTKZU "
     "erläutern/VVINF ,/$, was/PWS geschah/VVFIN ./$.", "erläutern", "Ich"),
    # ... a short one that comments on one's own words is not ("um es klar zu sagen")
    ("Um/KOUI es/PPER klar/ADJD zu/PTKZU sagen/VVINF ,/$, wir/PPER sind/VAFIN dagegen/PAV ./$.", "sagen", None),
])
def test_clause_subjects(tagged, cue, source):
    assert subject(tagged, cue) == source


@pytest.mark.parametrize("tagged, cue, source", [
    # hearing: whom one hears it from (SpkAtt guidelines 4.1.3), never the hearer
    ("Von/APPR anderen/PIS hört/VVFIN/hören man/PIS nur/ADV Ausreden/NN ./$.", "hört", "Von anderen"),
    ("Er/PPER geht/VVFIN -/$( so/ADV hört/VVFIN/hören man/PIS -/$( zu/APPR weit/ADJD ./$.", "hört", None),
    # a name or title in commas after "Sie" is part of the source (a "false vocative")
    ("Was/PWS Sie/PPER ,/$, Herr/NN Kollege/NN ,/$, hier/ADV vorgetragen/VVPP/vortragen haben/VAFIN ,/$, "
     "ist/VAFIN dünn/ADJD ./$.", "vorgetragen", "Sie , Herr Kollege"),
    # a capitalised imperative after a dash opens its sentence
    ("-/$( Sagen/VVFIN/sagen Sie/PPER mir/PPER ,/$, was/PWS gilt/VVFIN ./$.", "Sagen", "Sie"),
])
def test_event_sources(tagged, cue, source):
    assert source_of(tagged, cue, SpeechFinder(frozenset({"sagen", "vorgetragen", "hört"}), ranker=None)) == source


@pytest.mark.parametrize("tagged, cue, source", [
    ("Die/ART Rede/NN Anna/NE Bergers/NE war/VAFIN lang/ADJD ./$.", "Rede", "Anna Bergers"),
    ("Die/ART Forderung/NN Europas/NE ist/VAFIN klar/ADJD ./$.", "Forderung", "Europas"),
])
def test_noun_cue_genitive_name_after(tagged, cue, source):
    doc = tagged_doc(tagged)
    i = [t.text for t in doc].index(cue)
    sp = _stts_noun_source(doc, i, 0, len(doc), 0, len(doc))
    assert (doc[sp[0]:sp[1]].text if sp else None) == source


def test_cue_lemmas_match_unseen_inflections():
    tagged = "Die/ART Kollegen/NN befürworteten/VVFIN/befürworten das/PDS gestern/ADV ./$."
    doc = tagged_doc(tagged)
    assert lemma_key(doc[2]) == "befürworten/V"
    assert source_of(tagged, "befürworteten", SpeechFinder(ranker=None, extra_lemmas=frozenset({"befürworten/V"}))) == "Die Kollegen"
    doc[0].is_sent_start = True
    assert not any(e.cue for e in SpeechFinder(ranker=None).events(doc))  # not a news cue by itself


def test_frame_cue_needs_its_frame_word():
    finder = SpeechFinder(ranker=None, extra_lemmas=frozenset({"x/V"}))
    with_frame = "Das/PDS halte/VVFIN/halten ich/PPER für/APPR richtig/ADJD ./$."
    assert source_of(with_frame, "halte", finder) == "ich"
    doc = tagged_doc("Ich/PPER halte/VVFIN/halten den/ART Ball/NN ./$.")
    doc[0].is_sent_start = True
    assert not any(e.cue for e in finder.events(doc))


def test_learnt_form_is_no_cue_as_a_name():
    doc = tagged_doc("Herr/NN Weiß/NE hat/VAFIN recht/ADJD ./$.")
    doc[0].is_sent_start = True
    assert not any(e.cue for e in SpeechFinder(frozenset({"weiß"}), ranker=None).events(doc))


# --------------------------------------------------------------------------- the ranker

SENT = "Der/ART Minister/NN sagte/VVFIN/sagen ,/$, dass/KOUS wir/PPER helfen/VVINF ./$."


def test_ranker_candidates_are_phrases_of_the_sentence():
    doc = tagged_doc(SENT)
    cands = R.candidates(doc, 0, len(doc))
    assert (0, 2) in cands and (5, 6) in cands
    assert all(0 <= a < b <= len(doc) for a, b in cands)


def test_ranker_follows_its_weights():
    doc = tagged_doc(SENT)
    assert R.Ranker({"R=eq": 5.0}).choose(doc, 2, None, (0, 2), 0, len(doc)) == (0, 2)
    assert R.Ranker({"NONE": 5.0}).choose(doc, 2, None, (0, 2), 0, len(doc)) is None
    assert R.Ranker({"w0=wir": 9.0}).choose(doc, 2, None, (0, 2), 0, len(doc)) == (5, 6)


def test_ranker_leaves_direct_quotes_to_the_rules():
    from depesche.components.quotes import Event

    doc = tagged_doc(SENT)
    doc[0].is_sent_start = True
    from depesche.components.quotes import _sentences

    ev = Event(cue=[2], kind="direct", sent=0, source=(0, 2))
    R.Ranker({"NONE": 9.0}).rerank(doc, _sentences(doc), [ev])
    assert ev.source == (0, 2)


def test_shipped_ranker_keeps_a_plain_subject():
    ranker = R.load()
    assert ranker is not None and len(ranker.w) > 1000
    assert source_of(SENT, "sagte", SpeechFinder()) == "Der Minister"


def test_sources_are_token_spans_of_the_text():
    doc = tagged_doc("Der/ART Minister/NN sagte/VVFIN/sagen ,/$, die/ART Lage/NN sei/VAFIN ernst/ADJD ./$.")
    doc[0].is_sent_start = True
    for ev in SpeechFinder().events(doc):
        if ev.source:
            a, b = ev.source
            span = doc[a:b]
            assert doc.text[span.start_char:span.end_char] == span.text


# --------------------------------------------------------------------------- SpkAtt: light verb + noun cue

def _spkatt_annotations(tagged: str, merge: bool = True) -> list[dict]:
    from depesche.evaluate.spkatt import annotations

    doc = tagged_doc(tagged)
    doc[0].is_sent_start = True
    finder = SpeechFinder(frozenset({"antrag", "begrüßen"}), ranker=None, extra_lemmas=frozenset({"einbringen/V"}))
    return annotations(doc, [f"0:{t.i}" for t in doc], finder.events(doc), merge=merge)[0]


LIGHT = "Wir/PPER bringen/VVFIN/einbringen heute/ADV einen/ART Antrag/NN ein/PTKVZ ./$."


def test_spkatt_light_verb_and_its_noun_are_one_cue():
    (ann,) = _spkatt_annotations(LIGHT)
    assert sorted(ann["Cue"]) == ["0:1", "0:4"] and ann["Source"] == ["0:0"]


def test_spkatt_events_unmerged_for_the_ranker():
    assert sorted(a["Cue"][0] for a in _spkatt_annotations(LIGHT, merge=False)) == ["0:1", "0:4"]


def test_spkatt_noun_cue_stays_apart_from_other_verbs():
    anns = _spkatt_annotations("Wir/PPER begrüßen/VVFIN/begrüßen den/ART Antrag/NN ./$.")
    assert sorted(a["Cue"][0] for a in anns) == ["0:1", "0:3"]
