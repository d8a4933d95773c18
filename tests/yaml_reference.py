"""The node-based YAML loader factcheck used before factcheck.ledger.yamlbuild, kept as the reference the
event builder is tested against (tests/test_yaml_events.py)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from factcheck.ledger.yamlio import LineDict, LineList

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def load(text: str) -> Any:
    """The value of a one-document YAML text as factcheck read it before (parse_yaml(text, path, load=load))."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
