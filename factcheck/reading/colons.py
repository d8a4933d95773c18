"""A colon between a list of actors and what is said of them: "the five that voted no: A, B, C, D and E",
"A, B, C: not one sanction between them" is one assertion, not two."""
from __future__ import annotations

import re

from factcheck.reading.clause import Clause
from factcheck.reading.names import Mention

_COLON_END = re.compile(r":\s*$")
# "… has shown who stands with Kyiv: Warsaw and Ankara": what the "who" asks ends at the colon, however short the
# list after it (the list answers it: reading.pointing)
WHO_ASKS = r"\bwho\s+(?P<said>[^:;,]{3,80}?)\s*:"
WHO_ASKED = re.compile(WHO_ASKS + r"\s", re.IGNORECASE)
# what a list holds besides its names: commas, "and", "or", "the", a count of them ("all three of them")
_LIST_WORDS = re.compile(r"(?:[\s,.;:!?&]|\b(?:and|or|nor|the|all|both|\w+\s+of\s+them)\b)*", re.IGNORECASE)


def across_colons(text: str, found: list[Clause], mentions: list[Mention]) -> list[Clause]:
    """The clauses, with a clause that only lists actors joined to its neighbour across a colon."""
    out: list[Clause] = []
    for clause in found:
        before = out[-1] if out else None
        if before is not None and before.end == clause.start and not before.reported and not clause.reported and \
                _COLON_END.search(text, before.start, before.end) and \
                not WHO_ASKED.search(text, before.start, before.end + 1) and \
                (_only_names(text, before, mentions) or _only_names(text, clause, mentions)):
            out[-1] = Clause(before.start, clause.end)
        else:
            out.append(clause)
    return out


def _only_names(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """Whether the clause names at least two actors and nothing else but a list's words."""
    inside = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
    if len(inside) < 2:
        return False
    rest, at = [], clause.start
    for mention in inside:
        rest.append(text[at:mention.start])
        at = mention.end
    rest.append(text[at:clause.end])
    return all(_LIST_WORDS.fullmatch(piece) for piece in rest)
