"""Claim spotting: score how check-worthy each sentence is and propose the claims the reader finds in it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.ledger.dates import FuzzyDate
from factcheck.ledger.model import Ledger
from factcheck.reading.names import Mention
from factcheck.reading.reader import Context, Reading, Vocabulary, read
from factcheck.reading.sentences import Sentence, split_sentences
from factcheck.reading.when import NUMBER, date_in
from factcheck.vocabulary import DEFAULT_MIN_SCORE


@dataclass
class Candidate:
    """A sentence proposed as a claim, with its score and the reasons for it."""

    sentence: Sentence
    score: int
    reasons: list[str]
    mentions: list[Mention]
    subject: str | None = None
    topic: str | None = None
    answer: str | None = None
    cue: str = ""
    id: str = ""
    reading: Reading | None = None  # what the reader understood, with the words behind each part


def score_sentence(vocabulary: Vocabulary, sentence: Sentence, document_date: FuzzyDate | None = None,
                   previous: list[str] | None = None, context: Context | None = None) -> list[Candidate]:
    """Score one sentence's check-worthiness; one candidate per claim the reader finds in it (or one bare)."""
    ledger = vocabulary.ledger
    text = sentence.text
    mentions = vocabulary.spotter.mentions(text)
    actors = list(dict.fromkeys(m.entity for m in mentions))
    base: list[str] = []
    score = 0
    if actors:
        score += min(len(actors), 3)
        names = ", ".join(ledger.entities[a].name for a in actors)
        misses = [f"{m.text}→{ledger.entities[m.entity].name}" for m in mentions if m.how == "near-miss"]
        base.append(f"actors: {names}" + (f" (near-miss: {', '.join(misses)})" if misses else ""))
    extras = []
    if NUMBER.search(text):
        score += 1
        extras.append("number")
    if date_in(text, None)[0] is not None:
        score += 1
        extras.append("date")
    readings = read(vocabulary, text, document_date, previous or [], context)
    if not readings:
        return [Candidate(sentence, score, base + extras, mentions)]
    candidates = []
    for reading in readings:
        why = reading.why
        answer = f"not {reading.denied} → {reading.answer}" if reading.denied else reading.answer
        reasons = base + [f"topic and answer from “{why.get('topic', '')}” → {reading.topic}: {answer}"]
        if why.get("subject"):
            reasons.append(f"subject from “{why['subject']}”")
        if reading.voice == "reported":
            reasons.append(why.get("voice", "reported"))
        if why.get("date") and reading.as_of is not None:
            reasons.append(f"as of {reading.as_of.iso()} from “{why['date']}”")
        candidates.append(Candidate(sentence, score + 3, reasons + extras, mentions, reading.subject,
                                    reading.topic, reading.answer, text[reading.cue[0]:reading.cue[1]],
                                    reading=reading))
    return candidates


def spot(ledger: Ledger, text: str, min_score: int = DEFAULT_MIN_SCORE,
         document_date: FuzzyDate | None = None, vocabulary: Vocabulary | None = None) -> list[Candidate]:
    """Ranked candidate claims in a text: highest score first, then order in the text."""
    vocabulary = vocabulary or Vocabulary(ledger)
    scored: list[Candidate] = []
    previous: list[str] = []
    context = Context()
    for sentence in split_sentences(text):
        found = score_sentence(vocabulary, sentence, document_date, previous, context)
        scored.extend(found)
        previous = [c.subject for c in found if c.subject][:1] or previous
    kept = [c for c in scored if c.score >= min_score]
    return sorted(kept, key=lambda c: (-c.score, c.sentence.start))


def is_claimable(ledger: Ledger, candidate: Candidate) -> bool:
    """Whether a candidate has what a ledger claim needs: a subject, a known topic and an answer (not one
    it only denies: "never voted against" says no answer the ledger can hold)."""
    denies_only = candidate.reading is not None and candidate.reading.denies_only
    return bool(candidate.subject and candidate.topic in ledger.topics and candidate.answer) and not denies_only


def uncovered(ledger: Ledger, source_id: str, min_score: int = DEFAULT_MIN_SCORE,
              vocabulary: Vocabulary | None = None) -> list[Candidate]:
    """Check-worthy sentences of a source that no claim's quote overlaps, in text order."""
    source = ledger.sources[source_id]
    spans = [(c.anchor.start, c.anchor.end) for c in ledger.claims if c.source == source_id]
    found: dict[int, Candidate] = {}
    for candidate in spot(ledger, source.text, min_score, source.published, vocabulary):
        s = candidate.sentence
        if not any(a < s.end and s.start < b for a, b in spans):
            found.setdefault(s.start, candidate)  # one line per sentence, its best reading
    return [found[k] for k in sorted(found)]


def candidate_claims(ledger: Ledger, source_id: str, candidates: list[Candidate]) -> list[dict[str, Any]]:
    """Ledger claim entries for the candidates that can be claims, with fresh ids."""
    taken = {c.id for c in ledger.claims}
    entries = []
    number = 0
    for candidate in candidates:
        if not is_claimable(ledger, candidate):
            continue
        number += 1
        claim_id = f"{source_id}-x{number:02d}"
        while claim_id in taken:
            number += 1
            claim_id = f"{source_id}-x{number:02d}"
        taken.add(claim_id)
        candidate.id = claim_id
        topic = ledger.topics[candidate.topic]  # type: ignore[index]
        entry: dict[str, Any] = {"id": claim_id, "source": source_id, "subject": candidate.subject,
                                 "topic": topic.id}
        answer: object = candidate.answer
        if topic.value_type == "number" and candidate.answer is not None:
            amount = float(candidate.answer)
            answer = int(amount) if amount.is_integer() else amount
        entry["stance" if topic.kind == "stance" else "value"] = answer
        reading = candidate.reading
        if reading is not None and reading.voice == "reported":
            entry["voice"] = "reported"
            entry["attributed_to"] = reading.attributed_to
        if reading is not None and reading.as_of is not None:
            entry["as_of"] = reading.as_of.iso()
        if candidate.cue:
            entry["cue"] = candidate.cue
        entry["quote"] = candidate.sentence.text
        entry["unreviewed"] = True
        entries.append(entry)
    return entries
