"""Speakers from STTS tags (the quotes stage when a tagger ran), on hand-tagged sentences."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from depesche.components.quotes import SpeechFinder, _stts_noun_source, _stts_subject

_NLP = spacy.blank("de")


def tagged_doc(tagged: str) -> Doc:
    """A Doc from ``word/TAG``, ``word/TAG/lemma`` or ``word/TAG/lemma/Morph`` tokens."""
    parts = [t.split("/") for t in tagged.split()]
    words = [p[0] for p in parts]
    tags = [p[1] for p in parts]
    lemmas = [p[2] if len(p) > 2 else p[0].lower() for p in parts]
    morphs = [p[3] if len(p) > 3 else "" for p in parts]
    return Doc(_NLP.vocab, words=words, tags=tags, lemmas=lemmas, morphs=morphs)


def subject(tagged: str, cue: str) -> str | None:
    """The source found for ``cue`` in a sentence of ``word/TAG`` tokens."""
    doc = tagged_doc(tagged)
    sp = _stts_subject(doc, [t.text for t in doc].index(cue), 0, len(doc))
    return doc[sp[0]:sp[1]].text if sp else None


def event_source(tagged: str, cue: str) -> str | None:
    """The source of the speech event on ``cue`` that the finder reports."""
    doc = tagged_doc(tagged)
    doc[0].is_sent_start = True
    # cues learnt from SpkAtt; the rules alone (the learnt ranker is tested in test_quotes_source.py)
    finder = SpeechFinder(frozenset({"zeigt", "gezeigt", "lesen"}), ranker=None)
    ev = next(e for e in finder.events(doc) if e.cue and doc[e.cue[0]].text == cue)
    return doc[ev.source[0]:ev.source[1]].text if ev.source else None


def noun_source(tagged: str, cue: str) -> str | None:
    doc = tagged_doc(tagged)
    sp = _stts_noun_source(doc, [t.text for t in doc].index(cue), 0, len(doc), 0, len(doc))
    return doc[sp[0]:sp[1]].text if sp else None


@pytest.mark.parametrize("tagged, cue, source", [
    ("Deshalb/PAV werden/VAFIN wir/PPER sie/PPER ablehnen/VVINF ./$.", "ablehnen", "wir"),
    ("Stattdessen/PAV haben/VAFIN Sie/PPER gestern/ADV beschlossen/VVPP ./$.", "beschlossen", "Sie"),
    ("Die/ART Linke/NN hat/VAFIN den/ART Antrag/NN vorgelegt/VVPP ./$.", "vorgelegt", "Die Linke"),
    ("Den/ART Antrag/NN hat/VAFIN die/ART Linke/NN vorgelegt/VVPP ./$.", "vorgelegt", "die Linke"),
    ("Auch/ADV wir/PPER als/KOKOM Fraktion/NN fordern/VVFIN das/PDS ./$.", "fordern", "Auch wir als Fraktion"),
    ("Das/PDS können/VMFIN Sie/PPER nachlesen/VVINF ./$.", "nachlesen", "Sie"),
    ("Ähnliches/NN dachte/VVFIN man/PIS damals/ADV ./$.", "dachte", "man"),
])
def test_main_clause_subject(tagged, cue, source):
    assert subject(tagged, cue) == source


@pytest.mark.parametrize("tagged, cue, source", [
    # a subordinate clause: its last verb is often tagged as an infinitive
    ("Ich/PPER finde/VVFIN ,/$, dass/KOUS wir/PPER darüber/PAV diskutieren/VVINF ./$.", "diskutieren", "wir"),
    ("Das/PDS sind/VAFIN Länder/NN ,/$, die/PRELS Maßnahmen/NN beschlossen/VVPP haben/VAFIN ./$.", "beschlossen", "die"),
    ("Es/PPER ist/VAFIN ein/ART Antrag/NN ,/$, den/PRELS die/ART Linke/NN vorgelegt/VVPP hat/VAFIN ./$.", "vorgelegt", "die Linke"),
    ("Das/PDS ist/VAFIN falsch/ADJD ,/$, wie/PWAV der/ART Kollege/NN sagte/VVFIN ./$.", "sagte", "der Kollege"),
])
def test_subordinate_clause_subject(tagged, cue, source):
    assert subject(tagged, cue) == source


@pytest.mark.parametrize("tagged, cue, source", [
    ("Das/PDS wurde/VAFIN von/APPR der/ART Regierung/NN gefordert/VVPP ./$.", "gefordert", "von der Regierung"),
    ("Das/PDS wurde/VAFIN gestern/ADV gefordert/VVPP ./$.", "gefordert", None),
    ("Sie/PPER lagern/VVFIN die/ART Aufgaben/NN aus/PTKVZ und/KON sagen/VVFIN :/$.", "sagen", "Sie"),
    ("Kein/PIAT Anwalt/NN wird/VAFIN es/PPER wagen/VVINF ,/$, zu/PTKZU antworten/VVINF ./$.", "antworten", "Kein Anwalt"),
    ("Viele/PIAT Verbände/NN ,/$, mit/APPR denen/PRELS ich/PPER spreche/VVFIN ,/$, kritisieren/VVFIN das/PDS ./$.",
     "kritisieren", "Viele Verbände , mit denen ich spreche"),
    ("Sie/PPER ,/$, verehrte/ADJA Kollegen/NN ,/$, fordern/VVFIN das/PDS ./$.", "fordern", "Sie"),
    ("Lassen/VVIMP Sie/PPER uns/PPER darüber/PAV reden/VVINF ./$.", "reden", "uns"),
    ("Es/PPER gibt/VVFIN viele/PIAT Dinge/NN zu/PTKZU diskutieren/VVINF ./$.", "diskutieren", None),
])
def test_agents_shared_and_absent_subjects(tagged, cue, source):
    assert subject(tagged, cue) == source


@pytest.mark.parametrize("tagged, cue, source", [
    # texts and evidence are a medium, not a source; readers are no source either
    ("Ihr/PPOSAT Antrag/NN sagt/VVFIN/sagen das/PDS ./$.", "sagt", None),
    ("Der/ART Fall/NN zeigt/VVFIN/zeigen ,/$, dass/KOUS wir/PPER recht/ADJD haben/VAFIN ./$.", "zeigt", None),
    ("Wir/PPER haben/VAFIN gezeigt/VVPP/zeigen ,/$, dass/KOUS es/PPER geht/VVFIN ./$.", "gezeigt", "Wir"),
    ("Dann/ADV lesen/VVFIN/lesen wir/PPER in/APPR der/ART Zeitung/NN ,/$, dass/KOUS es/PPER geht/VVFIN ./$.", "lesen", None),
    ("Die/ART Regierung/NN sagt/VVFIN/sagen ,/$, dass/KOUS es/PPER geht/VVFIN ./$.", "sagt", "Die Regierung"),
    ("Herr/NN Weiß/NE ,/$, wie/PWAV Sie/PPER wissen/VVFIN ,/$, hat/VAFIN die/ART Regierung/NN das/PDS "
     "zugegeben/VVPP/zugeben ./$.", "zugegeben", "die Regierung"),
])
def test_sources_that_are_no_speakers(tagged, cue, source):
    assert event_source(tagged, cue) == source


@pytest.mark.parametrize("tagged, cue, source", [
    ("Die/ART Forderung/NN der/ART/der/Case=Gen Union/NN ist/VAFIN klar/ADJD ./$.", "Forderung", "der Union"),
    ("Keine/PIAT Antwort/NN von/APPR Ihnen/PPER !/$.", "Antwort", "von Ihnen"),
    ("Barack/NE Obamas/NE Ankündigung/NN war/VAFIN klar/ADJD ./$.", "Ankündigung", "Barack Obamas"),
    ("Ihr/PPOSAT Antrag/NN ist/VAFIN falsch/ADJD ./$.", "Antrag", "Ihr"),
    ("Wir/PPER haben/VAFIN/haben die/ART Entscheidung/NN getroffen/VVPP/treffen ./$.", "Entscheidung", "Wir"),
    ("Die/ART Regierung/NN nimmt/VVFIN/nehmen das/PDS zur/APPRART Kenntnis/NN ./$.", "Kenntnis", "Die Regierung"),
    ("Das/PDS war/VAFIN/sein die/ART richtige/ADJA Entscheidung/NN ./$.", "Entscheidung", None),
    ("Wir/PPER reden/VVFIN/reden über/APPR die/ART Frage/NN ./$.", "Frage", None),
    ("Ich/PPER bin/VAFIN/sein der/ART festen/ADJA Überzeugung/NN ,/$, dass/KOUS es/PPER geht/VVFIN ./$.",
     "Überzeugung", "Ich"),
])
def test_noun_cue_sources(tagged, cue, source):
    assert noun_source(tagged, cue) == source


def learnt_source(tagged: str, cue: str, learnt=frozenset({"bekannt", "sehen", "wissen", "erlaubt", "aufgezeigt", "verbot", "ideen"})):
    """The source of the event on ``cue`` with SpkAtt-style learnt cues (adjectives, nouns)."""
    doc = tagged_doc(tagged)
    doc[0].is_sent_start = True
    ev = next(e for e in SpeechFinder(learnt, ranker=None).events(doc) if e.cue and doc[e.cue[0]].text == cue)
    return doc[ev.source[0]:ev.source[1]].text if ev.source else None


@pytest.mark.parametrize("tagged, cue, source", [
    # a frame clause that opens with its verb: the phrase after it, not the reported clause's subject
    ("Die/ART Lage/NN sei/VAFIN/sein ernst/ADJD ,/$, sagte/VVFIN/sagen der/ART Sprecher/NN ./$.", "sagte", "der Sprecher"),
    ("Die/ART Männer/NN seien/VAFIN/sein gefasst/VVPP worden/VAPP ,/$, teilte/VVFIN/mitteilen die/ART "
     "Behörde/NN mit/PTKVZ ./$.", "teilte", "die Behörde"),
    # ... unless the clause continues a subject cut off by a relative clause
    ("Viele/PIAT Verbände/NN ,/$, mit/APPR denen/PRELS wir/PPER reden/VVFIN/reden ,/$, kritisieren/VVFIN/kritisieren "
     "die/ART Regeln/NN ./$.", "kritisieren", "Viele Verbände , mit denen wir reden"),
    # "der" after a vocative, before a verb in second position, is an article
    ("Liebe/ADJA Kollegen/NN ,/$, der/PRELS Journalist/NN Paul/NE Weber/NE hat/VAFIN/haben das/PDS "
     "gesagt/VVPP/sagen ./$.", "gesagt", "der Journalist Paul Weber"),
    # a participle tagged as a finite verb after "wurde"; "wie von X vorgeschlagen"
    ("Das/PDS wurde/VAFIN/werden von/APPR der/ART Ministerin/NN betont/VVFIN/betonen ./$.", "betont", "von der Ministerin"),
    ("Wir/PPER handeln/VVFIN/handeln ,/$, wie/PWAV von/APPR Ihnen/PPER vorgeschlagen/VVPP/vorschlagen ./$.",
     "vorgeschlagen", "von Ihnen"),
    # "von" after "sprechen" is the topic, not the agent
    ("Es/PPER wird/VAFIN/werden von/APPR neuen/ADJA Waffen/NN gesprochen/VVPP/sprechen ./$.", "gesprochen", None),
    # focus: "auch wir" is the source, "ich als Mutter" is just "ich"
    ("Dann/ADV sagen/VVFIN/sagen auch/ADV wir/PPER ,/$, dass/KOUS es/PPER geht/VVFIN ./$.", "sagen", "auch wir"),
    ("Das/PDS sage/VVFIN/sagen ich/PPER als/KOKOM Mutter/NN ./$.", "sage", "ich"),
])
def test_frame_and_extent_conventions(tagged, cue, source):
    assert event_source(tagged, cue) == source


@pytest.mark.parametrize("tagged, cue, source", [
    # whose knowledge an adjective cue states: the dative, but not a reflexive "uns"
    ("Ist/VAFIN/sein Ihnen/PPER bekannt/ADJD ,/$, dass/KOUS es/PPER geht/VVFIN ?/$.", "bekannt", "Ihnen"),
    ("Mir/PPER ist/VAFIN/sein bekannt/ADJD ,/$, dass/KOUS es/PPER geht/VVFIN ./$.", "bekannt", "Mir"),
    # a comma list of subjects opening the sentence, without a vocative before it
    ("Bauern/NN ,/$, Händler/NN und/KON Kunden/NN sehen/VVFIN/sehen das/PDS so/ADV ./$.", "sehen",
     "Bauern , Händler und Kunden"),
    ("Herr/NN Präsident/NN ,/$, die/ART Kollegen/NN und/KON Kolleginnen/NN wissen/VVFIN/wissen das/PDS ./$.",
     "wissen", "die Kollegen und Kolleginnen"),
    # a participle in a list shares the subject of the auxiliary before it
    ("Sie/PPER haben/VAFIN/haben die/ART Regeln/NN geändert/VVPP ,/$, Kontrollen/NN erlaubt/VVPP/erlauben "
     "und/KON nichts/PIS getan/VVPP ./$.", "erlaubt", "Sie"),
    # a relative pronoun is the subject when the phrase after it disagrees with the verb
    ("Wir/PPER hörten/VVFIN Experten/NN ,/$, die/PRELS eine/ART/ein/Number=Sing Lösung/NN/Lösung/Number=Sing "
     "aufgezeigt/VVPP haben/VAFIN/haben/Number=Plur ./$.", "aufgezeigt", "die"),
    # a bare noun after "von" is what a noun cue is about; a person is its source
    ("Wir/PPER wollen/VMFIN ein/ART Verbot/NN von/APPR Waffen/NN ./$.", "Verbot", None),
    ("Wir/PPER kennen/VVFIN die/ART Ideen/NN von/APPR Frau/NN Kunz/NE ./$.", "Ideen", "von Frau Kunz"),
])
def test_learnt_cue_sources(tagged, cue, source):
    assert learnt_source(tagged, cue) == source


def test_second_clause_of_one_subject():
    """The verb after a comma and "aber" shares the subject of the clause before."""
    assert event_source("Minister/NN Berg/NE lobte/VVFIN/loben den/ART Plan/NN ,/$, verurteilte/VVFIN/verurteilen "
                        "aber/ADV die/ART Drohungen/NN ./$.", "verurteilte") == "Minister Berg"


def test_name_after_title_mistagged_as_verb():
    assert subject("Das/PDS hat/VAFIN Herr/NN Kunz/VVIMP gesagt/VVPP/sagen ./$.", "gesagt") == "Herr Kunz"


def test_second_clause_after_a_quoted_word():
    """The clause before "..., forderte aber" goes on through a quotation inside it."""
    tagged = ("Roth/NE nannte/VVFIN den/ART Beschluss/NN einen/ART „/$( ersten/ADJA Schritt/NN “/$( ,/$, "
              "forderte/VVFIN aber/ADV weitere/ADJA Hilfen/NN ./$.")
    assert event_source(tagged, "forderte") == "Roth"
