"""Safe YAML loading that remembers the line of every mapping, key and list item."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from factcheck.errors import UnusableInput

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def _refuse(message: str, node: yaml.Node) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, message, node.start_mark)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    # the first characters by which an implicit resolver (int, float, bool, null, timestamp) claims a scalar
    _claimable = frozenset(key for key in _Base.yaml_implicit_resolvers if key)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias hands back a node already built. A ledger never needs one, and refusing them
        # all disarms "billion laughs" documents before anything walks the shared structure.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _refuse("YAML aliases (*name) are not allowed in a ledger", node)
        # A tag written out (!!int abc, !!str 2020, !custom) asks for something other than what the
        # text says; the ledger never needs one, so every node must carry the tag its text implies.
        if isinstance(node, yaml.ScalarNode):
            # (a plain scalar that no implicit resolver could claim by its first character is a string:
            # asking the resolver for it, a million times on a large ledger, would find the same)
            value = node.value
            if node.style or (value and value[0] not in self._claimable):
                implied = _STR
            else:
                implied = self.resolve(yaml.ScalarNode, value, (True, False))
            if node.tag != implied:
                raise _refuse(f"explicit YAML tags ({_short(node.tag)}) are not allowed in a ledger", node)
        elif node.tag != (_MAP if isinstance(node, yaml.MappingNode) else _SEQ):
            raise _refuse(f"explicit YAML tags ({_short(node.tag)}) are not allowed in a ledger", node)
        return super().construct_object(node, deep)


def _short(tag: str) -> str:
    return "!!" + tag.rsplit(":", 1)[1] if tag.startswith("tag:yaml.org,2002:") else tag


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        raise _refuse(f"'{node.value}' is not a date that exists", node) from None


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[LineDict]:
    data = LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise _refuse("YAML merge keys (<<) are not allowed in a ledger", key_node)
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise _refuse("found an unhashable key", key_node) from None
        if key in data:
            # a second spelling of a key would silently replace the first (claims: [] at the end
            # would drop every claim)
            raise _refuse(f"duplicate key '{key}' (first on line {data.key_lines[key]})", key_node)
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = key_node.start_mark.line + 1


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[LineList]:
    data = LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [item.start_mark.line + 1 for item in node.value]
    yield data
    data.extend(loader.construct_object(item, deep=True) for item in node.value)


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


MAX_DEPTH = 1000
_BRACKET = re.compile(r"[\[\]{}]")
# Indentation and block indicators ("- - - x", "? ? x") each open a level: a line's leading run of them
# bounds how deep it nests. Each repetition is at least one column.
_DEEP_INDENT = re.compile(rf"^(?:[ \t]|[-?:][ \t]){{{MAX_DEPTH},}}", re.MULTILINE)


def _check_nesting(text: str, path: str) -> None:
    """Refuse absurd nesting before libyaml sees it: past some depth its parser overflows the C stack."""
    deep = _DEEP_INDENT.search(text)
    if deep:
        line = text.count("\n", 0, deep.start()) + 1
        raise UnusableInput(f"invalid YAML: indented or nested more than {MAX_DEPTH} levels", path, line)
    depth = 0
    for match in _BRACKET.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            raise UnusableInput(f"invalid YAML: nested more than {MAX_DEPTH} deep", path, line)


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text safely; a syntax error becomes a one-line UnusableInput."""
    _check_nesting(text, path)
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except RecursionError:
        raise UnusableInput("invalid YAML: nested too deeply", path) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "not valid YAML"
        if "\t" in problem or "tab" in problem:
            problem = f"{problem} (YAML does not allow tabs for indentation)"
        raise UnusableInput(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise UnusableInput(f"invalid YAML: {exc}", path) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a constructor refusing a value it cannot hold
        raise UnusableInput(f"invalid YAML: {exc}", path) from None
