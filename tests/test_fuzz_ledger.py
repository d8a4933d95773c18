"""Fuzzing: valid ledgers mutated the ways a hostile or careless editor would (key spellings, quoting,
nesting, dates, tags, duplicates, line endings, stray bytes). Every command ends with success or one
line and a documented exit code, never a traceback; a refused `add` leaves the ledger and seeds/ as
they were, and a successful one loses nothing."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.ledger.load import outline
from tests.conftest import MINI

BASE = (MINI / "claims.yaml").read_text(encoding="utf-8")
KEY_LINE = re.compile(r"^(\s*(?:- )?)([a-z_0-9]+):", re.MULTILINE)
DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


def _quote_key(text: str, index: int, style: str) -> str:
    matches = list(KEY_LINE.finditer(text))
    m = matches[index % len(matches)]
    key = {"double": f'"{m.group(2)}"', "single": f"'{m.group(2)}'", "complex": f"? {m.group(2)}\n{m.group(1)}"}[style]
    if style == "complex":
        return text[:m.start()] + f"{m.group(1)}? {m.group(2)}\n{' ' * len(m.group(1))}:" + text[m.end():]
    return text[:m.start(2)] + key + text[m.end(2):]


def _duplicate_key(text: str, index: int, _: str) -> str:
    matches = list(KEY_LINE.finditer(text))
    m = matches[index % len(matches)]
    line_end = text.index("\n", m.start())
    return text[:line_end + 1] + text[m.start():line_end + 1] + text[line_end + 1:]


def _date(text: str, index: int, value: str) -> str:
    matches = list(DATE.finditer(text))
    m = matches[index % len(matches)]
    return text[:m.start()] + value + text[m.end():]


def _tag(text: str, index: int, tag: str) -> str:
    matches = list(KEY_LINE.finditer(text))
    m = matches[index % len(matches)]
    return text[:m.end()] + f" {tag}" + text[m.end():]


def _nest(text: str, index: int, style: str) -> str:
    lines = text.split("\n")
    at = index % len(lines)
    depth = 500 + index * 37 % 3000
    deep = {"block": "- " * depth + "x", "flow": "[" * depth + "]" * depth, "indent": " " * depth + "x: 1",
            "map": "{a: " * depth + "1" + "}" * depth}[style]
    return "\n".join(lines[:at] + [f"nested: {deep}" if style != "block" else deep] + lines[at:])


def _bytes(text: str, index: int, stray: str) -> str:
    at = index % (len(text) + 1)
    return text[:at] + stray + text[at:]


def _dedent_section(text: str, index: int, section: str) -> str:
    start = text.find(f"\n{section}:\n")
    if start < 0:
        return text
    end = text.find("\n", text.find(f"\n{section}:\n") + 1)
    head, rest = text[:end + 1], text[end + 1:]
    lines = rest.split("\n")
    out = []
    inside = True
    for line in lines:
        if inside and line and not line.startswith(" "):
            inside = False
        out.append(line[2:] if inside and line.startswith("  ") else line)
    return head + "\n".join(out)


MUTATIONS = st.one_of(
    st.tuples(st.just(_quote_key), st.integers(0, 200), st.sampled_from(["double", "single", "complex"])),
    st.tuples(st.just(_duplicate_key), st.integers(0, 200), st.just("")),
    st.tuples(st.just(_date), st.integers(0, 10),
              st.sampled_from(["2022-02-30", "2021-13-01", "0000-01-01", "2020-02-29", "2019-02-29", "99999-01-01",
                               "2020-1-1", "2020-01-01T25:00:00", "'2022-02-30'"])),
    st.tuples(st.just(_tag), st.integers(0, 200),
              st.sampled_from(["!!int", "!!str", "!!float", "!!binary", "!!timestamp", "!foo", "!", "!!map", "!!seq",
                               "!!python/object:os.system", "&anchor", "*anchor", "<<:"])),
    st.tuples(st.just(_nest), st.integers(0, 200), st.sampled_from(["block", "flow", "indent", "map"])),
    st.tuples(st.just(_bytes), st.integers(0, 5000),
              st.sampled_from(["\x00", "\x1b[31m", "\ufeff", "\r", "\r\n", "\t", "\x85", "\u2028", "\u202e", "\"", "'",
                               ":", "- ", "{", "[", "#", "&a ", "*a", "|", ">", "%YAML 1.1\n", "---\n", "...\n"])),
    st.tuples(st.just(_dedent_section), st.integers(0, 0), st.sampled_from(["sources", "claims", "entities"])),
)


def _one_line_or_ok(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(MUTATIONS, min_size=1, max_size=3))
def test_mutated_ledgers_end_in_one_line_or_success(runner, mutations):
    text = BASE
    for mutate, index, arg in mutations:
        text = mutate(text, index, arg)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "w"
        shutil.copytree(MINI, work)
        ledger = work / "claims.yaml"
        ledger.write_bytes(text.encode("utf-8", "surrogatepass"))
        before = ledger.read_bytes()
        for args in (["validate"], ["compare", "--json"], ["claims"]):
            result = runner.invoke(cli, [*args, "--claims", str(ledger)])
            assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr)
            _one_line_or_ok(result)
        (Path(folder) / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
        added = runner.invoke(cli, ["add", str(Path(folder) / "new.txt"), "--title", "T", "--published", "2020",
                                    "--id", "fuzz-new", "--claims", str(ledger)])
        _one_line_or_ok(added)
        assert added.exit_code in (0, 2, 3), added.stderr
        if added.exit_code != 0:
            assert ledger.read_bytes() == before  # a refusal changes nothing
            assert not (work / "seeds").exists()
        else:
            old = outline(before.decode("utf-8-sig"), "before")
            new = outline(ledger.read_bytes().decode("utf-8-sig"), "after")
            assert new.source_ids == old.source_ids | {"fuzz-new"} and new.claim_ids == old.claim_ids
            assert (work / "seeds" / "new.txt").exists()
