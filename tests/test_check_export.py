"""Claim matching (`check`) and the ClaimReview and FEVER exports."""
from __future__ import annotations

import json
import re

import pytest

from factcheck.cli import cli
from factcheck.findings.engine import compare
from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.matching import check_statement
from tests.conftest import ROOT

SHIPPED = str(ROOT / "claims.yaml")


@pytest.fixture(scope="module")
def world():
    ledger = load_valid_ledger(ROOT / "claims.yaml")
    return ledger, compare(ledger)


@pytest.fixture(scope="module")
def vocabulary(world):
    return cached_vocabulary(world[0])  # once for the module (or from the suite's cache), as `check -` does


@pytest.mark.parametrize("statement, verdict", [
    # the articles (2022) call it Russia's main ally; the record has it freezing its CSTO membership (2024)
    ("Armenia is Russia's main ally", "refuted"),
    ("Ivanishvili is the de facto ruler of Ukraine", "refuted"),
    ("Bidzina Ivanishvili rules over Georgia", "supported"),
    ("Azerbaijan did not vote on ES-11/1", "supported"),
    ("Azerbaijan voted yes on A/RES/68/262", "supported"),
    ("Georgia has not placed sanctions on Russia", "supported"),
    ("Kazakhstan is not a close Russian ally", "supported"),
    ("Turkey supports Ukraine", "supported"),
    ("Azerbaijan exported 8.2 billion cubic metres of gas to Europe in 2021", "supported"),
    ("The moon is made of cheese", "unreadable"),
])
def test_verdicts(world, vocabulary, statement, verdict):
    ledger, report = world
    assert check_statement(ledger, report, statement, vocabulary).verdict == verdict


def test_the_record_decides_where_it_speaks(world, vocabulary):
    ledger, report = world
    result = check_statement(ledger, report, "Azerbaijan stands with Ukraine with strong diplomatic support",
                             vocabulary)
    relations = {e.claim.source: e.relation for e in result.evidence if e.claim.source == "record"}
    assert relations == {"record": "refutes"} and result.verdict == "refuted"


def test_every_actor_gets_a_sensible_answer(world):
    """Each article claim's own words, as a statement naming its actor first, find that claim.

    Claims on free-text topics (a framing, a "why") are for a person to read: check does not guess them."""
    from factcheck.reading.reader import names_topic

    ledger, report = world
    vocabulary = cached_vocabulary(ledger)
    subjects = set()
    for claim in ledger.claims:
        topic = ledger.topics[claim.topic]
        # a quote that needs its article to say which event it is about ("voted against Moscow")
        # cannot be checked alone: the reader must not guess the event
        readable = (topic.kind == "stance" or topic.values or topic.value_type == "entity"
                    or (topic.value_type == "number" and re.search(rf"(?<![\d/.,]){claim.value:,}(?![\d/])", claim.quote))) \
            and names_topic(vocabulary, claim.quote, claim.topic)
        if claim.voice != "asserted" or ledger.sources[claim.source].kind == "record" or claim.subject in subjects \
                or not readable or claim.correction or claim.weak:
            continue
        subjects.add(claim.subject)
        result = check_statement(ledger, report, f"{ledger.entities[claim.subject].name}: {claim.quote}", vocabulary)
        assert result.verdict != "not enough evidence", claim.id
        assert any(e.claim.id == claim.id and e.relation == "supports" for e in result.evidence), claim.id
    assert len(subjects) >= 15


def test_check_lists_evidence_and_findings(runner):
    out = runner.invoke(cli, ["check", "Armenia is Russia's main ally", "--claims", SHIPPED]).stdout
    assert "REFUTED" in out
    assert "Kuzio 2022 · 2022-07-20 · line 51" in out and "SOFREP 2023" in out
    assert "contradiction" in out


def test_check_batch_from_stdin_is_json_lines(runner):
    result = runner.invoke(cli, ["check", "-", "--json", "--claims", SHIPPED],
                           input="Turkey supports Ukraine\n\nThe moon is made of cheese\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in lines] == ["supported", "unreadable"]
    assert [r["read"] for r in lines] == [True, False] and result.exit_code == 4
    assert lines[0]["evidence"][0]["claim"]["anchor"]["line"] >= 1


def test_claimreview_has_the_fields_the_schema_requires(runner):
    out = runner.invoke(cli, ["compare", "--format", "claimreview", "--claims", SHIPPED]).stdout
    document = json.loads(out)
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) > 40
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        assert review["author"]["name"] == "factcheck"
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"]
        assert item["appearance"]["@type"] == "CreativeWork" and item["appearance"]["headline"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    by_id = {r["@id"]: r for r in reviews}
    assert by_id["#review-k22-ivanishvili-rules-ukraine"]["reviewRating"]["alternateName"] == \
        "Contradicted by the public record"
    assert by_id["#review-k22-az-gas-2021"]["reviewRating"]["ratingValue"] == 5


def test_fever_labels_and_evidence_pairs(runner):
    out = runner.invoke(cli, ["compare", "--format", "fever", "--claims", SHIPPED]).stdout
    rows = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert {r["label"] for r in rows.values()} <= {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}
    assert rows["k22-ivanishvili-rules-ukraine"]["label"] == "REFUTES"
    assert ["record", 79] in [list(e) for e in rows["k22-ivanishvili-rules-ukraine"]["evidence"]] or \
        any(e[0] == "record" for e in rows["k22-ivanishvili-rules-ukraine"]["evidence"])
    assert rows["k22-az-gas-2021"]["label"] == "SUPPORTS"
    assert all(isinstance(e[1], int) and e[1] >= 1 for r in rows.values() for e in r["evidence"])


def test_exports_follow_the_filters(runner):
    out = runner.invoke(cli, ["compare", "--format", "fever", "--claims", SHIPPED, "--country", "turkey",
                              "--subject-only"]).stdout
    assert out and all(json.loads(line)["id"].startswith(("k22-tr", "s23-tr")) for line in out.splitlines())
    # without --subject-only, Turkey as the other party counts too
    wider = runner.invoke(cli, ["compare", "--format", "fever", "--claims", SHIPPED, "--country", "turkey"]).stdout
    assert len(wider.splitlines()) > len(out.splitlines())
