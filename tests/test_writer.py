"""The writer: every spelling of a section, the file's form kept, a symlink written through, one commit
that leaves nothing behind on failure, and concurrent writers that lose nothing."""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import cli
from factcheck.errors import FactcheckError
from factcheck.ledger.write import append_to_section
from factcheck.ledger.yamlio import parse_yaml
from tests.conftest import MINI, ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
NEW = "  - id: b\n"


@pytest.mark.parametrize("text", [
    'version: 1\n"sources":\n  - id: a\nclaims: []\n',
    "version: 1\n'sources':\n  - id: a\nclaims: []\n",
    "version: 1\n? sources\n: - id: a\nclaims: []\n",
    "version: 1\nsources:\n- id: a\nclaims: []\n",
    "version: 1\nsources:\n    -   id: a\n        x: |\n          text\n\n# next\nclaims: []\n",
    "version: 1\nsources:\n  - {id: a}  # a comment\nclaims: []\n",
    "version: 1\nsources: [{id: a}]\nclaims: []\n",
    "version: 1\nsources:\nclaims: []\n",
    "version: 1\nsources: ~\nclaims: []\n",
    "version: 1\nsources: []  # none yet\nclaims: []\n",
    "version: 1\nclaims: []\n",
    "version: 1\nclaims: []",
    "version: 1\nsources:\n  - id: a",
])
def test_every_spelling_of_a_section_gets_the_item_or_a_refusal(text):
    try:
        out = append_to_section(text, "sources", NEW, "x.yaml")
    except FactcheckError as exc:
        assert "flow style" in str(exc)
        return
    before = parse_yaml(text, "x.yaml")
    after = parse_yaml(out, "x.yaml")
    assert [s["id"] for s in after["sources"]] == [s["id"] for s in (before.get("sources") or [])] + ["b"]
    assert after.get("claims") == before.get("claims")
    assert out.count("#") == text.count("#")


def test_a_section_that_is_not_a_list_is_refused():
    with pytest.raises(FactcheckError, match="'sources' is not a list"):
        append_to_section("version: 1\nsources: {a: 1}\n", "sources", NEW, "x.yaml")
    with pytest.raises(FactcheckError, match="flow style"):
        append_to_section("{version: 1, sources: []}\n", "sources", NEW, "x.yaml")


ADD = ["--title", "T", "--published", "2020"]


@pytest.fixture
def ledger(tmp_path) -> Path:
    shutil.copytree(MINI, tmp_path / "w")
    return tmp_path / "w" / "claims.yaml"


def test_add_keeps_bom_crlf_and_mode(runner, ledger, tmp_path):
    ledger.write_bytes(b"\xef\xbb\xbf" + ledger.read_bytes().replace(b"\n", b"\r\n"))
    ledger.chmod(0o600)
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    result = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)])
    assert result.exit_code == 0, result.stderr
    data = ledger.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"id: new-2020\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n")
    assert ledger.stat().st_mode & 0o777 == 0o600
    assert runner.invoke(cli, ["validate", "--claims", str(ledger)]).exit_code == 0


def test_add_writes_through_a_symlinked_ledger(runner, ledger, tmp_path):
    link = ledger.parent / "link.yaml"
    link.symlink_to("claims.yaml")
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    result = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--id", "new", "--claims", str(link)])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and "id: new" in ledger.read_text(encoding="utf-8")


@pytest.mark.parametrize("data, message", [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "not UTF-8 text|looks binary"),
    ("Ruritania".encode("utf-16"), "is UTF-16 text"),
    (b"caf\xe9\n", r"not UTF-8 text \(byte 0xe9"),
    (b"text\x00more\n", "looks binary"),
])
def test_add_refuses_binary_and_non_utf8(runner, ledger, tmp_path, data, message):
    import re

    (tmp_path / "new.txt").write_bytes(data)
    before = ledger.read_bytes()
    result = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)])
    assert result.exit_code == 2 and re.search(message, result.stderr), result.stderr
    assert ledger.read_bytes() == before and not (ledger.parent / "seeds").exists()


@pytest.mark.parametrize("failing", ["replace", "link", "write"])
def test_a_failed_add_leaves_nothing_behind(runner, ledger, tmp_path, monkeypatch, failing):
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    before = ledger.read_bytes()
    listing = sorted(p.name for p in ledger.parent.iterdir())
    real = getattr(os, failing)
    calls = []

    def full_disk(*args, **kwargs):
        calls.append(args)
        if failing != "write" or len(calls) == 2:  # the second write: the ledger's temporary file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(os, failing, full_disk)
    result = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)])
    monkeypatch.undo()
    assert result.exit_code == 3, (result.stderr, result.exception)
    assert result.stderr.strip().endswith("cannot write the ledger: No space left on device; nothing was written")
    assert ledger.read_bytes() == before
    assert sorted(p.name for p in ledger.parent.iterdir()) == listing  # no seeds/, no temporary file
    retry = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)])
    assert retry.exit_code == 0, retry.stderr


def concurrent_adds(folder: Path, trials: int) -> list[str]:
    """Two `add`s started together on one ledger, `trials` times; the list of what went wrong."""
    lost = []
    for trial in range(trials):
        work = folder / f"t{trial}"
        shutil.copytree(MINI, work)
        for name in ("one", "two"):
            (folder / f"{name}-{trial}.txt").write_text(f"Ruritania, {name}.\n", encoding="utf-8")
        processes = [subprocess.Popen([sys.executable, "-m", "factcheck", "add", str(folder / f"{name}-{trial}.txt"),
                                       *ADD, "--id", name, "--claims", str(work / "claims.yaml")],
                                      env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                     for name in ("one", "two")]
        codes = [p.wait(timeout=60) for p in processes]
        text = (work / "claims.yaml").read_text(encoding="utf-8")
        for name, code, process in zip(("one", "two"), codes, processes, strict=True):
            present = f"id: {name}\n" in text
            if code == 0 and not present:
                lost.append(f"trial {trial}: '{name}' reported success but is not in the ledger")
            if code not in (0, 3):
                lost.append(f"trial {trial}: '{name}' exited {code}: {process.stderr.read().decode()}")
            if code == 3 and present:
                lost.append(f"trial {trial}: '{name}' refused but written")
    return lost


def test_two_concurrent_adds_lose_nothing(tmp_path):
    assert concurrent_adds(tmp_path, 10) == []


def test_quoted_section_keys_lose_nothing(runner, ledger, tmp_path):
    """A ledger whose section keys are quoted used to get a second `sources:` that shadowed the first."""
    text = ledger.read_text(encoding="utf-8")
    for key in ("version", "sources", "entities", "topics", "claims"):
        text = text.replace(f"\n{key}:", f'\n"{key}":')
    ledger.write_text(text, encoding="utf-8")
    before = runner.invoke(cli, ["validate", "--json", "--claims", str(ledger)]).stdout
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    assert runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)]).exit_code == 0
    after = runner.invoke(cli, ["validate", "--json", "--claims", str(ledger)])
    assert after.exit_code == 0
    import json

    assert json.loads(after.stdout)["counts"]["claims"] == json.loads(before)["counts"]["claims"]
    assert json.loads(after.stdout)["counts"]["sources"] == json.loads(before)["counts"]["sources"] + 1
    assert ledger.read_text(encoding="utf-8").count("sources") == 1


@pytest.mark.parametrize("code, words", [(errno.EROFS, "Read-only file system"), (errno.EACCES, "Permission denied")])
def test_a_refused_write_is_one_line_and_exit_3(runner, ledger, tmp_path, monkeypatch, code, words):
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    before = ledger.read_bytes()
    real = os.open

    def refuse(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(code, words, str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    result = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)])
    monkeypatch.undo()
    assert result.exit_code == 3 and f"cannot write the ledger: {words}; nothing was written" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert ledger.read_bytes() == before and not (ledger.parent / "seeds").exists()


def test_a_failed_init_leaves_nothing_behind(runner, tmp_path, monkeypatch):
    real = shutil.copyfileobj
    copies = []

    def full_disk(source, target, *args):
        copies.append(source)
        if len(copies) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, target, *args)

    monkeypatch.setattr(shutil, "copyfileobj", full_disk)
    result = runner.invoke(cli, ["init", str(tmp_path / "work")])
    monkeypatch.undo()
    assert result.exit_code == 3 and "No space left on device; nothing was left behind" in result.stderr
    assert not (tmp_path / "work").exists()
    assert runner.invoke(cli, ["init", str(tmp_path / "work")]).exit_code == 0


def _hold_lock(folder: Path) -> int:
    import fcntl

    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_a_writer_that_waits_too_long_for_the_lock_refuses_with_exit_3(ledger, tmp_path):
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    before = ledger.read_bytes()
    fd = _hold_lock(ledger.parent)  # another writer, mid-change
    try:
        result = subprocess.run([sys.executable, "-m", "factcheck", "add", str(tmp_path / "new.txt"), *ADD,
                                 "--claims", str(ledger)], env={**ENV, "FACTCHECK_LOCK_TIMEOUT": "0.5"},
                                capture_output=True, timeout=30)
    finally:
        os.close(fd)
    assert result.returncode == 3
    assert result.stderr.decode().strip().endswith("another factcheck has been writing to this folder for 0.5 s; "
                                                   "nothing was written (run the command again)")
    assert ledger.read_bytes() == before and not (ledger.parent / "seeds").exists()


def test_ctrl_c_while_waiting_to_write_leaves_nothing_behind(ledger, tmp_path):
    import signal
    import time

    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    before = ledger.read_bytes()
    listing = sorted(p.name for p in ledger.parent.iterdir())
    fd = _hold_lock(ledger.parent)
    try:
        process = subprocess.Popen([sys.executable, "-m", "factcheck", "add", str(tmp_path / "new.txt"), *ADD,
                                    "--claims", str(ledger)], env=ENV, stderr=subprocess.PIPE, stdout=subprocess.PIPE)
        time.sleep(1.0)  # started, and waiting for the lock
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        os.close(fd)
    assert process.returncode == 130 and stderr.decode() == "factcheck: interrupted\n"
    assert ledger.read_bytes() == before and sorted(p.name for p in ledger.parent.iterdir()) == listing


def test_a_read_only_ledger_is_not_written(runner, ledger, tmp_path):
    (tmp_path / "new.txt").write_text("Ruritania sent tanks.\n", encoding="utf-8")
    ledger.chmod(0o444)
    before = ledger.read_bytes()
    result = runner.invoke(cli, ["add", str(tmp_path / "new.txt"), *ADD, "--claims", str(ledger)])
    assert result.exit_code == 3 and "the ledger is read-only (mode 0444); nothing was written" in result.stderr
    assert ledger.read_bytes() == before and not (ledger.parent / "seeds").exists()
