"""The reader's last resort: the topic a clause's telling words point to when no phrase occurs whole."""
from __future__ import annotations

import pytest

from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.nearest import nearest
from factcheck.reading.reader import Vocabulary, read
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def dam():
    return Vocabulary(load_valid_ledger(ROOT / "tests" / "fixtures" / "othersubject" / "claims.yaml"))


def _read(vocabulary, text):
    return [(r.subject, r.topic, r.answer) for r in read(vocabulary, text)]


def test_two_telling_words_name_a_topic_no_phrase_names_whole(dam):
    # no listed phrase occurs ("water accord", "sign"), but "Selva" and "water" belong to one topic only
    assert _read(dam, "Dorestia put its signature on the Selva water pact.") == \
        [("dorestia", "signed-water-accord", "yes")]
    found = read(dam, "Dorestia put its signature on the Selva water pact.")[0]
    assert "nearest" in found.why and found.why["topic"] == "Selva water"


def test_the_clauses_negation_still_decides(dam):
    assert _read(dam, "Dorestia never put its signature on the Selva water pact.") == \
        [("dorestia", "signed-water-accord", "no")]


def test_one_telling_word_is_not_enough(dam):
    assert nearest(dam, dam.text_stems("Karvania opened a hydropower museum.")) is None
    assert _read(dam, "Karvania opened a hydropower museum.") == []


def test_a_stance_needs_words_that_say_which_way(dam):
    # the dam's naming words are there, but nothing says for or against
    assert nearest(dam, dam.text_stems("Ilvania toured the reservoir and the hydroelectric plant.")) is None


def test_a_relation_needs_its_other_party_named(dam):
    # flow-cut asks about the flow into Dorestia: without Dorestia named, no guess
    stems = dam.text_stems("Karvania's barrage will reduce the river flow discharge by 40 percent.")
    guess = nearest(dam, stems)
    assert guess is None or guess.topic.id != "flow-cut"


def test_words_of_dates_and_grammar_tell_nothing(dam):
    assert nearest(dam, dam.text_stems("In March, Dorestia said that it would be there again.")) is None


def test_a_nations_people_named_by_a_plural_demonym(shipped_vocabulary):
    """ "Georgians are pro-Ukraine" speaks of the public; "Georgia is pro-Ukraine" of the state."""
    people = _read(shipped_vocabulary, "Georgians are overwhelmingly pro-Ukraine")
    state = _read(shipped_vocabulary, "Georgia is overwhelmingly pro-Ukraine")
    assert people == [("georgia", "public-mood", "pro-ukraine")]
    assert state == [("georgia", "backs-ukraine", "supports")]
    # a vote is still the state's, whoever is said to cast it
    assert _read(shipped_vocabulary, "The Kazakhs abstained on ES-11/1") == [("kazakhstan", "vote-es-11-1", "abstain")]


@pytest.fixture(scope="module")
def shipped_vocabulary():
    return cached_vocabulary(load_valid_ledger(ROOT / "claims.yaml"))


def test_a_framing_told_by_its_rarer_words_close_together(shipped_vocabulary):
    # no phrase of the framing occurs whole, but three of its words do, two of them words few topics use
    text = "Baku skips the Assembly's votes on the war, fearing its own military conduct would come under the spotlight."
    assert ("azerbaijan", "why-absent-at-un", "it fears its own warlike behaviour being raised") in \
        _read(shipped_vocabulary, text)
    # words a framing shares with ordinary topics tell nothing ("Caspian", "Baku", "companies")
    assert _read(shipped_vocabulary, "A conference on Caspian shipping opened in Baku, drawing port officials and "
                                     "freight companies.") == []
