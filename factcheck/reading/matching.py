"""Claim matching: what the ledger says about a statement someone hands you.

The statement is read as any sentence is (reading/reader.py): its own subject, topic and polarity
decide what it claims. The ledger's claims on that subject and topic are the evidence, each
supporting, refuting or partly bearing on it; where the public record speaks, it decides."""
from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.findings.model import Finding, Report
from factcheck.findings.timeline import CHANGE_OVER_TIME_DAYS
from factcheck.ledger.dates import least_days
from factcheck.ledger.model import Claim, Ledger, Topic
from factcheck.ledger.values import answer_key, meant_reading, relation, value_key
from factcheck.reading.asking import declarative
from factcheck.reading.phrases import named_in
from factcheck.reading.reader import MAX_READ_CHARS, Reading, Vocabulary, read
from factcheck.reading.roles import country_of
from factcheck.reading.text import fold
from factcheck.vocabulary import CheckVerdict, Kind, Relation


@dataclass
class Evidence:
    """A ledger claim that bears on the statement, and how."""

    claim: Claim
    relation: str  # 'supports', 'refutes' or 'partly'


@dataclass
class CheckResult:
    """The answer to one statement."""

    statement: str
    verdict: CheckVerdict
    subject: str | None = None
    readings: list[Reading] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def read(self) -> bool:
        """Whether the statement was understood at all (a subject and a topic of the ledger)."""
        return self.verdict is not CheckVerdict.UNREADABLE


def check_statement(ledger: Ledger, report: Report, statement: str,
                    vocabulary: Vocabulary | None = None) -> CheckResult:
    """Read the statement, gather the ledger's claims on what it says, and answer with one verdict."""
    vocabulary = vocabulary or Vocabulary(ledger)
    readings = read(vocabulary, statement)
    asked = declarative(statement) if not readings else None
    if asked:
        # "Is Azerbaijan Ukraine's ally?": a question to check is checked as what it asks
        readings = read(vocabulary, asked)
    if not readings:
        framed = _framed(vocabulary, report, statement) if len(statement) <= MAX_READ_CHARS else None
        return framed or _unreadable(vocabulary, statement)
    result = CheckResult(statement, CheckVerdict.NOT_ENOUGH, readings[0].subject, readings)
    for reading in readings:
        result.reasons.append(_describe(ledger, reading))
    seen: set[str] = set()
    for reading in readings:
        topic = ledger.topics[reading.topic]
        for claim in ledger.claims:
            if claim.topic != reading.topic or claim.voice != "asserted" or claim.id in seen or claim.unreviewed:
                continue
            # a garbled claim counts for what its correction says it meant
            subject, held = meant_reading(topic, claim) or (claim.subject, value_key(topic, claim))
            if subject != reading.subject:
                continue
            bearing = _bearing(topic, reading, held)
            if bearing:
                seen.add(claim.id)
                result.evidence.append(Evidence(claim, bearing))
    deciding = _current(ledger, readings, result)
    result.verdict = _verdict(ledger, deciding)
    if any(ledger.sources[e.claim.source].kind == "record" and e.relation != "partly" for e in deciding) \
            and any(ledger.sources[e.claim.source].kind != "record" for e in result.evidence):
        result.reasons.append("where the public record speaks, it decides: the articles' claims are listed, "
                              "not counted")
    if not result.evidence:
        result.reasons.append("the ledger has no claim on this subject and topic")
    result.findings = _findings_of(report, result.evidence)
    return result


def _framed(vocabulary: Vocabulary, report: Report, statement: str) -> CheckResult | None:
    """A statement on a framing topic (how a source interprets something): there is no answer to rate, so
    the sources' framings of it are listed for the reader to judge, as "not enough evidence"."""
    ledger = vocabulary.ledger
    stems = vocabulary.text_stems(statement)
    actors = {country_of(ledger, m.entity) for m in vocabulary.spotter.mentions(fold(statement))}
    framings = [t for t in ledger.topics.values()
                if t.kind == "framing" and t.words and named_in(vocabulary, stems, t.id)]
    evidence = [Evidence(c, "partly") for t in framings for c in ledger.claims
                if c.topic == t.id and c.subject in actors and c.voice == "asserted" and not c.unreviewed]
    if not evidence:
        return None
    topics = sorted({e.claim.topic for e in evidence})
    subjects = sorted({e.claim.subject for e in evidence})
    reasons = [f"{', '.join(ledger.entities[s].name for s in subjects)} · {', '.join(topics)}: a framing, "
               "how each source reads it; factcheck lists the sources' framings for you to judge and rates none"]
    return CheckResult(statement, CheckVerdict.NOT_ENOUGH, subjects[0], [], reasons, evidence,
                       _findings_of(report, evidence))


def _findings_of(report: Report, evidence: list[Evidence]) -> list[Finding]:
    """The differences the evidence takes part in (agreements and single sources left out)."""
    ids = {e.claim.id for e in evidence}
    return [f for f in report.findings if ids & set(f.claim_ids())
            and f.kind not in (Kind.SINGLE_SOURCE, Kind.CORROBORATION)]


def _unreadable(vocabulary: Vocabulary, statement: str) -> CheckResult:
    """A statement the ledger's vocabulary cannot read: say what was understood and what was not."""
    ledger = vocabulary.ledger
    actors = list(dict.fromkeys(m.entity for m in vocabulary.spotter.mentions(statement)))
    reasons = []
    topics = list(dict.fromkeys(m.cue.topic for m in vocabulary.matches(vocabulary.text_stems(statement))
                                if m.cue.answer is not None)) if len(statement) <= MAX_READ_CHARS else []
    if actors:
        reasons.append("understood: " + ", ".join(ledger.entities[a].name for a in actors))
    if topics:
        # "Kazakhstan might sanction Russia": words of a topic, but nothing asserted on it
        reasons.append(f"words of {', '.join(topics[:3])}, but no claim asserted on it (a possibility such as "
                       "\"might\", a plan such as \"is expected to\", a condition or an open question is not checked)")
    elif actors:
        reasons.append("not understood: no topic of the ledger recognised (see `factcheck topics`)")
    else:
        reasons.append("not understood: no actor of the ledger named, and no topic recognised")
    if len(statement) > MAX_READ_CHARS:
        reasons.append(f"not read: longer than the {MAX_READ_CHARS:,} characters the reader reads at once")
    return CheckResult(statement, CheckVerdict.UNREADABLE, actors[0] if actors else None, [], reasons)


def _describe(ledger: Ledger, reading: Reading) -> str:
    topic = ledger.topics[reading.topic]
    said = f"not “{reading.denied}”" if _denies_only(topic, reading) else reading.answer
    voice = f", reported as {ledger.entities[reading.attributed_to].name}'s claim" if reading.attributed_to else ""
    words = reading.why.get("topic", "")
    nearest = ", the nearest topic to these words" if "nearest" in reading.why else ""
    return (f"{ledger.entities[reading.subject].name} · {topic.id}: {said}{voice}"
            + (f" (from “{words}”{nearest})" if words else ""))


def _bearing(topic: Topic, reading: Reading, held: str) -> str | None:
    """How a claim's answer bears on what the statement says: supports, refutes, partly, or not at all."""
    if reading.denied is not None and topic.kind == "stance":
        # "does not back Ukraine": a claim that it backs Ukraine refutes; one across the scale supports
        rel = relation(topic, reading.denied, held)
        if rel is Relation.SAME:
            return "refutes"
        if rel is Relation.CONTRADICTION:
            return "supports"
        return "partly"
    if _denies_only(topic, reading):
        # "did not abstain" on a vote: abstaining refutes it, any other recorded answer supports it
        return "refutes" if held == reading.denied else "supports"
    if topic.kind == "framing":
        # framings can all hold at once: a source that reads events the same way supports, another bears on it
        return "supports" if held == answer_key(topic, None, reading.answer) else "partly"
    rel = relation(topic, reading.answer, held) if _comparable(topic, reading.answer, held) else Relation.FRAMING
    if rel is Relation.SAME:
        return "supports"
    if rel is Relation.CONTRADICTION:
        return "refutes"
    if rel is Relation.TENSION:
        return "partly"
    return None


def _denies_only(topic: Topic, reading: Reading) -> bool:
    """Whether the statement only denies an answer: on a stance, or where denying names no other answer."""
    return reading.denied is not None and (topic.kind == "stance" or reading.answer == reading.denied)


def _comparable(topic: Topic, a: str, b: str) -> bool:
    if topic.kind == "stance":
        return topic.point(a) is not None and topic.point(b) is not None
    return topic.kind == "fact"


def _current(ledger: Ledger, readings: list[Reading], result: CheckResult) -> list[Evidence]:
    """The evidence that decides: all of it, unless the statement is undated, its topic can change, and the
    two sides stand a year or more apart; then the newer side ("are getting worse": what the latest
    sources say, not a 2022 alliance), with the older named as possible change over time."""
    evidence = result.evidence
    if any(r.as_of is not None or ledger.topics[r.topic].fixed for r in readings):
        return evidence
    # (each question on its own: a 2025 source on one topic does not outdate a 2023 refutation on another)
    topics = list(dict.fromkeys(e.claim.topic for e in evidence))
    if len(topics) > 1:
        kept: list[Evidence] = []
        for topic in topics:
            kept += _current_on(ledger, [e for e in evidence if e.claim.topic == topic], result, f"on {topic}, ")
        return kept
    return _current_on(ledger, evidence, result)


def _current_on(ledger: Ledger, evidence: list[Evidence], result: CheckResult, on: str = "") -> list[Evidence]:
    """_current for the evidence on one topic (`on` names it in the reason, where the statement has more)."""
    sides = {side: [e for e in evidence if e.relation == side] for side in ("supports", "refutes")}
    if not sides["supports"] or not sides["refutes"]:
        return evidence
    # each side's last end and first start, measured as the engine measures change over time (least_days)
    dates = {side: [ledger.claim_date(e.claim) for e in found] for side, found in sides.items()}
    last = {side: max(ds, key=lambda d: d.hi) for side, ds in dates.items()}
    first = {side: min(ds, key=lambda d: d.lo) for side, ds in dates.items()}
    for newer, older in (("supports", "refutes"), ("refutes", "supports")):
        if first[newer].lo > last[older].hi and least_days(last[older], first[newer]) >= CHANGE_OVER_TIME_DAYS:
            years = sorted({ledger.claim_date(e.claim).iso()[:4] for e in sides[older]})
            result.reasons.append(f"{on}the claims that {older[:-1]} it are older ({', '.join(years)}): the newer "
                                  f"sources decide an undated statement; this may be change over time")
            return [e for e in evidence if e.relation != older]
    return evidence


def _verdict(ledger: Ledger, evidence: list[Evidence]) -> CheckVerdict:
    """The record decides where it speaks; otherwise the articles' agreement does."""
    record = [e for e in evidence if ledger.sources[e.claim.source].kind == "record" and e.relation != "partly"]
    pool = record or evidence
    supports = any(e.relation == "supports" for e in pool)
    refutes = any(e.relation == "refutes" for e in pool)
    if supports and refutes:
        return CheckVerdict.CONFLICTING
    if supports:
        return CheckVerdict.SUPPORTED
    if refutes:
        return CheckVerdict.REFUTED
    return CheckVerdict.NOT_ENOUGH
