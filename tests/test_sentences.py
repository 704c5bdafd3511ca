"""German sentence splitting on the pieces spaCy's sentencizer gets wrong."""
import pytest


def sents(nlp, text):
    record = nlp.nlp  # the spaCy Language inside the pipeline
    from depesche.components.sentences import sentence_starts
    from depesche.tokenizer import make_doc

    doc = make_doc(record, text)
    starts = [0, *sentence_starts(doc), len(doc)]
    return [doc[a:b].text.strip() for a, b in zip(starts, starts[1:])]


@pytest.mark.parametrize("text, expected", [
    ("Die Wahl fand am 9. August statt. Danach kam es zu Protesten.",
     ["Die Wahl fand am 9. August statt.", "Danach kam es zu Protesten."]),
    ("Der 1. FC Köln gewann. Dr. Müller jubelte z.B. laut.", ["Der 1. FC Köln gewann.", "Dr. Müller jubelte z.B. laut."]),
    ("Die Kirche stammt von 1965. Sie wurde renoviert.", ["Die Kirche stammt von 1965.", "Sie wurde renoviert."]),
    ("Er sagte: „Wir kommen.“ Dann ging er.", ["Er sagte: „Wir kommen.“", "Dann ging er."]),
    ("»Nein!« Sie lachte.", ["»Nein!«", "Sie lachte."]),
    ('"Wir gehen?", fragte er. Nr. 5 blieb.', ['"Wir gehen?", fragte er.', "Nr. 5 blieb."]),
    ("Er wurde Dritter. Platz 3. Die Wertung folgt.", ["Er wurde Dritter.", "Platz 3.", "Die Wertung folgt."]),
    ("Der Bus (Linie 5.) fuhr ab.", ["Der Bus (Linie 5.) fuhr ab."]),
    ("Erster Absatz ohne Punkt\n\nZweiter Absatz.", ["Erster Absatz ohne Punkt", "Zweiter Absatz."]),
])
def test_german_sentences(nlp, text, expected):
    assert sents(nlp, text) == expected


def test_layout_cut_is_a_boundary(nlp, seed_text):
    record = nlp(seed_text)
    assert record["meta"]["editors"] == ["cht", "DP", "mis"]
