"""Turning the ledger's claims into findings: contradiction, tension, corroboration, single source, disputed."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from itertools import combinations

from factcheck.findings.explain import explain, garbled_note
from factcheck.findings.model import Finding, Holding, Report, Side, TopicVerdict
from factcheck.findings.severity import severity_of
from factcheck.ledger.dates import Gap, gap_between, least_days
from factcheck.ledger.model import Claim, Ledger, Topic
from factcheck.ledger.values import meant_reading, rank, relation, value_key, value_label
from factcheck.vocabulary import Kind, Relation, Scope, Verdict

# Two claims at least this far apart in time may differ because the world changed.
CHANGE_OVER_TIME_DAYS = 365

# A claim's reading in a group: the claim, its answer key (None: the claim's own), and whether it is the
# garbled sentence as printed.
_Reading = tuple[Claim, str | None, bool]


def compare(ledger: Ledger) -> Report:
    """Compute every finding and verdict from the ledger's claims, deterministically."""
    groups: dict[tuple[str, str], list[_Reading]] = defaultdict(list)
    for claim in ledger.claims:
        if claim.correction is None:
            groups[(claim.subject, claim.topic)].append((claim, None, False))
            continue
        for subject, reading in _readings(ledger.topics[claim.topic], claim):
            groups[(subject, claim.topic)].append(reading)
    findings: list[Finding] = []
    verdicts: list[TopicVerdict] = []
    for (subject, topic_id), readings in groups.items():
        topic = ledger.topics[topic_id]
        group = _Group(ledger, topic, subject, readings)
        found = group.findings()
        findings.extend(found)
        verdict = group.verdict(found)
        if verdict:
            verdicts.append(verdict)
    for finding in findings:
        _settle_time_and_evidence(ledger, finding)
        finding.severity = severity_of(ledger, finding)
        finding.explanation = explain(ledger, finding) + garbled_note(finding)
        finding.id = _finding_id(finding)
    topic_order = {topic_id: i for i, topic_id in enumerate(ledger.topics)}
    findings.sort(key=lambda f: _sort_key(ledger, f, topic_order))
    for number, finding in enumerate(findings, 1):
        finding.number = number
    verdicts.sort(key=lambda v: (_entity_name(ledger, v.subject).casefold(), topic_order[v.topic]))
    return Report(findings, verdicts)


def _readings(topic: Topic, claim: Claim) -> list[tuple[str, _Reading]]:
    """How a claim with a correction takes part (README, "Garbled sentences").

    Where the correction says what the sentence meant, the claim takes part as that, like any other
    claim; as printed, when that differs, it takes part only in the report of its error. Where the
    correction does not say, the sentence as printed is all there is, and it cannot be a sound side."""
    assert claim.correction is not None
    literal = (claim.subject, value_key(topic, claim))
    meant = meant_reading(topic, claim)
    readings = []
    if meant is not None:
        readings.append((meant[0], (claim, meant[1], False)))
    if meant != literal:
        readings.append((literal[0], (claim, literal[1], True)))
    return readings


def _settle_time_and_evidence(ledger: Ledger, finding: Finding) -> None:
    """Attach the gap in time, the change-over-time flag, weak evidence and corrections."""
    topic = ledger.topics[finding.topic]
    if len(finding.sides) == 2:
        finding.gap = gap_of(*finding.sides)
        finding.over_time = bool(finding.kind.differs and not topic.fixed and finding.gap
                                 and finding.gap.min_days >= CHANGE_OVER_TIME_DAYS)
    claims = [c for s in finding.sides for h in s.holdings for c in h.claims]
    finding.weak = list(dict.fromkeys(f"{c.id}: {c.weak}" for c in claims if c.weak))
    finding.corrections = [c for c in claims if c.correction]


def _entity_name(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities.get(entity_id)
    return entity.name if entity else entity_id


def _sort_key(ledger: Ledger, finding: Finding, topic_order: dict[str, int]) -> tuple:
    return (finding.severity.level, _entity_name(ledger, finding.subject).casefold(),
            topic_order[finding.topic], list(Kind).index(finding.kind), finding.scope, finding.id)


def _finding_id(finding: Finding) -> str:
    # "-" for no scope: the ids of findings on a single source stay as they were
    parts = [finding.kind, "-" if finding.scope is Scope.NONE else finding.scope, finding.subject, finding.topic]
    parts += [f"{s.voice}:{s.value}@" + ",".join(h.source for h in s.holdings) for s in finding.sides]
    if finding.garbled:  # kept apart from a sound finding between the same answers and sources
        parts.append("garbled")
    return "f-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:10]


class _Group:
    """The claims on one subject and topic, organised as holdings per answer."""

    def __init__(self, ledger: Ledger, topic: Topic, subject: str, readings: list[_Reading]):
        self.ledger, self.topic, self.subject = ledger, topic, subject
        self.asserted = self._holdings([r for r in readings if r[0].voice == "asserted" and not r[2]])
        self.reported = self._holdings([r for r in readings if r[0].voice == "reported" and not r[2]])
        # the garbled sentences as printed (asserted ones: a garbled report is no one's assertion)
        self.garbled = self._holdings([r for r in readings if r[0].voice == "asserted" and r[2]], garbled=True)
        self.answers_of: dict[str, set[str]] = defaultdict(set)
        for key, holdings in self.asserted.items():
            for held in holdings:
                self.answers_of[held.source].add(key)

    def _holdings(self, readings: list[_Reading], garbled: bool = False) -> dict[str, list[Holding]]:
        """answer -> holdings, one holding per source and date, in ledger order."""
        by_answer: dict[str, dict[tuple[str, str], list[Claim]]] = defaultdict(dict)
        answered = [(c, value_key(self.topic, c) if key is None else key) for c, key, _ in readings]
        keys = self._canonical({key for _, key in answered})
        for claim, key in answered:
            date = self.ledger.claim_date(claim)
            by_answer[keys[key]].setdefault((claim.source, date.iso()), []).append(claim)
        result: dict[str, list[Holding]] = {}
        for key in sorted(by_answer, key=self._order):
            holdings = [Holding(src, sorted(cs, key=_claim_order), self.ledger.claim_date(cs[0]),
                                self.ledger.sources[src].kind == "record", garbled)
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
            if anchor is None or relation(self.topic, anchor, key) is not Relation.SAME:
                anchor = key
            mapping[key] = anchor
        return mapping

    def _side(self, key: str, holdings: list[Holding], voice: str = "asserted") -> Side:
        raw = _raw_value(holdings[0]) if holdings else None
        return Side(key, value_label(self.ledger, self.topic, key, raw), rank(self.topic, key),
                    holdings, voice)

    def _finding(self, kind: Kind, scope: Scope, sides: list[Side]) -> Finding:
        return Finding(kind, scope, self.subject, self.topic.id, sides)

    def findings(self) -> list[Finding]:
        """All findings for this group."""
        found = self._differences() + self._corroborations() + self._disputed() + self._errors()
        articles = {h.source for hs in self.asserted.values() for h in hs if not h.record}
        others = {h.source for hs in self.asserted.values() for h in hs if h.record}
        if len(articles) == 1 and not others:
            sides = [self._side(k, hs) for k, hs in self.asserted.items()]
            found.append(self._finding(Kind.SINGLE_SOURCE, Scope.NONE, sides))
        return found

    def _differences(self) -> list[Finding]:
        found = []
        for a, b in combinations(sorted(self.asserted, key=self._order), 2):
            rel = relation(self.topic, a, b)
            if rel is Relation.SAME:
                continue
            kind = Kind.CONTRADICTION if rel is Relation.CONTRADICTION else Kind.TENSION
            ha, hb = self.asserted[a], self.asserted[b]
            for source in sorted({h.source for h in ha} & {h.source for h in hb}):
                if rel is not Relation.FRAMING:  # one source may frame a thing two ways without conflict
                    sides = [self._side(a, [h for h in ha if h.source == source]),
                             self._side(b, [h for h in hb if h.source == source])]
                    found.append(self._finding(kind, Scope.WITHIN, sorted(sides, key=_earliest)))
            found.extend(self._cross(kind, rel, a, b, ha, hb))
        return found

    def _cross(self, kind: Kind, rel: Relation, a: str, b: str, ha: list[Holding],
               hb: list[Holding]) -> list[Finding]:
        """Findings between different sources: article against article, article against record.

        Pairs far enough apart in time to be a change over time get a finding of their own,
        so that an old claim does not blur a fresh conflict."""
        buckets: dict[tuple[Scope, bool], list[tuple[Holding, Holding]]] = {}
        for x in ha:
            for y in hb:
                if x.source == y.source or (x.record and y.record):
                    continue
                if rel is Relation.FRAMING and self.answers_of[x.source] & self.answers_of[y.source]:
                    continue
                scope = Scope.RECORD if x.record or y.record else Scope.ACROSS
                buckets.setdefault((scope, self._far_apart(x, y)), []).append((x, y))
        return [self._pair_finding(kind, scope, a, b, buckets[(scope, far)])
                for scope in (Scope.ACROSS, Scope.RECORD) for far in (False, True)
                if (scope, far) in buckets]

    def _far_apart(self, x: Holding, y: Holding) -> bool:
        return not self.topic.fixed and least_days(x.date, y.date) >= CHANGE_OVER_TIME_DAYS

    def _pair_finding(self, kind: Kind, scope: Scope, a: str, b: str,
                      pairs: list[tuple[Holding, Holding]]) -> Finding:
        left = list({id(x): x for x, _ in pairs}.values())
        right = list({id(y): y for _, y in pairs}.values())
        sides = [self._side(a, left), self._side(b, right)]
        if scope is Scope.RECORD:
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
                found.append(self._finding(Kind.CORROBORATION, Scope.ACROSS, [self._side(key, agreeing)]))
            backed = [h for h in articles if any(not self._far_apart(h, r) for r in records)]
            confirming = [r for r in records if any(not self._far_apart(h, r) for h in backed)]
            if backed:
                found.append(self._finding(Kind.CORROBORATION, Scope.RECORD,
                                           [self._side(key, backed), self._side(key, confirming)]))
        return found

    def _disputed(self) -> list[Finding]:
        found = []
        for key, holdings in sorted(self.reported.items()):
            for held in holdings:
                for own_key, own in self.asserted.items():
                    mine = [h for h in own if h.source == held.source]
                    if mine and relation(self.topic, key, own_key) is Relation.CONTRADICTION:
                        found.append(self._finding(Kind.DISPUTED, Scope.WITHIN, [
                            self._side(key, [held], "reported"), self._side(own_key, mine)]))
        return found

    def _errors(self) -> list[Finding]:
        """Each garbled sentence as printed, reported once: against the record where the record gives
        another answer, else against its own source's other claims; never against other articles."""
        found = []
        for key, holdings in self.garbled.items():
            for held in holdings:
                other = self._error_side(key, held)
                if other is not None:
                    rel = relation(self.topic, key, other.value)
                    kind = Kind.CONTRADICTION if rel is Relation.CONTRADICTION else Kind.TENSION
                    scope = Scope.RECORD if other.holdings[0].record else Scope.WITHIN
                    finding = self._finding(kind, scope, [self._side(key, [held]), other])
                    finding.garbled = True
                    found.append(finding)
        return found

    def _error_side(self, key: str, held: Holding) -> Side | None:
        """The answer a garbled holding is reported against: the record's, else its own source's."""
        printed = {id(c) for c in held.claims}
        for from_record in (True, False):
            candidates = []
            for other_key, holdings in self.asserted.items():
                rel = relation(self.topic, key, other_key)
                if rel not in (Relation.CONTRADICTION, Relation.TENSION):
                    continue
                if from_record:
                    chosen = [h for h in holdings if h.record]
                else:  # the source's other claims: not the garbled ones, read for what they meant
                    chosen = [Holding(h.source, [c for c in h.claims if id(c) not in printed], h.date)
                              for h in holdings if h.source == held.source]
                    chosen = [h for h in chosen if h.claims]
                if chosen:
                    candidates.append((rel is not Relation.CONTRADICTION, self._order(other_key), other_key, chosen))
            if candidates:
                _, _, other_key, chosen = min(candidates, key=lambda c: c[:2])
                return self._side(other_key, chosen)
        return None

    def _order(self, key: str) -> tuple:
        r = rank(self.topic, key)
        return (r if r is not None else 0, key)

    def verdict(self, findings: list[Finding]) -> TopicVerdict | None:
        """consistent, conflicting or single source; None when nothing is asserted."""
        holdings = [h for hs in self.asserted.values() for h in hs]
        if not holdings:
            return None
        sources = list(dict.fromkeys(h.source for h in holdings))
        if any(f.kind in (Kind.CONTRADICTION, Kind.DISPUTED) and not f.garbled for f in findings):
            verdict = Verdict.CONFLICTING
        elif len(sources) == 1:
            verdict = Verdict.SINGLE_SOURCE
        else:
            verdict = Verdict.CONSISTENT
        claims = [c.id for h in holdings for c in h.claims]
        return TopicVerdict(self.subject, self.topic.id, verdict, sources, claims)


def _raw_value(holding: Holding) -> object:
    """The lead claim's value as given: as printed, or as its correction says it meant."""
    claim = holding.lead
    if not holding.garbled and claim.correction and claim.correction.value is not None:
        return claim.correction.value
    return claim.value


def _claim_order(claim: Claim) -> tuple:
    return (claim.anchor.start, claim.id)


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

