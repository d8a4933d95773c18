"""Plain values built straight from the YAML parser's events, with the line of every mapping, key and list item.

PyYAML's loader first composes a tree of nodes (every scalar resolved by regular expressions) and then
constructs values from it: for a 100,000-claim ledger, millions of objects held at once and walked twice.
This builder reads the parser's events once and makes the values as they come, with the loader's own
semantics: the same scalar types (the resolver and constructors of the safe loader: 1.1 booleans such
as yes/no, ints, floats, dates, null), the same refusals (aliases, explicit tags, merge keys, duplicate
and unhashable keys) and the same errors in the same order: a problem with a value is reported only
once the whole document has parsed, as the loader finds it only after composing."""
from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Collections open at once beyond which a document is refused (the node-based loader ran out of Python
# stack at about this depth; nothing here recurses, but nothing downstream expects deeper values either).
MAX_NESTING = 200


class LineDict(dict[Any, Any]):
    """A mapping that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: str) -> int:
        """The line of `key`, or of the mapping itself when the key is absent."""
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A list that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"

_KEY = object()  # the key slot of a mapping waiting for its next key
_ITEM = object()  # the key slot of a sequence
_FAILED = object()  # a value that could not be made (the error waits for the end of the document)


def _refuse(message: str, mark: Any) -> ConstructorError:
    return ConstructorError(None, None, message, mark)


def _short(tag: str) -> str:
    return "!!" + tag.rsplit(":", 1)[1] if tag.startswith("tag:yaml.org,2002:") else tag


def _explicit(tag: str, mark: Any) -> ConstructorError:
    # A tag written out (!!int abc, !!str 2020, !custom) asks for something other than what the text says;
    # the ledger never needs one, so every value must carry the tag its text implies.
    return _refuse(f"explicit YAML tags ({_short(tag)}) are not allowed in a ledger", mark)


def _construct_timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        raise _refuse(f"'{node.value}' is not a date that exists", node.start_mark) from None


class _Builder(_Base):  # type: ignore[misc, valid-type]
    # the first characters by which an implicit resolver (int, float, bool, null, timestamp) claims a scalar
    _claimable = frozenset(key for key in _Base.yaml_implicit_resolvers if key)

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.marks: dict[str, Any] = {}  # each anchor's mark
        self.error: BaseException | None = None  # the first problem with a value

    def document(self) -> Any:
        """The single document's value (None for an empty stream); raise the first error the loader would."""
        get = self.get_event
        get()  # the stream's start
        if get().__class__ is StreamEndEvent:  # otherwise the document's start
            return None
        first = get()
        value = self._tree(first)
        get()  # the document's end
        after = get()
        if after.__class__ is not StreamEndEvent:
            raise ComposerError("expected a single document in the stream", first.start_mark,
                                "but found another document", after.start_mark)
        if self.error is not None:
            raise self.error
        return value

    def _tree(self, event: Any) -> Any:
        """The value of the node that `event` opens, read to its end."""
        get = self.get_event
        claimable = self._claimable
        stack: list[list[Any]] = []  # open collections: [value, lines, start mark, key slot, key line]
        top: list[Any] | None = None
        value: Any
        while True:
            cls = event.__class__
            mark = event.start_mark
            keyed = top is not None and top[3] is _KEY
            if cls is ScalarEvent:
                if event.anchor is not None:
                    self._anchor(event.anchor, mark)
                value = event.value
                if event.tag is not None or not (event.style or (value and value[0] not in claimable)):
                    value = self._scalar(event, keyed)
                    if value is _FAILED:
                        return self._skip(len(stack))
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                if event.anchor is not None:
                    self._anchor(event.anchor, mark)
                if cls is MappingStartEvent:
                    value = LineDict()
                    value.key_lines = {}
                    top = [value, value.key_lines, mark, _KEY, 0]
                else:
                    value = LineList()
                    value.item_lines = []
                    top = [value, value.item_lines, mark, _ITEM, 0]
                value.line = mark.line + 1
                stack.append(top)
                tag = event.tag
                if tag is not None and tag != "!":
                    if keyed and tag == _MERGE:
                        return self._fail(_refuse("YAML merge keys (<<) are not allowed in a ledger", mark), stack)
                    if tag != (_MAP if cls is MappingStartEvent else _SEQ):
                        return self._fail(_explicit(tag, mark), stack)
                if len(stack) > MAX_NESTING:
                    return self._fail(RecursionError("nested too deeply"), stack)
                event = get()
                continue
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                value, _, mark = stack.pop()[:3]
                top = stack[-1] if stack else None
                if top is not None and top[3] is _KEY:  # a mapping or list as a key
                    return self._fail(_refuse("found an unhashable key", mark), stack)
            else:  # an alias
                if event.anchor not in self.marks:
                    raise ComposerError(None, None, "found undefined alias", mark)
                # A ledger never needs one, and refusing them all disarms "billion laughs" documents.
                return self._fail(_refuse("YAML aliases (*name) are not allowed in a ledger",
                                          self.marks[event.anchor]), stack)
            if top is None:
                return value
            key = top[3]
            if key is _ITEM:
                top[0].append(value)
                top[1].append(mark.line + 1)
            elif key is _KEY:
                if value in top[0]:
                    # a second spelling of a key would silently replace the first (claims: [] at the end
                    # would drop every claim)
                    return self._fail(_refuse(f"duplicate key '{value}' (first on line {top[1][value]})", mark),
                                      stack)
                top[3] = value
                top[4] = mark.line + 1
            else:
                top[0][key] = value
                top[1][key] = top[4]
                top[3] = _KEY
            event = get()

    def _scalar(self, event: Any, keyed: bool) -> Any:
        """A scalar that may not be a plain string: resolved, checked and constructed as the loader would."""
        value, tag, mark = event.value, event.tag, event.start_mark
        if tag is None or tag == "!":
            tag = self.resolve(yaml.ScalarNode, value, event.implicit)
        if keyed and tag == _MERGE:
            return self._fail(_refuse("YAML merge keys (<<) are not allowed in a ledger", mark))
        if event.style or (value and value[0] not in self._claimable):
            implied = _STR
        else:
            implied = self.resolve(yaml.ScalarNode, value, (True, False))
        if tag != implied:
            return self._fail(_explicit(tag, mark))
        if tag == _STR:
            return value
        constructor = self.yaml_constructors.get(tag) or self.yaml_constructors[None]
        try:
            return constructor(self, yaml.ScalarNode(tag, value, mark, event.end_mark, event.style))
        except Exception as exc:  # raised in its turn, once the document has parsed
            return self._fail(exc)

    def _anchor(self, name: str, mark: Any) -> None:
        if name in self.marks:
            raise ComposerError("found duplicate anchor; first occurrence", self.marks[name], "second occurrence", mark)
        self.marks[name] = mark

    def _fail(self, error: BaseException, stack: list[list[Any]] | None = None) -> Any:
        """Keep the first error; with the open collections given, read past the rest of the tree."""
        self.error = error
        return _FAILED if stack is None else self._skip(len(stack))

    def _skip(self, depth: int) -> None:
        """Read the rest of a tree whose value is refused, for the parse errors and bad aliases it may hold."""
        get = self.get_event
        while depth:
            event = get()
            cls = event.__class__
            if cls is ScalarEvent or cls is MappingStartEvent or cls is SequenceStartEvent:
                if event.anchor is not None:
                    self._anchor(event.anchor, event.start_mark)
                depth += cls is not ScalarEvent
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                depth -= 1
            elif event.anchor not in self.marks:
                raise ComposerError(None, None, "found undefined alias", event.start_mark)


_Builder.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def build(text: str) -> Any:
    """The value of a one-document YAML text, as the safe loader reads it but with lines kept."""
    builder = _Builder(text)
    try:
        return builder.document()
    finally:
        builder.dispose()
