"""Safe YAML loading that remembers the line of every mapping, key and list item."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from factcheck.errors import UnusableInput
from factcheck.ledger.yamlbuild import LineDict, LineList, build

__all__ = ["LineDict", "LineList", "parse_yaml"]

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


def parse_yaml(text: str, path: str, load: Callable[[str], Any] = build) -> Any:
    """Parse YAML text safely; a syntax error becomes a one-line UnusableInput.

    (`load` is for the tests, which read YAML with the node-based loader `build` replaced as well.)"""
    _check_nesting(text, path)
    try:
        return load(text)
    except RecursionError:  # nested more than yamlbuild.MAX_NESTING deep
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
