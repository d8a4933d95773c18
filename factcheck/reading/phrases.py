"""Phrases found in text: a ledger's topic vocabulary compiled to stems, and where a phrase occurs."""
from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.ledger.dates import FuzzyDate
from factcheck.ledger.model import Ledger
from factcheck.reading.marking import covering_of, marked
from factcheck.reading.names import Spotter
from factcheck.reading.text import NEG, PREPOSITIONS, fold, tokens
from factcheck.reading.text import stem as stem_of

TYPO_CUTOFF = 86.0  # how like a known word (rapidfuzz ratio) a misspelt one must be to be read as it
MAX_GAP = 3  # words that may stand between two words of a phrase ("imposed tough new sanctions")
MAX_LIGHT = 3  # and light words besides ("rounded up and jailed a number of Azerbaijanis")
# words that carry no content between two words of a phrase: articles, quantifiers, conjunctions
_LIGHT = {"a", "an", "the", "of", "number", "some", "sever", "mani", "dozen", "score", "hundr", "few",
          "its", "their", "his", "her", "own", "also", "both"}


@dataclass(frozen=True)
class Cue:
    """A phrase that says a sentence is on a topic (and, when `answer` is set, what it answers)."""

    topic: str
    stems: tuple[str, ...]
    answer: str | None
    origin: str  # "words", "answers" or the id of the claim whose cue it is
    roles: tuple[tuple[int, str], ...] = ()  # from a claim: which named actor is its subject, which its answer
    tight: tuple[int, ...] = ()  # stems written as one hyphenated word ("Russia-leaning"), found side by side
    owned: tuple[int, ...] = ()  # names written as owners ("Ukraine's supporter"): "Ukraine supported" is no such

    @property
    def negative(self) -> bool:
        """Whether the phrase itself holds a negation ("not vote")."""
        return NEG in self.stems


class Vocabulary:
    """A ledger's topics as phrases to find in text, compiled once."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.spotter = Spotter(ledger)
        self._phrase_stems: dict[str, tuple[str, ...]] = {}
        # the ledger's synonyms: each variant's stem read as its word's ("denounce" as "condemn")
        self.canon_of = {stem_of(variant): stem_of(word) for word, variants in ledger.synonyms.items()
                         for variant in variants if stem_of(variant) != stem_of(word)}
        cues: list[Cue] = []
        for topic in ledger.topics.values():
            cues += [Cue(topic.id, self.stems(p), None, "words", tight=self._tight(p), owned=self._owned(p))
                     for p in topic.words]
            for answer, phrases in topic.answers.items():
                cues += [Cue(topic.id, stems, str(answer), "answers", tight=() if n else self._tight(p),
                             owned=() if n else self._owned(p))
                         for p in phrases for n, stems in enumerate(_with_no(self.stems(p)))]
        for claim in ledger.claims:
            # reviewed, sound claims are labelled examples: their cue, their answer
            if claim.cue and not claim.unreviewed and not claim.correction and claim.voice == "asserted":
                topic = ledger.topics[claim.topic]
                answer = str(claim.stance) if topic.kind == "stance" else _plain(claim.value)
                stems = self.stems(claim.cue)
                # where the example names its subject (and, for an actor-valued topic, its answer)
                roles = tuple((i, "subject" if stem == f"@{claim.subject}" else "answer")
                              for i, stem in enumerate(stems)
                              if stem == f"@{claim.subject}"
                              or (stem == f"@{answer}" and topic.value_type == "entity"))
                cues.append(Cue(topic.id, stems, answer, claim.id, roles, owned=self._owned(claim.cue)))
        # a cue that is only a name ("India"), or a name denied, says nothing of a topic
        self.cues = [c for c in dict.fromkeys(cues) if any(not stem.startswith("@") and stem != NEG
                                                          for stem in c.stems)]
        # a phrase several topics use (a vote's "abstain") says nothing of the topic by itself
        self.topics_of: dict[tuple[str, ...], set[str]] = {}  # the topics whose phrases these stems are
        for cue in self.cues:
            self.topics_of.setdefault(cue.stems, set()).add(cue.topic)
        self.shared = {stems for stems, topics in self.topics_of.items() if len(topics) > 1}
        # people and bodies stand for their country unless the topic is asked of people
        self.events = [t.id for t in ledger.topics.values() if t.fixed and t.words]
        # the actors some topic asks about a relation with (Russia, Ukraine, …): what a pronoun may stand for
        self.objects = frozenset(t.object for t in ledger.topics.values() if t.object)
        # when each event happened, by the dates its claims speak for ("in March 2014" names the 2014 vote)
        self.event_dates: dict[str, set[FuzzyDate]] = {}
        for claim in ledger.claims:
            if claim.topic in self.events and claim.as_of is not None:
                self.event_dates.setdefault(claim.topic, set()).add(claim.as_of)
        # a vote's count is named as the vote is (its tally topic's `event`)
        self.tallies = {t.event: t.id for t in ledger.topics.values() if t.value_type == "tally" and t.event}
        # a topic asked of people or bodies (who rules, who was indicted): most of its claims are about them
        about: dict[str, list[bool]] = {}
        for claim in ledger.claims:
            about.setdefault(claim.topic, []).append(ledger.entities[claim.subject].kind != "country")
        self.person_topics = {t for t, people in about.items() if sum(people) * 2 > len(people)}
        # (and a person the ledger asks a topic of in his own name, not his country's: Ivanishvili's alignment)
        self._own_name = {(c.topic, c.subject) for c in ledger.claims if ledger.entities[c.subject].kind == "person"}
        # a topic the ledger asks of one body only (the UN's count of resolutions, an EU mission): a clause on
        # it that names no one speaks of that body
        asked_of: dict[str, set[str]] = {}
        for claim in ledger.claims:
            asked_of.setdefault(claim.topic, set()).add(claim.subject)
        only_of = {t: next(iter(s)) for t, s in asked_of.items() if len(s) == 1}
        # the kinds of actor a topic's claims are about: a person topic ("who rules Georgia") is never a bloc's
        self.subject_kinds = {t: {ledger.entities[s].kind for s in subjects} for t, subjects in asked_of.items()}
        # (and a date the ledger asks of one actor only: "the full-scale attack began on 24 February 2022" is Russia's)
        self.sole_body = {t: s for t, s in only_of.items()
                          if ledger.entities[s].kind == "organisation" or ledger.topics[t].value_type == "date"}
        # an actor-valued topic the ledger asks of one actor only (whom Russia's peacekeepers would leave): that
        # actor, named in a clause on it, is whom it is asked of, never its answer
        self.sole_subject = {t: s for t, s in only_of.items() if ledger.topics[t].value_type == "entity"}
        # an actor a topic's own phrases name (the place it happens, "at the UN", part of an event's name, "the
        # Council of Europe resolution", or what it relates, "borders both Iran and Russia") and that none of its
        # claims is about never acts on it
        named_actors: dict[str, set[str]] = {}
        for cue in cues:
            if cue.origin in ("words", "answers"):
                actors = {stem[1:] for stem in cue.stems if stem.startswith("@") and stem[1:] in ledger.entities}
                topic = ledger.topics[cue.topic]
                relates = len(actors) > 1 and not topic.object and topic.kind == "fact" and cue.origin == "words"
                named_actors.setdefault(cue.topic, set()).update(
                    a for a in actors if relates or ledger.entities[a].kind == "organisation")
        # (a person or body of a country the topic is asked of speaks for it: "Aliyev and Putin signed the alliance
        # declaration" is Azerbaijan's signing, though a phrase names them both)
        self.venues = {t: frozenset(a for a in named - asked_of.get(t, set())
                                    if ledger.entities[a].country not in asked_of.get(t, set()))
                       for t, named in named_actors.items()}
        # every stem the vocabulary knows, for reading a misspelt word as the one it nearly is
        self.known = sorted({stem for cue in self.cues for stem in cue.stems if not stem.startswith("@")})
        self._known_set = frozenset(self.known)  # (asked of every word of every clause read)
        # every stem each topic's phrases use (which year an event's vocabulary names, which words tell a topic)
        topic_stems: dict[str, set[str]] = {}
        for cue in self.cues:
            topic_stems.setdefault(cue.topic, set()).update(cue.stems)
        self.topic_stems = {topic: frozenset(stems) for topic, stems in topic_stems.items()}
        # the stems a text must hold for a cue to be found in it (a possessive past the first word may be any
        # actor's name); each cue is filed under the rarest of them, so that a clause is tried only against the
        # few phrases whose rarest word it holds
        needs = [frozenset(cue.stems[:1] + tuple(s for s in cue.stems[1:] if s not in _POSSESSORS))
                 for cue in self.cues]
        frequency = Counter(stem for needed in needs for stem in needed)
        self._by_rarest: dict[str, list[tuple[int, Cue, frozenset[str]]]] = {}
        for n, (cue, needed) in enumerate(zip(self.cues, needs, strict=True)):
            rarest = min(needed, key=lambda stem: (frequency[stem], stem))
            self._by_rarest.setdefault(rarest, []).append((n, cue, needed))
        self._named: dict[tuple[str, ...], frozenset[str]] = {}

    def dated_within(self, date: FuzzyDate, events: Iterable[str]) -> list[str]:
        """The events, among those given and in their order, the ledger dates within the date's span."""
        return [e for e in events if any(date.lo <= w.lo and w.hi <= date.hi for w in self.event_dates.get(e, ()))]

    def matches(self, stems: list[str]) -> list[Match]:
        """Every phrase of the vocabulary found in the stems, in the vocabulary's order."""
        present = set(stems)
        candidates = sorted((n, cue) for stem in present for n, cue, needed in self._by_rarest.get(stem, ())
                            if needed <= present)
        return [m for _, cue in candidates if (m := find(cue, stems)) is not None]

    def named(self, stems: list[str]) -> frozenset[str]:
        """The topics one of whose naming words the stems hold (remembered for the last texts asked)."""
        key = tuple(stems)
        found = self._named.get(key)
        if found is None:
            if len(self._named) > 4096:
                self._named.clear()
            found = frozenset(m.cue.topic for m in self.matches(stems) if m.cue.origin == "words")
            self._named[key] = found
        return found

    def correct(self, stems: list[str], names: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """Stems as the vocabulary knows them: a misspelt word ("suporter") read as the one it nearly is, but
        never a word written with a capital inside the text (a name: "Petro" is no "petrol")."""
        from rapidfuzz import fuzz, process  # lazy: only reading needs it

        known = self._known_set
        out = []
        for stem in stems:
            if len(stem) >= 5 and stem not in known and stem not in names and not stem.startswith("@") and \
                    stem.isalpha():
                best = process.extractOne(stem, self.known, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
                # a word with a letter more than a known one is mostly another word (black/back, flight/fight);
                # a letter missing or wrong is the usual slip (suporter, condemed), and so are two letters
                # swapped ("freind") and a past tense's "-d" without its "e" ("sanctiond")
                if best and len(best[0]) >= len(stem):
                    stem = best[0]
                elif not best and (swapped := _swapped(stem, known)):
                    stem = swapped
                elif stem.endswith("d") and stem[:-1] in known:
                    stem = stem[:-1]
            out.append(stem)
        return out

    def stands_for(self, topic: str, actor: str) -> str:
        """Whom an actor named on a topic stands for: a person or body for their country, unless the topic is
        asked of people, or the ledger asks it of this person in his own name."""
        entity = self.ledger.entities[actor]
        if topic in self.person_topics or (topic, actor) in self._own_name or entity.kind == "country":
            return actor
        return entity.country or actor

    def text_stems(self, text: str) -> list[str]:
        """A text's stems as phrases are matched against them: folded, names marked as @id."""
        folded = fold(text)
        return self.canon(marked(tokens(folded), self.spotter.mentions(folded), folded))

    def stems(self, phrase: str) -> tuple[str, ...]:
        """A phrase's stems, with any entity it names as @id (so Moscow and Russia are one)."""
        known = self._phrase_stems.get(phrase)
        if known is None:  # the vote topics share their answer lists: each phrase is compiled once
            mentions = self.spotter.mentions(phrase, exact=True)
            known = self._phrase_stems[phrase] = tuple(self.canon(marked(tokens(phrase), mentions)))
        return known

    def _tight(self, phrase: str) -> tuple[int, ...]:
        """Where a phrase's stems come from one hyphenated word: "Russia-leaning" is no "Russia … lean"."""
        if "-" not in phrase:
            return ()
        words, mentions = tokens(phrase), self.spotter.mentions(phrase, exact=True)
        joined = []
        for k in range(len(words) - 1):
            if phrase[words[k].end:words[k + 1].start] == "-":
                i, j = len(marked(words[:k + 1], mentions)) - 1, len(marked(words[:k + 2], mentions)) - 1
                joined += [i] if j == i + 1 else []
        return tuple(joined)

    def _owned(self, phrase: str) -> tuple[int, ...]:
        """Where a phrase names an actor as an owner ("Ukraine's supporter"), by the index of its @id stem."""
        if "'" not in phrase and "\u2019" not in phrase:
            return ()
        words, mentions = tokens(phrase), self.spotter.mentions(phrase, exact=True)
        covering = covering_of(mentions)
        owned = []
        for k, token in enumerate(words):
            if token.possessive and covering(token.start) is not None:
                so_far = marked(words[:k + 1], mentions)
                owned += [max(i for i, stem in enumerate(so_far) if stem.startswith("@"))]
        return tuple(owned)

    def canon(self, stems: list[str]) -> list[str]:
        """Stems with each synonym the ledger lists read as its word."""
        if not self.canon_of:
            return stems
        return [self.canon_of.get(stem, stem) for stem in stems]


def _swapped(stem: str, known: frozenset[str]) -> str | None:
    """The known word the stem is with two neighbouring letters swapped ("freind"), if any."""
    return next((w for w in (stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:] for i in range(len(stem) - 1))
                 if w in known), None)


def _with_no(stems: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A phrase, and where it opens "not <verb> <noun>", the same said with "no": "took no part", "cast no vote"."""
    if len(stems) >= 3 and stems[0] == NEG and stems[1].isalpha() and stems[2].isalpha() and stems[1] not in _LIGHT:
        return [stems, (stems[1], NEG, *stems[2:])]
    return [stems]


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# a phrase's "its" or "their" stands for whoever owns the thing: "freeze its participation" is said of
# "froze Armenia's participation" too
_POSSESSORS = {"it", "their", "his", "her"}
# words a phrase never spans: each turns to another thing than the words before it ("not once since the war …"
# is no "not … the war")
_BARRIERS = {"by", "than", "then", "but", "becaus", "because", "although", "though", "wherea", "unlik", "unlike",
             "sinc"}


@dataclass
class Match:
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
        # longer phrases are more specific; an actor's name says less than a word of the phrase;
        # an answer beats a bare topic word; of two alike, the one with fewer words between its own wins
        # ("turned hostile to the West" is "hostile to the West", not "turn … to the West")
        words = sum(0.5 if stem.startswith("@") else 1.0 for stem in self.cue.stems)
        gaps = self.last - self.first + 1 - len(self.at)
        # a phrase that opens with its negation yields to one as long that the negation governs ("not once
        # voted against": not "vote against", rather than "not vote")
        opens_negated = 0.2 if self.cue.stems[0] == NEG else 0.0
        return words + (0.5 if self.cue.answer is not None else 0.0) - 0.1 * gaps - opens_negated


def find(cue: Cue, stems: list[str]) -> Match | None:
    """The place the phrase's stems occur in order, at most MAX_GAP words apart: the first of the tightest
    ("the most sanctioned and the most condemned": "most condemned" is the second "most", not the first)."""
    best: Match | None = None
    for begin, stem in enumerate(stems):
        if stem != cue.stems[0]:
            continue
        at = [begin]
        for wanted in cue.stems[1:]:
            window = stems[at[-1] + 1: at[-1] + 2 + MAX_GAP + MAX_LIGHT]
            place = next((n for n, word in enumerate(window) if word == wanted
                          or (wanted in _POSSESSORS and word.startswith("@"))), None)
            if place is None:
                break
            skipped = window[:place]
            # (a date that opens the noun phrase skipped weighs nothing: "the March 2, 2022 General Assembly vote")
            dated = skipped[:1] == ["the"] and skipped[1:2] != [] and _dated(skipped[1])
            heavy = [w for w in skipped if w not in _LIGHT and not (dated and _dated(w))]
            if len(heavy) > MAX_GAP or len(skipped) > MAX_GAP + MAX_LIGHT:
                break
            if any(word in _BARRIERS for word in skipped):
                break  # "sanctions than Russia" is no "sanction Russia"
            verb = stems[at[-1]]
            if wanted in PREPOSITIONS and skipped and all(w.startswith("@") or w == "and" for w in skipped) and \
                    skipped[0].startswith("@") and not verb.startswith("@") and verb not in PREPOSITIONS:
                # "routed Armenia in 2020" is no "routed in 2020": the verb has an object the phrase has not
                # (but "the closest friend Kyiv has in …" skips a clause of its own)
                break
            if wanted.startswith("@") and skipped[:1] and skipped[0].startswith("@") and skipped[0] != wanted and \
                    skipped[-1] in PREPOSITIONS:
                # "call Crimea Russian, has spoken of Ukraine's land": the actor's place is another's, and the one
                # wanted belongs to a preposition of its own (not so "the help Ukraine gave Azerbaijan")
                break
            if wanted.startswith("@") and _another_actor_then_verb(skipped, wanted):
                break  # "Crimea as Russian and backs Ukraine" is no "Crimea as Ukraine's"
            if len(at) == 1 and stem.startswith("@") and skipped[:1] in (["and"], ["or"]) and \
                    skipped[1:2] in (["the"], ["a"], ["an"], ["it"], ["their"], ["other"]):
                break  # "Moscow and the Western capitals": an actor listed with the noun, not its owner
            if place and wanted == NEG and wanted is cue.stems[-1]:
                break  # a closing "no" answers only right after its word: "voted on none" is no "voted no"
            at.append(at[-1] + 1 + place)
        if len(at) == len(cue.stems) and all(at[i + 1] == at[i] + 1 for i in cue.tight):
            if best is None or at[-1] - at[0] < best.last - best.first:
                best = Match(cue, tuple(at))
            if at[-1] - at[0] == len(at) - 1:
                break  # nothing is tighter than the words side by side
    return best


_MONTHS = {stem_of(name.casefold()) for name in calendar.month_name if name} - {"may"}


def _dated(stem: str) -> bool:
    """Whether the stem is a month's name (never "may") or a day's or year's figure."""
    return stem in _MONTHS or stem.isdigit() and (len(stem) <= 2 or len(stem) == 4)


def _another_actor_then_verb(skipped: list[str], wanted: str) -> bool:
    """Whether the words a phrase would skip hold another actor and, after an "and", words that are no actor:
    the actor the phrase wants belongs to another verb ("… as Russian and backs Ukraine")."""
    for n, word in enumerate(skipped):
        if word.startswith("@") and word != wanted and skipped[n + 1:n + 2] == ["and"] and \
                any(not w.startswith("@") for w in skipped[n + 2:]):
            return True
    return False


def strength(match: Match) -> tuple[float, int]:
    return match.score, -match.first


def overlap(a: Match | None, b: Match | None) -> bool:
    return a is not None and b is not None and a.first <= b.last and b.first <= a.last


def within(a: Match, b: Match | None) -> bool:
    """Whether a's words all stand inside b's stretch, and b has more of them."""
    return b is not None and b.first <= a.first and a.last <= b.last and len(a.at) < len(b.at)


def names_topic(vocabulary: Vocabulary, text: str, topic_id: str) -> bool:
    """Whether the text names the topic by one of its words (always true for a topic without words)."""
    topic = vocabulary.ledger.topics[topic_id]
    if not topic.words:
        return True
    return named_in(vocabulary, vocabulary.text_stems(text), topic_id)


def named_in(vocabulary: Vocabulary, stems: list[str], topic_id: str) -> bool:
    """Whether stems already marked (Vocabulary.text_stems) hold one of the topic's naming words."""
    return topic_id in vocabulary.named(stems)


def events_named(vocabulary: Vocabulary, stems: list[str]) -> list[str]:
    """The events (fixed topics with naming words) whose naming words stems already marked hold, in the
    vocabulary's order."""
    named = vocabulary.named(stems)
    return [event for event in vocabulary.events if event in named]
