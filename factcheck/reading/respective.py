"""Events a clause points back to by their order in the sentence: "Brazil backed the March resolution and the
Council of Europe one, whereas China abstained on the first and voted for the second"."""
from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.clause import Clause
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.pointing import placed
from factcheck.reading.readings import Reading

# "the first", "the latter": a back-reference only where nothing follows it that it could qualify
# ("the first resolution", "the first time" name something else)
_ORDINAL = re.compile(r"\bthe\s+(first|former|second|latter|third)(?=\s*(?:[,;.!]|$|\s+(?:and|but|while|whereas|yet|"
                      r"too|as well)\b))", re.IGNORECASE)
_PLACE = {"first": 0, "former": 0, "second": 1, "third": 2}
_AND = re.compile(r"^\s*,?\s*(?:and|but|yet|while)\s+", re.IGNORECASE)

Reader = Callable[[Vocabulary, str, "FuzzyDate | None", str | None, list[str]], list[Reading]]


def events_in_order(vocabulary: Vocabulary, stems: list[str]) -> list[str]:
    """The specific events a sentence names by their words, in the order it first names them."""
    first: dict[str, int] = {}
    for match in vocabulary.matches(stems):
        topic = match.cue.topic
        if topic in vocabulary.events and match.cue.answer is None:
            first[topic] = min(first.get(topic, match.first), match.first)
    return sorted(first, key=lambda t: (first[t], t))


def respective(vocabulary: Vocabulary, text: str, clause: Clause, events: list[str],
               document_date: FuzzyDate | None, previous: list[str], reread: Reader) -> list[Reading]:
    """The clause read piece by piece, each piece up to "the first" / "the second" on the event it points to,
    said of the clause's subject; nothing when it points to no event or to one the sentence does not name."""
    refs = list(_ORDINAL.finditer(text, clause.start, clause.end))
    if not refs or len(events) < 2:
        return []
    found: list[Reading] = []
    start, subjects = clause.start, list(previous)
    for ref in refs:
        word = ref.group(1).casefold()
        at = len(events) - 1 if word == "latter" else _PLACE[word]
        if at >= len(events):
            return []
        piece = text[start:ref.end()]
        # "… and voted for the second": the piece goes on with the subject of the one before
        retold = _AND.sub("it ", piece) if found else piece
        readings = [placed(r, text, start, ref.end()) for r in reread(vocabulary, retold, document_date, events[at],
                                                                      subjects) if r.topic == events[at]]
        if not readings:
            return []
        found += readings
        subjects = list(dict.fromkeys(r.subject for r in readings))
        start = ref.end()
    return found
