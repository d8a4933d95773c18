"""What the engine computes: holdings, sides, findings, verdicts and the report."""
from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.ledger.dates import FuzzyDate, Gap
from factcheck.ledger.model import Claim
from factcheck.vocabulary import Kind, Scope, Severity, Verdict


@dataclass(slots=True)
class Holding:
    """One source's claims that give one answer to one question."""

    source: str
    claims: list[Claim]
    date: FuzzyDate
    record: bool = False  # whether the source is of kind 'record'
    garbled: bool = False  # the claims as printed, where their corrections say they meant something else
    # read once here rather than by every finding that lists the holding (many do, on a busy subject)
    weak_notes: list[str] = field(init=False, repr=False, compare=False)  # "claim id: why it is weak"
    corrected: list[Claim] = field(init=False, repr=False, compare=False)  # the claims with a correction

    def __post_init__(self) -> None:
        self.weak_notes = [f"{c.id}: {c.weak}" for c in self.claims if c.weak]
        self.corrected = [c for c in self.claims if c.correction]

    @property
    def lead(self) -> Claim:
        """The claim shown first: the earliest in the source."""
        return self.claims[0]


@dataclass(slots=True)
class Side:
    """One answer in a finding, with every source that gives it."""

    value: str
    label: str
    rank: int | None
    holdings: list[Holding]
    voice: str = "asserted"


@dataclass(slots=True)
class Finding:
    """A computed observation about one subject and topic, with its evidence."""

    kind: Kind
    scope: Scope
    subject: str
    topic: str
    sides: list[Side]
    severity: Severity = Severity.INFO
    explanation: str = ""
    gap: Gap | None = None
    over_time: bool = False
    weak: list[str] = field(default_factory=list)
    corrections: list[Claim] = field(default_factory=list)
    garbled: bool = False  # rests on a garbled sentence as printed: an error in the source, reported once
    id: str = ""
    number: int = 0

    def claim_ids(self) -> list[str]:
        """Every claim this finding rests on."""
        return [c.id for s in self.sides for h in s.holdings for c in h.claims]

    def sources(self) -> list[str]:
        """The sources this finding rests on, in order of first appearance."""
        return list(dict.fromkeys(h.source for s in self.sides for h in s.holdings))


@dataclass(slots=True)
class TopicVerdict:
    """The overall reading of one subject and topic."""

    subject: str
    topic: str
    verdict: Verdict
    sources: list[str]
    claims: list[str]


@dataclass(slots=True)
class Report:
    """Everything the engine computed from one ledger."""

    findings: list[Finding]
    verdicts: list[TopicVerdict]


