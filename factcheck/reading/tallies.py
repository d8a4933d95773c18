"""A vote's count in words or figures: "passed 122 to 5, with 18 abstentions", "122 in favour, five against,
eighteen abstaining", "a 122-5-18 vote". Grammar of tallies only; which vote it counts is the ledger's."""
from __future__ import annotations

import re

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.numbers import TENS, UNITS, words_value
from factcheck.reading.phrases import Match, Vocabulary
from factcheck.reading.readings import Reading

# a count: figures, or words up to "one hundred and ninety-nine"
_COUNT = (r"(?:\d{1,3}(?:,\d{3})*|(?:(?:a|one|two)\s+hundred(?:\s+and)?\s+)?(?:(?:" + "|".join(TENS) +
          r")(?:[\s-](?:" + "|".join(UNITS[1:10]) + r"))?|" + "|".join(sorted(UNITS, key=len, reverse=True)) +
          r")|(?:a|one|two)\s+hundred)")
_VOTES = r"(?:\s+(?:votes?|states|countries|nations|members|delegations))?"
_SIDES = {
    "for": r"(?:in\s+favou?r|for|yes|yeses|ayes|in\s+support|backing\s+it|supporting\s+it)",
    "against": r"(?:against|no|noes|nos|opposed|opposing)",
    "abstaining": r"(?:abstentions?|abstaining|abstainers|abstained|abstain)",
}
_LABELLED = re.compile(rf"\b({_COUNT}){_VOTES}\s+(?:(?:voting|voted|were|cast)\s+)?({'|'.join(_SIDES.values())})\b",
                       re.IGNORECASE)
# "122 (votes) to 5": for, then against
_TO = re.compile(rf"\b({_COUNT}){_VOTES}\s+to\s+({_COUNT})\b", re.IGNORECASE)
# "122-5-18", "122–5–18"
_DASHED = re.compile(r"(?<![\d/-])(\d{1,3})\s*[-–—]\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})(?![\d/-])")


def count_of(words: str) -> int:
    """The number a count is written as ("122", "eighteen", "one hundred and twenty-two")."""
    words = words.casefold().replace(",", "")
    return int(words) if words.isdigit() else int(words_value(words))


def tally_in(text: str) -> tuple[str, str] | None:
    """The count the text gives, as 'for / against / abstaining', and the words that gave it; None unless
    all three are there."""
    found = _tally_at(text)
    return (found[0], text[found[1]:found[2]]) if found else None


def _tally_at(text: str) -> tuple[str, int, int] | None:
    """The count the text gives, as 'for / against / abstaining', and where its words start and end."""
    dashed = _DASHED.search(text)
    if dashed:
        return " / ".join(dashed.groups()), dashed.start(), dashed.end()
    sides: dict[str, tuple[int, re.Match[str]]] = {}
    to = _TO.search(text)
    if to:
        sides["for"] = (count_of(to.group(1)), to)
        sides["against"] = (count_of(to.group(2)), to)
    for match in _LABELLED.finditer(text):
        side = next(s for s, pattern in _SIDES.items() if re.fullmatch(pattern, match.group(2), re.IGNORECASE))
        sides.setdefault(side, (count_of(match.group(1)), match))
    if len(sides) < 3:
        return None
    spans = [m.span() for _, m in sides.values()]
    return " / ".join(str(sides[s][0]) for s in _SIDES), min(a for a, _ in spans), max(b for _, b in spans)


def outside_tally(matches: list[Match], spans: list[tuple[int, int]], text: str) -> list[Match]:
    """The matches, without an answer whose words are part of a count ("with 18 abstaining, the naysayers being
    X and Y": the abstaining is the count's, and the answer is the naysayers')."""
    found = _tally_at(text) if any(m.cue.answer is not None for m in matches) else None
    if found is None:
        return matches
    return [m for m in matches if m.cue.answer is None or not found[1] <= spans[m.first][0] < found[2]]


def tallied(vocabulary: Vocabulary, text: str, readings: list[Reading], event: str | None,
            date: tuple[FuzzyDate | None, str]) -> list[Reading]:
    """With the count of the vote the sentence names (or the one counted vote of its date), as a claim on its
    tally topic ("A/RES/77/284 passed 122 to 5, with 18 abstentions"), in place of the voting body's own vote on
    it (the count says how it passed)."""
    if event is None and date[0] is not None and date[0].month is not None:
        # "the resolution adopted on 26 April - 122 in favour, …": a count, and the one counted vote of that date
        dated = vocabulary.dated_within(date[0], vocabulary.tallies)
        event = dated[0] if len(dated) == 1 else None
    topic = vocabulary.tallies.get(event or "")
    body = vocabulary.sole_body.get(topic or "")
    if topic is None or body is None or any(r.topic == topic for r in readings):
        return readings
    at = _tally_at(text)
    if at is None:
        return readings
    value, span = at[0], (at[1], at[2])
    words = text[span[0]:span[1]]
    why = {"subject": "(none named: the only one the ledger asks this of)", "topic": f"the vote named ({event})",
           "answer": words}
    if date[0] is not None:
        why["date"] = date[1]
    numbers = {t.id for t in vocabulary.ledger.topics.values() if t.value_type == "number"}
    # the words of the count are the count: not a vote of whoever stands near them ("by 122 votes to 5, with
    # eighteen countries abstaining"), nor an amount of another topic
    kept = [r for r in readings if (r.subject, r.topic) != (body, event)
            and not span[0] <= r.cue[0] < span[1]
            and not (r.topic in numbers and r.why.get("answer", "") in words)]
    return kept + [Reading(body, topic, value, as_of=date[0], start=0, end=len(text), why=why, cue=span)]
