"""One story across commands: the engine's report settled so that compare, show, check and the exports agree.

The engine computes findings one subject and topic at a time; this module post-processes its Report:

* a single-source finding is dropped where the same source already has a within-source finding on the same
  subject and topic (the reader sees one signal about those claims, not two that disagree);
* findings are renumbered after that, so numbers stay 1..N;
* every subject and topic gets one verdict, from its findings: *conflicting* (a contradiction or a disputed
  finding), *in tension* (a tension), *single source* (one article, no record), *record only* (only the public
  record speaks to it), else *consistent*.
"""
from __future__ import annotations

from dataclasses import replace

from factcheck.findings.model import Finding, Report, TopicVerdict
from factcheck.ledger.model import Ledger
from factcheck.vocabulary import Kind, Scope, Verdict


def settle(ledger: Ledger, report: Report) -> Report:
    """The report every command shows: redundant single-source findings gone, one verdict per subject and topic."""
    # a garbled sentence as printed is an error in its source, not a signal about what the source says
    within = {(f.subject, f.topic) for f in report.findings if f.scope is Scope.WITHIN and not f.garbled}
    kept = [f for f in report.findings if not (f.kind is Kind.SINGLE_SOURCE and (f.subject, f.topic) in within)]
    for number, finding in enumerate(kept, 1):
        finding.number = number
    by_group: dict[tuple[str, str], list[Finding]] = {}
    for finding in kept:
        by_group.setdefault((finding.subject, finding.topic), []).append(finding)
    verdicts = [replace(v, verdict=verdict_of(ledger, v, by_group.get((v.subject, v.topic), [])))
                for v in report.verdicts]
    return Report(kept, verdicts)


def verdict_of(ledger: Ledger, verdict: TopicVerdict, findings: list[Finding]) -> Verdict:
    """The one verdict on a subject and topic, from its findings and who speaks to it."""
    kinds = {f.kind for f in findings if not f.garbled}  # an error in the source is no disagreement
    if kinds & {Kind.CONTRADICTION, Kind.DISPUTED}:
        return Verdict.CONFLICTING
    if Kind.TENSION in kinds:
        return Verdict.TENSION
    articles = [s for s in verdict.sources if ledger.sources[s].kind != "record"]
    if not articles:
        return Verdict.RECORD_ONLY
    if len(verdict.sources) == 1:
        return Verdict.SINGLE_SOURCE
    return Verdict.CONSISTENT


def verdict_map(report: Report) -> dict[tuple[str, str], Verdict]:
    """(subject, topic) -> verdict."""
    return {(v.subject, v.topic): v.verdict for v in report.verdicts}


def settled_report(ledger: Ledger) -> Report:
    """The engine's report on the ledger, settled: what every command shows."""
    from factcheck.findings.engine import compare

    return settle(ledger, compare(ledger))
