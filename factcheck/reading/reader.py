"""Reading a sentence or a statement into claims: who, on which topic, what answer, in whose voice,
as of when, and which words said so. Shared by `check`, `extract` and `coverage`.

What a topic's answers sound like comes from the ledger: each topic's `words`, `answers` and
`negation`, and the cue of every reviewed claim as a labelled example. The code holds only grammar."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.ledger.dates import FuzzyDate
from factcheck.ledger.model import Ledger, Topic
from factcheck.reading.grammar import Clause, clauses, coordinated, date_in, is_question
from factcheck.reading.names import Mention, Spotter
from factcheck.reading.text import NEG, Token, fold, tokens

MAX_GAP = 3  # words that may stand between two words of a phrase ("imposed tough new sanctions")
NEGATION_REACH = 8  # how many words before its phrase a negation still governs


@dataclass(frozen=True)
class Cue:
    """A phrase that says a sentence is on a topic (and, when `answer` is set, what it answers)."""

    topic: str
    stems: tuple[str, ...]
    answer: str | None
    origin: str  # "words", "answers" or the id of the claim whose cue it is
    roles: tuple[tuple[int, str], ...] = ()  # from a claim: which named actor is its subject, which its answer

    @property
    def negative(self) -> bool:
        """Whether the phrase itself holds a negation ("not vote")."""
        return NEG in self.stems


@dataclass
class Reading:
    """One claim read from a text, with the words that decided each part of it."""

    subject: str
    topic: str
    answer: str
    denied: str | None = None  # the answer the text denies, when it negates one ("does not back")
    voice: str = "asserted"
    attributed_to: str = ""
    as_of: FuzzyDate | None = None
    start: int = 0
    end: int = 0
    why: dict[str, str] = field(default_factory=dict)  # part -> the words that set it
    cue: tuple[int, int] = (0, 0)  # where the words that carry the answer stand in the text


class Vocabulary:
    """A ledger's topics as phrases to find in text, compiled once."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.spotter = Spotter(ledger)
        cues: list[Cue] = []
        for topic in ledger.topics.values():
            cues += [Cue(topic.id, self.stems(p), None, "words") for p in topic.words]
            for answer, phrases in topic.answers.items():
                cues += [Cue(topic.id, self.stems(p), str(answer), "answers") for p in phrases]
        for claim in ledger.claims:
            # reviewed, sound claims are labelled examples: their cue, their answer
            if claim.cue and not claim.unreviewed and not claim.correction and claim.voice == "asserted":
                topic = ledger.topics[claim.topic]
                if topic.kind != "framing":
                    answer = str(claim.stance) if topic.kind == "stance" else _plain(claim.value)
                    stems = self.stems(claim.cue)
                    # where the example names its subject (and, for an actor-valued topic, its answer)
                    roles = tuple((i, "subject" if stem == f"@{claim.subject}" else "answer")
                                  for i, stem in enumerate(stems)
                                  if stem == f"@{claim.subject}"
                                  or (stem == f"@{answer}" and topic.value_type == "entity"))
                    cues.append(Cue(topic.id, stems, answer, claim.id, roles))
        self.cues = [c for c in dict.fromkeys(cues) if c.stems]
        # a phrase several topics use (a vote's "abstain") says nothing of the topic by itself
        topics_of: dict[tuple[str, ...], set[str]] = {}
        for cue in self.cues:
            topics_of.setdefault(cue.stems, set()).add(cue.topic)
        self.shared = {stems for stems, topics in topics_of.items() if len(topics) > 1}
        # people and bodies stand for their country unless the topic is asked of people
        self.events = [t.id for t in ledger.topics.values() if t.fixed and t.words]
        self.person_topics = {c.topic for c in ledger.claims
                              if ledger.entities[c.subject].kind != "country"}

    def stems(self, phrase: str) -> tuple[str, ...]:
        """A phrase's stems, with any entity it names as @id (so Moscow and Russia are one)."""
        mentions = self.spotter.mentions(phrase)
        return tuple(_marked(tokens(phrase), mentions))


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _marked(words: list[Token], mentions: list[Mention]) -> list[str]:
    """Stems, with the words of an entity's name replaced by one @id."""
    out: list[str] = []
    for token in words:
        mention = next((m for m in mentions if m.start <= token.start < m.end), None)
        if mention is None:
            out.append(token.norm)
        elif not out or out[-1] != f"@{mention.entity}" or token.start == mention.start:
            out.append(f"@{mention.entity}")
    return out


@dataclass
class _Match:
    cue: Cue
    at: tuple[int, ...]  # the index of each word of the phrase in the clause

    @property
    def first(self) -> int:
        return self.at[0]

    @property
    def last(self) -> int:
        return self.at[-1]

    @property
    def score(self) -> float:
        # longer phrases are more specific; an answer beats a bare topic word
        return len(self.cue.stems) + (0.5 if self.cue.answer is not None else 0.0)


def _find(cue: Cue, stems: list[str]) -> _Match | None:
    """The first place the phrase's stems occur in order, at most MAX_GAP words apart."""
    for begin, stem in enumerate(stems):
        if stem != cue.stems[0]:
            continue
        at = [begin]
        for wanted in cue.stems[1:]:
            window = stems[at[-1] + 1: at[-1] + 2 + MAX_GAP]
            if wanted not in window:
                break
            at.append(at[-1] + 1 + window.index(wanted))
        if len(at) == len(cue.stems):
            return _Match(cue, tuple(at))
    return None


def read(vocabulary: Vocabulary, text: str, document_date: FuzzyDate | None = None,
         previous: list[str] | None = None, context: Context | None = None) -> list[Reading]:
    """Every claim a careful reader finds in the text (a statement or one sentence); `previous` are
    the subjects of the sentence before, for a sentence that opens with "it" or "they"; `context`
    carries what earlier sentences of the same document named ("that vote")."""
    context = context if context is not None else Context()
    if is_question(text):
        return []
    folded = fold(text)
    mentions = vocabulary.spotter.mentions(folded)
    readings: list[Reading] = []
    previous_subjects: list[str] = list(previous or [])
    last: list[Reading] = []
    # one specific event named anywhere in the sentence is the event of each of its clauses
    named = [t for t in vocabulary.events if names_topic(vocabulary, folded, t)]
    sentence_event = named[0] if len(named) == 1 else None
    for clause in clauses(folded):
        found = _read_clause(vocabulary, folded, clause, mentions, previous_subjects, document_date, context,
                             sentence_event)
        if not found and last and _LIST_BACK.match(folded, clause.start):
            found = _listed_back(vocabulary, folded, clause, mentions, last)
        if found:
            last = found
            events = [r.topic for r in found if vocabulary.ledger.topics[r.topic].fixed]
            context.event = events[-1] if events else context.event
            previous_subjects = list(dict.fromkeys(r.subject for r in found if r.voice == "asserted"
                                                   or r.subject)) or previous_subjects
        readings += found
    return _dedupe(readings)


@dataclass
class Context:
    """What earlier sentences of a document named, for the words that point back to it."""

    event: str | None = None  # the last specific event (a fixed topic) read


# "that vote", "the same resolution": the event named before
_BACK_REFERENCE = re.compile(r"\b(?:that|the same|this|the said)\s+(?:vote|ballot|resolution|text|session)\b",
                             re.IGNORECASE)

# "These include X, Y and Z": the clause before said what; this one says who
_LIST_BACK = re.compile(r"\s*(?:these|they|those)\s+(?:include|included|are|were)\b|\s*among them\b", re.IGNORECASE)


def _listed_back(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
                 last: list[Reading]) -> list[Reading]:
    """The claims of the clause before, made of each actor this clause lists."""
    found = []
    for before in last:
        topic = vocabulary.ledger.topics[before.topic]
        for mention in mentions:
            if clause.start <= mention.start < clause.end and mention.entity not in (topic.object, before.subject):
                subject = _country(vocabulary.ledger, mention.entity) if topic.id not in vocabulary.person_topics \
                    else mention.entity
                found.append(Reading(subject, before.topic, before.answer, before.denied, before.voice,
                                     before.attributed_to, before.as_of, clause.start, clause.end,
                                     {**before.why, "subject": mention.text}, before.cue))
    return found


def _dedupe(readings: list[Reading]) -> list[Reading]:
    seen: dict[tuple[str, str, str, str], Reading] = {}
    for reading in readings:
        seen.setdefault((reading.subject, reading.topic, reading.answer, reading.voice), reading)
    return list(seen.values())


def _read_clause(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
                 previous: list[str], document_date: FuzzyDate | None, context: Context,
                 sentence_event: str | None = None) -> list[Reading]:
    ledger = vocabulary.ledger
    body = text[clause.start:clause.end]
    words = tokens(body)
    inside = [Mention(m.entity, m.text, m.start - clause.start, m.end - clause.start, m.how)
              for m in mentions if clause.start <= m.start < clause.end]
    stems = _marked(words, inside)
    index_of = _index_map(words, inside)
    matches = [m for cue in vocabulary.cues if (m := _find(cue, stems)) is not None]
    if not matches:
        return []
    event = context.event if context.event and _BACK_REFERENCE.search(body) else sentence_event
    chosen = _topics_in(vocabulary, matches, stems, event)
    speaker = _speaker(ledger, text, clause, mentions)
    date, date_words = date_in(body, document_date)
    readings = []
    for match in chosen:
        for reading in _claims_of(vocabulary, match, words, stems, inside, index_of, previous,
                                  speaker, clause, body):
            reading.start, reading.end = clause.start, clause.end
            if date is not None:
                reading.as_of = date
                reading.why["date"] = date_words
            readings.append(reading)
    return readings


def _index_map(words: list[Token], mentions: list[Mention]) -> list[tuple[int, int]]:
    """For each marked stem, where it stands in the clause (an entity's whole name for an @id)."""
    spans: list[tuple[int, int]] = []
    for token in words:
        mention = next((m for m in mentions if m.start <= token.start < m.end), None)
        if mention is None:
            spans.append((token.start, token.end))
        elif token.start == mention.start:
            spans.append((mention.start, mention.end))
    return spans


@dataclass
class _TopicMatch:
    """A topic found in a clause: the phrase that gives its answer, and the words that name it."""

    topic: Topic
    answer: _Match | None
    word: _Match | None

    @property
    def score(self) -> float:
        return (self.answer.score if self.answer else 0.0) + (len(self.word.cue.stems) if self.word else 0.0)

    @property
    def first(self) -> int:
        return min(m.first for m in (self.answer, self.word) if m is not None)

    @property
    def last(self) -> int:
        return max(m.last for m in (self.answer, self.word) if m is not None)


def _topics_in(vocabulary: Vocabulary, matches: list[_Match], stems: list[str],
               event: str | None = None) -> list[_TopicMatch]:
    """Per topic, its best answer phrase and its best naming words; then the topics a careful reader
    would take from the clause: a specific event (a fixed topic named by its words) before a general
    topic that shares its answer words, and no topic that only echoes a stronger one."""
    by_topic: dict[str, list[_Match]] = {}
    for match in matches:
        by_topic.setdefault(match.cue.topic, []).append(match)
    if event is not None:
        # "abstained in that vote": the event named before, answered with the words its topic uses
        by_topic[event] = [_Match(Cue(event, m.cue.stems, m.cue.answer, "that event"), m.at) for m in matches
                           if m.cue.answer is not None and m.cue.stems in vocabulary.shared
                           and m.cue.answer in vocabulary.ledger.topics[event].answer_ids()] + by_topic.get(event, [])
    found: list[_TopicMatch] = []
    pooled = [m for m in matches if m.cue.answer is not None]
    for topic_id, own in by_topic.items():
        topic = vocabulary.ledger.topics[topic_id]
        answers = [m for m in own if m.cue.answer is not None]
        words = [m for m in own if m.cue.answer is None]
        if topic.object and f"@{topic.object}" not in stems:
            # one word ("worsen") says little alone: it counts when the other party is named too
            answers = [m for m in answers if len(m.cue.stems) > 1]
        if not answers and not words:
            continue
        if not answers and words and topic.kind == "stance":
            # a topic named by its words may take its answer from a phrase of a topic on the same scale
            ids = set(topic.answer_ids())
            answers = [m for m in pooled if m.cue.answer in ids and m.cue.topic != topic_id]
        examples = [m for m in answers if m.cue.origin not in ("words", "answers") and len(m.cue.stems) >= 4]
        if topic.words and not words and not examples and topic_id != event:
            continue  # a topic that has naming words must be named by one of them (or by a long example)
        # each separate phrase that answers the topic is a reading of its own ("X's invasion … Y's allies")
        chosen: list[_Match | None] = []
        for phrase in sorted(answers, key=_strength, reverse=True):
            # a second reading of the topic needs a phrase of its own, not one stray word ("Back in 2014")
            if not any(_overlap(phrase, c) for c in chosen) and (not chosen or len(phrase.cue.stems) > 1):
                chosen.append(phrase)
        for answer in chosen or [None]:
            word = max((w for w in words if answer is None or not _overlap(w, answer)), key=_strength,
                       default=None) or (max(words, key=_strength) if words else None)
            found.append(_TopicMatch(topic, answer, word))
    # a specific event named by its words comes before any general topic
    found.sort(key=lambda t: (not ((t.topic.fixed and t.word) or t.topic.id == event), -t.score, t.first,
                              t.topic.id))
    kept: list[_TopicMatch] = []
    for topic_match in found:
        clash = [k for k in kept if _overlap(k.answer, topic_match.answer) or _overlap(k.word, topic_match.word)
                 or _overlap(k.answer, topic_match.word) or _overlap(k.word, topic_match.answer)]
        # listed events share their answer words, each event named by its own words
        listed = bool(topic_match.topic.fixed and topic_match.word) and all(
            k.topic.fixed and k.word and not _overlap(k.word, topic_match.word) for k in clash)
        # one phrase may answer two questions ("X is Y's only ally": who backs Y, who Y's ally is)
        two_questions = topic_match.answer is not None and topic_match.answer.cue.stems not in vocabulary.shared \
            and all(k.topic.kind != topic_match.topic.kind and not _overlap(k.word, topic_match.answer)
                    for k in clash)
        if not clash or listed or two_questions:
            kept.append(topic_match)
    return kept


def _strength(match: _Match) -> tuple[float, int]:
    return match.score, -match.first


def _overlap(a: _Match | None, b: _Match | None) -> bool:
    return a is not None and b is not None and a.first <= b.last and b.first <= a.last


def _speaker(ledger: Ledger, text: str, clause: Clause, mentions: list[Mention]) -> str:
    if not clause.reported or clause.speaker_span is None:
        return ""
    a, b = clause.speaker_span
    named = [m for m in mentions if a <= m.start < b]
    return named[-1].entity if named else ""


def _claims_of(vocabulary: Vocabulary, found: _TopicMatch, words: list[Token], stems: list[str],
               mentions: list[Mention], index_of: list[tuple[int, int]], previous: list[str], speaker: str,
               clause: Clause, body: str) -> list[Reading]:
    ledger = vocabulary.ledger
    topic = found.topic
    match = found.answer or found.word
    assert match is not None
    phrase_start = index_of[found.first][0]
    phrase_end = index_of[found.last][1]
    negated = not match.cue.negative and _negated(stems, match)
    # actors named by the phrase itself are part of what is said, not who says or does it
    named = {index_of[i][0] for m in (found.answer, found.word) if m for i in m.at if stems[i].startswith("@")}
    free = [m for m in mentions if m.start not in named]
    answer, denied, how = _answer(topic, found.answer, negated, free, phrase_start, phrase_end, ledger, body)
    roles = {role: index_of[match.at[i]][0] for i, role in match.cue.roles}
    if "answer" in roles:
        # a labelled example names its answer: the actor standing where the example's answer stands
        answer = next((m.entity for m in mentions if m.start == roles["answer"]), answer)
    given: list[Mention] = []
    if "subject" in roles:
        # where the example has its subject stands this one's, with any actors listed together with it
        at = next((i for i, m in enumerate(mentions) if m.start == roles["subject"]), None)
        if at is not None:
            given = _coordinated_tail(mentions[:at + 1], body) + _coordinated_head(mentions[at:], body)[1:]
    if answer is None:
        return []
    if topic.value_type == "entity" and named and not topic.object:
        # "the closest ally of Ukraine is Georgia": the one the phrase names is the one asked about
        free = [m for m in mentions if m.start in named] + [m for m in free if m.entity != answer]
    if given:
        subjects = list(dict.fromkeys(_country(ledger, m.entity) if topic.id not in vocabulary.person_topics
                                      else m.entity for m in given))
        subject_words = {s: m.text for s, m in zip(subjects, given, strict=False)}
    else:
        subjects, subject_words = _subjects(vocabulary, topic, free, phrase_start, answer, speaker, previous,
                                            clause, body)
    readings = []
    cue = found.answer or found.word
    assert cue is not None
    cue_span = (clause.start + index_of[cue.first][0], clause.start + index_of[cue.last][1])
    phrase_words = body[cue_span[0] - clause.start:cue_span[1] - clause.start]
    for subject in subjects:
        why = {"subject": subject_words.get(subject, ""), "topic": phrase_words, "answer": how}
        if clause.reported and speaker:
            why["voice"] = "reported by " + ledger.entities[speaker].name
        readings.append(Reading(subject, topic.id, answer, denied, "reported" if clause.reported and speaker
                                else "asserted", speaker if clause.reported else "", why=why, cue=cue_span))
    for subject in _contrasted(vocabulary, topic, mentions, clause, subjects):
        flipped = denied or answer  # "unlike X, Y has not": X has
        if denied is not None:
            readings.append(Reading(subject, topic.id, flipped, None, cue=cue_span,
                                    why={"subject": "unlike …", "topic": phrase_words, "answer": "the contrast"}))
    return readings


def _negated(stems: list[str], match: _Match) -> bool:
    """Whether a negation governs the phrase: an odd number of negations shortly before it."""
    reach = stems[max(0, match.first - NEGATION_REACH): match.first]
    inner = stems[match.first: match.last + 1]
    return (reach.count(NEG) + inner.count(NEG)) % 2 == 1


def _answer(topic: Topic, match: _Match | None, negated: bool, mentions: list[Mention], phrase_start: int,
            phrase_end: int, ledger: Ledger, body: str) -> tuple[str | None, str | None, str]:
    """The answer the clause gives, the answer it denies (if negated), and the words that said so."""
    if topic.value_type == "entity":
        named = [m for m in mentions if ledger.entities[m.entity].kind in ("country", "organisation")
                 and m.entity != topic.object]
        after = [m for m in named if m.start >= phrase_end] or named
        if not after:
            return None, None, ""
        return after[0].entity, None, after[0].text
    if topic.value_type == "number":
        return _number_near(body, phrase_start, phrase_end, topic)
    if topic.value_type == "date":
        date, words = date_in(body, None)
        return (date.iso(), None, words) if date is not None and date.precision == "day" else (None, None, "")
    if topic.kind != "stance" and not topic.values:
        return None, None, ""  # a framing is read by a person, not guessed
    answer = match.cue.answer if match else None
    said = " ".join(match.cue.stems) if match else "named"
    if answer is None:
        if {str(v) for v in topic.values} == {"yes", "no"}:
            answer = "yes"
        else:
            return None, None, ""
    if not negated:
        return answer, None, said
    return _negate(topic, answer), answer, "negated: " + said


_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*(thousand|million|billion)?", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _number_near(body: str, start: int, end: int, topic: Topic) -> tuple[str | None, str | None, str]:
    """The amount in (else nearest) the topic's words, scaled by "million" or "billion" unless its unit says so."""
    found = [m for m in _AMOUNT.finditer(body) if not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]
    if not found:
        return None, None, ""
    match = min(found, key=lambda m: 0 if start <= m.start() < end else min(abs(m.start() - start),
                                                                               abs(m.start() - end)))
    number = float(match.group(1).replace(",", ""))
    scale = (match.group(2) or "").casefold()
    if scale and scale not in topic.unit.casefold():
        number *= _SCALE[scale]
    return repr(int(number)) if number.is_integer() else repr(number), None, match.group()


def _negate(topic: Topic, answer: str) -> str:
    """What denying an answer amounts to: the topic says, else yes/no swap, else the scale's middle."""
    if answer in topic.negation:
        return topic.negation[answer]
    if answer == "yes":
        return "no"
    if answer == "no":
        return "yes"
    if topic.kind == "stance":
        middle = min(topic.scale, key=lambda p: (abs(p.rank), p.rank))
        return middle.id
    return answer


def _subjects(vocabulary: Vocabulary, topic: Topic, mentions: list[Mention], phrase_start: int, answer: str,
              speaker: str, previous: list[str], clause: Clause, body: str) -> tuple[list[str], dict[str, str]]:
    """Who the claim is about: the actors named before the phrase (a list of them, if coordinated),
    else those after it; never the topic's other party; a pronoun takes the speaker or the last subject."""
    ledger = vocabulary.ledger
    offset = clause.contrast_end - clause.start if clause.contrast_end else 0
    others = {topic.object, answer} if topic.value_type == "entity" else {topic.object}
    candidates = [m for m in mentions if m.entity not in others and m.start >= offset]
    # the passive: "is ruled over by X", "are recognised by X and Y": the agent acts
    agents = [m for m in candidates if m.start >= phrase_start and _AGENT.search(body[phrase_start:m.start])]
    if agents:
        candidates = [m for m in candidates if m.start >= agents[0].start]
        phrase_start = agents[0].start
    before = [m for m in candidates if m.start < phrase_start]
    # an actor after a preposition ("talks with Armenia"), or whose possessive opens the phrase
    # ("Freedonia's only ally"), is not the one acting, if another is named
    acting = [m for m in before if not _PREPOSITION.search(body[:m.start])
              and not (_POSSESSIVE_AFTER.match(body, m.end) and len(body[m.end:phrase_start].split()) <= 3)]
    after = [m for m in candidates if m.start >= phrase_start and not _PREPOSITION.search(body[:m.start])]
    if agents:
        after = [m for m in candidates if m.start >= agents[0].start]
    if _PRONOUN_START.match(body) and not acting and (speaker or previous):
        # "it has skipped every vote": the pronoun stands for the one named before
        return [speaker if speaker else previous[0]], {}
    if not acting and after:
        before = []  # "fighting for Ukraine is the Legion": only objects of prepositions before the phrase
    before = acting or before
    group = _coordinated_tail(before, body) if before and not agents else []
    if not group:
        after = after or [m for m in candidates if m.start >= phrase_start]
        group = _coordinated_head(after, body) if after else []
    if not group and speaker:
        return [speaker if topic.id in vocabulary.person_topics else _country(ledger, speaker)], {}
    if not group and previous and _PRONOUN_START.match(body):
        return previous[:1], {}
    subjects: list[str] = []
    words: dict[str, str] = {}
    for mention in group:
        entity = mention.entity if topic.id in vocabulary.person_topics else _country(ledger, mention.entity)
        # a group ("no South Caucasus country") stands for each of its members
        for each in ledger.entities[entity].members or [entity]:
            if each not in others and each not in subjects:
                subjects.append(each)
                words[each] = mention.text
    return subjects, words


_PREPOSITION = re.compile(r"\b(?:with|to|for|against|on|of|from|by|over|toward|towards|into|about|between)\s+"
                          r"(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


_PRONOUN_START = re.compile(r"^\s*(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"'s?\b|s'")


def _country(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities[entity_id]
    return entity.country if entity.kind != "country" and entity.country else entity_id


def _coordinated_tail(mentions: list[Mention], body: str) -> list[Mention]:
    """The last actor before the phrase, with those listed together with it."""
    group = [mentions[-1]]
    for earlier in reversed(mentions[:-1]):
        if not coordinated(body[earlier.end:group[0].start]):
            break
        group.insert(0, earlier)
    return group


def _coordinated_head(mentions: list[Mention], body: str) -> list[Mention]:
    """The first actor after the phrase, with those listed together with it."""
    group = [mentions[0]]
    for later in mentions[1:]:
        if not coordinated(body[group[-1].end:later.start]):
            break
        group.append(later)
    return group


def _contrasted(vocabulary: Vocabulary, topic: Topic, mentions: list[Mention], clause: Clause,
                subjects: list[str]) -> list[str]:
    if not clause.contrast_end:
        return []
    end = clause.contrast_end - clause.start
    return [_country(vocabulary.ledger, m.entity) for m in mentions
            if m.start < end and m.entity != topic.object and m.entity not in subjects]


def names_topic(vocabulary: Vocabulary, text: str, topic_id: str) -> bool:
    """Whether the text names the topic by one of its words (always true for a topic without words)."""
    topic = vocabulary.ledger.topics[topic_id]
    if not topic.words:
        return True
    folded = fold(text)
    stems = _marked(tokens(folded), vocabulary.spotter.mentions(folded))
    return any(_find(c, stems) for c in vocabulary.cues if c.topic == topic_id and c.origin == "words")


def describe(reading: Reading) -> dict[str, Any]:
    """A reading as plain data (for JSON)."""
    return {"subject": reading.subject, "topic": reading.topic, "answer": reading.answer,
            "denied": reading.denied, "voice": reading.voice, "attributed_to": reading.attributed_to or None,
            "as_of": reading.as_of.iso() if reading.as_of else None, "why": reading.why}
