"""A topic's `presupposes`: another topic's answer that any answer to it takes as given."""
from __future__ import annotations

from factcheck.ledger.load import load_ledger, load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.reader import Vocabulary, read
from tests.conftest import ROOT, edit


def _with_presupposition(mini, presupposes: str):
    edit(mini, "    question: How many tanks did it send?\n",
         f"    question: How many tanks did it send?\n    presupposes: {presupposes}\n"
         "    words: [tanks]\n")


def test_any_answer_to_a_topic_adds_what_it_takes_as_given(mini):
    _with_presupposition(mini, '{backs: "supports"}')
    vocabulary = Vocabulary(load_valid_ledger(mini))
    found = {(r.subject, r.topic, r.answer) for r in read(vocabulary, "Ruritania sent 40 tanks to Freedonia.")}
    assert found == {("ruritania", "tanks", "40"), ("ruritania", "backs", "supports")}
    # (and a topic with none takes nothing as given)
    edit(mini, '    presupposes: {backs: "supports"}\n', "")
    plain = Vocabulary(load_valid_ledger(mini))
    assert {r.topic for r in read(plain, "Ruritania sent 40 tanks to Freedonia.")} == {"tanks"}


def test_the_shipped_fuel_questions_take_the_fuel_as_given():
    shipped = cached_vocabulary(load_valid_ledger(ROOT / "claims.yaml"))
    found = {(r.subject, r.topic, r.answer) for r in read(shipped, "SOCAR's free fuel is not for soldiers.")}
    assert found == {("azerbaijan", "fuel-for-ukraine-military", "no"), ("azerbaijan", "fuel-for-ukraine", "yes")}


def test_a_presupposition_names_a_known_topic_and_one_of_its_answers(mini):
    _with_presupposition(mini, '{backs: "adores", tank-rides: "yes"}')
    _, problems = load_ledger(mini)
    said = " | ".join(str(p) for p in problems)
    assert "presupposes 'adores', no answer of topic 'backs'" in said
    assert "presupposes unknown topic 'tank-rides'" in said


def test_a_reading_on_a_topic_that_implies_another_says_it_of_the_one_other_country_named():
    shipped = cached_vocabulary(load_valid_ledger(ROOT / "claims.yaml"))
    text = "Brussels has swapped Moscow's gas for Baku's, trading one warring autocrat for another."
    found = {(r.subject, r.topic, r.answer) for r in read(shipped, text)}
    assert ("azerbaijan", "energy-alternative-for", "eu") in found
    # (with two other countries named, neither is taken for the supplier)
    crowded = "Brussels has swapped Moscow's gas for Baku's and Ankara's, trading one warring autocrat for another."
    assert "energy-alternative-for" not in {r.topic for r in read(shipped, crowded)}


def test_implies_of_named_names_a_known_topic_whose_answer_is_an_actor(mini):
    edit(mini, "    question: How many tanks did it send?\n",
         "    question: How many tanks did it send?\n    implies_of_named: backs\n")
    _, problems = load_ledger(mini)
    assert "implies_of_named 'backs', a topic whose answer is no actor" in " | ".join(str(p) for p in problems)
    edit(mini, "    implies_of_named: backs\n", "    implies_of_named: tank-rides\n")
    _, problems = load_ledger(mini)
    assert "implies_of_named unknown topic 'tank-rides'" in " | ".join(str(p) for p in problems)
