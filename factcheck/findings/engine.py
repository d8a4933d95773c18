"""Turning the ledger's claims into findings: contradiction, tension, corroboration, single source, disputed."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from itertools import combinations
from typing import Any

from factcheck.findings.explain import explain, garbled_note
from factcheck.findings.model import Finding, Holding, Report, Side, TopicVerdict
from factcheck.findings.severity import severity_of
from factcheck.findings.timeline import CHANGE_OVER_TIME_DAYS, Index, gap_of
from factcheck.ledger.dates import least_days
from factcheck.ledger.model import Claim, Ledger, Topic
from factcheck.ledger.values import meant_reading, rank, relation, value_key, value_label
from factcheck.vocabulary import Kind, Relation, Scope, Severity, Verdict

# Up to this many pairs of holdings, walking the pairs is quicker than indexing the dates (a pair costs
# about a tenth of what a holding's look-up in an index does); the two ways give the same findings
# (tests/test_properties.py runs both). Either way the work per answer pair is bounded by a constant
# times the holdings.
FEW_PAIRS = 256

_KIND_ORDER = {kind: i for i, kind in enumerate(Kind)}
_SEVERITY_ORDER = {severity: i for i, severity in enumerate(Severity)}

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
    readings: list[tuple[str, _Reading]] = []
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
    holdings = [h for s in finding.sides for h in s.holdings]
    finding.weak = list(dict.fromkeys(note for h in holdings for note in h.weak_notes))
    finding.corrections = [c for h in holdings for c in h.corrected]


def _entity_name(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities.get(entity_id)
    return entity.name if entity else entity_id


def _sort_key(ledger: Ledger, finding: Finding, topic_order: dict[str, int]) -> tuple[Any, ...]:
    return (_SEVERITY_ORDER[finding.severity], _entity_name(ledger, finding.subject).casefold(),
            topic_order[finding.topic], _KIND_ORDER[finding.kind], finding.scope, finding.id)


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
        # answer -> source -> that source's holdings of the answer, in the answer's order
        self.by_source: dict[str, dict[str, list[Holding]]] = {}
        for key, holdings in self.asserted.items():
            mine: dict[str, list[Holding]] = {}
            for held in holdings:
                self.answers_of[held.source].add(key)
                mine.setdefault(held.source, []).append(held)
            self.by_source[key] = mine
        self._indexes: dict[tuple[str, bool, bool], list[tuple[frozenset[str] | None, Index]]] = {}

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
            sa, sb = self.by_source[a], self.by_source[b]
            for source in sorted(sa.keys() & sb.keys()):
                if rel is not Relation.FRAMING:  # one source may frame a thing two ways without conflict
                    sides = [self._side(a, sa[source]), self._side(b, sb[source])]
                    found.append(self._finding(kind, Scope.WITHIN, sorted(sides, key=_earliest)))
            found.extend(self._cross(kind, a, b))
        return found

    def _cross(self, kind: Kind, a: str, b: str) -> list[Finding]:
        """Findings between different sources: article against article, article against record.

        Pairs far enough apart in time to be a change over time get a finding of their own,
        so that an old claim does not blur a fresh conflict. A finding lists every holding that
        has a partner on the other side: each holding asks the other answer's index how many
        holdings stand near it and how many far, so the work grows with the holdings, not with
        the pairs of them."""
        ha, hb = self.asserted[a], self.asserted[b]
        buckets: dict[tuple[Scope, bool], tuple[list[Holding], list[Holding]]] = {}
        if len(ha) * len(hb) <= FEW_PAIRS:
            self._pairs(ha, hb, buckets)
        else:
            self._sweep(a, b, buckets)
        return [self._pair_finding(kind, scope, a, b, *buckets[(scope, far)])
                for scope in (Scope.ACROSS, Scope.RECORD) for far in (False, True)
                if (scope, far) in buckets]

    def _pairs(self, ha: list[Holding], hb: list[Holding],
               buckets: dict[tuple[Scope, bool], tuple[list[Holding], list[Holding]]]) -> None:
        """Sort every pair of holdings that can be compared into its scope, near or far in time."""
        framing = self.topic.kind == "framing"
        found: dict[tuple[Scope, bool], tuple[dict[int, Holding], dict[int, Holding]]] = {}
        for x in ha:
            for y in hb:
                if x.source == y.source or (x.record and y.record):
                    continue
                if framing and self.answers_of[x.source] & self.answers_of[y.source]:
                    continue
                scope = Scope.RECORD if x.record or y.record else Scope.ACROSS
                far = not self.topic.fixed and least_days(x.date, y.date) >= CHANGE_OVER_TIME_DAYS
                left, right = found.setdefault((scope, far), ({}, {}))
                left[id(x)], right[id(y)] = x, y
        order = {id(h): i for i, h in enumerate(hb)}  # the other side in its own order, as a sweep gives it
        for bucket, (left, right) in found.items():
            buckets[bucket] = (list(left.values()), sorted(right.values(), key=lambda h: order[id(h)]))

    def _sweep(self, a: str, b: str,
               buckets: dict[tuple[Scope, bool], tuple[list[Holding], list[Holding]]]) -> None:
        """As _pairs, but each holding asks the other answer's date index for partners near and far."""
        for side, holdings, other in ((0, self.asserted[a], b), (1, self.asserted[b], a)):
            for held in holdings:
                reach = [(Scope.RECORD, self._reach(held, other, record=False))] if held.record else \
                    [(Scope.ACROSS, self._reach(held, other, record=False)),
                     (Scope.RECORD, self._reach(held, other, record=True))]
                for scope, (near, far) in reach:
                    if near:
                        buckets.setdefault((scope, False), ([], []))[side].append(held)
                    if far:
                        buckets.setdefault((scope, True), ([], []))[side].append(held)

    def _index(self, key: str, record: bool, by_framing: bool = False) -> list[tuple[frozenset[str] | None, Index]]:
        """The holdings of one answer from records or from articles, indexed by date; on a framing topic
        with `by_framing`, split by the set of framings their source gives (sources that share a framing
        are not in tension)."""
        cached = self._indexes.get((key, record, by_framing))
        if cached is not None:
            return cached
        holdings = [h for h in self.asserted[key] if h.record == record]
        parts: dict[frozenset[str] | None, list[Holding]] = defaultdict(list)
        for held in holdings:
            parts[frozenset(self.answers_of[held.source]) if by_framing else None].append(held)
        made = [(signature, Index(group, self.topic.fixed)) for signature, group in parts.items()]
        self._indexes[(key, record, by_framing)] = made
        return made

    def _reach(self, held: Holding, key: str, record: bool) -> tuple[int, int]:
        """How many holdings of answer `key` (from records, or from articles) it can be set against:
        near it in time, and far from it."""
        framing = self.topic.kind == "framing"
        own = self.answers_of[held.source]
        near = far = 0
        for signature, index in self._index(key, record, by_framing=framing):
            if signature is not None and signature & own:
                continue
            n, f = index.near_far(held)
            near, far = near + n, far + f
        return near, far

    def _pair_finding(self, kind: Kind, scope: Scope, a: str, b: str,
                      left: list[Holding], right: list[Holding]) -> Finding:
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
            fellows = Index(articles, self.topic.fixed)
            agreeing = [h for h in articles if fellows.near_far(h)[0]]
            if len({h.source for h in agreeing}) >= 2:
                found.append(self._finding(Kind.CORROBORATION, Scope.ACROSS, [self._side(key, agreeing)]))
            record = Index(records, self.topic.fixed)
            backed = [h for h in articles if record.near_far(h)[0]]
            if backed:
                backing = Index(backed, self.topic.fixed)
                confirming = [r for r in records if backing.near_far(r)[0]]
                found.append(self._finding(Kind.CORROBORATION, Scope.RECORD,
                                           [self._side(key, backed), self._side(key, confirming)]))
        return found

    def _disputed(self) -> list[Finding]:
        found = []
        for key, holdings in sorted(self.reported.items()):
            for held in holdings:
                for own_key in self.asserted:
                    mine = self.by_source[own_key].get(held.source)
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
        for from_record in (False,) if held.record else (True, False):  # a garbled record errs within itself
            candidates = []
            for other_key, holdings in self.asserted.items():
                rel = relation(self.topic, key, other_key)
                if rel not in (Relation.CONTRADICTION, Relation.TENSION):
                    continue
                if from_record:
                    chosen = [h for h in holdings if h.record]
                else:  # the source's other claims: not the garbled ones, read for what they meant
                    chosen = [Holding(h.source, [c for c in h.claims if id(c) not in printed], h.date)
                              for h in self.by_source[other_key].get(held.source, [])]
                    chosen = [h for h in chosen if h.claims]
                if chosen:
                    candidates.append((rel is not Relation.CONTRADICTION, self._order(other_key), other_key, chosen))
            if candidates:
                _, _, other_key, chosen = min(candidates, key=lambda c: c[:2])
                return self._side(other_key, chosen)
        return None

    def _order(self, key: str) -> tuple[Any, ...]:
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


def _claim_order(claim: Claim) -> tuple[Any, ...]:
    return (claim.anchor.start, claim.id)


def _earliest(side: Side) -> tuple[Any, ...]:
    return min(h.date.lo for h in side.holdings), side.value
