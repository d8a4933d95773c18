"""The words findings and verdicts are told in: kinds, scopes, severities, verdicts and relations.

One light module (no imports beyond the standard library), so that the command line can offer
these as choices without loading the engine, and the JSON schema can be checked against it."""
from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a finding observes, most serious first."""

    CONTRADICTION = "contradiction"
    DISPUTED = "disputed"
    TENSION = "tension"
    CORROBORATION = "corroboration"
    SINGLE_SOURCE = "single-source"

    @property
    def differs(self) -> bool:
        """Whether the finding is a difference between answers (not agreement or a lone source)."""
        return self in (Kind.CONTRADICTION, Kind.DISPUTED, Kind.TENSION)


class Scope(StrEnum):
    """Between whom a finding stands; NONE for a finding on a single source."""

    ACROSS = "across-sources"
    WITHIN = "within-source"
    RECORD = "against-record"
    NONE = "none"


class Severity(StrEnum):
    """How much a finding matters, highest first."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def level(self) -> int:
        """0 for high, 3 for info: smaller is more severe."""
        return list(Severity).index(self)


class Verdict(StrEnum):
    """The overall reading of one subject and topic across the sources."""

    CONFLICTING = "conflicting"
    TENSION = "in tension"
    CONSISTENT = "consistent"
    SINGLE_SOURCE = "single source"
    RECORD_ONLY = "record only"
    REPORTED_ONLY = "reported only"


class CheckVerdict(StrEnum):
    """The answer `check` gives a statement."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    CONFLICTING = "conflicting evidence"
    NOT_ENOUGH = "not enough evidence"  # read, but the ledger holds nothing that decides it
    UNREADABLE = "unreadable"  # no topic of the ledger recognised: nothing was checked


class Relation(StrEnum):
    """How two answers to one question relate."""

    SAME = "same"
    TENSION = "tension"
    CONTRADICTION = "contradiction"
    FRAMING = "framing"


# extract and coverage leave out sentences that score lower than this (README, "How extract spots claims")
DEFAULT_MIN_SCORE = 4
