"""Loading and validation: every kind of problem is reported with its file, line and a hint."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import UnusableInput
from factcheck.ledger.load import load_ledger
from tests.conftest import edit, rehash


def problems_of(path: Path) -> list[str]:
    _, problems = load_ledger(path)
    return [str(p) for p in problems]


def test_fixture_ledger_is_clean_and_anchored(mini):
    ledger, problems = load_ledger(mini)
    assert problems == []
    assert all(c.anchor for c in ledger.claims)
    first = ledger.claims[0]
    assert (first.anchor.line, first.anchor.column) == (1, 1)


def test_unknown_source_with_did_you_mean(mini):
    edit(mini, "    source: beta\n", "    source: betta\n")
    (problem,) = problems_of(mini)
    assert "unknown source 'betta'" in problem and "did you mean 'beta'?" in problem
    assert problem.startswith(f"{mini}:")


def test_problem_names_the_line_of_the_field(mini):
    edit(mini, "    source: beta\n", "    source: betta\n")
    _, problems = load_ledger(mini)
    line = mini.read_text().splitlines()[problems[0].line - 1]
    assert "source: betta" in line


def test_duplicate_claim_id(mini):
    edit(mini, "id: b-tanks", "id: a-tanks")
    (problem,) = problems_of(mini)
    assert "duplicate claim id 'a-tanks' (first defined on line" in problem


def test_duplicate_source_id(mini):
    edit(mini, "id: beta\n", "id: alpha\n")
    problems = problems_of(mini)
    assert any("duplicate source id 'alpha'" in p for p in problems)


def test_stance_not_on_scale(mini):
    edit(mini, "stance: supports", "stance: supportive")
    (problem,) = problems_of(mini)
    assert "stance 'supportive' is not on the scale of topic 'backs'" in problem
    assert "did you mean 'supports'?" in problem


def test_missing_field(mini):
    edit(mini, "    subject: ruritania\n    topic: tanks\n    value: 7\n", "    topic: tanks\n    value: 7\n")
    (problem,) = problems_of(mini)
    assert "claim is missing the field 'subject'" in problem


def test_wrong_type(mini):
    edit(mini, "    value: 5\n", "    value: [5]\n")
    (problem,) = problems_of(mini)
    assert "'value' must be" in problem and "not a list" in problem


def test_number_topic_refuses_text(mini):
    edit(mini, "    value: 5\n", "    value: five\n")
    (problem,) = problems_of(mini)
    assert "value must be a number for topic 'tanks'" in problem


def test_unknown_field_with_hint(mini):
    edit(mini, "    cue: only true ally\n", "    quoet: x\n    cue: only true ally\n")
    (problem,) = problems_of(mini)
    assert "unknown field 'quoet'" in problem and "did you mean 'quote'?" in problem


def test_unknown_topic_and_subject(mini):
    edit(mini, "    topic: tanks\n    value: 7", "    topic: tank\n    value: 7")
    edit(mini, "  - id: b-tanks\n    source: beta\n    subject: ruritania", "  - id: b-tanks\n    source: beta\n    subject: ruritana")
    problems = problems_of(mini)
    assert any("unknown topic 'tank'" in p and "'tanks'" in p for p in problems)
    assert any("unknown subject 'ruritana'" in p and "'ruritania'" in p for p in problems)


def test_all_problems_reported_at_once(mini):
    edit(mini, "stance: supports", "stance: nope")
    edit(mini, "    source: beta\n", "    source: gamma\n")
    edit(mini, "id: b-tanks", "id: a-tanks")
    assert len(problems_of(mini)) == 3


def test_quote_not_in_source_shows_closest_passage(mini):
    edit(mini, "Ruritania sent 5 tanks to the front.", "Ruritania sent five tanks to the front.")
    (problem,) = problems_of(mini)
    assert "quote not found in its source" in problem
    assert "closest passage (line 2" in problem and "Ruritania sent 5 tanks to the front." in problem


def test_source_changed_since_claims_were_written(mini):
    (mini.parent / "alpha.txt").write_text("Ruritania is Freedonia's only true ally.\n", encoding="utf-8")
    problems = problems_of(mini)
    assert any("source changed since its claims were written" in p for p in problems)


def test_missing_source_file(mini):
    (mini.parent / "beta.txt").unlink()
    problems = problems_of(mini)
    assert any("source 'beta': file 'beta.txt' not found" in p for p in problems)


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd"])
def test_source_paths_may_not_leave_the_ledger_folder(mini, path):
    edit(mini, "file: beta.txt", f"file: {path}")
    problems = problems_of(mini)
    assert any("source 'beta'" in p and ("outside" in p or "absolute" in p) for p in problems)


def test_cue_must_be_inside_quote(mini):
    edit(mini, "cue: only true ally", "cue: best friend")
    (problem,) = problems_of(mini)
    assert "cue 'best friend' is not part of the quote" in problem


def test_reported_claim_needs_attribution(mini):
    edit(mini, "    stance: neutral\n    quote: \"Ruritania never", "    stance: neutral\n    voice: reported\n    quote: \"Ruritania never")
    (problem,) = problems_of(mini)
    assert "a reported claim needs 'attributed_to'" in problem


def test_unknown_version_is_unusable(mini):
    edit(mini, "version: 1", "version: 7")
    with pytest.raises(UnusableInput, match="ledger version 7 is not one this factcheck reads"):
        load_ledger(mini)


def test_invalid_yaml_names_the_line(mini):
    edit(mini, "  - id: beta\n", "  - id: beta\n   bad: [\n")
    with pytest.raises(UnusableInput) as caught:
        load_ledger(mini)
    assert str(caught.value).startswith(f"{mini}:") and "invalid YAML" in str(caught.value)


def test_tab_indentation_is_explained(mini):
    edit(mini, "    short: Beta 2020", "\tshort: Beta 2020")
    with pytest.raises(UnusableInput, match="tab"):
        load_ledger(mini)


def test_empty_ledger_is_unusable(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(UnusableInput, match="the ledger is empty"):
        load_ledger(path)


def test_list_where_mapping_belongs(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("- version: 1\n", encoding="utf-8")
    with pytest.raises(UnusableInput, match="must be a mapping"):
        load_ledger(path)


def test_missing_section(mini):
    text = mini.read_text(encoding="utf-8")
    mini.write_text(text[: text.index("topics:")] + "claims: []\n", encoding="utf-8")
    problems = problems_of(mini)
    assert any("the ledger has no 'topics' section" in p for p in problems)


def test_byte_order_mark_is_accepted(mini):
    mini.write_bytes(b"\xef\xbb\xbf" + mini.read_bytes())
    assert problems_of(mini) == []


def test_non_utf8_source_is_a_problem_not_a_crash(mini):
    (mini.parent / "beta.txt").write_bytes(b"Ruritania \xff\xfe\n")
    rehash(mini, "beta.txt")
    problems = problems_of(mini)
    assert any("not UTF-8 text" in p for p in problems)


def test_crlf_source_anchors(mini):
    source = mini.parent / "beta.txt"
    source.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    rehash(mini, "beta.txt")
    ledger, problems = load_ledger(mini)
    assert problems == []
    claim = next(c for c in ledger.claims if c.id == "b-tanks")
    assert (claim.anchor.line, claim.anchor.end_line) == (2, 3)
