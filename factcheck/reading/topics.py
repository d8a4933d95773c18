"""Which topics a clause speaks to: per topic its answering phrase and naming words, then the topics a
careful reader keeps (a specific event before a general topic, no topic that only echoes another)."""
from __future__ import annotations

from dataclasses import dataclass

from factcheck.ledger.model import Topic
from factcheck.reading.marking import PEOPLE
from factcheck.reading.phrases import Cue, Match, Vocabulary, overlap, strength
from factcheck.reading.text import NEG


@dataclass
class TopicMatch:
    """A topic found in a clause: the phrase that gives its answer, and the words that name it."""

    topic: Topic
    answer: Match | None
    word: Match | None
    named_by: int = 0  # the longest of the topic's naming phrases found, whether or not it is the one kept

    @property
    def score(self) -> float:
        named = max(self.named_by, len(self.word.cue.stems) if self.word else 0)
        return (self.answer.score if self.answer else 0.0) + named

    @property
    def first(self) -> int:
        return min(m.first for m in (self.answer, self.word) if m is not None)

    @property
    def last(self) -> int:
        return max(m.last for m in (self.answer, self.word) if m is not None)


def _left_behind(phrase: Match, answers: list[Match], stems: list[str]) -> bool:
    """Whether the phrase is where a change started, another answer where it went: "has gone from cautious
    partner to open adversary" answers "adversary"."""
    if "from" not in stems[max(0, phrase.first - 2):phrase.first]:
        return False
    return any(o.cue.answer != phrase.cue.answer and phrase.last < o.first <= phrase.last + 6
               and any(s in ("to", "into") for s in stems[phrase.last + 1:o.first]) for o in answers)


def alternatives_dropped(matches: list[Match], stems: list[str]) -> list[Match]:
    """The matches without the answers named as two alternatives: "zigzag between yes and abstain" answers
    neither yes nor abstain (the phrase for the zigzag answers)."""
    if "between" not in stems:
        return matches
    return [m for m in matches if m.cue.answer is None or not _alternative(
        m, [o for o in matches if o.cue.topic == m.cue.topic and o.cue.answer is not None], stems)]


def _alternative(phrase: Match, answers: list[Match], stems: list[str]) -> bool:
    """Whether the phrase ends on one of two answers named as alternatives after "between"."""
    for n, stem in enumerate(stems):
        if stem != "between":
            continue
        joined = next((j for j in range(n + 2, min(n + 6, len(stems))) if stems[j] == "and"), None)
        if joined is None:
            continue
        first, second = range(n + 1, joined), range(joined + 1, joined + 4)
        for one, other in ((first, second), (second, first)):
            if phrase.last in one and any(o.last in other and o.cue.answer != phrase.cue.answer for o in answers):
                return True
    return False


def topics_in(vocabulary: Vocabulary, matches: list[Match], stems: list[str],
              event: str | None = None, named: set[str] | None = None,
              around: frozenset[str] = frozenset()) -> list[TopicMatch]:
    """Per topic, its best answer phrase and its best naming words; then the topics a careful reader
    would take from the clause: a specific event (a fixed topic named by its words) before a general
    topic that shares its answer words, and no topic that only echoes a stronger one."""
    by_topic: dict[str, list[Match]] = {}
    for match in matches:
        by_topic.setdefault(match.cue.topic, []).append(match)
    if event is not None:
        # "abstained in that vote": the event named before, answered with the words its topic uses
        # (but not words within the event's own name: "lost his citizenship" names the loss, it answers no vote)
        own = [m for m in by_topic.get(event, []) if m.cue.answer is None]
        # (only words the event's own phrases use: "without Russian help" answers no question about a plane)
        by_topic[event] = [Match(Cue(event, m.cue.stems, m.cue.answer, "that event"), m.at) for m in matches
                           if m.cue.answer is not None and m.cue.stems in vocabulary.shared
                           and event in vocabulary.topics_of[m.cue.stems]
                           and m.cue.answer in vocabulary.ledger.topics[event].answer_ids()
                           and not any(o.first <= m.first and m.last <= o.last for o in own)] + by_topic.get(event, [])
    found: list[TopicMatch] = []
    pooled = [m for m in matches if m.cue.answer is not None]
    for topic_id, own in by_topic.items():
        topic = vocabulary.ledger.topics[topic_id]
        answers = [m for m in own if m.cue.answer is not None]
        # (a word that names the other party's own people, "behind the Ukrainians", names no one's mood of them)
        words = [m for m in own if m.cue.answer is None and not (
            topic.object and m.first and stems[m.first - 1] == f"@{topic.object}" and m.cue.stems == (PEOPLE,))]
        if topic.object and f"@{topic.object}" not in stems:
            # one word ("worsen") says little alone: it counts when the other party is named too, in this
            # clause or in the one it is set against ("X is Moscow's ally while Y and Z balance")
            answers = [m for m in answers if len(m.cue.stems) > 1 or f"@{topic.object}" in around]
            # "Kyiv has a staunch ally in Warsaw": another question's other party is named, not this one's
            parties = {f"@{other}" for other in others_named(vocabulary, topic)}
            answers = [m for m in answers if _speaks_with(m, stems, parties, pooled, topic.kind == "fact")]
            if not answers and f"@{topic.object}" not in around:
                # (and one naming word owned by another actor says nothing of a relation with no one named:
                # "weans itself off Russian fuel" gives no fuel to Ukraine)
                words = [m for m in words
                         if len(m.cue.stems) > 1 or not (m.first and stems[m.first - 1].startswith("@"))]
        if not answers and not words:
            continue
        if not answers and words and topic.kind == "stance":
            # a topic named by its words may take its answer from a phrase of a topic on the same scale
            ids = set(topic.answer_ids())
            answers = [m for m in pooled if m.cue.answer in ids and m.cue.topic != topic_id]
        examples = [m for m in answers if (len(m.cue.stems) >= 4 or len(m.cue.stems) == 3 and sum(
            s.startswith("@") for s in m.cue.stems) == 2) and (m.cue.origin not in ("words", "answers")
                                                               or m.cue.stems not in vocabulary.shared)]
        if topic.kind == "framing":
            # a framing is given only by its answer phrases: one of three words or more names it as well
            examples += [m for m in answers if len(m.cue.stems) >= 3]
        if topic.words and not words and not examples and topic_id != event and topic_id not in (named or ()):
            continue  # a topic that has naming words must be named by one of them (or by a long example)
        # a phrase that opens before another and spans it governs it: "never accepted Russia's hold on Crimea"
        # answers by "accepted … Crimea", not by the noun phrase inside ("Russian-held Crimea")
        # (but "turned hostile to the West" is "hostile to the West": a phrase sharing more than its last word
        # with the one inside is the same words, and the tighter reads them)
        # (and so does one whose last word opens the other: "endorsed the Crimea grab" endorses it)
        answers = [a for a in answers if not any(o.first < a.first and o.cue.answer != a.cue.answer
                                                 and (a.last <= o.last or a.first == o.last and not o.cue.negative)
                                                 and len(set(o.at) & set(a.at)) <= 1 for o in answers)]
        answers = [a for a in answers if not _left_behind(a, answers, stems)
                   and not _away_from_another(a, topic, stems)]
        answers = [a for a in answers if not (a.cue.negative and _denies_another(a, answers))]
        # each separate phrase that answers the topic is a reading of its own ("X's invasion … Y's allies")
        chosen: list[Match | None] = []
        for phrase in sorted(answers, key=strength, reverse=True):
            # a second reading of the topic needs a phrase of its own, not one stray word ("Back in 2014")
            if not any(overlap(phrase, c) for c in chosen) and (not chosen or len(phrase.cue.stems) > 1):
                chosen.append(phrase)
        if not chosen and not _answers_by_itself(topic):
            continue  # named but not answered ("condemned the invasion" names a vote, not how one voted)
        if not chosen and topic.fixed and words and all(
                stems[max(0, m.first - 1)] in _SETTING or m.first >= 2 and stems[m.first - 2] in _SETTING
                and stems[m.first - 1] != NEG and not stems[m.first - 1].startswith("@") for m in words):
            # an event named only as a setting ("took Baku's side in the 2020 fighting", "in Karabakh's first
            # war") answers nothing
            continue
        for answer in chosen or [None]:
            word = max((w for w in words if answer is None or not overlap(w, answer)), key=strength,
                       default=None) or (max(words, key=strength) if words else None)
            found.append(TopicMatch(topic, answer, word, max((len(w.cue.stems) for w in words), default=0)))
    found = _dated(vocabulary, found, stems)
    # a specific event named by its words comes before any general topic
    # and so does an amount named by its words with a figure in the clause ("100 tonnes of fuel")
    counted = any(stem[:1].isdigit() or stem in _COUNTS for stem in stems)
    found.sort(key=lambda t: (not ((t.topic.fixed and t.word) or t.topic.id == event or _series(t, stems)
                                   or (counted and t.word and t.topic.value_type == "number")),
                              # (a topic the sentence names before one only a single word answers: "On the
                              # Assembly's Ukraine resolutions …, Y hits the abstain key" abstains in those votes)
                              t.word is None and t.topic.id not in (named or ())
                              and (t.answer is None or len(t.answer.cue.stems) == 1), -t.score, t.first,
                              t.topic.id))
    kept: list[TopicMatch] = []
    for topic_match in found:
        # ("stayed away from every vote, including the 2023 text": the series and the one it names do not clash)
        clash = [k for k in kept if _clash(k, topic_match) and not (
            _series(k, stems) != _series(topic_match, stems) and (k.topic.fixed or topic_match.topic.fixed))]
        # listed events share their answer words, each event named by its own words
        # (and so do names that share only their last word: "the annexation, reparation and peace resolutions")
        word = topic_match.word
        listed = bool(topic_match.topic.fixed and word) and all(
            k.topic.fixed and k.word and (not overlap(k.word, word) or _shared_head(k.word, word)) for k in clash)
        # one phrase may answer two questions ("X is Y's only ally": who backs Y, who Y's ally is)
        two_questions = topic_match.answer is not None and topic_match.answer.cue.stems not in vocabulary.shared \
            and all(k.topic.kind != topic_match.topic.kind and not overlap(k.word, topic_match.answer)
                    for k in clash)
        if not clash or listed or two_questions:
            kept.append(topic_match)
    # a yes/no topic named by one word alone ("humanitarian") beside a topic a phrase answers ("failed to cast
    # a ballot on the humanitarian resolution") is a word of that other claim, not a claim of its own
    # and so is one inside the longer name of an event ("on the humanitarian resolution, X and Y parted ways")
    answering = {k.topic.id for k in kept if k.answer is not None}
    names = [m for m in matches if m.cue.answer is None and len(m.cue.stems) > 1
             and vocabulary.ledger.topics[m.cue.topic].fixed]

    def word_of_another(found: TopicMatch) -> bool:
        word = found.word
        if found.answer is not None or word is None or not _answers_yes(found.topic):
            return False
        if any(m.cue.topic in answering and m.cue.topic != found.topic.id and overlap(word, m) for m in pooled):
            return True  # ("the deportation of children from occupied Ukraine" answers the charge, it deports no one)
        if len(word.cue.stems) > 1:
            return False
        return bool(answering) or any(n.first <= word.first and word.last <= n.last and n.cue.topic != found.topic.id
                               for n in names)

    return [k for k in kept if not word_of_another(k)]


# prepositions that make what follows a setting in time: "in the 2020 fighting", "during the war of 2020"
_SETTING = {"in", "dure", "over", "throughout", "after", "befor", "sinc", "of"}
# number words as stems ("one" is left out: "one of the …" counts nothing)
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelv", "fifteen",
           "twenti", "thirti", "forti", "fifti", "hundr", "thousand", "million", "billion", "dozen"}


def _denies_another(negative: Match, answers: list[Match]) -> bool:
    """Whether the negation a phrase opens with denies another answer's phrase instead: one that goes on right
    after its verb ("did not vote against it" denies voting against, it is no absence), or one nearer the
    negation inside its span ("has not missed a single vote" denies missing, it is no "not vote"; but the longer
    idiom "could hardly ask for a better friend" holds "friend" with the same answer)."""
    return any(not o.cue.negative and (
        o.first == negative.last < o.last and o.at[1] == o.at[0] + 1 and o.cue.answer != negative.cue.answer
        or negative.first < o.first and o.last <= negative.last
        and (o.cue.answer != negative.cue.answer or len(negative.cue.stems) <= 2)) for o in answers)


# "every", "each", "any": a phrase that holds one speaks of a whole series ("backed every one of the
# resolutions"), not of one event
_SERIES = {"everi", "each", "ani"}


def _series(found: TopicMatch, stems: list[str] | None = None) -> bool:
    # (or right after its answer: "has never voted on any text about the war")
    after = stems[found.answer.last + 1:found.answer.last + 3] if stems and found.answer else []
    return not found.topic.fixed and (any(s in _SERIES for m in (found.answer, found.word) if m for s in m.cue.stems)
                                      or after[:1] == ["on"] and after[1:2] != [] and after[1] in _SERIES)


def _away_from_another(match: Match, topic: Topic, stems: list[str]) -> bool:
    """Whether a phrase of moving away ("pulling away") goes on to name what is left, and that is not the topic's
    other party ("pulling away from the West" is no distancing from Russia)."""
    after = [s for s in stems[match.last + 1:match.last + 4] if s != "the"]
    return topic.kind == "stance" and bool(topic.object) and match.cue.stems[-1] == "away" and \
        after[:1] == ["from"] and after[1:2] != [f"@{topic.object}"] and after[1:2] not in (["it"], ["them"])


def _shared_head(a: Match | None, b: Match | None) -> bool:
    """Whether two names of events share only their last word, each with words of its own before it."""
    return a is not None and b is not None and len(a.at) > 1 and len(b.at) > 1 and \
        set(a.at) & set(b.at) == {a.last} and a.last == b.last


def _answers_yes(topic: Topic) -> bool:
    return {str(v) for v in topic.values} == {"yes", "no"}


def _clash(a: TopicMatch, b: TopicMatch) -> bool:
    """Whether two topics found in a clause claim the same words; a framing's naming words name what it
    frames ("skips UN votes because it fears …"), so they leave the act framed its own words."""
    words = [m.word if m.topic.kind != "framing" or a.topic.kind == b.topic.kind else None for m in (a, b)]
    return overlap(a.answer, b.answer) or overlap(words[0], words[1]) or overlap(a.answer, words[1]) \
        or overlap(words[0], b.answer)


def _dated(vocabulary: Vocabulary, found: list[TopicMatch], stems: list[str]) -> list[TopicMatch]:
    """Of two events answered by the same words, the one whose vocabulary holds a year the clause names
    ("in 1994 Armenia won the Karabakh war" is the 1994 war, though "won the Karabakh war" fits both)."""
    years = {s for s in stems if len(s) == 4 and s.isdigit()}
    if not years:
        return found
    dated = [t for t in found if t.topic.fixed and years & vocabulary.topic_stems.get(t.topic.id, frozenset())]
    return [t for t in found if t in dated or not t.topic.fixed
            or not any(overlap(t.answer, d.answer) and d.topic.id != t.topic.id for d in dated)]


def _speaks_with(match: Match, stems: list[str], parties: set[str], pooled: list[Match], fact: bool) -> bool:
    """Whether a phrase speaks to its topic though another topic's party is named: when the phrase itself
    names that party ("side with Moscow"), is a labelled example, or another topic's phrase names it word
    for word ("edging out of Moscow's orbit and cosying up to the West": Moscow is the orbit's, not the West's)."""
    # but not a phrase that runs straight into this one: "Moscow's most loyal friend" is one noun, Moscow's
    # (nor, of a fact, the clause's first actor before the phrase: "Baku let Sputnik operate" is Baku's doing)
    # (a phrase of its own: one word says too little, and a verb with its "no", "sends neither", leaves what is sent
    # to the clause before)
    subject = next((i for i, stem in enumerate(stems) if stem.startswith("@")), len(stems)) \
        if fact and len(match.cue.stems) > 1 and not match.cue.negative else -1
    loose = {stem for i, stem in enumerate(stems) if stem in parties and not any(
        i in other.at and other.last - other.first + 1 == len(other.at) > 1
        and not (other.first <= match.last + 1 and match.first <= other.last + 1) for other in pooled
        if other.cue.topic != match.cue.topic) and not (i == subject and subject < match.first)}
    return not loose or match.cue.origin not in ("words", "answers") or bool(loose & set(match.cue.stems))


def _answers_by_itself(topic: Topic) -> bool:
    """Whether naming the topic gives an answer: an actor, amount or date found beside it, or yes."""
    return topic.value_type in ("entity", "number", "date") or {str(v) for v in topic.values} == {"yes", "no"}


def others_named(vocabulary: Vocabulary, topic: Topic) -> set[str]:
    """The other parties of the ledger's other topics of the same kind (Ukraine, for a stance toward Russia):
    a stance toward Georgia's regions says nothing of whether Georgia is on the fence."""
    return {t.object for t in vocabulary.ledger.topics.values()
            if t.object and t.object != topic.object and t.kind == topic.kind}
