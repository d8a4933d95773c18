"""The one event a date names ("in March 2014 … voting in favour" is the March 2014 vote), the one a clause's
lead names ("…, and on ES-11/4, Armenia abstained"), and the events a clause that names none speaks of ("…,
whereas Astana abstained twice")."""
from __future__ import annotations

import re

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.clause import Clause
from factcheck.reading.each import on_each
from factcheck.reading.grammar import LEAD_PREPOSITION
from factcheck.reading.phrases import Match, Vocabulary, events_named
from factcheck.reading.pointing import Reader
from factcheck.reading.readings import Reading
from factcheck.reading.when import HABITUAL

# the words before a date that make it a period's bound ("since March 2014", "by the end of February")
_PERIOD = re.compile(r"\b(?:since|by|until|till|through|throughout|before|after|from)\s+(?:the\s+)?(?:(?:early|late|"
                     r"mid|end|start|beginning)-?\s*(?:of\s+)?)?(?:\w+\s+)?$", re.IGNORECASE)


def dated_event(vocabulary: Vocabulary, date: FuzzyDate, before: str, matches: list[Match]) -> str | None:
    """The one event the ledger dates within the clause's date whose own phrases answer the clause ("in March
    2014 … voting in favour" is the March 2014 vote); never for a year alone, which many events share, nor for a
    period ("since March", "by February": `before` holds the words before the date)."""
    if date.month is None or _PERIOD.search(before):
        return None
    dated = [event for event in vocabulary.dated_within(date, vocabulary.event_dates)
             if any(m.cue.topic == event and m.cue.answer is not None for m in matches)]
    return dated[0] if len(dated) == 1 else None


def same_event_same_date(vocabulary: Vocabulary, readings: list[Reading]) -> list[Reading]:
    """Claims on one specific event take the date the sentence gives it in any clause ("X voted no in March,
    while Y abstained": Y abstained in March too)."""
    dated = {r.topic: r for r in readings if r.as_of is not None and vocabulary.ledger.topics[r.topic].fixed}
    for reading in readings:
        if reading.as_of is None and reading.topic in dated:
            reading.as_of = dated[reading.topic].as_of
            reading.why["date"] = dated[reading.topic].why.get("date", "")
    return readings


# "On ES-11/1, X voted yes, and on ES-11/4, Y abstained": a lead set off by a comma just before the clause
_LEAD_BEFORE = re.compile(r"(?:^|[,;:]\s*(?:(?:and|but|while|whereas)\s+)?|\s(?:and|but|while|whereas)\s+)\s*"
                          + LEAD_PREPOSITION + r"\s+[^,;:]{1,80}?,\s*$", re.IGNORECASE)


def led_event(vocabulary: Vocabulary, text: str, start: int) -> str | None:
    """The one event the lead just before text[start:] names ("on ES-11/4, " before "Armenia abstained")."""
    lead = _LEAD_BEFORE.search(text, 0, start)
    if lead is None:
        return None
    stems = vocabulary.text_stems(lead.group())
    named = events_named(vocabulary, stems)
    return named[0] if len(named) == 1 else None


def on_each_event(vocabulary: Vocabulary, text: str, clause: Clause, found: list[Reading], last: list[Reading],
                  document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """ "X backed A and B, whereas Y abstained (twice)": a clause that names no event and reads only a pattern
    of voting, after one that read several events, read on each of them (dated as they were)."""
    ledger = vocabulary.ledger
    events = list(dict.fromkeys(r.topic for r in last if r.topic in vocabulary.events))
    body = text[clause.start:clause.end]
    if len(events) < 2 or not found or any(ledger.topics[r.topic].fixed for r in found) or HABITUAL.search(body) \
            or vocabulary.named(vocabulary.text_stems(body)):
        return found
    dates = {r.topic: r.as_of for r in last}
    return on_each(vocabulary, text, clause, events, dates, document_date, [], reread) or found
