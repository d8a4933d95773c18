"""Bringing in a new source: init, add, extract --append, and the README walkthrough end to end."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from factcheck.cli import cli
from factcheck.errors import FactcheckError
from factcheck.ledger.edit import append_claims
from factcheck.ledger.write import WriteConflict, append_to_section, atomic_write, digest
from tests.conftest import FIXTURES, ROOT

FOURTH = FIXTURES / "fourth" / "caucasus-watch-2026.txt"
ADD = ["--title", "Baku and Moscow: a partnership that never broke", "--outlet", "Caucasus Watch",
       "--published", "2026-03"]


def run(runner, *args, **kwargs):
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)


@pytest.fixture
def work(tmp_path, runner, monkeypatch):
    """A working copy of the embedded ledger, made by `factcheck init`."""
    result = run(runner, "init", str(tmp_path / "work"))
    assert result.exit_code == 0, result.output
    ledger = tmp_path / "work" / "claims.yaml"
    monkeypatch.setenv("FACTCHECK_CLAIMS", str(ledger))
    return ledger


def test_readme_walkthrough_adding_a_fourth_source(work, runner):
    """README: init, add, extract, extract --append, validate, compare shows new findings."""
    before = json.loads(run(runner, "compare", "--json").stdout)
    assert run(runner, "add", str(FOURTH), *ADD).stdout.strip() == "caucasus-watch-2026"
    proposed = run(runner, "extract", "caucasus-watch-2026")
    assert "stance: close-ally" in proposed.stdout and "unreviewed: true" in proposed.stdout
    assert run(runner, "extract", "caucasus-watch-2026", "--append").exit_code == 0
    assert run(runner, "validate").exit_code == 0
    after = json.loads(run(runner, "compare", "--json", "--source", "caucasus-watch-2026").stdout)
    new = [f for f in after["findings"] if f["kind"] == "contradiction" and f["scope"] == "across-sources"]
    others = {h["source"] for f in new for s in f["sides"] for h in s["holdings"]} - {"caucasus-watch-2026"}
    assert others & {"kuzio-2022", "sofrep-2023", "expertnews-2025"}
    assert after["ledger"]["claims"] > before["ledger"]["claims"]


def test_add_copies_the_file_unchanged_and_records_its_hash(work, runner):
    run(runner, "add", str(FOURTH), *ADD, "--approximate")
    copy = work.parent / "seeds" / FOURTH.name
    assert copy.read_bytes() == FOURTH.read_bytes()
    text = work.read_text(encoding="utf-8")
    assert f"sha256: {hashlib.sha256(FOURTH.read_bytes()).hexdigest()}" in text
    assert "approximate: true" in text


def test_add_keeps_comments_and_order(work, runner):
    original = work.read_text(encoding="utf-8")
    run(runner, "add", str(FOURTH), *ADD)
    updated = work.read_text(encoding="utf-8")
    added = [line for line in updated.splitlines() if line not in original.splitlines()]
    assert updated.startswith(original[: original.index("entities:")].rstrip("\n"))
    assert all(line.startswith("  ") for line in added)  # only the new entry, inside `sources:`
    assert updated.count("#") == original.count("#")


def test_add_refuses_an_existing_id_and_an_existing_file(work, runner):
    run(runner, "add", str(FOURTH), *ADD)
    before = work.read_bytes()
    again = run(runner, "add", str(FOURTH), *ADD)
    assert again.exit_code == 2 and "already in the ledger" in again.stderr
    other_id = run(runner, "add", str(FOURTH), *ADD, "--id", "another")
    assert other_id.exit_code == 2 and "already there" in other_id.stderr
    assert work.read_bytes() == before


def test_add_refuses_the_embedded_default(runner, monkeypatch, tmp_path):
    from factcheck.ledger import locate

    packaged = tmp_path / "site" / "factcheck" / "_data" / "claims.yaml"
    packaged.parent.mkdir(parents=True)
    shutil.copy(ROOT / "claims.yaml", packaged)
    monkeypatch.setattr(locate, "embedded_ledger", lambda: packaged)
    monkeypatch.setattr("factcheck.ledger.edit.embedded_ledger", lambda: packaged)
    result = run(runner, "add", str(FOURTH), *ADD, "--claims", str(packaged))
    assert result.exit_code == 2 and "read-only" in result.stderr


def test_add_bad_date_and_missing_file(work, runner):
    bad = run(runner, "add", str(FOURTH), *ADD[:-1], "March 2026")
    assert bad.exit_code == 2 and "--published" in bad.stderr
    missing = run(runner, "add", "nope.txt", *ADD)
    assert missing.exit_code == 2 and "nope.txt: no such source file" in missing.stderr


def test_init_refuses_to_overwrite(work, runner):
    result = run(runner, "init", str(work.parent))
    assert result.exit_code == 2 and "already there" in result.stderr


def test_append_to_section_inserts_before_next_sections_comments():
    text = "version: 1\nsources:\n  - id: a\n\n# about entities\nentities: []\nclaims: []\n"
    out = append_to_section(text, "sources", "  - id: b\n", "x.yaml")
    assert out == "version: 1\nsources:\n  - id: a\n  - id: b\n\n# about entities\nentities: []\nclaims: []\n"
    out = append_to_section(text, "claims", "  - id: c\n", "x.yaml")
    assert out.endswith("claims:\n  - id: c\n")


def test_append_to_a_flow_list_is_refused():
    with pytest.raises(FactcheckError, match="flow style"):
        append_to_section("claims: [{id: a}]\n", "claims", "  - id: b\n", "x.yaml")


def test_atomic_write_refuses_a_ledger_changed_since_read(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\n", encoding="utf-8")
    seen = digest(path.read_bytes())
    path.write_text("version: 1\n# someone else\n", encoding="utf-8")
    with pytest.raises(WriteConflict):
        atomic_write(path, "version: 1\nnew\n", seen)
    assert path.read_text(encoding="utf-8") == "version: 1\n# someone else\n"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_append_claims_marks_them_unreviewed(work):
    entry = {"id": "k22-extra", "source": "kuzio-2022", "subject": "georgia", "topic": "public-mood",
             "stance": "pro-ukraine", "quote": "The Georgian opposition is closer to the pro-Ukrainian mood in the country.",
             "unreviewed": True}
    append_claims(work, [entry])
    text = work.read_text(encoding="utf-8")
    assert "# spotted by factcheck extract on" in text and text.rstrip().endswith("unreviewed: true")
    with pytest.raises(FactcheckError, match="already in the ledger"):
        append_claims(work, [entry])


def test_unreviewed_claims_are_marked_in_the_report(work, runner):
    run(runner, "add", str(FOURTH), *ADD)
    run(runner, "extract", "caucasus-watch-2026", "--append")
    out = run(runner, "compare", "--source", "caucasus-watch-2026").stdout
    assert "unreviewed" in out


def test_annotate_marks_claims_and_findings(runner):
    out = run(runner, "annotate", "sofrep-2023", "--claims", str(ROOT / "claims.yaml"), "--no-pager").stdout
    assert "seeds/004_e0c6e5c3f7e600c8.txt · SOFREP 2023" in out
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(" 7 "))
    assert "C" in lines[at].split("|")[0]
    # the line's text, wrapped beside the margin (continuation lines have an empty gutter)
    text = " ".join(line.split("|", 1)[1].strip() for line in lines[at:at + 6] if "|" in line)
    assert "What made the vote the most shocking" in text
    assert "Legend" in out and "contradiction" in out


def test_annotate_by_path_and_unknown_source(runner):
    shipped = str(ROOT / "claims.yaml")
    by_path = run(runner, "annotate", str(ROOT / "seeds" / "002_1e0cfefddd11fe8b.txt"), "--claims", shipped)
    assert by_path.exit_code == 0 and "Expert News 2025" in by_path.stdout
    unknown = run(runner, "annotate", "sofrep2023", "--claims", shipped)
    assert unknown.exit_code == 2 and "did you mean 'sofrep-2023'?" in unknown.stderr


def test_written_ledger_still_validates_with_hashes(work, runner):
    run(runner, "add", str(FOURTH), *ADD)
    result = run(runner, "validate", "--json")
    data = json.loads(result.stdout)
    assert data["ok"] and data["counts"]["sources"] == 5
    assert Path(work.parent / "seeds" / FOURTH.name).exists()
