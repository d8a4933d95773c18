"""The engine's rules, each on a small ledger built for it."""
from __future__ import annotations

import random

import pytest

from factcheck.findings.engine import compare
from factcheck.ledger.model import Correction
from tests.builders import ledger, stance_topic


def kinds(report):
    return sorted((f.kind, f.scope) for f in report.findings)


def stance(claim_id, src, value, **extra):
    return {"id": claim_id, "source": src, "topic": "backs", "stance": value, **extra}


@pytest.mark.parametrize("a, b, expected", [
    ("supports", "opposes", "contradiction"),        # opposite sides
    ("supports", "neutral", "contradiction"),        # the middle against a pole
    ("leans-toward", "leans-against", "contradiction"),
    ("supports", "leans-toward", "tension"),         # same side, apart
    ("neutral", "leans-toward", "tension"),          # one step across the middle
    ("supports", "supports", "corroboration"),       # same place
])
def test_stance_rules(a, b, expected):
    report = compare(ledger([stance("c1", "a", a), stance("c2", "b", b)]))
    assert kinds(report) == [(expected, "across-sources")]


def test_single_source():
    report = compare(ledger([stance("c1", "a", "supports")]))
    assert kinds(report) == [("single-source", "none")]
    assert report.verdicts[0].verdict == "single source"


def test_fact_values_that_differ_contradict_and_equal_ones_corroborate():
    claims = [{"id": "c1", "source": "a", "topic": "count", "value": 5},
              {"id": "c2", "source": "b", "topic": "count", "value": 7},
              {"id": "c3", "source": "r", "topic": "count", "value": 5, "as_of": "2022-08"}]
    report = compare(ledger(claims))
    assert kinds(report) == [("contradiction", "across-sources"), ("contradiction", "against-record"),
                             ("corroboration", "against-record")]


def test_claims_years_apart_do_not_corroborate_each_other():
    claims = [stance("c1", "a", "supports", as_of="1992"), stance("c2", "b", "supports")]
    assert kinds(compare(ledger(claims))) == []


def test_scope_within_one_source():
    report = compare(ledger([stance("c1", "a", "supports"), stance("c2", "a", "opposes")]))
    assert ("contradiction", "within-source") in kinds(report)
    assert report.verdicts[0].verdict == "conflicting"


def test_scope_against_the_record_puts_the_article_first():
    report = compare(ledger([stance("c1", "r", "neutral", as_of="2022-03-02"), stance("c2", "a", "supports")]))
    (finding,) = [f for f in report.findings if f.scope == "against-record"]
    assert finding.kind == "contradiction"
    assert [s.holdings[0].source for s in finding.sides] == ["a", "r"]


def test_reported_claim_is_not_the_sources_assertion_but_its_dispute_is_a_finding():
    claims = [stance("c1", "b", "supports", voice="reported", attributed_to="x"), stance("c2", "b", "neutral")]
    report = compare(ledger(claims))
    assert kinds(report) == [("disputed", "within-source"), ("single-source", "none")]
    disputed = report.findings[0]
    assert "reports that Xland claims" in disputed.explanation and "disputes it" in disputed.explanation


def test_reported_claim_that_the_source_agrees_with_is_no_finding():
    claims = [stance("c1", "b", "supports", voice="reported", attributed_to="x"), stance("c2", "b", "supports")]
    assert kinds(compare(ledger(claims))) == [("single-source", "none")]


def test_time_rule_flags_differences_a_year_or_more_apart():
    claims = [stance("c1", "a", "supports"), stance("c2", "b", "neutral", as_of="2025-07")]
    (finding,) = compare(ledger(claims)).findings
    assert finding.over_time and finding.gap.min_days >= 365
    assert "may be a change over time" in finding.explanation
    assert finding.severity == "medium"  # one step down from high


def test_time_rule_leaves_close_claims_alone():
    claims = [stance("c1", "a", "supports"), stance("c2", "b", "neutral")]
    (finding,) = compare(ledger(claims)).findings
    assert not finding.over_time and finding.severity == "high"
    assert 200 < finding.gap.min_days < 365


def test_fixed_topics_never_change_over_time():
    claims = [{"id": "c1", "source": "a", "topic": "vote", "value": "absent"},
              {"id": "c2", "source": "r", "topic": "vote", "value": "yes", "as_of": "2014-03-27"}]
    (finding,) = compare(ledger(claims)).findings
    assert finding.kind == "contradiction" and not finding.over_time


def test_old_and_fresh_claims_split_into_separate_findings():
    claims = [stance("c1", "a", "supports"), stance("c2", "b", "supports", as_of="2025-07"),
              stance("c3", "r", "neutral", as_of="2022-03-02")]
    found = [f for f in compare(ledger(claims)).findings if f.kind == "contradiction"]
    assert sorted(f.over_time for f in found) == [False, True]


def test_framing_differences_are_tension_only_when_no_framing_is_shared():
    claims = [{"id": "c1", "source": "a", "topic": "why", "value": "fear"},
              {"id": "c2", "source": "b", "topic": "why", "value": "money"}]
    assert kinds(compare(ledger(claims))) == [("tension", "across-sources")]
    claims.append({"id": "c3", "source": "a", "topic": "why", "value": "money"})
    assert kinds(compare(ledger(claims))) == [("corroboration", "across-sources")]


def test_weak_evidence_and_minor_topics_lower_severity():
    topics = [stance_topic(minor=True)]
    claims = [stance("c1", "a", "supports"), stance("c2", "r", "neutral", as_of="2022-07", weak="one roll call")]
    (finding,) = [f for f in compare(ledger(claims, topics=topics)).findings if f.kind == "contradiction"]
    assert finding.severity == "low"
    assert finding.weak == ["c2: one roll call"]


def test_order_is_severity_then_subject_then_topic():
    claims = [stance("c1", "a", "supports", subject="y"), stance("c2", "b", "opposes", subject="y"),
              stance("c3", "a", "supports"), stance("c4", "b", "leans-toward"),
              stance("c5", "a", "supports", subject="boss")]
    report = compare(ledger(claims))
    assert [(f.severity, f.subject) for f in report.findings] == [
        ("high", "y"), ("medium", "x"), ("low", "boss")]
    assert [f.number for f in report.findings] == [1, 2, 3]


def test_output_does_not_depend_on_claim_order():
    claims = [stance("c1", "a", "supports"), stance("c2", "b", "neutral"), stance("c3", "r", "neutral"),
              {"id": "c4", "source": "a", "topic": "count", "value": 5},
              {"id": "c5", "source": "b", "topic": "count", "value": 6},
              stance("c6", "b", "supports", voice="reported", attributed_to="x")]
    first = compare(ledger(claims))
    shuffled = claims[:]
    random.Random(7).shuffle(shuffled)
    second = compare(ledger(shuffled))
    summary = [(f.id, f.kind, f.severity, f.explanation) for f in first.findings]
    assert summary == [(f.id, f.kind, f.severity, f.explanation) for f in second.findings]


# Garbled sentences (README, "Garbled sentences"): a claim with a correction takes part for what it meant;
# as printed, it is reported once, as an error in its source, never as a conflict between sources.

def garbled(claim_id, src, printed, meant=None, **extra):
    fix = Correction("what it should read", "machine rewording", stance=meant)
    return stance(claim_id, src, printed, correction=fix, **extra)


def test_garbled_claim_takes_part_for_what_it_meant():
    claims = [garbled("c1", "a", "opposes", meant="supports"), stance("c2", "b", "supports")]
    report = compare(ledger(claims))
    assert kinds(report) == [("corroboration", "across-sources")]  # no contradiction between a and b
    assert report.findings[0].claim_ids() == ["c1", "c2"]
    assert report.verdicts[0].verdict == "consistent"


def test_garbled_claim_as_printed_is_reported_once_against_the_record_at_most_medium():
    claims = [garbled("c1", "a", "opposes", meant="supports"), stance("c2", "a", "supports"),
              stance("c3", "r", "supports", as_of="2022-07"), stance("c4", "b", "supports")]
    report = compare(ledger(claims))
    (error,) = [f for f in report.findings if f.garbled]
    assert (error.kind, error.scope, error.severity) == ("contradiction", "against-record", "medium")
    assert [s.value for s in error.sides] == ["opposes", "supports"]
    assert error.claim_ids() == ["c1", "c3"]
    assert "error in the source" in error.explanation and "what it meant" in error.explanation
    assert not [f for f in report.findings if f.kind == "contradiction" and not f.garbled]
    assert report.verdicts[0].verdict == "consistent"


def test_garbled_claim_without_a_record_is_reported_against_its_own_source():
    claims = [garbled("c1", "a", "opposes", meant="supports"), stance("c2", "a", "supports"),
              stance("c3", "b", "supports")]
    report = compare(ledger(claims))
    (error,) = [f for f in report.findings if f.garbled]
    assert (error.kind, error.scope) == ("contradiction", "within-source")
    assert error.claim_ids() == ["c1", "c2"]  # not c1 against itself read for what it meant


def test_garbled_claim_with_nothing_to_contradict_it_makes_no_error_finding():
    report = compare(ledger([garbled("c1", "a", "opposes", meant="supports")]))
    assert kinds(report) == [("single-source", "none")]
    assert report.findings[0].sides[0].value == "supports"


def test_garbled_claim_that_does_not_say_what_it_meant_is_no_sound_side():
    claims = [garbled("c1", "a", "opposes"), stance("c2", "b", "supports"), stance("c3", "b", "leans-toward")]
    report = compare(ledger(claims))
    assert not [f for f in report.findings if f.scope == "across-sources"]
    assert [f for f in report.findings if f.garbled] == []  # nothing in its own source or the record to err against
    claims.append(stance("c4", "a", "supports"))
    report = compare(ledger(claims))
    assert not [f for f in report.findings if f.scope == "across-sources" and "c1" in f.claim_ids()]
    (error,) = [f for f in report.findings if f.garbled]
    assert (error.scope, error.claim_ids()) == ("within-source", ["c1", "c4"])
    assert "no comparison between sources" in error.explanation


def test_garbled_subject_moves_the_claim_to_the_subject_it_meant():
    fix = Correction("Yland backs it", "wrong country", subject="y")
    claims = [stance("c1", "a", "supports", correction=fix), stance("c2", "b", "supports", subject="y"),
              stance("c3", "r", "opposes", as_of="2022-07")]
    report = compare(ledger(claims))
    assert ("corroboration", "across-sources", "y") in {(f.kind, f.scope, f.subject) for f in report.findings}
    (error,) = [f for f in report.findings if f.garbled]
    assert (error.subject, error.scope, error.severity) == ("x", "against-record", "medium")


def test_garbled_finding_is_not_mistaken_for_a_sound_one():
    claims = [garbled("c1", "a", "opposes", meant="supports"), stance("c2", "a", "opposes", subject="x"),
              stance("c3", "r", "supports", as_of="2022-07")]
    report = compare(ledger(claims))
    record = [f for f in report.findings if f.kind == "contradiction" and f.scope == "against-record"]
    assert sorted(f.garbled for f in record) == [False, True]
    assert len({f.id for f in record}) == 2


# Abstaining is a recorded vote; absence is no vote at all (issue 12, item 4).

def test_abstaining_where_the_record_shows_no_vote_is_flagged():
    claims = [{"id": "c1", "source": "a", "topic": "vote", "value": "abstain"},
              {"id": "c2", "source": "r", "topic": "vote", "value": "absent", "as_of": "2022-03-02"}]
    (finding,) = compare(ledger(claims)).findings
    assert (finding.kind, finding.scope, finding.severity) == ("contradiction", "against-record", "high")
    assert [s.value for s in finding.sides] == ["abstain", "absent"]


def test_garbled_record_claim_errs_within_the_record():
    claims = [garbled("c1", "r", "opposes", meant="supports"), stance("c2", "r", "supports"),
              stance("c3", "a", "supports", as_of="2026-01")]
    (error,) = [f for f in compare(ledger(claims)).findings if f.garbled]
    assert (error.scope, error.claim_ids()) == ("within-source", ["c1", "c2"])
