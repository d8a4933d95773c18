"""How much a finding matters: a base by kind, one step down for each reason to doubt it."""
from __future__ import annotations

from factcheck.findings.model import Finding
from factcheck.ledger.model import Ledger
from factcheck.vocabulary import Kind, Scope, Severity

_LEVELS = tuple(Severity)
_BASE = {Kind.CONTRADICTION: 0, Kind.DISPUTED: 1, Kind.TENSION: 1, Kind.SINGLE_SOURCE: 2, Kind.CORROBORATION: 3}


def severity_of(ledger: Ledger, finding: Finding) -> Severity:
    """Severity: a base by kind, one step down for each reason to doubt the conflict."""
    topic = ledger.topics[finding.topic]
    level = _BASE[finding.kind]
    if finding.kind is Kind.TENSION and (topic.kind == "framing" or finding.scope is Scope.WITHIN):
        # a difference of framing matters less than one of strength; and one writer may well
        # describe the same thing at two strengths ("worsening relations", "confrontation")
        level += 1
    if finding.kind.differs:
        # (finding.weak is settled first: without weak evidence no side can rest on it)
        level += finding.over_time + topic.minor + bool(finding.weak and _rests_on_weak(finding))
        level = min(level, 2)  # a difference is never mere information
    if finding.garbled:
        level = max(level, 1)  # an error in the source, not a conflict between sources: at most medium
    return _LEVELS[level]


def _rests_on_weak(finding: Finding) -> bool:
    return any(all(c.weak for h in s.holdings for c in h.claims) for s in finding.sides)


