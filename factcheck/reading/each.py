"""A clause said of each of several events: "…; it abstained on both", "X abstained when the Assembly did A and
again when it did B"."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.clause import Clause
from factcheck.reading.grammar import LEAD_PREPOSITION
from factcheck.reading.phrases import Vocabulary, events_named, named_in
from factcheck.reading.pointing import placed
from factcheck.reading.when import date_in

Reading = Any  # reading.reader's Reading: this module sits below the reader that calls it
Reader = Callable[..., "list[Reading]"]  # (vocabulary, text, date, event, previous subjects)

# "on both", "both times", "each time", "on all three": a clause said of every event the sentence (or the clause
# before) named
# (and "sat out both", "cast no vote on either": "both" or "either" that ends the clause is its object)
_ON_EACH = re.compile(r"\b(?:on|in|at)\s+(?:both|each|either|neither|all\s+(?:two|three|four|five|six|of\s+them))\b|"
                      r"\b(?:both|each|every|either)\s+times?\b|\b(?:both|either)\s*(?:[.,;:!]|$)", re.IGNORECASE)
# "when A and again when B": a "when" that a second one repeats, and the words that repeat it
_AGAIN = r"\band\s+(?:again|also|once\s+more|later)\s+when\b"
_AGAIN_WHEN = re.compile(r"\bwhen\b(?=[^;.]*?" + _AGAIN + ")", re.IGNORECASE)
_AGAIN_SPLIT = re.compile(_AGAIN, re.IGNORECASE)
_EVENTS_LEAD = re.compile(r"\s*" + LEAD_PREPOSITION + r"\s[^;:]*,\s*", re.IGNORECASE)
# (or the dash that closes an aside in it: "On both March texts — the one on A and the one on B — X abstained")
_COMMA = re.compile(r",\s*|\s[-—–]+\s+")
# where a lead goes on to its next event: "on A in November and on B in February"
_LEAD_SPLIT = re.compile(r"\band\s+(?=" + LEAD_PREPOSITION + r"\s)", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:which|that)\b[^,;]*,", re.IGNORECASE)


def said_of_each(vocabulary: Vocabulary, text: str, clause: Clause, last: list[Reading], named: list[str],
                 document_date: FuzzyDate | None, previous: list[str], reread: Reader) -> list[Reading] | None:
    """The clause's readings on each event the sentence (or the clause before) named, where the clause is said
    of each; else None. An event named with a date of its own ("… last October and again … in November") takes
    that date."""
    repeated = _AGAIN_WHEN.search(text, clause.start)
    again = repeated is not None and clause.end <= repeated.end() + 1 and \
        not re.search(r"[;.]", text[clause.start:repeated.start()])
    led, lead_end = _led_events(vocabulary, text, clause, named)
    if led:
        # (each event with the date the lead gives it: "on A in November and on B in February")
        dates = _dates_of(vocabulary, text[:lead_end], led, document_date, _LEAD_SPLIT)
        return on_each(vocabulary, text, clause, led, dates, document_date, previous, reread)
    if not again and not _ON_EACH.search(text, clause.start, clause.end):
        return None
    each = list(dict.fromkeys([r.topic for r in last if vocabulary.ledger.topics[r.topic].fixed] + named))
    if len(each) < 2:
        return None
    dates = _dates_of(vocabulary, text[repeated.start():], each, document_date) if again and repeated else {}
    return on_each(vocabulary, text, clause, each, dates, document_date, previous, reread)


def _led_events(vocabulary: Vocabulary, text: str, clause: Clause, named: list[str]) -> tuple[list[str], int]:
    """ "On A, and on B, X abstained": the events (two or more) a lead names, and where it ends, when the clause
    after it names none of its own; also for each clause after it, up to the sentence's end, that names none
    ("…, X abstained, Y stayed away"). A lead naming an actor outside a relative clause says something of its
    own: none then."""
    if len(named) < 2 or not _EVENTS_LEAD.match(text, 0, clause.start):
        return [], 0
    # (the longest lead that names no actor: "On A and B, X voted yes, Y abstained" leads on "On A and B, ")
    for end in sorted((m.end() for m in _COMMA.finditer(text, 0, clause.start)), reverse=True):
        if re.search(r"[;.]", text[end:clause.start]):
            break
        stems = vocabulary.text_stems(_RELATIVE.sub(",", text[:end]))
        if any(s.startswith("@") for s in stems):
            continue
        led = [e for e in named if named_in(vocabulary, stems, e)]
        if len(led) < 2:
            break
        after = vocabulary.text_stems(text[end:clause.end])
        return ([], 0) if events_named(vocabulary, after) else (led, end)
    return [], 0


def on_each(vocabulary: Vocabulary, text: str, clause: Clause, each: list[str],
            dates: Mapping[str, FuzzyDate | None], document_date: FuzzyDate | None, previous: list[str],
            reread: Reader) -> list[Reading]:
    """The clause read once for each event, each reading on its own event (dated by `dates` where it gives
    no date of its own)."""
    found = []
    for event in each:
        for reading in reread(vocabulary, text[clause.start:clause.end], document_date, event, previous):
            if reading.topic == event:
                reading.as_of = reading.as_of or dates.get(event)
                found.append(placed(reading, text, clause.start, clause.end))
    return found


def _dates_of(vocabulary: Vocabulary, whens: str, events: list[str], document_date: FuzzyDate | None,
              split: re.Pattern[str] = _AGAIN_SPLIT) -> dict[str, FuzzyDate]:
    """The date each "when" of "when A … and again when B …" (or each part of a lead) gives the one event it
    names."""
    dates = {}
    for part in split.split(whens.split(";")[0]):
        stems = vocabulary.text_stems(part)
        own = [event for event in events if named_in(vocabulary, stems, event)]
        date = date_in(part, document_date)[0]
        if len(own) == 1 and date is not None:
            dates[own[0]] = date
    return dates
