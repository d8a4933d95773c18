"""Who speaks a reported clause: reading/speakers.py, through the reader on the shipped ledger."""
import pytest

from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.reader import read
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def vocabulary():
    return cached_vocabulary(load_valid_ledger(ROOT / "claims.yaml"))


def test_an_owners_pronoun_before_that_names_the_clauses_first_actor(vocabulary):
    # "its worry that": the worry is Kazakhstan's, not Russia's, the actor nearest to it
    text = ("Kazakhstan's no-shows at the Assembly's votes on Russia are explained by its worry that its own "
            "bellicose conduct would be aired.")
    said = {(r.subject, r.attributed_to) for r in read(vocabulary, text) if r.topic == "why-absent-at-un"}
    assert said == {("kazakhstan", "kazakhstan")}


def test_a_named_speaker_is_the_last_one_named_before_the_verb(vocabulary):
    text = "Georgia's prime minister Kobakhidze said that Georgia would not sanction Russia."
    assert {(r.subject, r.attributed_to) for r in read(vocabulary, text)} == {("georgia", "kobakhidze")}
