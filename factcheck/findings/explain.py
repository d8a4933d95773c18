"""One sentence that says why a finding exists: both sides, their dates, the kind of conflict and why."""
from __future__ import annotations

from factcheck.findings.model import Finding, Side
from factcheck.ledger.model import Ledger
from factcheck.ledger.values import steps_apart
from factcheck.vocabulary import Kind, Scope


def _who(ledger: Ledger, side: Side) -> str:
    names = [f"{ledger.sources[h.source].label} ({h.date.display()})" for h in side.holdings]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _answer(side: Side) -> str:
    return "answers" if len(side.holdings) == 1 else "answer"


def explain(ledger: Ledger, finding: Finding) -> str:
    """A sentence naming both sides, their dates, the kind of conflict and why."""
    topic = ledger.topics[finding.topic]
    entity = ledger.entities.get(finding.subject)
    subject = entity.name if entity else finding.subject
    on = f"On “{topic.question}” ({subject})"
    sides = finding.sides
    if finding.kind is Kind.SINGLE_SOURCE:
        answers = "; ".join(f"“{s.label}”" for s in sides)
        text = f"{on}, only {_who(ledger, sides[0])} answers: {answers}. No other source or record speaks to it."
    elif finding.kind is Kind.CORROBORATION:
        if finding.scope is Scope.RECORD:
            who = _who(ledger, sides[0])
            text = f"{on}, {who} {_answer(sides[0])} “{sides[0].label}”, and the public record agrees."
        else:
            text = f"{on}, {len(sides[0].holdings)} sources agree: “{sides[0].label}” ({_who(ledger, sides[0])})."
    elif finding.kind is Kind.DISPUTED:
        reported, own = sides
        claim = reported.holdings[0].lead
        whose = ledger.entities.get(claim.attributed_to)
        by = whose.name if whose else claim.attributed_to
        text = (f"{on}, {ledger.sources[reported.holdings[0].source].label} reports that {by} claims "
                f"“{reported.label}”, and itself answers “{own.label}”: it reports the claim and disputes it.")
    else:
        a, b = sides
        if finding.scope is Scope.WITHIN:
            head = f"{on}, {ledger.sources[a.holdings[0].source].label} gives two answers: “{a.label}” " \
                   f"({a.holdings[0].date.display()}) and “{b.label}” ({b.holdings[0].date.display()})"
        else:
            head = f"{on}, {_who(ledger, a)} {_answer(a)} “{a.label}” but {_who(ledger, b)} {_answer(b)} “{b.label}”"
        text = f"{head}; {_reason(ledger, finding)}."
    return text + _time_note(finding) + _extra_notes(finding)


def _reason(ledger: Ledger, finding: Finding) -> str:
    topic = ledger.topics[finding.topic]
    a, b = finding.sides
    steps = steps_apart(topic, a.value, b.value)
    if topic.kind == "framing":
        return "the sources frame it differently and share no framing"
    if topic.kind == "fact":
        return "a single-valued fact cannot have both answers"
    if finding.kind is Kind.CONTRADICTION:
        middle = 0 in (a.rank, b.rank)
        where = "one at the middle of the scale, the other at a pole" if middle else "on opposite sides of the scale"
        return f"the answers stand {where}, {steps} steps apart"
    if a.rank and b.rank and (a.rank > 0) == (b.rank > 0):
        return f"both lean the same way, at different strengths ({steps} step{'s' if steps > 1 else ''} apart)"
    return "they are one step apart, across the middle of the scale"


def _time_note(finding: Finding) -> str:
    if finding.over_time and finding.gap:
        return (f" The claims are {finding.gap.describe()} apart, so the difference may be a change "
                "over time rather than a contradiction.")
    return ""


def _extra_notes(finding: Finding) -> str:
    notes = ""
    for claim in finding.corrections:
        notes += f" Claim {claim.id} is garbled; it should read: “{claim.correction.should_read}”."  # type: ignore[union-attr]
    if finding.weak:
        notes += " Weak evidence: " + "; ".join(finding.weak) + "."
    return notes


def garbled_note(finding: Finding) -> str:
    """For a finding on a garbled sentence as printed: the error is the source's, and reported only here."""
    if not finding.garbled:
        return ""
    claims = [c for h in finding.sides[0].holdings for c in h.claims]
    meant = all(c.correction and (c.correction.subject or c.correction.stance is not None
                                  or c.correction.value is not None) for c in claims)
    elsewhere = ("everywhere else the claim counts for what it meant" if meant
                 else "the claim takes part in no comparison between sources")
    return f" This is an error in the source as printed, reported once: {elsewhere}."
