"""compare and show from the command line: golden output, schema, filters, formats, names, exit codes."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from factcheck.cli import cli
from tests.conftest import ROOT, edit, rehash

SHIPPED = str(ROOT / "claims.yaml")
GOLDEN = ROOT / "tests" / "golden" / "compare.json"
SCHEMA = ROOT / "factcheck" / "schemas" / "compare.schema.json"


def run(runner, *args, **kwargs):
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)


def reviewable(document_text: str) -> str:
    """The golden form: indented, one value per line, so that a one-word change is a one-line diff."""
    return json.dumps(json.loads(document_text), indent=1, ensure_ascii=False) + "\n"


def test_compare_json_matches_golden(runner):
    # regenerate after an intended change, then review the diff:
    #   python -m factcheck compare --json --claims claims.yaml | python -m tests.golden > tests/golden/compare.json
    result = run(runner, "compare", "--claims", SHIPPED, "--json")
    assert result.exit_code == 0
    assert reviewable(result.stdout) == GOLDEN.read_text(encoding="utf-8")


def test_compare_json_is_byte_identical_under_different_hash_seeds():
    # separate processes: a dict or set whose order follows string hashing would show here
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "factcheck", "compare", "--json", "--claims", SHIPPED],
                              capture_output=True, env=env, cwd=ROOT, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_compare_json_validates_against_documented_schema(runner):
    jsonschema = pytest.importorskip("jsonschema")
    document = json.loads(run(runner, "compare", "--claims", SHIPPED, "--json").stdout)
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_schema_speaks_the_vocabulary():
    from factcheck.vocabulary import Kind, Scope, Severity, Verdict

    defs = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]
    assert defs["kind"]["enum"] == [k.value for k in Kind]
    assert defs["severity"]["enum"] == [s.value for s in Severity]
    # a finding on a single source has no scope: null in JSON
    assert defs["scope"]["enum"] == [s.value for s in Scope if s is not Scope.NONE] + [None]
    # "reported only" belongs to a dossier, never to compare's verdicts
    assert defs["verdict"]["enum"] == [v.value for v in Verdict if v is not Verdict.REPORTED_ONLY]


def test_conflicting_output_options_are_a_usage_error(runner):
    result = run(runner, "compare", "--claims", SHIPPED, "--format", "markdown", "--json")
    assert result.exit_code == 2 and "two formats" in result.stderr
    assert run(runner, "compare", "--claims", SHIPPED, "--format", "json", "--json").exit_code == 0


def test_compare_is_byte_identical_across_runs(runner):
    first = run(runner, "compare", "--claims", SHIPPED, "--no-color").stdout
    assert first == run(runner, "compare", "--claims", SHIPPED, "--no-color").stdout


def test_text_report_shows_motivating_case_with_quotes_dates_and_lines(runner):
    out = run(runner, "compare", "--claims", SHIPPED, "--country", "azerbaijan", "--topic", "backs-ukraine",
              "--kind", "contradiction").stdout
    assert "CONTRADICTION" in out and "Does it back Ukraine against Russia's invasion?" in out
    assert "Kuzio 2022 · 2022-07-20 · line 7" in out and "only strategic ally" in out
    assert "SOFREP 2023 · ~2023-05 · line 7" in out and "never shown up to vote" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_text_report_marks_change_over_time(runner):
    out = run(runner, "compare", "--claims", SHIPPED, "--source", "expertnews-2025").stdout
    assert "may be change over time" in out


def test_filters_combine(runner):
    data = json.loads(run(runner, "compare", "--claims", SHIPPED, "--json", "--scope", "against-record",
                          "--kind", "contradiction", "--min-severity", "high").stdout)
    assert data["findings"]
    assert all(f["scope"] == "against-record" and f["kind"] == "contradiction" and f["severity"] == "high"
               for f in data["findings"])
    assert data["summary"]["findings"] == len(data["findings"])


def test_country_filter_includes_the_actors_people(runner):
    data = json.loads(run(runner, "compare", "--claims", SHIPPED, "--json", "--country", "Georgia").stdout)
    assert {f["subject"]["id"] for f in data["findings"]} >= {"georgia", "ivanishvili"}


def test_jsonl_is_one_finding_per_line(runner):
    out = run(runner, "compare", "--claims", SHIPPED, "--format", "jsonl", "--kind", "disputed").stdout
    lines = out.splitlines()
    document = json.loads(run(runner, "compare", "--claims", SHIPPED, "--json", "--kind", "disputed").stdout)
    assert len(lines) == document["summary"]["findings"] >= 2
    assert [json.loads(line)["id"] for line in lines] == [f["id"] for f in document["findings"]]
    assert all(json.loads(line)["kind"] == "disputed" for line in lines)


def test_markdown_report(runner):
    out = run(runner, "compare", "--claims", SHIPPED, "--format", "markdown", "--kind", "contradiction").stdout
    assert out.startswith("# factcheck: findings across sources")
    assert "Ukraine’s **only strategic ally** in the South" in out and "| contradiction |" in out


@pytest.mark.parametrize("kind, code", [("contradiction", 1), ("disputed", 1)])
def test_fail_on_kind_exits_1(runner, kind, code):
    result = run(runner, "compare", "--claims", SHIPPED, "--fail-on", kind, "--json")
    assert result.exit_code == code


def test_fail_on_respects_filters(runner, mini):
    result = run(runner, "compare", "--claims", str(mini), "--fail-on", "contradiction", "--kind", "corroboration")
    assert result.exit_code == 0


@pytest.mark.parametrize("args", [["--kind", "nonsense"], ["--format", "pdf"], ["--min-severity", "huge"],
                                  ["--topic", "no-such-topic"], ["--source", "nowhere"], ["--bogus"]])
def test_bad_usage_exits_2(runner, args):
    result = runner.invoke(cli, ["compare", "--claims", SHIPPED, *args])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("name", ["azerbaijan", "AZERBAIJAN", "azerbijan", "Baku", "AZ", "aze", "Azerbaijani"])
def test_show_resolves_names(runner, name):
    result = run(runner, "show", name, "--claims", SHIPPED, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["entity"]["id"] == "azerbaijan"


def test_show_says_on_stderr_what_a_name_resolved_to(runner):
    result = run(runner, "show", "azerbijan", "--claims", SHIPPED, "--json")
    assert "resolved to Azerbaijan" in result.stderr


def test_show_misspelt_person(runner):
    data = json.loads(run(runner, "show", "Ivanshili", "--claims", SHIPPED, "--json").stdout)
    assert data["entity"]["id"] == "ivanishvili"


def test_show_unknown_name_exits_2_with_suggestions(runner):
    result = run(runner, "show", "Azerbaidzhan", "--claims", SHIPPED)
    assert result.exit_code == 2
    assert "no country, person or organisation called 'Azerbaidzhan'" in result.stderr
    assert "did you mean" in result.stderr and "Azerbaijan" in result.stderr


def test_show_dossier_text(runner):
    out = run(runner, "show", "azerbaijan", "--claims", SHIPPED).stdout
    assert out.startswith("Azerbaijan (country, AZ)")
    assert "Does it back Ukraine against Russia's invasion?  CONFLICTING" in out
    assert "Findings involving Azerbaijan" in out


def test_show_json_groups_claims_by_topic_with_verdicts(runner):
    data = json.loads(run(runner, "show", "georgia", "--claims", SHIPPED, "--json").stdout)
    topics = {(t["subject"], t["topic"]): t for t in data["topics"]}
    # the garbled "ruler of Ukraine" counts for what it meant (Georgia): an error in the source, not a conflict
    assert topics[("ivanishvili", "de-facto-rules")]["verdict"] == "consistent"
    assert topics[("georgia", "backs-ukraine")]["verdict"] == "conflicting"
    assert all(c["anchor"]["line"] >= 1 for t in data["topics"] for c in t["claims"])


def test_shell_completion_offers_entity_names(runner, monkeypatch):
    from factcheck.cli.common import entity_completion

    monkeypatch.setenv("FACTCHECK_CLAIMS", SHIPPED)
    ctx = cli.make_context("factcheck", ["show", "x"], resilient_parsing=True)
    names = [item.value for item in entity_completion(ctx, None, "Az")]
    assert "Azerbaijan" in names and "AZ" in names


def test_no_color_env_and_pipes_give_plain_text(runner, monkeypatch):
    colour = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]")
    assert colour.search(run(runner, "compare", "--claims", SHIPPED, "--color").stdout)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour.search(run(runner, "compare", "--claims", SHIPPED, "--color").stdout)
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b" not in run(runner, "compare", "--claims", SHIPPED).stdout  # not a terminal: plain


def hostile(mini):
    """Make the mini fixture's alpha source and ledger carry markup, escapes and bidi overrides."""
    nasty = "Ruritania is Freedonia\u2019s only\u00a0true ally [bold red]BOOM[/] \x1b[31mRED\x1b[0m \u202eevil\n"
    (mini.parent / "alpha.txt").write_text(nasty + "Ruritania sent 5 tanks to the front.\n", encoding="utf-8")
    rehash(mini, "alpha.txt")
    edit(mini, 'quote: "Ruritania is Freedonia\'s only true ally"',
         'quote: "Ruritania is Freedonia\'s only true ally [bold red]BOOM[/] \\e[31mRED\\e[0m \\u202eevil"')
    edit(mini, "name: Ruritania,", "name: \"Ruri[link=http://evil.example]tania\",")


@pytest.mark.parametrize("args", [["compare"], ["show", "ruritania"], ["compare", "--format", "markdown"],
                                  ["annotate", "alpha", "--no-pager"], ["check", "Ruritania is Freedonia's only true ally"],
                                  ["claims"], ["sources"]])
def test_hostile_text_is_shown_not_obeyed(runner, mini, args):
    hostile(mini)
    result = run(runner, *args, "--claims", str(mini), "--color", env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.stderr
    assert "\x1b[31mRED" not in result.stdout and "\u202e" not in result.stdout
    out = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # rich's own styling, to read the visible text
    if "markdown" in args:
        assert "␛\\[31mRED" in out and "\\<U+202E\\>evil" in out
        assert "\\[bold red\\]BOOM\\[/\\]" in out and "Ruri\\[link=http://evil.example\\]tania" in out
    elif args[0] in ("claims", "sources"):
        assert "\x1b]8;" not in out  # no hyperlink escape from the [link=...] markup
        if args[0] == "sources":
            return
        assert "a-ally" in out
    else:
        assert "␛[31mRED" in out and "<U+202E>evil" in out
        assert "[bold red]BOOM[/]" in out and "Ruri[link=http://evil.example]tania" in out


def test_hostile_text_in_json_is_escaped(runner, mini):
    hostile(mini)
    out = run(runner, "compare", "--claims", str(mini), "--json").stdout
    assert "\x1b" not in out  # JSON escapes control characters
    document = json.loads(out)
    claim_id = document["findings"][0]["sides"][0]["holdings"][0]["claims"][0]
    assert "[bold red]BOOM[/]" in document["claims"][claim_id]["quote"]


def test_hostile_text_in_validate_messages(runner, mini):
    hostile(mini)
    edit(mini, "[bold red]BOOM[/] \\e[31m", "[bold red]BOOM[/] \\e[32m")
    result = run(runner, "validate", "--claims", str(mini))
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "[bold red]BOOM[/] ␛[31mRED␛[0m <U+202E>evil" in result.stdout  # the closest passage, inert
