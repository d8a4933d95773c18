"""Selecting findings and claims, summarising them, and gathering a dossier on one actor."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factcheck.findings.model import Finding, Report, TopicVerdict
from factcheck.ledger.model import Claim, Entity, Ledger
from factcheck.vocabulary import Kind, Scope, Severity, Verdict


@dataclass
class Selection:
    """Which findings to keep; an empty list means 'any'."""

    entities: list[str] = field(default_factory=list)  # entity ids, each with its people and bodies
    topics: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    kinds: list[Kind] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    min_severity: Severity = Severity.INFO
    subject_only: bool = False  # entities match only as the subject, not as the other party (a claim's object)


def home_country(ledger: Ledger, entity_id: str) -> str:
    """The country an entity belongs to (itself for a country or a body of no country)."""
    entity = ledger.entities.get(entity_id)
    return entity.country if entity and entity.country else entity_id


def select(ledger: Ledger, findings: list[Finding], selection: Selection) -> list[Finding]:
    """The findings that pass every filter of the selection, order kept."""
    wanted_subjects: set[str] = set()
    for entity_id in selection.entities:
        wanted_subjects.update(ledger.related(ledger.entities[entity_id]))
    cutoff = Severity(selection.min_severity).level
    kept = []
    for finding in findings:
        if wanted_subjects and finding.subject not in wanted_subjects and (
                selection.subject_only or not _names_other_party(finding, wanted_subjects)):
            continue
        if selection.topics and finding.topic not in selection.topics:
            continue
        if selection.sources and not set(finding.sources()) & set(selection.sources):
            continue
        if selection.kinds and finding.kind not in selection.kinds:
            continue
        if selection.scopes and finding.scope not in selection.scopes:
            continue
        if finding.severity.level > cutoff:
            continue
        kept.append(finding)
    return kept


def _names_other_party(finding: Finding, wanted: set[str]) -> bool:
    """Whether a claim of the finding has one of the wanted entities as its other party (object)."""
    return any(c.object in wanted for s in finding.sides for h in s.holdings for c in h.claims)


def summarise(ledger: Ledger, findings: list[Finding]) -> dict[str, Any]:
    """Counts by kind, scope, severity and country, in a fixed order."""
    kinds = Counter(f.kind for f in findings)
    scopes = Counter(f.scope for f in findings)
    severities = Counter(f.severity for f in findings)
    countries = Counter(home_country(ledger, f.subject) for f in findings)
    by_country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    return {
        "findings": len(findings),
        "by_kind": {k.value: kinds[k] for k in Kind},
        "by_scope": {s.value: scopes[s] for s in Scope},
        "by_severity": {s.value: severities[s] for s in Severity},
        "by_country": dict(by_country),
    }


def kind_scope_counts(findings: list[Finding]) -> dict[Kind, Counter[str]]:
    """For each kind, how many findings fall in each scope."""
    table: dict[Kind, Counter[str]] = {k: Counter() for k in Kind}
    for finding in findings:
        table[finding.kind][finding.scope] += 1
    return table


@dataclass
class DossierTopic:
    """What the sources say about one subject on one topic."""

    subject: str
    topic: str
    verdict: Verdict
    claims: list[Claim]


@dataclass
class Dossier:
    """Everything the ledger says about one actor and those who belong to it."""

    entity: Entity
    related: list[str]
    topics: list[DossierTopic]
    findings: list[Finding]
    mentions: list[Claim] = field(default_factory=list)  # claims about others that name it


def dossier(ledger: Ledger, report: Report, entity: Entity) -> Dossier:
    """Gather the claims, verdicts and findings about an entity."""
    related = ledger.related(entity)
    verdicts: dict[tuple[str, str], TopicVerdict] = {(v.subject, v.topic): v for v in report.verdicts}
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for claim in ledger.claims:
        if claim.subject in related:
            grouped.setdefault((claim.subject, claim.topic), []).append(claim)
    order = {entity_id: i for i, entity_id in enumerate(related)}
    topic_order = {topic_id: i for i, topic_id in enumerate(ledger.topics)}
    topics = []
    for (subject, topic), claims in sorted(grouped.items(),
                                           key=lambda kv: (order[kv[0][0]], topic_order[kv[0][1]])):
        claims.sort(key=lambda c: (ledger.claim_date(c).lo, c.source, c.anchor.start))
        verdict = verdicts.get((subject, topic))
        topics.append(DossierTopic(subject, topic, verdict.verdict if verdict else Verdict.REPORTED_ONLY, claims))
    findings = select(ledger, report.findings, Selection(entities=[entity.id], subject_only=True))
    return Dossier(entity, related, topics, findings, mentions(ledger, entity))


def mentions(ledger: Ledger, entity: Entity) -> list[Claim]:
    """Claims about someone else that involve the entity: as the other party, as the one whose claim is
    reported, or (for a person or organisation) named in the quote."""
    import re

    names = [n for n in entity.names() if n and (n != entity.iso)]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b") \
        if entity.kind != "country" and names else None
    found = []
    for claim in ledger.claims:
        if claim.subject == entity.id:
            continue
        if entity.id in (claim.object, claim.attributed_to) or (pattern and pattern.search(claim.quote)):
            found.append(claim)
    return found
