"""The one event a date names: "in March 2014 … voting in favour" is the March 2014 vote."""
from __future__ import annotations

import re

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.phrases import Match, Vocabulary

# the words before a date that make it a period's bound ("since March 2014", "by the end of February")
_PERIOD = re.compile(r"\b(?:since|by|until|till|through|throughout|before|after|from)\s+(?:the\s+)?(?:(?:early|late|"
                     r"mid|end|start|beginning)-?\s*(?:of\s+)?)?(?:\w+\s+)?$", re.IGNORECASE)


def dated_event(vocabulary: Vocabulary, date: FuzzyDate, before: str, matches: list[Match]) -> str | None:
    """The one event the ledger dates within the clause's date whose own phrases answer the clause ("in March
    2014 … voting in favour" is the March 2014 vote); never for a year alone, which many events share, nor for a
    period ("since March", "by February": `before` holds the words before the date)."""
    if date.month is None or _PERIOD.search(before):
        return None
    dated = [event for event, when in vocabulary.event_dates.items()
             if any(date.lo <= w.lo and w.hi <= date.hi for w in when)
             and any(m.cue.topic == event and m.cue.answer is not None for m in matches)]
    return dated[0] if len(dated) == 1 else None
