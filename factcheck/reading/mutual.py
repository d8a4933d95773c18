"""A relation told as shared by the two it joins ("Baku and Moscow are at loggerheads"): read as the first
actor's relation with the second, a topic's other party ("Baku is at loggerheads with Moscow")."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.clause import Clause
from factcheck.reading.names import Mention
from factcheck.reading.phrases import Vocabulary

# "X and Y are …", "X and Y have been …", "X and Y now …": the pair, then what they are or do together
_PAIR = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?$", re.IGNORECASE)
_TOGETHER = re.compile(r"\s+(?:(?:now|still|openly|increasingly)\s+)?(?:(?P<be>are|were|have been|remain)\s+)?"
                       r"(?P<rest>[^,;:]{3,80}?)\s*(?=[,;:.!?]|$)", re.IGNORECASE)
_SINGULAR_OF = {"are": "is", "were": "was", "have been": "has been", "remain": "remains"}


def mutual(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
           document_date: FuzzyDate | None, reread: Callable[..., list[Any]]) -> list[Any]:
    """The claims of a clause whose subject is a pair, one of them a topic's other party, read as the other's
    relation with that party (on the retold words: the caller places them); nothing where no such pair opens
    the clause."""
    inside = [m for m in mentions if clause.start <= m.start < clause.end]
    if len(inside) < 2 or text[clause.start:inside[0].start].strip() or not _PAIR.fullmatch(
            text, inside[0].end, inside[1].start):
        return []
    together = _TOGETHER.match(text, inside[1].end, clause.end)
    if together is None or inside[1].entity not in vocabulary.objects:
        return []
    be = together.group("be")
    retold = f"{inside[0].text} {_SINGULAR_OF[be.casefold()] + ' ' if be else ''}{together.group('rest')} " \
             f"with {inside[1].text}"
    found = [r for r in reread(vocabulary, retold, document_date, None)
             if vocabulary.ledger.topics[r.topic].object == inside[1].entity]
    for reading in found:
        reading.why["subject"] = f"{inside[0].text} (with {inside[1].text}: a relation the two share)"
    return found
