"""A rating for each article claim, from the findings it takes part in (for ClaimReview and FEVER)."""
from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.findings.model import Finding, Report
from factcheck.ledger.model import Claim, Ledger
from factcheck.vocabulary import Kind, Scope

# (code, ratingValue on a 1-5 scale, alternateName, FEVER label)
RATINGS = {
    "record-refutes": (1, "Contradicted by the public record", "REFUTES"),
    "sources-refute": (2, "Contradicted by other sources", "REFUTES"),
    "conflicting": (3, "Conflicting sources", "NOT ENOUGH INFO"),
    "partly": (3, "Partly supported: other sources differ in degree", "NOT ENOUGH INFO"),
    "single-source": (3, "Unverified: a single source", "NOT ENOUGH INFO"),
    "other-time": (3, "Unverified: other sources speak to it only from another time", "NOT ENOUGH INFO"),
    "sources-support": (4, "Corroborated by other sources", "SUPPORTS"),
    "record-supports": (5, "Confirmed by the public record", "SUPPORTS"),
}


@dataclass
class Rating:
    """How the ledger rates one claim, and the evidence for it."""

    claim: Claim
    code: str
    evidence: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def value(self) -> int:
        """ratingValue, 1 (worst) to 5 (best)."""
        return RATINGS[self.code][0]

    @property
    def label(self) -> str:
        """The rating in words (ClaimReview's alternateName)."""
        return RATINGS[self.code][1]

    @property
    def fever(self) -> str:
        """SUPPORTS, REFUTES or NOT ENOUGH INFO."""
        return RATINGS[self.code][2]


def rate_claims(ledger: Ledger, report: Report) -> list[Rating]:
    """A rating for every asserted article claim, in ledger order.

    Differences that may be a change over time neither refute nor support: they are set aside."""
    involved: dict[str, list[Finding]] = {}
    for finding in report.findings:
        for claim_id in finding.claim_ids():
            involved.setdefault(claim_id, []).append(finding)
    speakers = {(v.subject, v.topic): len(v.sources) for v in report.verdicts}
    ratings = []
    for claim in ledger.claims:
        if claim.voice != "asserted" or ledger.sources[claim.source].kind == "record":
            continue
        findings = [f for f in involved.get(claim.id, []) if not f.over_time and f.kind is not Kind.DISPUTED]
        rating = _rate(ledger, claim, findings)
        if rating.code == "single-source" and speakers.get((claim.subject, claim.topic), 1) > 1:
            # other sources do speak to it, only too far apart in time to agree or differ: not "a single source"
            rating.code = "other-time"
        ratings.append(rating)
    return ratings


def _rate(ledger: Ledger, claim: Claim, findings: list[Finding]) -> Rating:
    def others(finding: Finding) -> list[Claim]:
        mine = next(s for s in finding.sides if any(c.id == claim.id for h in s.holdings for c in h.claims))
        return [c for s in finding.sides for h in s.holdings for c in h.claims
                if (s is not mine or finding.kind is Kind.CORROBORATION) and c.id != claim.id]

    def having(kind: Kind, scope: Scope) -> list[Finding]:
        return [f for f in findings if f.kind is kind and f.scope is scope]

    refuted_by_record = having(Kind.CONTRADICTION, Scope.RECORD)
    backed_by_record = having(Kind.CORROBORATION, Scope.RECORD)
    refuted = having(Kind.CONTRADICTION, Scope.ACROSS) + having(Kind.CONTRADICTION, Scope.WITHIN)
    backed = having(Kind.CORROBORATION, Scope.ACROSS)
    tension = [f for f in findings if f.kind is Kind.TENSION]
    if refuted_by_record:
        code, used = "record-refutes", refuted_by_record
    elif backed_by_record:
        code, used = "record-supports", backed_by_record
    elif refuted and backed:
        code, used = "conflicting", refuted + backed
    elif refuted:
        code, used = "sources-refute", refuted
    elif backed:
        code, used = "sources-support", backed
    elif tension:
        code, used = "partly", tension
    else:
        code, used = "single-source", []
    evidence = list({c.id: c for f in used for c in others(f)}.values())
    return Rating(claim, code, evidence, used)
