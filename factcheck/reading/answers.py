"""What a clause answers a topic's question with: an actor, an amount, a tally, a date, a framing's reading, or
an answer on the topic's scale, denied where the clause negates it."""
from __future__ import annotations

import re

from factcheck.ledger.model import Ledger, Topic
from factcheck.reading.amounts import number_near
from factcheck.reading.lists import DASHED_ASIDE
from factcheck.reading.names import Mention
from factcheck.reading.negation import negate
from factcheck.reading.phrases import Match
from factcheck.reading.questions import asks_of_its
from factcheck.reading.roles import governed
from factcheck.reading.tallies import tally_in
from factcheck.reading.text import fold
from factcheck.reading.when import date_in, days_in

_OWNER = re.compile(r"'s?(?!\w)")
# the words between a topic's phrase and the month or year it gives: "jailed in", "locked up in Georgia since"
# (or none, where the phrase ends on its preposition: "in jail since")
# (or an object pronoun or name, or a place: "jailed him in 2021", "jailed Saakashvili in 2021", "arrested on his
# return home in 2021")
_NAME = r"(?-i:[A-Z])[\w'’-]+"
_DATE_AFTER = re.compile(r"(?:(?<=\bsince)|(?<=\bin)|(?:\s+(?:him|her|them|" + _NAME + r"(?:\s+" + _NAME + r")?))?"
                         r"(?:\s+(?:in|at)\s+[\w'’-]+|\s+home)?"
                         r"\s+(?:in|since|from))\s+", re.IGNORECASE)
_WHERE = re.compile(r"\s*(?:,|\s[-–—]{1,2})?\s*where\b", re.IGNORECASE)


_RELATIVE_ASIDE = re.compile(r",\s*(?:whose|which|who)\b[^,]*$", re.IGNORECASE)


_RATHER_NOT = re.compile(r"\b(?:would|had|'d)\s+rather\s+not\b", re.IGNORECASE)


def answer_of(topic: Topic, match: Match | None, negated: bool, mentions: list[Mention], phrase_start: int,
            phrase_end: int, ledger: Ledger, body: str, coarse: bool = False) -> tuple[str | None, str | None, str]:
    """The answer the clause gives, the answer it denies (if negated), and the words that said so; `coarse`: a
    date may be a month or a year given right after the phrase (where no other topic reads the phrase's words)."""
    if topic.value_type == "entity":
        named = [m for m in mentions if ledger.entities[m.entity].kind in ("country", "organisation")
                 and m.entity != topic.object]
        # "X is weaning Europe off Russian gas": an actor the phrase takes as its object, else one after
        # it, is the answer ("Europe is turning to Azerbaijan for gas": one after a preposition is not)
        inside = [m for m in named if phrase_start < m.start < phrase_end and not governed(body, m.start)]
        # "Baku has become Brussels' go-to gas supplier": whose supplier it is; but where the topic asks of "its"
        # noun ("which country is its closest ally?"), the owner is the subject: "Ukraine's closest ally is X"
        owner = [m for m in named if m.end <= phrase_start and _OWNER.match(body, m.end)
                 and len(body[m.end:phrase_start].split()) <= 2] if not asks_of_its(topic) else []
        # ("Georgia, where X pulls every string": the place the relative clause speaks of)
        place = [m for m in named if m.end <= phrase_start and _WHERE.match(body, m.end)]
        # (not one inside a relative clause set off before the phrase: "X, whose fortune was made in the Russia of
        # the 1990s, pulls the levers" says nothing of where he pulls them)
        named = [m for m in named if not (m.end <= phrase_start and _RELATIVE_ASIDE.search(body, 0, m.start)
                                          and "," in body[m.end:phrase_start])]
        # (nor one inside an aside between dashes the phrase is outside of: "X — the one country bordering both
        # Russia and Iran — is the supplier Europe can turn to")
        asides = [a.span() for a in DASHED_ASIDE.finditer(body) if not a.start() <= phrase_start < a.end()]
        named = [m for m in named if not any(a <= m.start < b for a, b in asides)]
        after = inside or owner or place[-1:] or [m for m in named if m.start >= phrase_end] or named
        if not after:
            return None, None, ""
        return after[0].entity, None, after[0].text
    if topic.value_type == "number":
        return number_near(body, phrase_start, phrase_end, topic)
    if topic.value_type == "tally":
        tally = tally_in(body)
        return (tally[0], None, tally[1]) if tally else (None, None, "")
    if topic.value_type == "date":
        # (the day nearest the topic's words: "hit the jet on 25 December 2024, three years after the invasion
        # began on 24 February 2022")
        days = days_in(body)
        if not days:
            # "jailed in 2021", "locked up in Georgia since October 2021": a month or a year right after the words
            lead = _DATE_AFTER.match(body, phrase_end) if coarse else None
            rest = body[lead.end():] if lead else ""
            date, words = date_in(rest[:30], None) if lead else (None, "")
            if date is None or not fold(rest).startswith(fold(words).removeprefix("in ")):
                return None, None, ""
            return date.iso(), None, words
        day = min(days, key=lambda d: 0 if phrase_start <= d[1] < phrase_end else min(
            abs(d[1] - phrase_end), abs(d[2] - phrase_start)))
        return day[0].iso(), None, day[3]
    if topic.kind == "framing":
        # a framing is read only where a phrase of one of its answers says it, and never denied: denying
        # one reading of events asserts no other
        # ("would rather not see its own belligerence aired" is an aversion the framing names, no denial of it)
        if match is None or match.cue.answer is None or negated and not _RATHER_NOT.search(body, 0, phrase_end):
            return None, None, ""
        return match.cue.answer, None, " ".join(match.cue.stems)
    if topic.kind != "stance" and not topic.values:
        return None, None, ""
    answer = match.cue.answer if match else None
    said = " ".join(match.cue.stems) if match else "named"
    if answer is None:
        if {str(v) for v in topic.values} == {"yes", "no"}:
            answer = "yes"
        else:
            return None, None, ""
    if not negated:
        return answer, None, said
    return negate(topic, answer), answer, "negated: " + said
