"""The compiled vocabulary kept on disk: the same readings as a fresh compile, and never an error."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.ledger.load import load_valid_ledger, parse_ledger_text
from factcheck.reading.cache import cached_vocabulary, vocabulary_key
from factcheck.reading.reader import Vocabulary, read
from tests.conftest import ROOT, edit

SENTENCES = ["Ruritania is Freedonia's only true ally.", "Strelsau is not Freedonia's only true ally.", "It rained."]


def _readings(vocabulary):
    return [[(r.subject, r.topic, r.answer, r.voice) for r in read(vocabulary, s)] for s in SENTENCES]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_a_kept_vocabulary_reads_as_a_fresh_one(mini, folder):
    ledger = load_valid_ledger(mini)
    first = cached_vocabulary(ledger)
    kept = list(folder.glob("vocabulary-*.pickle"))
    assert len(kept) == 1
    again = load_valid_ledger(mini)
    second = cached_vocabulary(again)
    assert second is not first and second.ledger is again  # loaded, and answering with the ledger asked
    assert _readings(second) == _readings(Vocabulary(again)) == _readings(first)
    assert any(_readings(second))  # (the sentences are read at all)


def test_a_changed_ledger_is_compiled_afresh(mini, folder):
    before = vocabulary_key(load_valid_ledger(mini))
    edit(mini, "aliases: [Ruritanian, Strelsau]", "aliases: [Ruritanian]")
    after = load_valid_ledger(mini)
    assert vocabulary_key(after) != before
    cached_vocabulary(load_valid_ledger(mini))
    assert len(list(folder.glob("vocabulary-*.pickle"))) == 1


def test_a_damaged_or_foreign_cache_costs_a_compile_not_an_error(mini, folder):
    ledger = load_valid_ledger(mini)
    cached_vocabulary(ledger)
    [kept] = folder.glob("vocabulary-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert _readings(cached_vocabulary(ledger)) == _readings(Vocabulary(ledger))
    assert kept.read_bytes() != b"not a pickle"  # written again, whole


def test_a_cache_folder_that_cannot_be_written_is_passed_over(mini, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    ledger = load_valid_ledger(mini)
    assert _readings(cached_vocabulary(ledger)) == _readings(Vocabulary(ledger))


def test_no_cache_when_turned_off(mini, folder, monkeypatch):
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    cached_vocabulary(load_valid_ledger(mini))
    assert not folder.exists()


def test_only_the_newest_few_are_kept(mini, folder):
    for n in range(6):
        edit(mini, "name: Ruritania" if n == 0 else f"name: Ruritania{n - 1}", f"name: Ruritania{n}")
        cached_vocabulary(load_valid_ledger(mini))
    assert len(list(folder.glob("vocabulary-*.pickle"))) == 4


def test_the_key_does_not_depend_on_the_hash_seed(mini):
    program = ("import sys; from pathlib import Path; from factcheck.ledger.load import load_valid_ledger; "
               "from factcheck.reading.cache import vocabulary_key; "
               "print(vocabulary_key(load_valid_ledger(Path(sys.argv[1]))))")
    keys = {subprocess.run([sys.executable, "-c", program, str(mini)], capture_output=True, text=True, check=True,
                           cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(keys) == 1 and len(next(iter(keys)).strip()) == 32


def test_check_says_the_same_from_the_cache_as_without_it(runner, mini, folder, monkeypatch):
    from factcheck.cli.app import cli

    args = ["check", "Strelsau is Freedonia's only true ally", "--claims", str(mini), "--json"]
    compiled, loaded = (runner.invoke(cli, args) for _ in range(2))
    assert list(folder.glob("vocabulary-*.pickle"))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    plain = runner.invoke(cli, args)
    assert compiled.exit_code == loaded.exit_code == plain.exit_code == 0
    assert compiled.stdout == loaded.stdout == plain.stdout and "ruritania" in plain.stdout


def test_a_ledger_parsed_again_is_a_fresh_copy_of_the_same_tree():
    text = (ROOT / "tests" / "fixtures" / "mini" / "claims.yaml").read_text(encoding="utf-8")
    trees = [parse_ledger_text(text, "claims.yaml") for _ in range(3)]  # the third comes from the kept copy
    assert trees[0] == trees[1] == trees[2]
    assert trees[2]["claims"].item_lines == trees[0]["claims"].item_lines
    assert trees[2]["claims"][0].key_lines == trees[0]["claims"][0].key_lines
    trees[1]["claims"].clear()  # what one caller does to its tree, no other caller sees
    assert parse_ledger_text(text, "claims.yaml")["claims"] == trees[0]["claims"] != []
    changed = text.replace("version: 1", "version: 2", 1)
    with pytest.raises(Exception, match="version 2"):
        parse_ledger_text(changed, "claims.yaml")
