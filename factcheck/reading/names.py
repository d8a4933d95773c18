"""Resolving what a user types ('azerbijan', 'Baku', 'AZ') to an entity in the ledger."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from factcheck.errors import UnusableInput
from factcheck.ledger.model import Entity, Ledger

# A fuzzy match must score at least this (0-100) to be taken without asking.
FUZZY_CUTOFF = 85.0


def normalise(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'")
    text = "".join(c if c.isalnum() or c == " " else " " for c in text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Resolution:
    """An entity found for a name, and how it was found."""

    entity: Entity
    matched: str
    how: str  # 'exact', 'alias', 'fuzzy'


class UnknownName(UnusableInput):
    """No entity answers to the name; carries the closest suggestions."""

    def __init__(self, name: str, suggestions: list[str]):
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no country, person or organisation called '{name}' in the ledger{hint}")


def name_index(ledger: Ledger) -> dict[str, Entity]:
    """Every normalised name of every entity, mapped to the entity (first definition wins)."""
    index: dict[str, Entity] = {}
    for entity in ledger.entities.values():
        for name in entity.names():
            index.setdefault(normalise(name), entity)
    return index


def resolve_entity(ledger: Ledger, name: str) -> Resolution:
    """Find the entity a name means: exactly, by alias, or by a close spelling."""
    from rapidfuzz import fuzz, process  # lazy: costs import time only when used

    wanted = normalise(name)
    index = name_index(ledger)
    if wanted in index:
        entity = index[wanted]
        how = "exact" if wanted in (normalise(entity.id), normalise(entity.name)) else "alias"
        return Resolution(entity, name, how)
    candidates = [n for n in index if len(n) > 3]  # codes are matched exactly, never guessed
    scored = process.extract(wanted, candidates, scorer=fuzz.ratio, limit=5) if wanted else []
    if scored and scored[0][1] >= FUZZY_CUTOFF:
        best = index[scored[0][0]]
        rivals = {index[n].id for n, score, _ in scored if score >= scored[0][1] - 2}
        if rivals == {best.id}:
            return Resolution(best, scored[0][0], "fuzzy")
    suggestions = list(dict.fromkeys(index[n].name for n, score, _ in scored if score >= 60))[:3]
    raise UnknownName(name, suggestions)

