"""Bad input always gets a clear one-line error naming the file and place, a documented exit code,
and no traceback. Each case: how to break the fixture, the command, the exit code, the message."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from factcheck.cli import cli
from tests.conftest import ROOT, edit, rehash

SHIPPED = str(ROOT / "claims.yaml")


def _write(text: str):
    def setup(mini: Path) -> None:
        mini.write_text(text, encoding="utf-8")
    return setup


def _edit(old: str, new: str):
    def setup(mini: Path) -> None:
        edit(mini, old, new)
    return setup


def _source(name: str, data: bytes, rehashed: bool = True):
    def setup(mini: Path) -> None:
        (mini.parent / name).write_bytes(data)
        if rehashed:
            rehash(mini, name)
    return setup


def _bomb(mini: Path) -> None:
    lines = ["version: 1", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]")
    mini.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _big(mini: Path) -> None:
    with open(mini, "w", encoding="utf-8") as handle:
        handle.write("version: 1\n# " + "x" * (50 * 2**20) + "\n")


def _symlink_out(mini: Path) -> None:
    outside = mini.parent.parent / "outside.txt"
    outside.write_text("Ruritania sent 7 tanks,\nor so it claims.\n", encoding="utf-8")
    (mini.parent / "beta.txt").unlink()
    (mini.parent / "beta.txt").symlink_to(outside)


def _dir_source(mini: Path) -> None:
    (mini.parent / "beta.txt").unlink()
    (mini.parent / "beta.txt").mkdir()


def _mode_000(mini: Path) -> None:
    mini.chmod(0)


LEDGER_TEXT = (ROOT / "tests" / "fixtures" / "mini" / "claims.yaml").read_text(encoding="utf-8")

# (name, setup, extra args (the ledger is passed with --claims), exit code, pattern for the one stderr line)
CASES = [
    ("yaml syntax error", _edit("  - id: beta\n", "  - id: beta\n   bad: [\n"), [], 2,
     r"claims\.yaml:\d+: invalid YAML"),
    ("tab indentation", _edit("    short: Beta 2020", "\tshort: Beta 2020"), [], 2, r"claims\.yaml:\d+: .*tab"),
    ("wrong type", _edit("    value: 5\n", "    value: [5]\n"), [], 2, r"claims\.yaml:\d+: claim: 'value' must be"),
    ("list where mapping belongs", _write("- version: 1\n"), [], 2, r"claims\.yaml:1: the ledger must be a mapping"),
    ("claims is a mapping", _write("version: 1\nsources: []\nentities: []\ntopics: []\nclaims: {a: 1}\n"), [], 2,
     r"claims\.yaml:5: 'claims' must be a list, not a mapping"),
    ("missing section", _write("version: 1\nsources: []\nentities: []\nclaims: []\n"), [], 2,
     r"claims\.yaml:1: the ledger has no 'topics' section"),
    ("empty file", _write(""), [], 2, r"claims\.yaml: the ledger is empty"),
    ("whitespace only", _write("  \n\t\n  \n"), [], 2, r"claims\.yaml: the ledger is empty"),
    ("unknown version", _edit("version: 1", "version: 3"), [], 2,
     r"claims\.yaml:\d+: ledger version 3 is not one this factcheck reads"),
    ("no version", _edit("version: 1\n", ""), [], 2, r"claims\.yaml:1: the ledger has no 'version'"),
    ("missing source file", lambda m: (m.parent / "beta.txt").unlink(), [], 2,
     r"claims\.yaml:\d+: source 'beta': file 'beta.txt' not found"),
    ("directory where a source belongs", _dir_source, [], 2, r"claims\.yaml:\d+: source 'beta': 'beta.txt' is a directory"),
    ("non-UTF-8 source", _source("beta.txt", b"Ruritania \xff\n"), [], 2,
     r"claims\.yaml:\d+: source 'beta': not UTF-8 text \(byte 0xff"),
    ("non-UTF-8 ledger", lambda m: m.write_bytes(b"version: 1\n# caf\xe9\n"), [], 2,
     r"claims\.yaml:2: not UTF-8 text"),
    ("duplicate ids", _edit("id: b-tanks", "id: a-tanks"), [], 2, r"claims\.yaml:\d+: duplicate claim id 'a-tanks'"),
    ("quote does not anchor", _edit("sent 5 tanks to", "sent five tanks to"), [], 2,
     r"claims\.yaml:\d+: claim 'a-tanks': quote not found in its source; closest passage \(line 2"),
    ("source changed", _source("alpha.txt", b"Changed.\n", rehashed=False), [], 2,
     r"claims\.yaml:\d+: source 'alpha': source changed since its claims were written"),
    ("unknown reference", _edit("    source: beta\n", "    source: betta\n"), [], 2,
     r"claims\.yaml:\d+: claim 'b-fence': unknown source 'betta' \(did you mean 'beta'\?\)"),
    ("stance off the scale", _edit("stance: supports", "stance: supportive"), [], 2,
     r"claims\.yaml:\d+: claim 'a-ally': stance 'supportive' is not on the scale"),
    ("billion laughs", _bomb, [], 2, r"claims\.yaml:\d: invalid YAML: YAML aliases \(\*name\) are not allowed"),
    ("nesting bomb", _write("version: 1\nsources: " + "[" * 50000 + "]" * 50000 + "\n"), [], 2,
     r"claims\.yaml:2: invalid YAML: nested more than 1000 deep"),
    ("a ledger of 50 MB", _big, [], 2, r"claims\.yaml: the ledger is 50\.0 MB, more than the 32 MB"),
    ("path escapes the folder", _edit("file: beta.txt", "file: ../../etc/passwd"), [], 2,
     r"claims\.yaml:\d+: source 'beta': file '\.\./\.\./etc/passwd' points outside the ledger's folder"),
    ("absolute path", _edit("file: beta.txt", "file: /etc/passwd"), [], 2,
     r"claims\.yaml:\d+: source 'beta': file '/etc/passwd' must be a path relative"),
    ("symlink pointing outside", _symlink_out, [], 2, r"claims\.yaml:\d+: source 'beta': file 'beta.txt' points outside"),
    ("unknown country", None, ["show", "Atlantis"], 2, r"no country, person or organisation called 'Atlantis'"),
    ("unknown topic filter", None, ["compare", "--topic", "nope"], 2, r"unknown topic 'nope'"),
    ("unknown kind value", None, ["compare", "--kind", "nope"], 2, r"Invalid value for '--kind'"),
    ("unknown format value", None, ["compare", "--format", "pdf"], 2, r"Invalid value for '--format'"),
    ("unknown option", None, ["compare", "--frobnicate"], 2, r"No such option '--frobnicate'"),
    ("impossible date", _edit("published: 2020-01-15", "published: 2022-02-30"), [], 2,
     r"claims\.yaml:\d+: invalid YAML: '2022-02-30' is not a date that exists"),
    ("explicit tag", _edit("published: 2020-01-15", "published: !!int abc"), [], 2,
     r"claims\.yaml:\d+: invalid YAML: explicit YAML tags \(!!int\) are not allowed"),
    ("duplicate top-level key", lambda m: m.write_text(m.read_text() + "claims: []\n"), [], 2,
     r"claims\.yaml:\d+: invalid YAML: duplicate key 'claims' \(first on line \d+\)"),
    ("duplicate key in a claim", _edit("    source: beta\n", "    source: beta\n    source: alpha\n"), [], 2,
     r"claims\.yaml:\d+: invalid YAML: duplicate key 'source'"),
    ("quoted and plain spellings of one key", lambda m: m.write_text(m.read_text().replace("sources:", '"sources":', 1)
                                                                     + "sources: []\n"), [], 2,
     r"claims\.yaml:\d+: invalid YAML: duplicate key 'sources'"),
    ("merge key", _edit("version: 1\n", "version: 1\n<<: {x: 1}\n"), [], 2, r"invalid YAML: YAML merge keys"),
    ("compact block nesting", _write("version: 1\nsources:\n" + "- " * 40000 + "x\n"), [], 2,
     r"claims\.yaml:3: invalid YAML: indented or nested more than 1000 levels"),
    ("ledger is missing", lambda m: m.unlink(), [], 2, r"claims\.yaml: no such ledger"),
    ("ledger is a directory", lambda m: (m.unlink(), m.mkdir()), [], 2, r"claims\.yaml: is a directory, not a ledger"),
]
if os.geteuid() != 0:  # root reads any file, so an unreadable file cannot be made here as root
    CASES.append(("unreadable ledger", _mode_000, [], 2, r"claims\.yaml: cannot read the ledger: permission denied"))


@pytest.mark.parametrize("name, setup, args, code, pattern", CASES, ids=[c[0] for c in CASES])
def test_bad_input(runner, mini, name, setup, args, code, pattern):
    if setup:
        setup(mini)
    argv = (args or ["compare"]) + ["--claims", str(mini)]
    result = runner.invoke(cli, argv)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    message = lines[-1]
    assert re.search(pattern, message), message
    if args is None or args == []:
        assert str(mini) in message  # names the file
    if not name.startswith("unknown") or name == "unknown reference":
        assert len(lines) == 1, lines


def test_suite_is_large_enough():
    assert len(CASES) >= 30


def test_validate_reports_problems_with_exit_1(runner, mini):
    edit(mini, "stance: supports", "stance: supportive")
    assert runner.invoke(cli, ["validate", "--claims", str(mini)]).exit_code == 1


@pytest.mark.parametrize("variant", ["bom", "crlf"])
def test_bom_and_crlf_ledgers_are_fine(runner, mini, variant):
    data = mini.read_bytes()
    mini.write_bytes(b"\xef\xbb\xbf" + data if variant == "bom" else data.replace(b"\n", b"\r\n"))
    assert runner.invoke(cli, ["validate", "--claims", str(mini)]).exit_code == 0


def _refuse_to_read(monkeypatch, name: str) -> None:
    """Simulate a file that cannot be read (root reads any file, whatever its mode)."""
    real = os.open

    def refuse(path, *args, **kwargs):
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)


def test_unreadable_ledger_even_as_root(runner, mini, monkeypatch):
    _refuse_to_read(monkeypatch, "claims.yaml")
    result = runner.invoke(cli, ["compare", "--claims", str(mini)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: error: {mini}: cannot read the ledger: permission denied"


def test_unreadable_source_is_a_problem(runner, mini, monkeypatch):
    _refuse_to_read(monkeypatch, "beta.txt")
    result = runner.invoke(cli, ["validate", "--claims", str(mini)])
    assert result.exit_code == 1 and "source 'beta': cannot read 'beta.txt': Permission denied" in result.stdout
