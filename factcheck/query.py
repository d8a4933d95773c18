"""Selecting findings and claims, summarising them, and gathering a dossier on one actor."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .engine import KINDS, SCOPES, SEVERITIES, Finding, Report, Verdict
from .model import Claim, Entity, Ledger
from .names import related_entities


@dataclass
class Selection:
    """Which findings to keep; an empty list means 'any'."""

    entities: list[str] = field(default_factory=list)  # entity ids, each with its people and bodies
    topics: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)
    min_severity: str = "info"


def home_country(ledger: Ledger, entity_id: str) -> str:
    """The country an entity belongs to (itself for a country or a body of no country)."""
    entity = ledger.entities.get(entity_id)
    return entity.country if entity and entity.country else entity_id


def select(ledger: Ledger, findings: list[Finding], selection: Selection) -> list[Finding]:
    """The findings that pass every filter of the selection, order kept."""
    wanted_subjects: set[str] = set()
    for entity_id in selection.entities:
        wanted_subjects.update(related_entities(ledger, ledger.entities[entity_id]))
    cutoff = SEVERITIES.index(selection.min_severity)
    kept = []
    for finding in findings:
        if wanted_subjects and finding.subject not in wanted_subjects:
            continue
        if selection.topics and finding.topic not in selection.topics:
            continue
        if selection.sources and not set(finding.sources()) & set(selection.sources):
            continue
        if selection.kinds and finding.kind not in selection.kinds:
            continue
        if selection.scopes and (finding.scope or "none") not in selection.scopes:
            continue
        if SEVERITIES.index(finding.severity) > cutoff:
            continue
        kept.append(finding)
    return kept


def summarise(ledger: Ledger, findings: list[Finding]) -> dict:
    """Counts by kind, scope, severity and country, in a fixed order."""
    kinds = Counter(f.kind for f in findings)
    scopes = Counter(f.scope or "none" for f in findings)
    severities = Counter(f.severity for f in findings)
    countries = Counter(home_country(ledger, f.subject) for f in findings)
    by_country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    return {
        "findings": len(findings),
        "by_kind": {k: kinds[k] for k in KINDS},
        "by_scope": {s: scopes[s] for s in (*SCOPES, "none")},
        "by_severity": {s: severities[s] for s in SEVERITIES},
        "by_country": dict(by_country),
    }


def kind_scope_counts(findings: list[Finding]) -> dict[str, Counter]:
    """For each kind, how many findings fall in each scope."""
    table: dict[str, Counter] = {k: Counter() for k in KINDS}
    for finding in findings:
        table[finding.kind][finding.scope or "none"] += 1
    return table


@dataclass
class DossierTopic:
    """What the sources say about one subject on one topic."""

    subject: str
    topic: str
    verdict: str
    claims: list[Claim]


@dataclass
class Dossier:
    """Everything the ledger says about one actor and those who belong to it."""

    entity: Entity
    related: list[str]
    topics: list[DossierTopic]
    findings: list[Finding]


def dossier(ledger: Ledger, report: Report, entity: Entity) -> Dossier:
    """Gather the claims, verdicts and findings about an entity."""
    related = related_entities(ledger, entity)
    verdicts: dict[tuple[str, str], Verdict] = {(v.subject, v.topic): v for v in report.verdicts}
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for claim in ledger.claims:
        if claim.subject in related:
            grouped.setdefault((claim.subject, claim.topic), []).append(claim)
    order = {entity_id: i for i, entity_id in enumerate(related)}
    topic_order = {topic_id: i for i, topic_id in enumerate(ledger.topics)}
    topics = []
    for (subject, topic), claims in sorted(grouped.items(),
                                           key=lambda kv: (order[kv[0][0]], topic_order[kv[0][1]])):
        claims.sort(key=lambda c: (ledger.claim_date(c).lo, c.source, c.anchor.start if c.anchor else 0))
        verdict = verdicts.get((subject, topic))
        topics.append(DossierTopic(subject, topic, verdict.verdict if verdict else "reported only", claims))
    findings = select(ledger, report.findings, Selection(entities=[entity.id]))
    return Dossier(entity, related, topics, findings)
