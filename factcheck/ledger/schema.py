"""The ledger's field specifications, and the generic checks that apply them."""
from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.errors import Problem
from factcheck.ledger.model import ENTITY_KINDS, SOURCE_KINDS, TOPIC_KINDS, VALUE_TYPES, VOICES
from factcheck.ledger.yamlio import LineDict

SUPPORTED_VERSIONS = (1,)
SECTIONS = ("sources", "entities", "topics", "claims")
OPTIONAL_SECTIONS = ("synonyms",)  # a mapping, not a list: word -> [words the reader reads as it]


@dataclass(frozen=True)
class Field:
    """One field of a ledger item: its accepted types, and whether it must be there."""

    types: tuple[type, ...]
    required: bool = False
    choices: tuple[str, ...] = ()

    def type_name(self) -> str:
        """A reader's name for the accepted types."""
        names = {str: "a string", bool: "true or false", int: "a number", float: "a number",
                 list: "a list", dict: "a mapping", dt.date: "a date"}
        return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in self.types))


_S = (str,)
_DATE = (str, dt.date, int)
SOURCE_FIELDS = {
    "id": Field(_S, True), "file": Field(_S, True), "kind": Field(_S, True, SOURCE_KINDS),
    "title": Field(_S, True), "published": Field(_DATE, True), "approximate": Field((bool,)),
    "date_note": Field(_S), "sha256": Field(_S, True), "outlet": Field(_S), "url": Field(_S),
    "author": Field(_S), "short": Field(_S), "note": Field(_S),
}
ENTITY_FIELDS = {
    "id": Field(_S, True), "kind": Field(_S, True, ENTITY_KINDS), "name": Field(_S, True),
    "iso": Field(_S), "aliases": Field((list,)), "country": Field(_S), "members": Field((list,)), "note": Field(_S),
}
TOPIC_FIELDS = {
    "id": Field(_S, True), "question": Field(_S, True), "kind": Field(_S, True, TOPIC_KINDS),
    "scale": Field((list,)), "value_type": Field(_S, False, VALUE_TYPES), "values": Field((list,)),
    "unit": Field(_S), "tolerance": Field((int, float)), "fixed": Field((bool,)),
    "minor": Field((bool,)), "note": Field(_S),
    "object": Field(_S), "words": Field((list,)), "answers": Field((dict,)), "negation": Field((dict,)),
    "event": Field(_S), "presupposes": Field((dict,)), "implies_of_named": Field(_S),
}
CLAIM_FIELDS = {
    "id": Field(_S, True), "source": Field(_S, True), "subject": Field(_S, True),
    "topic": Field(_S, True), "quote": Field(_S, True), "stance": Field(_S),
    "value": Field((str, int, float, bool, dt.date)), "object": Field(_S),
    "voice": Field(_S, False, VOICES), "attributed_to": Field(_S), "cue": Field(_S),
    "as_of": Field(_DATE), "correction": Field((dict,)), "weak": Field(_S), "note": Field(_S),
    "unreviewed": Field((bool,)),
}
CORRECTION_FIELDS = {"should_read": Field(_S, True), "why": Field(_S, True), "subject": Field(_S),
                     "stance": Field(_S), "value": Field((str, int, float, bool, dt.date))}


def suggest(word: object, candidates: Any) -> str | None:
    """A 'did you mean' hint for a misspelt id, or None."""
    found = difflib.get_close_matches(str(word), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f"did you mean '{found[0]}'?" if found else None


class Checker:
    """Collects problems for one ledger file."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int | None, message: str, hint: str | None = None) -> None:
        """Record one problem."""
        self.problems.append(Problem(self.path, line, message, hint))

    def fields(self, item: Any, spec: dict[str, Field], what: str, line: int) -> dict[str, Any] | None:
        """Check an item against its field spec; return it as a dict, or None if unusable."""
        if not isinstance(item, dict):
            self.add(line, f"{what} must be a mapping of fields, not {describe(item)}")
            return None
        lines: Callable[[str], int] = item.line_of if isinstance(item, LineDict) else (lambda _k: line)
        ok = True
        for key in item:
            if key not in spec:
                self.add(lines(key), f"{what} has an unknown field '{key}'", suggest(key, spec))
        for key, field in spec.items():
            if key not in item or item[key] is None:
                if field.required:
                    self.add(line, f"{what} is missing the field '{key}'")
                    ok = False
                continue
            value = item[key]
            if isinstance(value, bool) and bool not in field.types or not isinstance(value, field.types):
                self.add(lines(key), f"{what}: '{key}' must be {field.type_name()}, not {describe(value)}")
                ok = False
            elif field.choices and value not in field.choices:
                self.add(lines(key), f"{what}: '{key}' is '{value}', not one of {', '.join(field.choices)}",
                         suggest(str(value), field.choices))
                ok = False
            elif isinstance(value, str) and field.required and not value.strip():
                self.add(lines(key), f"{what}: '{key}' is empty")
                ok = False
        return dict(item) if ok else None


def describe(value: Any) -> str:
    """A short phrase for a YAML value's type, for error messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    return f"the string '{value}'" if len(str(value)) < 40 else "a string"
