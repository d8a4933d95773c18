"""A clause: one assertion of a sentence, and who (if anyone) it reports."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Clause:
    """One assertion of a sentence: its span, and whether (and by whom, as text) it is reported."""

    start: int
    end: int
    reported: bool = False
    speaker_span: tuple[int, int] | None = None  # where the speaker is named, when reported
    contrast: tuple[int, int] | None = None  # where an "unlike X" stands that holds the opposite of the clause
    denied: bool = False  # the speaker denies what the clause says ("Moscow denied that …")
    whole: tuple[int, int] | None = None  # for one of parallel assertions, the span of all of them

    @property
    def aside(self) -> tuple[int, int]:
        """Where a speaker set inside the clause stands ("Kyiv, Zelenskyy said, has …"); (0, 0) if none."""
        span = self.speaker_span
        return span if span and self.start <= span[0] < self.end else (0, 0)
