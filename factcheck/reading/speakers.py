"""Who speaks a reported clause: the actor named where its speaker stands."""
from __future__ import annotations

import re

from factcheck.reading.clause import Clause
from factcheck.reading.grammar import RELATIVE_CLAUSE
from factcheck.reading.names import Mention

# "…, and his foreign ministry maintains that …": a speaker named by whose it is
_OWNED_SPEAKER = re.compile(r"\s*(?:and\s+|but\s+|while\s+)?(?:his|her|its|their)\b", re.IGNORECASE)


# "… by its worry that", "… his charge that": what was said is the owner's, the clause's first actor
_OWNER_THEN_THAT = re.compile(r"\b(?:his|her|its|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+that\s*$", re.IGNORECASE)


# the verb of a speaker after what was said whose object is the one spoken to ("…, Tokayev told Putin")
_TOLD = re.compile(r"\b(?:told|tells|assured|assures|informed|informs|reminded|reminds|warned|warns)\b",
                   re.IGNORECASE)


def speaker_of(text: str, clause: Clause, mentions: list[Mention], previous: list[str] | None = None) -> str:
    """The entity that speaks a reported clause ("" when the clause is asserted or its speaker names no one);
    a speaker named only as "his foreign ministry" is the one the clauses before were about."""
    if not clause.reported or clause.speaker_span is None:
        return ""
    a, b = clause.speaker_span
    relative = RELATIVE_CLAUSE.search(text, a, b)  # "Baku, which curbs Russian media, accuses …": Baku speaks
    named = [m for m in mentions if a <= m.start < (relative.start() if relative else b)]
    if named and text[named[0].end:named[0].end + 1] == "," and not text[a:named[0].start].strip(" ,"):
        return named[0].entity  # "Bayramov, Azerbaijan's top diplomat, said …": the one the apposition describes
    if not named and previous and _OWNED_SPEAKER.match(text, a):
        return previous[0]
    if len(named) > 1 and _OWNER_THEN_THAT.search(text, a, clause.start):
        return named[0].entity  # "X's no-shows at votes on Russia are explained by its worry that …": X's worry
    said = _TOLD.search(text, a, b)
    before = [m for m in named if said and m.end <= said.start()]
    if said and before and text[a:before[0].start].strip(" ,") == "":
        return before[-1].entity  # "…, Tokayev told Putin to his face": the one who told, not the one told
    return named[-1].entity if named else ""
