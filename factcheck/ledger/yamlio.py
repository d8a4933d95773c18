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


class _Loader(_Base):  # type: ignore[misc, valid-type]
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias hands back a node already built. A ledger never needs one, and refusing them
        # all disarms "billion laughs" documents before anything walks the shared structure.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(None, None, "YAML aliases (*name) are not allowed in a ledger",
                                                    node.start_mark)
        return super().construct_object(node, deep)


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[LineDict]:
    data = LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "found an unhashable key", key_node.start_mark
            ) from None
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


MAX_DEPTH = 1000
_BRACKET = re.compile(r"[\[\]{}]")
_DEEP_INDENT = re.compile(rf"^[ \t]{{{MAX_DEPTH},}}\S", re.MULTILINE)


def _check_nesting(text: str, path: str) -> None:
    """Refuse absurd nesting before libyaml sees it: past some depth its parser overflows the C stack."""
    deep = _DEEP_INDENT.search(text)
    if deep:
        line = text.count("\n", 0, deep.start()) + 1
        raise UnusableInput(f"invalid YAML: indented more than {MAX_DEPTH} columns", path, line)
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
