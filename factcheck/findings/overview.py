"""The answer first: the headline conflicts, and the stance matrix (actors x sources on each stance topic).

Both are computed from the findings and the ledger; nothing is named by hand."""
from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.findings.model import Finding, Report
from factcheck.findings.story import verdict_map
from factcheck.ledger.model import Claim, Ledger
from factcheck.vocabulary import Kind, Scope, Verdict

_SCOPE_ORDER = {Scope.ACROSS: 0, Scope.RECORD: 1, Scope.WITHIN: 2, Scope.NONE: 3}
_KIND_ORDER = {Kind.CONTRADICTION: 0, Kind.DISPUTED: 1, Kind.TENSION: 2}


def sound(finding: Finding) -> bool:
    """Whether every claim a finding rests on is sound: none garbled, weak or unreviewed."""
    return all(not (c.correction or c.weak or c.unreviewed)
               for s in finding.sides for h in s.holdings for c in h.claims)


def _latest(finding: Finding) -> int:
    return max(h.date.hi for s in finding.sides for h in s.holdings)


def headline_key(ledger: Ledger, finding: Finding, coverage: dict[tuple[str, str], int]) -> tuple[object, ...]:
    """Rank a difference: sound first, then severity, kind, scope, recency, then how many sources speak to it."""
    return (not sound(finding), finding.severity.level, _KIND_ORDER.get(finding.kind, 9),
            _SCOPE_ORDER[finding.scope], -_latest(finding), -coverage.get((finding.subject, finding.topic), 0),
            finding.number)


def headlines(ledger: Ledger, report: Report, findings: list[Finding], limit: int = 3) -> list[Finding]:
    """The headline conflicts among `findings`: the best-ranked difference per subject and topic.

    Contradictions and disputed findings only; between different sources before within one."""
    coverage = {(v.subject, v.topic): len(v.sources) for v in report.verdicts}
    candidates = [f for f in findings if f.kind in (Kind.CONTRADICTION, Kind.DISPUTED)]
    candidates.sort(key=lambda f: headline_key(ledger, f, coverage))
    chosen: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for finding in candidates:
        group = (finding.subject, finding.topic)
        if group in seen:
            continue
        seen.add(group)
        chosen.append(finding)
        if len(chosen) == limit:
            break
    return chosen


@dataclass
class MatrixRow:
    """One actor on one stance topic: where each source puts it (scale positions, 0 = the first point)."""

    subject: str
    topic: str
    verdict: Verdict
    cells: dict[str, list[int]] = field(default_factory=dict)  # source id -> positions held
    claims: dict[str, list[Claim]] = field(default_factory=dict)  # source id -> the claims behind them

    @property
    def differs(self) -> bool:
        """Whether the sources conflict or pull apart here."""
        return self.verdict in (Verdict.CONFLICTING, Verdict.TENSION)


@dataclass
class Matrix:
    """Actors x sources in date order, one row per actor and stance topic."""

    sources: list[str]
    rows: list[MatrixRow]


def stance_matrix(ledger: Ledger, report: Report, subjects: list[str] | None = None,
                  min_sources: int = 1) -> Matrix:
    """The stance matrix of asserted claims; with `subjects`, only those actors (in that order)."""
    verdicts = verdict_map(report)
    rows: dict[tuple[str, str], MatrixRow] = {}
    for claim in ledger.claims:
        topic = ledger.topics[claim.topic]
        if topic.kind != "stance" or claim.voice != "asserted" or claim.stance is None:
            continue
        if subjects is not None and claim.subject not in subjects:
            continue
        key = (claim.subject, claim.topic)
        row = rows.get(key)
        if row is None:
            row = rows[key] = MatrixRow(claim.subject, claim.topic, verdicts.get(key, Verdict.CONSISTENT))
        position = [p.id for p in topic.scale].index(claim.stance)
        held = row.cells.setdefault(claim.source, [])
        if position not in held:
            held.append(position)
            held.sort()
        row.claims.setdefault(claim.source, []).append(claim)
    kept = [r for r in rows.values() if len(r.cells) >= min_sources]
    used = {s for r in kept for s in r.cells}
    sources = sorted((s for s in ledger.sources if s in used),
                     key=lambda s: (ledger.sources[s].published.lo, s))
    subject_order = {s: i for i, s in enumerate(subjects or [])}
    topic_order = {t: i for i, t in enumerate(ledger.topics)}

    def name(entity_id: str) -> str:
        entity = ledger.entities.get(entity_id)
        return (entity.name if entity else entity_id).casefold()

    if subjects is not None:
        kept.sort(key=lambda r: (subject_order[r.subject], topic_order[r.topic]))
    else:
        # actors with the most conflicting rows first, then by name; topics in ledger order
        weight: dict[str, int] = {}
        for r in kept:
            weight[r.subject] = weight.get(r.subject, 0) + r.differs
        kept.sort(key=lambda r: (-weight[r.subject], name(r.subject), topic_order[r.topic]))
    return Matrix(sources, kept)
