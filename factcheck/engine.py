"""Turning the ledger's claims into findings: contradiction, tension, corroboration, single source, disputed."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from .dates import FuzzyDate, Gap, gap_between, least_days
from .model import Claim, Ledger, Topic
from .values import CONTRADICTION, FRAMING, SAME, TENSION, rank, relation, value_key, value_label

KINDS = ("contradiction", "disputed", "tension", "corroboration", "single-source")
SCOPES = ("across-sources", "within-source", "against-record")
SEVERITIES = ("high", "medium", "low", "info")
VERDICTS = ("conflicting", "consistent", "single source")

# Two claims at least this far apart in time may differ because the world changed.
CHANGE_OVER_TIME_DAYS = 365


@dataclass
class Holding:
    """One source's claims that give one answer to one question."""

    source: str
    claims: list[Claim]
    date: FuzzyDate
    record: bool = False  # whether the source is of kind 'record'

    @property
    def lead(self) -> Claim:
        """The claim shown first: the earliest in the source."""
        return self.claims[0]


@dataclass
class Side:
    """One answer in a finding, with every source that gives it."""

    value: str
    label: str
    rank: int | None
    holdings: list[Holding]
    voice: str = "asserted"


@dataclass
class Finding:
    """A computed observation about one subject and topic, with its evidence."""

    kind: str
    scope: str | None
    subject: str
    topic: str
    sides: list[Side]
    severity: str = "info"
    explanation: str = ""
    gap: Gap | None = None
    over_time: bool = False
    weak: list[str] = field(default_factory=list)
    corrections: list[Claim] = field(default_factory=list)
    id: str = ""
    number: int = 0

    def claim_ids(self) -> list[str]:
        """Every claim this finding rests on."""
        return [c.id for s in self.sides for h in s.holdings for c in h.claims]

    def sources(self) -> list[str]:
        """The sources this finding rests on, in order of first appearance."""
        return list(dict.fromkeys(h.source for s in self.sides for h in s.holdings))


@dataclass
class Verdict:
    """The overall reading of one subject and topic."""

    subject: str
    topic: str
    verdict: str
    sources: list[str]
    claims: list[str]


@dataclass
class Report:
    """Everything the engine computed from one ledger."""

    findings: list[Finding]
    verdicts: list[Verdict]


def compare(ledger: Ledger) -> Report:
    """Compute every finding and verdict from the ledger's claims, deterministically."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in ledger.claims:
        groups[(claim.subject, claim.topic)].append(claim)
    findings: list[Finding] = []
    verdicts: list[Verdict] = []
    for (subject, topic_id), claims in groups.items():
        topic = ledger.topics[topic_id]
        group = _Group(ledger, topic, subject, claims)
        found = group.findings()
        findings.extend(found)
        verdict = group.verdict(found)
        if verdict:
            verdicts.append(verdict)
    from .explain import explain, severity_of  # sentences and severity live together

    for finding in findings:
        _settle_time_and_evidence(ledger, finding)
        finding.severity = severity_of(ledger, finding)
        finding.explanation = explain(ledger, finding)
        finding.id = _finding_id(finding)
    topic_order = {topic_id: i for i, topic_id in enumerate(ledger.topics)}
    findings.sort(key=lambda f: _sort_key(ledger, f, topic_order))
    for number, finding in enumerate(findings, 1):
        finding.number = number
    verdicts.sort(key=lambda v: (_entity_name(ledger, v.subject).casefold(), topic_order[v.topic]))
    return Report(findings, verdicts)


def _settle_time_and_evidence(ledger: Ledger, finding: Finding) -> None:
    """Attach the gap in time, the change-over-time flag, weak evidence and corrections."""
    topic = ledger.topics[finding.topic]
    if len(finding.sides) == 2:
        finding.gap = gap_of(*finding.sides)
        differs = finding.kind in ("contradiction", "tension", "disputed")
        finding.over_time = bool(differs and not topic.fixed and finding.gap
                                 and finding.gap.min_days >= CHANGE_OVER_TIME_DAYS)
    claims = [c for s in finding.sides for h in s.holdings for c in h.claims]
    finding.weak = list(dict.fromkeys(f"{c.id}: {c.weak}" for c in claims if c.weak))
    finding.corrections = [c for c in claims if c.correction]


def _entity_name(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities.get(entity_id)
    return entity.name if entity else entity_id


def _sort_key(ledger: Ledger, finding: Finding, topic_order: dict[str, int]) -> tuple:
    return (SEVERITIES.index(finding.severity), _entity_name(ledger, finding.subject).casefold(),
            topic_order[finding.topic], KINDS.index(finding.kind), finding.scope or "", finding.id)


def _finding_id(finding: Finding) -> str:
    parts = [finding.kind, finding.scope or "-", finding.subject, finding.topic]
    parts += [f"{s.voice}:{s.value}@" + ",".join(h.source for h in s.holdings) for s in finding.sides]
    return "f-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:10]


class _Group:
    """The claims on one subject and topic, organised as holdings per answer."""

    def __init__(self, ledger: Ledger, topic: Topic, subject: str, claims: list[Claim]):
        self.ledger, self.topic, self.subject = ledger, topic, subject
        self.asserted = self._holdings([c for c in claims if c.voice == "asserted"])
        self.reported = self._holdings([c for c in claims if c.voice == "reported"])
        self.answers_of: dict[str, set[str]] = defaultdict(set)
        for key, holdings in self.asserted.items():
            for held in holdings:
                self.answers_of[held.source].add(key)

    def _holdings(self, claims: list[Claim]) -> dict[str, list[Holding]]:
        """answer -> holdings, one holding per source and date, in ledger order."""
        by_answer: dict[str, dict[tuple[str, str], list[Claim]]] = defaultdict(dict)
        keys = self._canonical({value_key(self.topic, c) for c in claims})
        for claim in claims:
            key = keys[value_key(self.topic, claim)]
            date = self.ledger.claim_date(claim)
            by_answer[key].setdefault((claim.source, date.iso()), []).append(claim)
        result: dict[str, list[Holding]] = {}
        for key in sorted(by_answer, key=self._order):
            holdings = [Holding(src, sorted(cs, key=_claim_order), self.ledger.claim_date(cs[0]),
                                self.ledger.sources[src].kind == "record")
                        for (src, _), cs in by_answer[key].items()]
            # sorted, so that the order of claims in the file never changes the output
            result[key] = sorted(holdings, key=lambda h: (h.date.lo, h.source))
        return result

    def _canonical(self, keys: set[str]) -> dict[str, str]:
        """Map answers within a numeric topic's tolerance onto one representative."""
        if not (self.topic.value_type == "number" and self.topic.tolerance > 0):
            return {k: k for k in keys}
        mapping: dict[str, str] = {}
        anchor = None
        for key in sorted(keys, key=float):
            if anchor is None or relation(self.topic, anchor, key) != SAME:
                anchor = key
            mapping[key] = anchor
        return mapping

    def _side(self, key: str, holdings: list[Holding], voice: str = "asserted") -> Side:
        raw = holdings[0].lead.value if holdings else None
        return Side(key, value_label(self.ledger, self.topic, key, raw), rank(self.topic, key),
                    holdings, voice)

    def _finding(self, kind: str, scope: str | None, sides: list[Side]) -> Finding:
        return Finding(kind, scope, self.subject, self.topic.id, sides)

    def findings(self) -> list[Finding]:
        """All findings for this group."""
        found = self._differences() + self._corroborations() + self._disputed()
        articles = {h.source for hs in self.asserted.values() for h in hs if not h.record}
        others = {h.source for hs in self.asserted.values() for h in hs if h.record}
        if len(articles) == 1 and not others:
            sides = [self._side(k, hs) for k, hs in self.asserted.items()]
            found.append(self._finding("single-source", None, sides))
        return found

    def _differences(self) -> list[Finding]:
        found = []
        for a, b in combinations(sorted(self.asserted, key=self._order), 2):
            rel = relation(self.topic, a, b)
            if rel == SAME:
                continue
            kind = CONTRADICTION if rel == CONTRADICTION else TENSION
            ha, hb = self.asserted[a], self.asserted[b]
            for source in sorted({h.source for h in ha} & {h.source for h in hb}):
                if rel != FRAMING:  # one source may frame a thing two ways without conflict
                    sides = [self._side(a, [h for h in ha if h.source == source]),
                             self._side(b, [h for h in hb if h.source == source])]
                    found.append(self._finding(kind, "within-source", sorted(sides, key=_earliest)))
            found.extend(self._cross(kind, rel, a, b, ha, hb))
        return found

    def _cross(self, kind: str, rel: str, a: str, b: str, ha: list[Holding],
               hb: list[Holding]) -> list[Finding]:
        """Findings between different sources: article against article, article against record.

        Pairs far enough apart in time to be a change over time get a finding of their own,
        so that an old claim does not blur a fresh conflict."""
        buckets: dict[tuple[str, bool], list[tuple[Holding, Holding]]] = {}
        for x in ha:
            for y in hb:
                if x.source == y.source or (x.record and y.record):
                    continue
                if rel == FRAMING and self.answers_of[x.source] & self.answers_of[y.source]:
                    continue
                scope = "against-record" if x.record or y.record else "across-sources"
                buckets.setdefault((scope, self._far_apart(x, y)), []).append((x, y))
        return [self._pair_finding(kind, scope, a, b, buckets[(scope, far)])
                for scope in ("across-sources", "against-record") for far in (False, True)
                if (scope, far) in buckets]

    def _far_apart(self, x: Holding, y: Holding) -> bool:
        return not self.topic.fixed and least_days(x.date, y.date) >= CHANGE_OVER_TIME_DAYS

    def _pair_finding(self, kind: str, scope: str, a: str, b: str,
                      pairs: list[tuple[Holding, Holding]]) -> Finding:
        left = list({id(x): x for x, _ in pairs}.values())
        right = list({id(y): y for _, y in pairs}.values())
        sides = [self._side(a, left), self._side(b, right)]
        if scope == "against-record":
            sides.sort(key=lambda s: s.holdings[0].record)  # the article's side first
        else:
            sides.sort(key=_earliest)
        return self._finding(kind, scope, sides)

    def _corroborations(self) -> list[Finding]:
        """Agreement between sources, counted only between claims close enough in time to agree."""
        found = []
        for key, holdings in self.asserted.items():
            articles = [h for h in holdings if not h.record]
            records = [h for h in holdings if h.record]
            agreeing = [h for h in articles
                        if any(o.source != h.source and not self._far_apart(h, o) for o in articles)]
            if len({h.source for h in agreeing}) >= 2:
                found.append(self._finding("corroboration", "across-sources", [self._side(key, agreeing)]))
            backed = [h for h in articles if any(not self._far_apart(h, r) for r in records)]
            confirming = [r for r in records if any(not self._far_apart(h, r) for h in backed)]
            if backed:
                found.append(self._finding("corroboration", "against-record",
                                           [self._side(key, backed), self._side(key, confirming)]))
        return found

    def _disputed(self) -> list[Finding]:
        found = []
        for key, holdings in sorted(self.reported.items()):
            for held in holdings:
                for own_key, own in self.asserted.items():
                    mine = [h for h in own if h.source == held.source]
                    if mine and relation(self.topic, key, own_key) == CONTRADICTION:
                        found.append(self._finding("disputed", "within-source", [
                            self._side(key, [held], "reported"), self._side(own_key, mine)]))
        return found

    def _order(self, key: str) -> tuple:
        r = rank(self.topic, key)
        return (r if r is not None else 0, key)

    def verdict(self, findings: list[Finding]) -> Verdict | None:
        """consistent, conflicting or single source; None when nothing is asserted."""
        holdings = [h for hs in self.asserted.values() for h in hs]
        if not holdings:
            return None
        sources = list(dict.fromkeys(h.source for h in holdings))
        if any(f.kind in ("contradiction", "disputed") for f in findings):
            verdict = "conflicting"
        elif len(sources) == 1:
            verdict = "single source"
        else:
            verdict = "consistent"
        claims = [c.id for h in holdings for c in h.claims]
        return Verdict(self.subject, self.topic.id, verdict, sources, claims)


def _claim_order(claim: Claim) -> tuple:
    return (claim.anchor.start if claim.anchor else 0, claim.id)


def _earliest(side: Side) -> tuple:
    return min(h.date.lo for h in side.holdings), side.value


def gap_of(first: Side, second: Side) -> Gap | None:
    """The smallest gap between any holding of one side and any of the other."""
    pairs = [(least_days(x.date, y.date), x.date, y.date) for x in first.holdings for y in second.holdings]
    if not pairs:
        return None
    nearest = min(p[0] for p in pairs)
    gaps = [gap_between(a, b) for least, a, b in pairs if least == nearest]
    return min(gaps, key=lambda g: g.max_days)

