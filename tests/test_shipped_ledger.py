"""The embedded default ledger is product: it must validate, anchor every quote, and cover the sources."""
from __future__ import annotations

from collections import Counter

import pytest

from factcheck.findings.engine import compare
from factcheck.ledger.load import load_ledger
from tests.conftest import ROOT

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def shipped():
    ledger, problems = load_ledger(ROOT / "claims.yaml")
    return ledger, problems


def test_shipped_ledger_has_no_problems(shipped):
    _, problems = shipped
    assert [str(p) for p in problems] == []


def test_every_shipped_quote_anchors(shipped):
    ledger, _ = shipped
    unanchored = [c.id for c in ledger.claims if c.anchor is None]
    assert unanchored == []
    for claim in ledger.claims:  # the anchor points at the quoted words, not somewhere near them
        text = ledger.sources[claim.source].text
        assert " ".join(text[claim.anchor.start:claim.anchor.end].split())[:12].replace("’", "'") == \
            " ".join(claim.quote.split())[:12].replace("’", "'")


def test_every_claim_shows_the_words_that_carry_it(shipped):
    """Each claim has a cue, and the cue stands inside its quote (so the quote shows what it claims)."""
    from factcheck.ledger.anchor import fold

    ledger, _ = shipped
    assert [c.id for c in ledger.claims if not c.cue.strip()] == []
    assert [c.id for c in ledger.claims if fold(c.cue).strip() not in fold(c.quote)] == []


def test_coverage_of_the_three_articles(shipped):
    ledger, _ = shipped
    per_source = Counter(c.source for c in ledger.claims)
    assert len(ledger.claims) > 60
    assert per_source["kuzio-2022"] >= 30 and per_source["sofrep-2023"] >= 20
    assert per_source["expertnews-2025"] >= 8 and per_source["record"] >= 15
    subjects = {c.subject for c in ledger.claims}
    for actor in ("azerbaijan", "armenia", "georgia", "russia", "turkey", "kazakhstan", "eu", "ukraine"):
        assert actor in subjects, actor


def test_no_claim_is_drawn_from_page_clutter(shipped):
    ledger, _ = shipped
    clutter = {"kuzio-2022": 57, "sofrep-2023": 43}  # first line of "You May Also Like" / footer links
    for claim in ledger.claims:
        if claim.source in clutter:
            assert claim.anchor.line < clutter[claim.source], claim.id


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared seeds not beside the checkout")
def test_seeds_are_byte_identical_to_the_commissioned_sources():
    for original in SHARED_SEEDS.glob("*.txt"):
        assert (ROOT / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_motivating_contradiction_is_found(shipped):
    ledger, _ = shipped
    report = compare(ledger)
    hits = [f for f in report.findings if f.kind == "contradiction" and f.subject == "azerbaijan"
            and f.topic == "backs-ukraine" and f.scope == "across-sources"]
    assert len(hits) == 1
    sides = {h.source: h for s in hits[0].sides for h in s.holdings}
    assert "only strategic ally" in sides["kuzio-2022"].lead.quote
    assert "never shown up to vote" in sides["sofrep-2023"].lead.quote


def test_self_contradictions_and_record_conflicts_are_found(shipped):
    ledger, _ = shipped
    report = compare(ledger)
    kinds = {(f.kind, f.scope, f.subject, f.topic) for f in report.findings}
    assert ("contradiction", "within-source", "armenia", "aligned-with-russia") in kinds
    assert ("contradiction", "against-record", "azerbaijan", "vote-a-res-68-262") in kinds
    assert ("disputed", "within-source", "azerbaijan", "backs-ukraine") in kinds
    assert any(f.over_time for f in report.findings)


def test_garbled_sentences_are_reported_once_as_errors_in_their_source(shipped):
    ledger, _ = shipped
    report = compare(ledger)
    garbled = [f for f in report.findings if f.garbled]
    assert garbled and all(f.severity in ("medium", "low") and f.scope != "across-sources" for f in garbled)
    assert all("error in the source" in f.explanation for f in garbled)
    printed = Counter(c.id for f in garbled for c in f.sides[0].holdings[0].claims)
    assert max(printed.values()) == 1  # each error once
    # "ruler of Ukraine": one error against the record; read for what it meant, it agrees with the record
    ruler = [(f.kind, f.scope) for f in garbled if "k22-ivanishvili-rules-ukraine" in f.claim_ids()]
    assert ruler == [("contradiction", "against-record")]
    (agrees,) = [f for f in report.findings if (f.kind, f.scope, f.subject, f.topic) ==
                 ("corroboration", "against-record", "ivanishvili", "de-facto-rules")]
    assert "k22-ivanishvili-rules-ukraine" in agrees.claim_ids()
    assert {v.verdict for v in report.verdicts if (v.subject, v.topic) == ("ivanishvili", "de-facto-rules")} == \
        {"consistent"}
    # no high-severity finding rests on a garbled sentence as printed
    assert not [f for f in report.findings if f.severity == "high" and f.garbled]


def test_an_article_saying_abstained_where_the_record_shows_no_vote_is_flagged(shipped):
    import dataclasses

    ledger, _ = shipped
    said = next(c for c in ledger.claims if c.id == "s23-az-vote-es-11-1")
    abstained = dataclasses.replace(said, id="s23-az-abstained-es-11-1", value="abstain")
    report = compare(dataclasses.replace(ledger, claims=[*ledger.claims, abstained]))
    hits = [f for f in report.findings if f.kind == "contradiction" and f.scope == "against-record"
            and "s23-az-abstained-es-11-1" in f.claim_ids()]
    assert len(hits) == 1 and hits[0].topic == "vote-es-11-1"
    assert [s.value for s in hits[0].sides] == ["abstain", "absent"]
    assert "rec-az-vote-es-11-1" in hits[0].claim_ids()
    vote_topics = [t for t in ledger.topics.values() if t.id.startswith("vote-")]
    assert vote_topics and all({"abstain", "absent"} <= set(t.values) for t in vote_topics)
    # nothing maps abstaining and absence together: no phrase reads as both
    for topic in ledger.topics.values():
        abstaining = {a for a in topic.answers if a.startswith("abstain")}
        for a in abstaining:
            for phrase in topic.answers[a]:
                assert phrase not in topic.answers.get("absent", []), (topic.id, phrase)
