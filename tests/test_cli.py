"""The command line, driven through click's CliRunner."""
from __future__ import annotations

import json

import pytest

from factcheck import __version__
from factcheck.cli import cli
from tests.conftest import ROOT, edit

SHIPPED = str(ROOT / "claims.yaml")


def run(runner, *args, **kwargs):
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(runner, command):
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and f"factcheck {command}" in result.output


def test_version_reads_package_metadata(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and result.output.strip() == f"factcheck {__version__}"


def test_validate_clean_ledger_exits_0(runner, mini):
    result = run(runner, "validate", "--claims", str(mini))
    assert result.exit_code == 0
    assert "ok: 3 sources, 5 claims, every quote anchored" in result.stderr


def test_validate_problems_exit_1_with_file_and_line(runner, mini):
    edit(mini, "stance: supports", "stance: nope")
    result = run(runner, "validate", "--claims", str(mini))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{mini}:") and "stance 'nope'" in result.stdout


def test_validate_unusable_input_exits_2_with_one_line(runner, tmp_path):
    result = run(runner, "validate", "--claims", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: error: {tmp_path / 'nope.yaml'}: no such ledger"


def test_validate_directory_is_unusable(runner, tmp_path):
    result = run(runner, "validate", "--claims", str(tmp_path))
    assert result.exit_code == 2 and "is a directory" in result.stderr


def test_validate_json_lists_anchors(runner, mini):
    result = run(runner, "validate", "--claims", str(mini), "--json")
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["counts"]["anchored"] == 5
    assert data["anchors"][0] == {"claim": "a-ally", "source": "alpha", "line": 1, "column": 1,
                                  "end_line": 1, "start": 0, "end": 39}


def test_validate_reads_ledger_from_stdin(runner, mini, monkeypatch):
    monkeypatch.chdir(mini.parent)
    result = run(runner, "validate", "--claims", "-", input=mini.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output


def test_ledger_from_environment_variable(runner, mini, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CLAIMS", str(mini))
    result = run(runner, "sources", "--json")
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["alpha", "beta", "rec"]


def test_ledger_from_working_directory(runner, mini, monkeypatch):
    monkeypatch.delenv("FACTCHECK_CLAIMS", raising=False)
    monkeypatch.chdir(mini.parent)
    result = run(runner, "claims", "--json")
    assert len(json.loads(result.stdout)["claims"]) == 5


def test_embedded_default_when_nothing_else(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_CLAIMS", raising=False)
    monkeypatch.chdir(tmp_path)
    result = run(runner, "validate")
    assert result.exit_code == 0 and "every quote anchored" in result.stderr


def test_sources_counts_claims(runner):
    data = json.loads(run(runner, "sources", "--claims", SHIPPED, "--json").stdout)
    counts = {s["id"]: s["claims"] for s in data["sources"]}
    assert set(counts) == {"kuzio-2022", "sofrep-2023", "expertnews-2025", "record"}
    assert all(n > 0 for n in counts.values())
    assert data["sources"][1]["published"] == {"date": "2023-05", "precision": "month", "approximate": True}


def test_claims_filters(runner):
    data = json.loads(run(runner, "claims", "--claims", SHIPPED, "--source", "sofrep-2023",
                          "--country", "Baku", "--topic", "backs-ukraine", "--json").stdout)
    assert {c["id"] for c in data["claims"]} == {"s23-az-reported-supports-ukraine", "s23-az-never-votes"}


def test_claims_unknown_source_exits_2_with_hint(runner):
    result = run(runner, "claims", "--claims", SHIPPED, "--source", "kuzio22")
    assert result.exit_code == 2 and "did you mean 'kuzio-2022'?" in result.stderr


def test_claims_text_table(runner, mini):
    result = run(runner, "claims", "--claims", str(mini))
    assert "a-ally" in result.stdout and "5 claims" in result.stdout


def test_invalid_ledger_refused_by_other_commands(runner, mini):
    edit(mini, "stance: supports", "stance: nope")
    result = run(runner, "compare", "--claims", str(mini))
    assert result.exit_code == 2
    assert "stance 'nope'" in result.stderr and result.stderr.count("\n") == 1


def test_readme_documents_every_exit_code():
    """The exit-code contract in errors.py and the README's table say the same."""
    import re

    from factcheck import errors

    codes = {value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Exit codes"):]
    table = table[:table.index("\n\n", table.index("| code |"))]
    assert {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)} == codes


def test_a_report_names_the_installed_default_in_words(monkeypatch, tmp_path):
    from factcheck.cli import common

    packaged = tmp_path / "site" / "factcheck" / "_data" / "claims.yaml"
    monkeypatch.setattr("factcheck.ledger.locate.embedded_ledger", lambda: packaged)
    assert common.ledger_label(str(packaged)) == "the embedded default"
    assert common.ledger_label("mywork/claims.yaml") == "mywork/claims.yaml"
