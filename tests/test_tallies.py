"""Vote tallies: a count written in figures or words, read as a claim on the tally of the vote it names."""
from __future__ import annotations

import pytest

from factcheck.findings.engine import compare
from factcheck.ledger.dates import parse_date
from factcheck.ledger.load import load_ledger, load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.matching import check_statement
from factcheck.reading.reader import read
from factcheck.reading.tallies import count_of, tally_in
from tests.conftest import ROOT, edit


@pytest.mark.parametrize(("text", "tally"), [
    ("adopted with 97 votes in favour, 12 against and 40 abstentions", "97 / 12 / 40"),
    ("carried by 143 votes to 9, with 35 abstaining", "143 / 9 / 35"),
    ("ninety-three for, twenty-four against, fifty-eight abstained", "93 / 24 / 58"),
    ("one hundred and forty-one states voted yes, five no and thirty-five abstained", "141 / 5 / 35"),
    ("a 100-11-58 vote", "100 / 11 / 58"),
    ("passed 99 to 14", None),  # no abstentions given: no whole tally
    ("on 2023-02-23 the Assembly voted", None),  # a date is no tally
    ("141 in favour, with 5 countries opposed and 35 abstentions", "141 / 5 / 35"),
])
def test_a_tally_in_figures_or_words(text, tally):
    found = tally_in(text)
    assert (found[0] if found else None) == tally


def test_counts_in_words():
    assert [count_of(w) for w in ("eighteen", "122", "a hundred and two", "seventy-one", "1,200")] == \
        [18, 122, 102, 71, 1200]


@pytest.fixture(scope="module")
def shipped():
    ledger = load_valid_ledger(ROOT / "claims.yaml")
    return ledger, compare(ledger), cached_vocabulary(ledger)


def test_a_count_of_the_vote_a_sentence_names_is_a_claim_on_its_tally(shipped):
    _, _, vocabulary = shipped
    found = {(r.subject, r.topic, r.answer) for r in read(
        vocabulary, "The General Assembly approved 77/284 on cooperation with the Council of Europe by 122 votes "
                    "to 5, with eighteen countries abstaining.")}
    # the count, and not a 'yes' vote of the UN on its own resolution
    assert found == {("un", "tally-a-res-77-284", "122 / 5 / 18")}


def test_a_count_with_the_date_of_the_one_counted_vote_is_a_claim_on_its_tally(shipped):
    _, _, vocabulary = shipped
    text = "On 26 April the Assembly counted 122 in favour, five against, 18 abstaining."
    found = {(r.subject, r.topic, r.answer) for r in read(vocabulary, text, parse_date("2023-05"))}
    assert found == {("un", "tally-a-res-77-284", "122 / 5 / 18")}
    # a year alone names no one vote
    alone = {r.topic for r in read(vocabulary, "In 2023 a text passed 122 for, 5 against, 18 abstaining.")}
    assert "tally-a-res-77-284" not in alone


def test_check_compares_a_tally_with_the_record(shipped):
    ledger, report, vocabulary = shipped
    right = check_statement(ledger, report, "Resolution 77/284 passed 122-5-18", vocabulary)
    wrong = check_statement(ledger, report, "Resolution 77/284 passed 112-5-18", vocabulary)
    assert (right.verdict, wrong.verdict) == ("supported", "refuted")


def test_a_tally_value_and_its_event_are_validated(mini):
    edit(mini, "    value_type: number\n    unit: tanks\n", "    value_type: tally\n    event: tank-vote\n")
    _, problems = load_ledger(mini)
    said = " | ".join(str(p) for p in problems)
    assert "unknown event 'tank-vote'" in said and "is not a tally" in said
