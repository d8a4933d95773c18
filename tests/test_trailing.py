"""Where a speaker stands after what was said: reading/trailing.py, tested directly."""
import pytest

from factcheck.reading.trailing import SAID_ASIDE, trailing_speaker


@pytest.mark.parametrize("body, speaker", [
    ("Armenia is Russia's ally, the minister said.", ", the minister said."),
    ("Armenia arms Russia, US officials allege.", ", US officials allege."),
    ("Armenia arms Russia, according to Washington.", ", according to Washington."),
    ("baku never recognised crimea as russian says bayramov", " says bayramov"),
])
def test_a_speaker_closing_the_clause_is_found(body, speaker):
    found = trailing_speaker(body)
    assert found is not None and found.group() == speaker


@pytest.mark.parametrize("body", [
    # what follows the verb is what was said, or a ballot, not a speaker
    "Kyiv, the minister insists that Baku backs it.",
    "Turkey and Kazakhstan say no.",
    "Georgia voted yes, as it said it would.",
])
def test_no_speaker_closes_these(body):
    assert trailing_speaker(body) is None


def test_a_speaker_set_off_between_commas():
    found = SAID_ASIDE.search("Azerbaijani troops, Armenia's foreign minister charged, struck inside Armenia.")
    assert found is not None and found.group() == ", Armenia's foreign minister charged,"


@pytest.mark.parametrize("body, aside", [
    ("Azerbaijanis, says Muradov, still remember the volunteers.", ", says Muradov,"),
    ("Baku, argues Anthony Kim of the Heritage Foundation, can replace Russia.",
     ", argues Anthony Kim of the Heritage Foundation,"),
    # (what follows the verb is what was said, not a name)
    ("Muradov, a scholar, says his compatriots sympathise with Ukraine, and more.", None),
    ("Georgia, said to be wavering, abstained.", None),
])
def test_an_inverted_speaker_set_off_between_commas(body, aside):
    found = SAID_ASIDE.search(body)
    assert (found.group() if found else None) == aside
