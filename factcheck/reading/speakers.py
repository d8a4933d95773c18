"""Who speaks a reported clause: the actor named where its speaker stands."""
from __future__ import annotations

from factcheck.reading.grammar import RELATIVE_CLAUSE, Clause
from factcheck.reading.names import Mention


def speaker_of(text: str, clause: Clause, mentions: list[Mention]) -> str:
    """The entity that speaks a reported clause ("" when the clause is asserted or its speaker names no one)."""
    if not clause.reported or clause.speaker_span is None:
        return ""
    a, b = clause.speaker_span
    relative = RELATIVE_CLAUSE.search(text, a, b)  # "Baku, which curbs Russian media, accuses …": Baku speaks
    named = [m for m in mentions if a <= m.start < (relative.start() if relative else b)]
    if named and text[named[0].end:named[0].end + 1] == "," and not text[a:named[0].start].strip(" ,"):
        return named[0].entity  # "Bayramov, Azerbaijan's top diplomat, said …": the one the apposition describes
    return named[-1].entity if named else ""
