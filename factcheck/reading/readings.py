"""A claim read from a text: what it says, and which words said it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.ledger.dates import FuzzyDate


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
    """The readings, each claim (subject, topic, answer, voice) once: the first reading of it."""
    seen: dict[tuple[str, str, str, str], Reading] = {}
    for reading in readings:
        seen.setdefault((reading.subject, reading.topic, reading.answer, reading.voice), reading)
    return list(seen.values())
