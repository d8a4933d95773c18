"""Claim spotting: find the actors a sentence names, score how check-worthy it is, propose topic and stance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from factcheck.ledger.model import Ledger
from factcheck.reading.lexicon import CHECK_WORDS, NUMBER, TOPIC_OBJECT, YEAR_OR_DATE, all_cues
from factcheck.reading.names import normalise
from factcheck.reading.sentences import Sentence, split_sentences
from factcheck.vocabulary import DEFAULT_MIN_SCORE

FUZZY_MENTION_CUTOFF = 85.0


@dataclass(frozen=True)
class Mention:
    """An entity named in a text, where, and how it was recognised."""

    entity: str
    text: str
    start: int
    end: int
    how: str  # 'name' or 'near-miss'


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


class Spotter:
    """Finds mentions of a ledger's entities: by any name, or by a near-miss spelling."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        names: dict[str, str] = {}
        codes: dict[str, str] = {}
        for entity in ledger.entities.values():
            for name in [entity.name, *entity.aliases]:
                if len(name) <= 3 and name.isupper():
                    codes.setdefault(name, entity.id)  # codes only in capitals: "US", not "us"
                else:
                    names.setdefault(name.casefold(), entity.id)
            if entity.iso:
                codes.setdefault(entity.iso, entity.id)
        self.names, self.codes = names, codes
        ordered = sorted(names, key=len, reverse=True)
        self.name_re = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)",
                                  re.IGNORECASE) if ordered else None
        self.code_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
                                  + r")\b") if codes else None
        self.fuzzy_pool = {normalise(n): e for n, e in names.items() if len(n) >= 6 and " " not in n}

    def mentions(self, text: str) -> list[Mention]:
        """Every mention in the text, in order, overlapping ones resolved to the longest."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for regex, table, fold in ((self.name_re, self.names, True), (self.code_re, self.codes, False)):
            if regex is None:
                continue
            for m in regex.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                key = m.group(1).casefold() if fold else m.group(1)
                found.append(Mention(table[key], m.group(1), m.start(), m.end(), "name"))
                taken.append((m.start(), m.end()))
        found.extend(self._near_misses(text, taken))
        return sorted(found, key=lambda m: m.start)

    def _near_misses(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        from rapidfuzz import fuzz, process  # lazy: only claim spotting needs it

        result = []
        for m in re.finditer(r"\b[A-Z][\w’']{5,}", text):
            if any(a < m.end() and m.start() < b for a, b in taken) or not self.fuzzy_pool:
                continue
            best = process.extractOne(normalise(m.group()), list(self.fuzzy_pool), scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_MENTION_CUTOFF)
            if best:
                result.append(Mention(self.fuzzy_pool[best[0]], m.group(), m.start(), m.end(), "near-miss"))
        return result


def cue_answer(spotter: Spotter, answer: str, match: re.Match[str]) -> str | None:
    """The cue's answer; '@1' means the entity named in the cue's first group."""
    if not answer.startswith("@"):
        return answer
    named = spotter.mentions(match.group(int(answer[1:])))
    return named[0].entity if named else None


def score_sentence(ledger: Ledger, spotter: Spotter, sentence: Sentence,
                   previous_subject: str | None = None) -> list[Candidate]:
    """Score one sentence's check-worthiness; one candidate per topic its cues suggest (or one bare)."""
    text = sentence.text
    mentions = spotter.mentions(text)
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
    if YEAR_OR_DATE.search(text):
        score += 1
        extras.append("date")
    hits = all_cues(text, set(ledger.topics))
    if not hits:
        check_word = CHECK_WORDS.search(text)
        reasons = base + ([f"check word: “{check_word.group()}”"] if check_word else []) + extras
        subject = choose_subject(ledger, mentions, None, None)
        return [Candidate(sentence, score + bool(check_word), reasons, mentions, subject)]
    candidates = []
    for cue, match in hits:
        answer = cue_answer(spotter, cue.answer, match)
        reasons = base + [f"cue: “{match.group()}” → {cue.topic}: {answer}"] + extras
        subject = choose_subject(ledger, mentions, cue.topic, answer)
        if subject is None and previous_subject and _PRONOUN_START.match(text):
            subject = previous_subject
            reasons.append(f"subject carried from the sentence before ({ledger.entities[subject].name})")
        elif subject is None:
            reasons.append("no subject found")
        candidates.append(Candidate(sentence, score + 3, reasons, mentions, subject, cue.topic, answer,
                                    match.group()))
    return candidates


_PRONOUN_START = re.compile(r"^(?:it|its|he|his|she|her|they|their)\b", re.IGNORECASE)
_DEMONYM_ENDINGS = ("ian", "ians", "i", "is", "ish", "ese", "’s", "'s")


def choose_subject(ledger: Ledger, mentions: list[Mention], topic: str | None, answer: str | None) -> str | None:
    """The actor a sentence is most likely about: not the topic's other party, named rather than
    described by a demonym, mentioned often, and (a little) the kind of actor the topic is about."""
    if not mentions:
        return None
    entity_answer = topic in ledger.topics and ledger.topics[topic].value_type == "entity"
    pole = answer if entity_answer else TOPIC_OBJECT.get(topic or "")
    on_topic = {c.subject for c in ledger.claims if c.topic == topic}
    scores: dict[str, float] = {}
    for index, mention in enumerate(mentions):
        if mention.entity == pole:
            continue
        entity = ledger.entities[mention.entity]
        named = mention.text.casefold() != entity.name.casefold() and \
            mention.text.casefold().endswith(_DEMONYM_ENDINGS)
        gain = (0.0 if named else 1.0) + 0.25 + (0.5 if index == 0 else 0.0)
        if mention.entity not in scores:
            gain += 0.5 if mention.entity in on_topic else 0.0
        scores[mention.entity] = scores.get(mention.entity, 0.0) + gain
    if not scores:
        return None
    best = max(scores, key=lambda e: (scores[e], -next(i for i, m in enumerate(mentions) if m.entity == e)))
    person = ledger.entities[best]
    if person.kind == "person" and person.country and best not in on_topic and person.country in on_topic:
        return person.country  # "Aliyev sees..." speaks for Azerbaijan on a country's topic
    return best


def spot(ledger: Ledger, text: str, min_score: int = DEFAULT_MIN_SCORE) -> list[Candidate]:
    """Ranked candidate claims in a text: highest score first, then order in the text."""
    spotter = Spotter(ledger)
    scored: list[Candidate] = []
    previous: str | None = None
    for sentence in split_sentences(text):
        found = score_sentence(ledger, spotter, sentence, previous)
        scored.extend(found)
        previous = next((c.subject for c in found if c.subject), previous)
    kept = [c for c in scored if c.score >= min_score]
    return sorted(kept, key=lambda c: (-c.score, c.sentence.start))


def is_claimable(ledger: Ledger, candidate: Candidate) -> bool:
    """Whether a candidate has what a ledger claim needs: a subject, a known topic and an answer."""
    return bool(candidate.subject and candidate.topic in ledger.topics and candidate.answer)


def uncovered(ledger: Ledger, source_id: str, min_score: int = DEFAULT_MIN_SCORE) -> list[Candidate]:
    """Check-worthy sentences of a source that no claim's quote overlaps, in text order."""
    source = ledger.sources[source_id]
    spans = [(c.anchor.start, c.anchor.end) for c in ledger.claims if c.source == source_id]
    found: dict[int, Candidate] = {}
    for candidate in spot(ledger, source.text, min_score):
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
        entry["stance" if topic.kind == "stance" else "value"] = candidate.answer
        if candidate.cue:
            entry["cue"] = candidate.cue
        entry["quote"] = candidate.sentence.text
        entry["unreviewed"] = True
        entries.append(entry)
    return entries
