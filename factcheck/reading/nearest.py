"""The topic a clause is nearest to when no phrase of the vocabulary occurs in it whole: the words it
shares with each topic's phrases and labelled examples, each weighed by how few topics use it.

A careful reader who meets "came out on top in the 2020 fighting over Karabakh" knows the topic from
its telling words though no listed phrase is there. This is the reader's last resort: it takes a topic
only when two or more of the clause's words point to it and to no rival as strongly. A framing, whose answers
are whole readings of events, is guessed on stricter terms (nearest_framing)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.ledger.model import Topic
from factcheck.reading.phrases import Cue, Match, Vocabulary
from factcheck.reading.text import NEG, stem
from factcheck.reading.topics import TopicMatch

# English function words and the commonest verbs and adverbs: grammar, never a topic's telling word
_FUNCTION_WORDS = """
a an the and or nor but if then so as at by for from in into of off on onto out over to up with within without
about above across after against along among around before behind below beneath beside between beyond down
during except inside near outside past since than through throughout toward towards under until upon via
this that these those it its it's they them their theirs he him his she her hers we us our you your i me my
itself themselves himself herself ourselves yourself oneself
who whom whose which what when where why how whether while although though because
whenever wherever whatever whoever whichever however whereas meanwhile moreover nonetheless nevertheless
therefore thus hence indeed
be have do does did done say says said also still now just even only very more most much many some any all
both each every either other another such same own one two three first last new old long way time year years
can could may might must shall should will would get got make made take took go went come came give gave
there here again ever already yet once well quite rather really almost nearly about around
become became remain seem see find use show want need look call tell know think turn let stay put
week weeks month months day days today yesterday tomorrow recent recently early late later earlier
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
"""
_FUNCTION = {stem(w) for w in _FUNCTION_WORDS.split()}

MIN_SHARED = 2  # telling words a clause must share with a topic before the topic is taken
MIN_ANSWER = 0.5  # an answer's own words must tell it as much as one word two topics share
MIN_LEAD = 1.25  # how far ahead of the next topic the nearest must be (ratio of their scores)


@dataclass(frozen=True)
class _Profile:
    """Per topic the stems its phrases use, per topic and answer the stems only that answer uses,
    and per stem how many topics use it."""

    topic_stems: dict[str, frozenset[str]]
    answer_stems: dict[str, dict[str, frozenset[str]]]
    spread: dict[str, int]
    phrases: dict[str, list[frozenset[str]]]


def _profile(vocabulary: Vocabulary) -> _Profile:
    cached = vocabulary.__dict__.get("_nearest_profile")
    if isinstance(cached, _Profile):
        return cached
    # a framing is not guessed here (see nearest_framing), so its words neither count for it nor make another
    # topic's words less telling
    topic_stems = {topic: {s for s in stems if _telling(s)} for topic, stems in vocabulary.topic_stems.items()
                   if vocabulary.ledger.topics[topic].kind != "framing"}
    naming: dict[str, set[str]] = {}
    answer_sets: dict[str, dict[str, set[str]]] = {}
    for cue in vocabulary.cues:
        telling = {s for s in cue.stems if _telling(s)}
        if cue.answer is not None:
            answer_sets.setdefault(cue.topic, {}).setdefault(cue.answer, set()).update(telling)
        elif cue.origin == "words":
            naming.setdefault(cue.topic, set()).update(telling)
    spread: dict[str, int] = {}
    for stems in topic_stems.values():
        for s in stems:
            spread[s] = spread.get(s, 0) + 1
    answer_stems = {}
    for topic, answers in answer_sets.items():
        # a word two answers of one topic share ("vote"), or a word that names the topic ("opinion"), tells neither
        answer_stems[topic] = {a: frozenset(s for s in stems if s not in naming.get(topic, ()) and
                                            all(s not in o for b, o in answers.items() if b != a))
                               for a, stems in answers.items()}
    phrases: dict[str, list[frozenset[str]]] = {}
    for cue in vocabulary.cues:
        if cue.topic in topic_stems:
            phrases.setdefault(cue.topic, []).append(frozenset(s for s in cue.stems if _telling(s)))
    profile = _Profile({t: frozenset(s) for t, s in topic_stems.items()}, answer_stems, spread, phrases)
    vocabulary.__dict__["_nearest_profile"] = profile
    return profile


def _telling(s: str) -> bool:
    if s[:1].isdigit():
        return len(s) == 4 or "/" in s  # a year or a resolution's number names an event; a count does not
    return s != NEG and not s.startswith("@") and s not in _FUNCTION and len(s) > 2


def nearest(vocabulary: Vocabulary, stems: list[str], found: Sequence[Match] = ()) -> TopicMatch | None:
    """The topic (and, where its words say it, the answer) a clause's telling words point to, or None; where
    its words leave the answer open, the one the longest phrase of the topic found whole gives ("Armenia was
    defeated in 2020": the telling words of the 2020 war, and "defeated", an answer of its own)."""
    profile = _profile(vocabulary)
    present = {s for s in stems if _telling(s)}
    scored = []
    for topic_id, known in profile.topic_stems.items():
        topic = vocabulary.ledger.topics[topic_id]
        shared = present & known
        if len(shared) < MIN_SHARED or not any(len(shared & phrase) >= MIN_SHARED
                                               for phrase in profile.phrases.get(topic_id, ())):
            continue  # two words from one phrase of the topic, not one word each from two unrelated phrases
        if topic.object and f"@{topic.object}" not in stems:
            continue  # a question about a relation with someone needs that someone named
        scored.append((sum(1.0 / profile.spread[s] for s in shared), topic_id, shared))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], x[1]))
    best, topic_id, shared = scored[0]
    if best < 1.0 or (len(scored) > 1 and best < MIN_LEAD * scored[1][0]):
        return None
    topic = vocabulary.ledger.topics[topic_id]
    word = _match(topic_id, None, stems, shared)
    answer = _answer(profile, topic, stems, present)
    # (the longest where they differ: "routed in 2020" says more than "routed")
    given = sorted((m for m in found if m.cue.topic == topic_id and m.cue.answer is not None),
                   key=lambda m: -len(m.cue.stems))
    if answer is None and given and not any(m.cue.answer != given[0].cue.answer
                                            and len(m.cue.stems) == len(given[0].cue.stems) for m in given):
        answer = given[0]
    if answer is None and topic.kind == "stance":
        return None  # a stance needs words that say which way
    return TopicMatch(topic, answer, word)


def _answer(profile: _Profile, topic: Topic, stems: list[str], present: set[str]) -> Match | None:
    """The answer whose own words the clause uses most, when one stands out."""
    ranked = sorted(((sum(1.0 / profile.spread[s] for s in present & own), answer, present & own)
                     for answer, own in profile.answer_stems.get(topic.id, {}).items()), reverse=True)
    ranked = [r for r in ranked if r[0] >= MIN_ANSWER]
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return _match(topic.id, ranked[0][1], stems, ranked[0][2])


def _match(topic_id: str, answer: str | None, stems: list[str], shared: set[str]) -> Match:
    """The clause's own words taken as the phrase that was found, where they stand."""
    at = tuple(i for i, s in enumerate(stems) if s in shared)
    at = tuple(i for n, i in enumerate(at) if stems[i] not in {stems[j] for j in at[:n]})
    return Match(Cue(topic_id, tuple(stems[i] for i in at), answer, "nearest"), at)


MIN_FRAMING_SHARED = 3  # telling words a clause must share with the phrases of a framing's answer
MIN_FRAMING_RARE = 2  # of them, words no more than one other topic uses
MAX_FRAMING_SPAN = 20  # how far apart, in words, the first and last of them may stand


def nearest_framing(vocabulary: Vocabulary, stems: list[str]) -> TopicMatch | None:
    """A framing answer none of whose phrases occurs whole, taken when the clause shares three telling words
    or more with its phrases, close together, two of them words few other topics use, and no other answer
    comes as near."""
    answers = _framing_answers(vocabulary)
    spread = _profile(vocabulary).spread  # how many topics (framings aside) use each telling word
    present = {s for s in stems if _telling(s)}
    scored = []
    for (topic_id, answer), words in answers.items():
        shared = present & words
        rare = {s for s in shared if spread.get(s, 0) <= 1}
        at = [i for i, s in enumerate(stems) if s in shared]
        # the words close together, as a phrase's are, not strewn over a long sentence
        if len(shared) < MIN_FRAMING_SHARED or len(rare) < MIN_FRAMING_RARE or at[-1] - at[0] > MAX_FRAMING_SPAN:
            continue
        scored.append(((len(shared), len(rare)), topic_id, answer, shared))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0][0], -x[0][1], x[1], x[2]))
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    _, topic_id, answer, shared = scored[0]
    return TopicMatch(vocabulary.ledger.topics[topic_id], _match(topic_id, answer, stems, shared), None)


def _framing_answers(vocabulary: Vocabulary) -> dict[tuple[str, str], frozenset[str]]:
    """Per framing topic and answer, the telling words of all its phrases (compiled once per vocabulary)."""
    cached = vocabulary.__dict__.get("_framing_answers")
    if isinstance(cached, dict):
        return cached
    framings = {t for t, topic in vocabulary.ledger.topics.items() if topic.kind == "framing"}
    answers: dict[tuple[str, str], set[str]] = {}
    for cue in vocabulary.cues:
        if cue.topic in framings and cue.answer is not None:
            answers.setdefault((cue.topic, cue.answer), set()).update(s for s in cue.stems if _telling(s))
    compiled = {key: frozenset(words) for key, words in answers.items()}
    vocabulary.__dict__["_framing_answers"] = compiled
    return compiled
