"""The event builder (factcheck.ledger.yamlbuild) against the node-based loader it replaced (tests/yaml_reference.py):
the same values, types and lines, and the same error with the same line, on good and bad YAML."""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import UnusableInput
from factcheck.ledger.yamlbuild import MAX_NESTING
from factcheck.ledger.yamlio import LineDict, LineList, parse_yaml
from tests.yaml_reference import load as reference_load

ROOT = Path(__file__).resolve().parent.parent


def reference_parse(text: str, path: str) -> Any:
    """The ledger's YAML read as before the event builder."""
    return parse_yaml(text, path, load=reference_load)


def _shape(value: Any) -> Any:
    """Everything a caller can see of a parsed value: types, values, and every line kept."""
    if isinstance(value, LineDict):
        return ("map", value.line, [(_shape(k), _shape(v), value.key_lines[k]) for k, v in value.items()])
    if isinstance(value, LineList):
        return ("seq", value.line, [_shape(v) for v in value], list(value.item_lines))
    if isinstance(value, float) and value != value:
        return ("float", "nan")
    return (type(value).__name__, value)


def _outcome(parse: Any, text: str) -> Any:
    try:
        return ("ok", _shape(parse(text, "f.yaml")))
    except UnusableInput as exc:
        return ("error", str(exc), exc.line)


def same(text: str) -> Any:
    """Assert that both loaders read `text` alike; return the outcome."""
    new, old = _outcome(parse_yaml, text), _outcome(reference_parse, text)
    assert new == old, text
    return new


SCALARS = [
    "x", "hello world", "'quoted'", '"double"', "''", '""', "~", "null", "Null", "NULL", "", "true", "True", "TRUE",
    "false", "yes", "Yes", "no", "NO", "on", "Off", "y", "n", "0", "1", "-1", "+12", "012", "0o17", "0x1F", "0b101",
    "1_000", "190:20:30", "1.5", "-.5", "1e3", "1.0e+3", ".inf", "-.Inf", ".nan", ".NaN", "1:30.5",
    "2020-01-15", "2020-1-5", "2020-02-29", "2019-02-29", "2022-02-30", "2021-13-01", "0000-01-01",
    "2020-01-15T10:20:30Z", "2020-01-15 10:20:30.5 +02:00", "2020-01-01T25:00:00", "99999-01-01",
    "<<", "=", "!", "&", "- x", "a: b", "'2020-01-15'", '"yes"', "'1'", "|\n  block\n  text", ">\n  folded\n  text",
    "|-\n  kept", "!!str 2020", "!!str hello", "!!int 5", "!!int abc", "!!float 1", "!!bool yes", "!!null ''",
    "!!timestamp 2020-01-01", "!!timestamp 2022-02-30", "!!binary aGk=", "!foo bar", "! 12", "! '12'", "! x",
    "!!python/object:os.system x", "!!merge <<", "!!value =", "!<tag:yaml.org,2002:str> x",
    "&a x", "*a", "1" * 5000, "-" + "9" * 4400, "café", "'it''s'", '"\\u00e9\\t"', "x # comment", "#c",
    "[1, 2]", "{a: 1}", "[]", "{}", "!!seq [1]", "!!map {a: 1}", "!!set {a}", "!!omap [a: 1]", "!!seq {a: 1}",
    "!!str [1]", "! [1]", "! {a: 1}", "&x [1, *x]", "[a, [b, [c]]]", "{a: {b: {c: d}}}", "[a, b", "{a: 1",
    "'unclosed", '"bad \\q escape"', "a\tb", "@x", "`x", "%x", "key: [1, 2]: 3", "? complex\n: key",
]


@pytest.mark.parametrize("scalar", SCALARS)
def test_values(scalar):
    same(f"v: {scalar}\n")
    same(f"- {scalar}\n")
    same(f"{scalar}\n")
    same(f"{scalar}: v\n")
    same(f"a: 1\n{scalar}: v\nb: [{scalar}]\n")


DOCUMENTS = [
    "", "# only a comment\n", "---\n", "---\n...\n", "--- x\n", "a: 1\n---\nb: 2\n", "a: 1\n--- [\n", "x\n...\nbad: [\n",
    "%YAML 1.1\n---\na: 1\n", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
    "a: 1\nb: 2\na: 3\n", "a: 1\n'a': 2\n", "1: x\n'1': y\n", "1: x\ntrue: y\n", "1: x\n1.0: y\n", "~: x\nnull: y\n",
    ".nan: x\n.nan: y\n", "2020-01-01: x\n2020-1-1: y\n", "yes: 1\nTrue: 2\n",
    "a: &x 1\nb: *x\n", "a: *x\n", "a: &x 1\nb: &x 2\n", "a: &x 1\nb: &x 2\nc: *y\n", "&x [*x]\n", "&x {a: *x}\n",
    "a: &x [1, 2]\nb: *x\n", "*x : 1\n", "a: &x k\n*x : 1\n", "a: 1\nb: *undefined\nc: [\n",
    "<<: {x: 1}\n", "a: 1\n<<: 2\n", "? <<\n: 1\n", "!!merge x: 1\n", "!!merge [a]: 1\n", "!!merge {a: 1}: 1\n",
    "[a, b]: 1\n", "{a: 1}: 2\n", "? [a, b]\n: 1\n", "? {a: [1, 2]}\n: 1\n", "? [a, !!int x]\n: 1\n",
    "a: 1\nb: 1\na: 2\nc: [\n", "a: 1\na: 2\n---\nb: 1\n", "a: !!int x\nb: [\n", "a: 2022-02-30\nb: 1\nb: 2\n",
    "a: 1\nb: 1\nb: 2\nc: 2022-02-30\n", "a: !!int x\nb: *nope\n", "a: !!int x\nb: &y 1\nc: &y 2\n",
    "a:\n  b:\n    - c: 1\n      d: [x, y]\n    - e\n  f: {g: h}\n", "- - - x\n  - y\n- z\n",
    "a:\n\tb: 1\n", "a: b: c\n", "a:\n- b\n c\n", "- a\nb: 1\n", "[1, 2]\n", "'x'\n",
    "a: |\n  one\n  two\nb: >\n  three\n  four\nc: 'multi\n  line'\n", "a: \x00\n", "a: \x1b[31m\n", "a: \u2028b\n",
    "\ufeffa: 1\n", "a: 1\r\nb: 2\r\n", "a: 1\rb: 2\r", "a: \ud800\n", "a: 1\n...\n---\n", "a: 1\n...\n# c\n",
    "key: value\n  bad indent: 1\n", "a: [1, 2,]\n", "a: {b, c}\n", "a: {b: 1, b: 2}\n", "- {a: 1, a: 2}\n",
    "a: !!map\n  b: 1\n", "a: !!seq\n- 1\n", "a: !!str\n  b: 1\n", "a: !custom\n  b: 1\n", "!!map\na: 1\n",
    "!!str\na: 1\n", "a: !!null\n", "a: !!str\n", "a: !\n", "a: !!bool\n",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_documents(text):
    same(text)


def test_errors_keep_the_loaders_order():
    # a problem with a value waits for the whole document: a later syntax error or bad alias comes first
    assert same("a: 1\na: 2\nb: [\n") == ("error", "f.yaml:4: invalid YAML: did not find expected node content", 4)
    assert same("a: 1\na: 2\nb: *nope\n")[1].endswith("found undefined alias")
    assert same("a: !!int x\n---\nb: 1\n")[1].endswith("but found another document")
    assert same("a: 1\na: 2\nb: !!int x\n")[1].endswith("duplicate key 'a' (first on line 1)")


def test_lines():
    text = "version: 1\nsources:\n  - id: a\n    note:\n      - x\n\n      - y\nclaims: []\n"
    value = parse_yaml(text, "f")
    assert value.line == 1 and value.key_lines == {"version": 1, "sources": 2, "claims": 8}
    assert value["sources"].line == 3 and value["sources"].item_lines == [3]
    assert value["sources"][0]["note"].item_lines == [5, 7]
    same(text)


@pytest.mark.parametrize("style", ["flow", "map", "block"])
def test_nesting(style):
    def nested(depth: int) -> str:
        return {"flow": "x: " + "[" * depth + "]" * depth, "map": "x: " + "{a: " * depth + "1" + "}" * depth,
                "block": "x:\n" + "- " * depth + "x"}[style]
    same(nested(100))  # well within both loaders' reach
    deep = parse_yaml(nested(MAX_NESTING - 1), "f")  # the root and MAX_NESTING - 1 more levels
    assert deep is not None
    with pytest.raises(UnusableInput, match="^f: invalid YAML: nested too deeply$"):
        parse_yaml(nested(MAX_NESTING), "f")
    with pytest.raises(UnusableInput, match="nested too deeply"):
        reference_parse(nested(400), "f")
    with pytest.raises(UnusableInput, match="nested too deeply"):
        parse_yaml(nested(400), "f")


def test_shipped_ledger_and_fixtures():
    for path in [ROOT / "claims.yaml", *sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))]:
        text = path.read_text(encoding="utf-8")
        same(text)
        lines = text.split("\n")
        # truncated and doubled lines: 25 places in each fixture, one (its middle) in the shipped ledger (its
        # thousands of vocabulary lines are the same few shapes, and each parse of it costs a fixture's hundredfold)
        places = 2 if path.name == "claims.yaml" else 25
        for cut in range(0, len(lines), max(1, len(lines) // places)):
            same("\n".join(lines[:cut]))
            same("\n".join(lines[:cut] + lines[cut - 1:cut] + lines[cut:]))


def test_types():
    value = parse_yaml("a: 2020-01-15\nb: 2020-01-15T10:00:00Z\nc: yes\nd: 0x10\ne: ~\nf: 1.5\n", "f")
    assert value == {"a": datetime.date(2020, 1, 15),
                     "b": datetime.datetime(2020, 1, 15, 10, 0, tzinfo=datetime.UTC),
                     "c": True, "d": 16, "e": None, "f": 1.5}


PIECES = st.sampled_from([
    "a", "b", "'a'", "1", "yes", "~", "2020-01-01", "2022-02-30", "!!int x", "!!str s", "&x v", "*x", "<<", "[", "]",
    "{", "}", ", ", ": ", "- ", "? ", "\n", "\n  ", "\n    ", "\n- ", "#c", "'", '"', "|\n  t", "---\n", "...\n", "\t",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30))
def test_random_snippets(pieces):
    same("".join(pieces))
