"""Plain words: one or two sentences that say what each side says and why that conflicts (or agrees).

Every word about the matter comes from the ledger: the topic's question, the scale's labels, the source's
short name, the claim's cue (the words that carry its answer) or, lacking a cue, the start of its quote."""
from __future__ import annotations

from functools import lru_cache

from factcheck.findings.model import Finding, Holding, Side
from factcheck.ledger.model import Claim, Ledger
from factcheck.vocabulary import Kind, Scope

# A quote shown in an explanation without a cue is cut to about this many words.
_QUOTE_WORDS = 12


def words(claim: Claim) -> str:
    """The words that carry a claim's answer, in quotation marks, with ellipses where the quote goes on."""
    return _words(claim.quote, claim.cue)


@lru_cache(maxsize=4096)  # a claim is shown in many findings on a large ledger
def _words(quote: str, cue: str) -> str:
    quote = " ".join(quote.split())
    cue = " ".join(cue.split()) if cue else ""
    at = quote.casefold().find(cue.casefold()) if cue else -1
    if at >= 0:
        shown = quote[at:at + len(cue)]
        before, after = at > 0, at + len(cue) < len(quote)
    else:
        parts = quote.split(" ")
        shown = " ".join(parts[:_QUOTE_WORDS])
        before, after = False, len(parts) > _QUOTE_WORDS
    return "“" + ("…" if before else "") + shown.strip(" .,;:") + ("…" if after else "") + "”"


def _is_verb_phrase(label: str) -> bool:
    """Whether a scale label reads as a verb phrase after a name ('backs Ukraine firmly', 'is drifting ...')."""
    first = label.split(" ", 1)[0]
    return len(first) > 1 and first.endswith("s") and first.islower()


def _source(ledger: Ledger, holding: Holding) -> str:
    source = ledger.sources[holding.source]
    who = "the public record" if source.kind == "record" and not source.short else source.label
    return f"{who} ({holding.date.display()})"


_NAMED = 3  # an explanation names at most this many sources on a side; the finding lists them all


def _who(ledger: Ledger, side: Side) -> str:
    holdings = side.holdings
    names = [_source(ledger, h) for h in holdings[:_NAMED]]
    if len(holdings) > _NAMED:
        return ", ".join(names) + f" and {len(holdings) - _NAMED} more sources"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _says(ledger: Ledger, finding: Finding, side: Side, subject: str, first: bool, one_source: bool = False) -> str:
    """'says Azerbaijan backs Ukraine firmly (“…only strategic ally…”)' for one side (its verb agrees with the
    sources that hold it, or with the one source that says both things)."""
    topic = ledger.topics[finding.topic]
    evidence = words(side.holdings[0].lead)
    one = one_source or len(side.holdings) == 1
    if topic.kind == "stance":
        return f"{'says' if one else 'say'} {_stance(subject if first else 'it', side.label)} ({evidence})"
    return f"{'answers' if one else 'answer'} “{side.label}” ({evidence})"


def _stance(name: str, label: str) -> str:
    return f"{name} {label}" if _is_verb_phrase(label) else f"{name} is “{label}”"


def _reason(ledger: Ledger, finding: Finding) -> str:
    topic = ledger.topics[finding.topic]
    a, b = finding.sides[0], finding.sides[-1]
    if topic.kind == "framing":
        return "They explain it in different ways and share no explanation; both may be partly true."
    if topic.kind == "fact":
        return "The question has one answer, so they cannot both be right."
    if finding.kind is Kind.CONTRADICTION:
        return f"“{a.label}” and “{b.label}” cannot both be true."
    if a.rank and b.rank and (a.rank > 0) == (b.rank > 0):
        return "Both point the same way, at different strengths: not a contradiction, but they pull apart."
    return "They are one step apart, either side of the middle: not a contradiction, but they pull apart."


def explain(ledger: Ledger, finding: Finding) -> str:
    """What each side says, in the sources' own words, and why that conflicts or agrees."""
    topic = ledger.topics[finding.topic]
    entity = ledger.entities.get(finding.subject)
    subject = entity.name if entity else finding.subject
    sides = finding.sides
    ask = f"Asked “{topic.question}” about {subject}, "
    stance = topic.kind == "stance"
    if finding.kind is Kind.SINGLE_SOURCE:
        said = "; ".join(_says(ledger, finding, s, subject, i == 0) for i, s in enumerate(sides))
        who = ledger.sources[sides[0].holdings[0].source].label
        text = (f"Only {who} {said}" if stance else f"{ask}only {who} {said}") + \
            ". No other source and no record speaks to it."
    elif finding.kind is Kind.CORROBORATION:
        said = _says(ledger, finding, sides[0], subject, True)
        if finding.scope is Scope.RECORD:
            lead = f"{_who(ledger, sides[0])} {said}" if stance else f"{ask}{_who(ledger, sides[0])} {said}"
            text = f"{lead}, and the public record agrees ({words(sides[1].holdings[0].lead)})."
        else:
            single = Side(sides[0].value, sides[0].label, sides[0].rank, sides[0].holdings[:1])
            lead = f"{_who(ledger, sides[0])} agree: each {_says(ledger, finding, single, subject, True)}"
            text = lead + "." if stance else f"{ask}{lead}."
    elif finding.kind is Kind.DISPUTED:
        reported, own = sides
        claim = reported.holdings[0].lead
        whose = ledger.entities.get(claim.attributed_to)
        by = whose.name if whose else claim.attributed_to
        label = ledger.sources[reported.holdings[0].source].label
        claimed = _stance("it", reported.label) if stance else f"“{reported.label}”"
        text = (f"{label} reports that {by} claims {claimed} ({words(claim)}), and itself "
                f"{_says(ledger, finding, own, subject, True)}: it reports the claim and disputes it.")
    else:
        a, b = sides
        if finding.scope is Scope.WITHIN:
            label = ledger.sources[a.holdings[0].source].label
            first = _says(ledger, finding, a, subject, True, one_source=True)
            second = _says(ledger, finding, b, subject, False, one_source=True)
            first_line, second_line = a.holdings[0].lead.anchor.line, b.holdings[0].lead.anchor.line
            # two quotes from one line are one place, not two
            lines = f"(both on line {first_line})" if first_line == second_line else \
                f"(lines {first_line} and {second_line})"
            head = f"{label} {first}, and also {second} {lines}"
        else:
            head = f"{_who(ledger, a)} {_says(ledger, finding, a, subject, True)}; " \
                   f"{_who(ledger, b)} {_says(ledger, finding, b, subject, False)}"
        text = (head if stance else ask + head) + ". " + _reason(ledger, finding)
    return text + _time_note(finding) + _extra_notes(finding)


def _time_note(finding: Finding) -> str:
    if finding.over_time and finding.gap:
        return (f" They are {finding.gap.describe()} apart, so the difference may be a change over time "
                "rather than a contradiction.")
    return ""


def _extra_notes(finding: Finding) -> str:
    notes = ""
    for claim in finding.corrections:
        notes += f" One quote is garbled ({claim.id}); it should read: “{claim.correction.should_read}”."  # type: ignore[union-attr]
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
