"""How a clause opens: on a pronoun or on its verb (its subject is one named before), or on neither."""
import pytest

from factcheck.reading.openings import VERB_START, opens_on_pronoun


@pytest.mark.parametrize("body, verb", [
    ("won't sanction Moscow", True),
    ("yet refuses to sanction Russia", False),  # (the conjunction is the clause break's, not the clause's)
    ("refuses to sanction Russia", True),
    ("now speaks bluntly about it", True),
    ("still backs Kyiv", True),
    # a sentence adverb set off by a comma opens no verb ("Still, these plans came to nothing as X attacked Y")
    ("Still, these plans came to nothing", False),
    ("Now Georgians march in the streets", False),
    ("talks to Moscow resumed", False),
])
def test_a_clause_opening_on_its_verb(body, verb):
    assert bool(VERB_START.match(body)) is verb


@pytest.mark.parametrize("body, pronoun", [
    ("it has skipped every vote", True),
    ("what it has not done is join the sanctions", True),
    ("what was once careful balancing has given way to confrontation", True),
    ("it was Russian missiles that downed the jet", False),  # a cleft's "it" stands for no one
    ("what Baku did next surprised Moscow", False),
])
def test_a_clause_opening_on_a_pronoun(body, pronoun):
    assert opens_on_pronoun(body) is pronoun
