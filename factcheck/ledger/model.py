"""The ledger's data model: sources, entities, topics, claims and anchors."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.ledger.dates import FuzzyDate

SOURCE_KINDS = ("article", "record")
ENTITY_KINDS = ("country", "person", "organisation", "group")
TOPIC_KINDS = ("stance", "fact", "framing")
VALUE_TYPES = ("text", "entity", "number", "date", "tally")
VOICES = ("asserted", "reported")
TALLY = re.compile(r"(\d+) / (\d+) / (\d+)")  # a vote's count: for / against / abstaining


@dataclass
class Source:
    """A document the claims quote: an article, or the project's record of public facts."""

    id: str
    file: str
    kind: str
    title: str
    published: FuzzyDate
    sha256: str
    text: str  # the decoded text, as read when the ledger was loaded
    path: Path  # resolved against the ledger's folder
    outlet: str = ""
    url: str = ""
    author: str = ""
    short: str = ""
    date_note: str = ""
    note: str = ""
    line: int = 0

    @property
    def label(self) -> str:
        """The short name a reader sees ('Kuzio 2022')."""
        return self.short or self.id


@dataclass
class Entity:
    """A country, person or organisation the sources talk about."""

    id: str
    kind: str
    name: str
    iso: str = ""
    aliases: list[str] = field(default_factory=list)
    country: str = ""  # for a person or organisation: the country it belongs to
    members: list[str] = field(default_factory=list)  # for a group ("the South Caucasus"): who it stands for
    note: str = ""
    line: int = 0

    def names(self) -> list[str]:
        """Every name this entity answers to: id, name, ISO code and aliases."""
        found = [self.id, self.name, *self.aliases]
        if self.iso:
            found.append(self.iso)
        return found


@dataclass
class ScalePoint:
    """One position on a stance scale."""

    id: str
    label: str
    rank: int  # signed distance from the scale's midpoint


@dataclass
class Topic:
    """A question the sources answer: on a stance scale, or with a single value."""

    id: str
    question: str
    kind: str
    scale: list[ScalePoint] = field(default_factory=list)
    value_type: str = "text"
    unit: str = ""
    values: list[Any] = field(default_factory=list)  # the allowed values of a fact, when listed
    tolerance: float = 0.0
    fixed: bool = False  # the answer cannot change over time (a past vote, a 2021 figure)
    minor: bool = False  # a detail: findings on it are one severity step lower
    note: str = ""
    line: int = 0
    # how its answers are expressed, for reading new text (README, "Topic vocabulary")
    object: str = ""  # the other party the question is about (Ukraine, for "does it back Ukraine?")
    words: list[str] = field(default_factory=list)  # phrases that put a sentence on this topic
    answers: dict[str, list[str]] = field(default_factory=dict)  # answer -> phrases that express it
    negation: dict[str, str] = field(default_factory=dict)  # answer -> what denying it amounts to
    event: str = ""  # of a tally: the vote (a topic) whose count it gives, named as that vote is
    # what any answer to it takes as given: another topic's answer ("may soldiers use the free fuel?" either
    # way says fuel is given)
    presupposes: dict[str, str] = field(default_factory=dict)
    # an entity-valued topic whose answer a reading on this one gives, said of the one other actor the sentence
    # names ("Brussels swapped Moscow's gas for Baku's": the EU's gas switch makes Azerbaijan its alternative)
    implies_of_named: str = ""

    def answer_ids(self) -> list[str]:
        """The answers this topic takes, when they are listed (scale points or values)."""
        return [p.id for p in self.scale] if self.kind == "stance" else [str(v) for v in self.values]

    def point(self, stance_id: str) -> ScalePoint | None:
        """The scale point with this id, if any."""
        for point in self.scale:
            if point.id == stance_id:
                return point
        return None


@dataclass
class Correction:
    """What a garbled or wrong statement should say, and why; with what it meant, where that is clear."""

    should_read: str
    why: str
    subject: str = ""  # the subject it meant, when the error named the wrong actor
    stance: str | None = None  # the answer it meant, on a stance topic
    value: object = None  # the answer it meant, on a fact or framing topic


@dataclass(slots=True)
class Anchor:
    """Where a quote stands in its source: 1-based line and column, 0-based char span."""

    line: int
    column: int
    start: int
    end: int
    end_line: int

    def to_json(self) -> dict[str, Any]:
        """The JSON form of the anchor."""
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class Claim:
    """One check-worthy statement, tied to a verbatim quote in its source."""

    id: str
    source: str
    subject: str
    topic: str
    quote: str
    anchor: Anchor  # where the quote stands in its source
    stance: str | None = None
    value: object = None
    object: str = ""
    voice: str = "asserted"
    attributed_to: str = ""
    cue: str = ""
    as_of: FuzzyDate | None = None
    correction: Correction | None = None
    weak: str = ""
    note: str = ""
    unreviewed: bool = False
    line: int = 0
    field_lines: dict[str, int] = field(default_factory=dict, repr=False)

    def line_of(self, key: str) -> int:
        """The ledger line of one of this claim's fields."""
        return self.field_lines.get(key, self.line)


@dataclass(frozen=True)
class Outline:
    """What a ledger names, read without its sources: enough for a writer to refuse a repeat."""

    source_ids: set[str]
    source_files: set[str]
    claim_ids: set[str]


@dataclass
class Ledger:
    """The whole ledger: where it was read from, and what it holds."""

    path: Path
    version: int
    sources: dict[str, Source]
    entities: dict[str, Entity]
    topics: dict[str, Topic]
    claims: list[Claim]
    # words the reader takes as one ("denounce" as "condemn"): the word that stands for each, and its variants
    synonyms: dict[str, list[str]] = field(default_factory=dict)

    def related(self, entity: Entity) -> list[str]:
        """The entity's id and the ids of the people and organisations that belong to it."""
        return [entity.id] + [e.id for e in self.entities.values() if e.country == entity.id]

    def claim_date(self, claim: Claim) -> FuzzyDate:
        """The date a claim speaks for: its own as_of, else its source's date."""
        return claim.as_of or self.sources[claim.source].published
