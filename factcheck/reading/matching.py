"""Claim matching: what the ledger says about a statement someone hands you."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.findings.model import Finding, Report
from factcheck.ledger.model import Claim, Ledger
from factcheck.ledger.values import relation, value_key
from factcheck.reading.lexicon import TOPIC_OBJECT, first_cue
from factcheck.reading.spotting import Spotter, cue_answer
from factcheck.vocabulary import CheckVerdict, Kind, Relation

QUOTE_MATCH = 85.0  # a statement this close to a ledger quote takes that claim's topic and answer
_NEGATION = re.compile(r"\b(?:not|never|no longer|isn't|wasn't|aren't|hasn't|doesn't|didn't)\b", re.IGNORECASE)


@dataclass
class Evidence:
    """A ledger claim that bears on the statement, and how."""

    claim: Claim
    relation: str  # 'supports', 'refutes' or 'partly'


@dataclass
class CheckResult:
    """The answer to one statement."""

    statement: str
    verdict: CheckVerdict
    subject: str | None = None
    readings: list[tuple[str, str, bool]] = field(default_factory=list)  # (topic, answer, negated)
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


_DIGITS = re.compile(r"\d+")


def read_statement(ledger: Ledger, statement: str) -> tuple[str | None, list[tuple[str, str, bool]], list[str]]:
    """The statement's subject and the (topic, answer, negated) readings it makes, with the reasons.

    A statement that repeats a ledger quote is read as that claim (the most specific reading);
    otherwise the cue lexicon reads it."""
    spotter = Spotter(ledger)
    mentions = spotter.mentions(statement)
    actors = list(dict.fromkeys(m.entity for m in mentions))
    subject, readings, reasons = _quote_readings(ledger, statement, actors)
    hit = first_cue(statement, set(ledger.topics))
    if hit:
        cue, match = hit
        answer = cue_answer(spotter, cue.answer, match)
        negated = bool(_NEGATION.search(statement[: match.start()]))
        pole = answer if ledger.topics[cue.topic].value_type == "entity" else TOPIC_OBJECT.get(cue.topic)
        cue_subject = next((a for a in actors if a != pole), None)
        if answer and not readings:  # a repeated quote is more specific than any cue
            subject = cue_subject
            readings.append((cue.topic, answer, negated))
            reasons.append(f"cue “{match.group()}” → {cue.topic}: {'not ' if negated else ''}{answer}")
    if subject is None and actors:
        subject = actors[0]
    if subject:
        reasons.insert(0, f"subject: {ledger.entities[subject].name}")
    return subject, readings, reasons


def _quote_readings(ledger: Ledger, statement: str,
                    actors: list[str]) -> tuple[str | None, list[tuple[str, str, bool]], list[str]]:
    """Readings from ledger quotes the statement repeats (numbers must agree: ES-11/1 is not ES-11/4)."""
    from rapidfuzz import fuzz, process

    quotes = {c.id: c.quote for c in ledger.claims if c.voice == "asserted"}
    by_id = {c.id: c for c in ledger.claims}
    numbers = set(_DIGITS.findall(statement))
    matched = [by_id[claim_id] for _, _, claim_id in
               process.extract(statement, quotes, scorer=fuzz.token_set_ratio, score_cutoff=QUOTE_MATCH,
                               limit=8)
               if numbers <= set(_DIGITS.findall(by_id[claim_id].quote))]
    subjects = {c.subject for c in matched}
    # the first actor the statement names that the matched claims are about
    subject = next((a for a in actors if a in subjects), matched[0].subject if matched else None)
    readings: list[tuple[str, str, bool]] = []
    reasons = []
    for claim in matched:
        reading = (claim.topic, value_key(ledger.topics[claim.topic], claim), False)
        if claim.subject == subject and reading not in readings:
            readings.append(reading)
            reasons.append(f"repeats the quote of {claim.id}")
    return subject, readings, reasons


def check_statement(ledger: Ledger, report: Report, statement: str) -> CheckResult:
    """Find the ledger claims a statement corresponds to and answer with one verdict."""
    subject, readings, reasons = read_statement(ledger, statement)
    result = CheckResult(statement, CheckVerdict.NOT_ENOUGH, subject, readings, reasons)
    if not subject or not readings:
        result.reasons.append("no topic of the ledger recognised" if subject else "no actor of the ledger named")
        return result
    seen: set[str] = set()
    for topic_id, answer, negated in readings:
        topic = ledger.topics[topic_id]
        for claim in ledger.claims:
            if (claim.subject != subject or claim.topic != topic_id or claim.voice != "asserted"
                    or claim.id in seen):
                continue
            seen.add(claim.id)
            rel = relation(topic, answer, value_key(topic, claim))
            if rel in (Relation.SAME, Relation.CONTRADICTION):
                agrees = (rel is Relation.SAME) != negated  # a negated statement agrees with the opposite
                result.evidence.append(Evidence(claim, "supports" if agrees else "refutes"))
            elif rel is Relation.TENSION or negated:
                flipped = negated and rel is not Relation.TENSION
                result.evidence.append(Evidence(claim, "supports" if flipped else "partly"))
    result.verdict = _verdict(ledger, result.evidence)
    ids = {e.claim.id for e in result.evidence}
    result.findings = [f for f in report.findings if ids & set(f.claim_ids())
                       and f.kind not in (Kind.SINGLE_SOURCE, Kind.CORROBORATION)]
    return result


def _verdict(ledger: Ledger, evidence: list[Evidence]) -> CheckVerdict:
    """The record decides where it speaks; otherwise the articles' agreement does."""
    record = [e for e in evidence if ledger.sources[e.claim.source].kind == "record"]
    pool = record or evidence
    supports = any(e.relation == "supports" for e in pool)
    refutes = any(e.relation == "refutes" for e in pool)
    if supports and refutes:
        return CheckVerdict.CONFLICTING
    if supports:
        return CheckVerdict.SUPPORTED
    if refutes:
        return CheckVerdict.REFUTED
    return CheckVerdict.NOT_ENOUGH
