"""A claim read from a text: what it says, which words said it, and the readings of a clause a careful reader
would set aside (the object of another answer, the stance under an amount)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factcheck.ledger.dates import FuzzyDate

if TYPE_CHECKING:
    from factcheck.reading.phrases import Vocabulary


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
    negative: bool = False  # said in the negative ("has not recognised", "refuses to"), for an ellipsis after it

    @property
    def denies_only(self) -> bool:
        """Whether the reading only denies an answer ("never voted against": no answer the ledger can hold)."""
        return self.denied is not None and self.denied == self.answer


def describe(reading: Reading) -> dict[str, Any]:
    """A reading as plain data (for JSON)."""
    return {"subject": reading.subject, "topic": reading.topic, "answer": reading.answer,
            "denied": reading.denied, "voice": reading.voice, "attributed_to": reading.attributed_to or None,
            "as_of": reading.as_of.iso() if reading.as_of else None, "why": reading.why}


def deduplicated(readings: list[Reading]) -> list[Reading]:
    """The readings, each claim (subject, topic, answer, voice, speaker) once: the first reading of it; and no
    answer only denied where the sentence gives the same question another answer outright ("did not so much as
    abstain: it never voted" says it stayed away; that it did not abstain goes without saying), nor where it
    reaches the denied answer itself by denying another ("not even an abstention, and nor has it lent Kyiv any
    backing": the abstention it did not cast says less of its neutrality than the backing it did not lend)."""
    seen: dict[tuple[str, str, str, str, str, bool], Reading] = {}
    for reading in readings:
        seen.setdefault((reading.subject, reading.topic, reading.answer, reading.voice, reading.attributed_to,
                         reading.denies_only), reading)
    # (but where the answer given outright is the one denied, the sentence says both, and both are kept)
    outright = {(r.subject, r.topic, r.voice, r.attributed_to, r.answer) for r in seen.values() if r.denied is None}
    inferred = {(r.subject, r.topic, r.voice, r.attributed_to, r.answer) for r in seen.values()
                if r.denied is not None and not r.denies_only}

    def superseded(r: Reading) -> bool:
        question = (r.subject, r.topic, r.voice, r.attributed_to)
        # another answer given outright (but never the one this reading denies: "no longer on the fence; what was
        # balancing has given way to open confrontation" confronts, and the distancing reached by denial yields)
        answered = any(key[:4] == question and key[4] not in (r.answer, r.denied) for key in outright)
        return r.denied is not None and (answered or r.denies_only and (*question, r.answer) in inferred - outright)

    return [r for r in seen.values() if not superseded(r)]


# "froze its participation in the Russian-led bloc": a phrase that only says what the one before acts on
_GOVERNED_BY = re.compile(r"^\s*(?:in|of|with|from|to|into|on)\s+(?:the\s+|its\s+|their\s+|a\s+)?$", re.IGNORECASE)


def governing(text: str, readings: list[Reading]) -> list[Reading]:
    """Without a second answer to the same question whose words are the object of the first's ("has frozen
    its participation in the Russian-led bloc" distances; the bloc is what it distances from), and without an
    answer only inferred from a denial where the clause gives the same question an answer outright ("will never
    sell drones to Russia because it stands with Ukraine": it supports Ukraine, not merely not opposes it; but
    not where the answer given outright is the one denied: then the clause says both, and both are kept)."""
    dropped = {id(b) for a in readings for b in readings
               if a is not b and (a.subject, a.topic) == (b.subject, b.topic) and a.answer != b.answer
               and (a.cue[1] <= b.cue[0] and _GOVERNED_BY.match(text[a.cue[1]:b.cue[0]])
                    or b.denied is not None and b.denied not in (b.answer, a.answer) and a.denied is None
                    and a.voice == b.voice)}
    return [r for r in readings if id(r) not in dropped]


def measured(vocabulary: Vocabulary, readings: list[Reading]) -> list[Reading]:
    """Without the stance read off the noun an amount measures ("X's help to Ukraine is worth 20 million
    euros" says how much, not that X backs Ukraine): an inference, not what the clause states."""
    topics = vocabulary.ledger.topics
    amounts = {(r.subject, topics[r.topic].object) for r in readings if topics[r.topic].value_type == "number"}
    return [r for r in readings
            if topics[r.topic].kind != "stance" or (r.subject, topics[r.topic].object) not in amounts]


@dataclass
class Context:
    """What earlier sentences of a document named, for the words that point back to it."""

    event: str | None = None  # the last specific event (a fixed topic) read
    asked: str | None = None  # the event a question just before named, for its answer
