"""The report a person reads (issue 10): the answer first, the stance matrix, plain words, the pager, layout at
80 columns, one story across commands, what was asked, finding your way, and the HTML page."""
from __future__ import annotations

import html.parser
import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from factcheck.cli import cli
from tests.conftest import ROOT

SHIPPED = str(ROOT / "claims.yaml")
GOLDEN_OVERVIEW = ROOT / "tests" / "golden" / "overview.txt"
NARROW = {"COLUMNS": "80", "LINES": "24"}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(runner, *args, env=None, **kwargs):
    # (the shipped ledger's report for the same arguments is the same every time: several tests read one, and it
    # is made once per worker)
    key = args if env is None and not kwargs else None
    if key is not None and key in _MADE:
        return _MADE[key]
    result = runner.invoke(cli, [*args, "--claims", SHIPPED], catch_exceptions=False,
                           env={**NARROW, **(env or {})}, **kwargs)
    assert result.exit_code == 0, result.stderr
    if key is not None:
        _MADE[key] = result.stdout
    return result.stdout


_MADE: dict[tuple[str, ...], str] = {}


def widest(text: str) -> int:
    return max((len(line) for line in ANSI.sub("", text).splitlines()), default=0)


# 1. The answer first ---------------------------------------------------------------------------------------

def test_first_screen_shows_the_motivating_conflict_and_the_matrix(runner):
    screen = run(runner, "compare", "--no-color").splitlines()[:23]  # less -F shows 23 lines and a prompt
    text = "\n".join(screen)
    assert "Headline conflicts" in text
    motivating = [i for i, line in enumerate(screen) if "Azerbaijan, backs-ukraine:" in line]
    assert motivating, text
    both = " ".join(screen[motivating[0]:motivating[0] + 2])
    assert "Kuzio 2022 (2022-07-20) backs Ukraine firmly" in both
    assert "SOFREP 2023 (~2023-05) stays on the fence" in both
    assert "Stance matrix" in text and "●" in text and "conflict" in text
    assert "● a source's place on the topic's scale" in text  # the legend
    assert widest(text) <= 80


def test_overview_matches_golden_snapshot(runner, monkeypatch):
    # regenerate after an intended change:
    #   COLUMNS=80 LINES=24 python -m factcheck compare --brief --no-color --claims claims.yaml > tests/golden/overview.txt
    monkeypatch.chdir(ROOT)
    result = runner.invoke(cli, ["compare", "--brief", "--no-color", "--claims", "claims.yaml"], env=NARROW)
    assert result.stdout == GOLDEN_OVERVIEW.read_text(encoding="utf-8")


def test_brief_prints_only_the_overview_and_limit_caps_the_details(runner):
    brief = run(runner, "compare", "--brief", "--no-color")
    assert "Headline conflicts" in brief and "CONTRADICTION" not in brief and len(brief.splitlines()) <= 24
    limited = run(runner, "compare", "--limit", "2", "--no-color")
    assert "the first 2 of" in limited
    assert re.search(r"^\s+2 +CONTRADICTION", limited, re.M) and not re.search(r"^\s+3 +CONTRADICTION", limited, re.M)


def test_headlines_rank_sound_contradictions_between_sources_first():
    from factcheck.api import compare, load
    from factcheck.findings.overview import headlines, sound

    ledger = load(SHIPPED)
    report = compare(ledger)
    chosen = headlines(ledger, report, report.findings, 5)
    assert all(f.kind.value in ("contradiction", "disputed") for f in chosen)
    assert len({(f.subject, f.topic) for f in chosen}) == len(chosen)  # one per subject and topic
    soundness = [sound(f) for f in chosen]
    assert soundness == sorted(soundness, reverse=True)
    assert any(f.subject == "azerbaijan" and f.topic == "backs-ukraine" for f in chosen[:3])


# 2. The stance matrix --------------------------------------------------------------------------------------

def test_stance_matrix_places_each_source_on_the_scale():
    from factcheck.api import compare, load
    from factcheck.findings.overview import stance_matrix

    ledger = load(SHIPPED)
    matrix = stance_matrix(ledger, compare(ledger))
    dates = [ledger.sources[s].published.iso() for s in matrix.sources]
    assert dates == sorted(dates)  # sources in date order
    row = next(r for r in matrix.rows if (r.subject, r.topic) == ("azerbaijan", "backs-ukraine"))
    scale = [p.id for p in ledger.topics["backs-ukraine"].scale]
    assert row.cells["kuzio-2022"] == [scale.index("supports")]
    assert row.cells["sofrep-2023"] == [scale.index("neutral")]  # the reported claim takes no place
    assert row.differs


def test_show_draws_the_matrix_for_one_actor(runner):
    out = run(runner, "show", "azerbaijan", "--no-color")
    assert "Stance matrix" in out and "backs-ukraine" in out and "Kuzio" in out
    assert widest(out) <= 80


# 3. Plain words --------------------------------------------------------------------------------------------

def test_explanations_say_what_each_side_says_in_its_words():
    from factcheck.api import compare, load

    ledger = load(SHIPPED)
    finding = next(f for f in compare(ledger).findings
                   if (f.subject, f.topic, f.kind.value, f.scope.value)
                   == ("azerbaijan", "backs-ukraine", "contradiction", "across-sources"))
    text = finding.explanation
    assert "Kuzio 2022 (2022-07-20) says Azerbaijan backs Ukraine firmly (“…only strategic ally…”)" in text
    assert re.search(r"SOFREP 2023 \(~2023-05\) says it stays on the fence \(“…?has never shown up to vote…”\)", text)
    assert "steps apart" not in text and "middle of the scale" not in text and "pole" not in text


def test_a_reported_part_of_a_quote_is_marked_as_reported(runner):
    from factcheck.api import load
    from factcheck.render.quotes import pieces, plain

    ledger = load(SHIPPED)
    reported = [c for c in ledger.claims if c.voice == "reported"]
    overlapping = [(c, r) for c in ledger.claims if c.voice == "asserted" for r in reported
                   if r.source == c.source and r.anchor.start < c.anchor.end and c.anchor.start < r.anchor.end]
    assert overlapping, "the ledger has an asserted quote that holds a reported part"
    for claim, other in overlapping:
        shown = plain(pieces(ledger, claim, limit=None))
        assert "[reported: " in shown and "]" in shown
        assert not any(p.role == "reported" for p in pieces(ledger, other, limit=None))  # a reported claim itself
    claim = overlapping[0][0]
    out = " ".join(ANSI.sub("", run(runner, "claims", "--source", claim.source, "--no-color")).split())
    assert "[reported: " in out


def test_long_quotes_are_cut_around_their_cue_with_ellipses():
    from factcheck.api import load
    from factcheck.render.quotes import pieces, plain

    ledger = load(SHIPPED)
    long_one = max((c for c in ledger.claims if c.cue), key=lambda c: len(c.quote))
    shown = plain(pieces(ledger, long_one, limit=60))
    assert "…" in shown and " ".join(long_one.cue.split()) in " ".join(shown.split())


# 4. The pager ----------------------------------------------------------------------------------------------

FAKE_PAGER = ("import os, sys; data = sys.stdin.read(); "
              "open(os.environ['FAKE_PAGER_OUT'], 'w', encoding='utf-8').write(os.environ.get('LESS', '-') + '\\n' + data)")


@pytest.fixture
def tty(monkeypatch):
    """Pretend stdout is a terminal, so that the pager is used."""
    from factcheck.render import pager

    monkeypatch.setattr(pager, "is_terminal", lambda stream: True)


def fake_pager(tmp_path: Path) -> tuple[str, Path]:
    script = tmp_path / "pager.py"
    script.write_text(FAKE_PAGER, encoding="utf-8")
    return f"{sys.executable} {script}", tmp_path / "paged.txt"


def test_long_output_goes_through_the_pager_with_less_frx(runner, tty, tmp_path, monkeypatch):
    command, paged = fake_pager(tmp_path)
    monkeypatch.delenv("LESS", raising=False)
    out = run(runner, "compare", env={"PAGER": command, "FAKE_PAGER_OUT": str(paged), "FACTCHECK_PAGER": None})
    assert out == ""
    less, _, text = paged.read_text(encoding="utf-8").partition("\n")
    assert less == "FRX" and "Headline conflicts" in text
    assert "\x1b[" in text  # colour on a terminal: less -R shows it


def test_factcheck_pager_wins_and_a_set_less_is_kept(runner, tty, tmp_path):
    command, paged = fake_pager(tmp_path)
    run(runner, "compare", "--no-color",
        env={"FACTCHECK_PAGER": command, "PAGER": "false", "FAKE_PAGER_OUT": str(paged), "LESS": "S"})
    less, _, text = paged.read_text(encoding="utf-8").partition("\n")
    assert less == "S" and "\x1b[" not in text  # --no-color holds through the pager


def test_no_pager_short_output_and_pipes_do_not_page(runner, tty, tmp_path):
    command, paged = fake_pager(tmp_path)
    env = {"PAGER": command, "FAKE_PAGER_OUT": str(paged), "FACTCHECK_PAGER": None}
    assert "Headline conflicts" in run(runner, "compare", "--no-pager", env=env)
    assert "Ilham Aliyev" in run(runner, "show", "aliyev", env={**env, "LINES": "200"})  # fits: not paged
    assert not paged.exists()


def test_a_missing_pager_shows_the_text_unpaged(runner, tty):
    out = run(runner, "compare", "--no-color", env={"FACTCHECK_PAGER": "no-such-pager-factcheck"})
    assert "Headline conflicts" in out


def test_pager_is_never_used_when_not_a_terminal(runner, tmp_path):
    command, paged = fake_pager(tmp_path)
    out = run(runner, "annotate", "sofrep-2023", env={"PAGER": command, "FAKE_PAGER_OUT": str(paged)})
    assert "SOFREP 2023" in out and not paged.exists()


# 5. Layout at 80 columns -----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["compare"], ["show", "azerbaijan"], ["show", "georgia"], ["claims"],
                                  ["topics"], ["annotate", "kuzio-2022", "--no-pager"], ["sources"],
                                  ["check", "Azerbaijan is Ukraine's only strategic ally"]])
def test_every_line_fits_80_columns(runner, args):
    assert widest(run(runner, *args, "--no-color")) <= 80


def test_labels_and_badges_are_never_split(runner):
    from factcheck.api import load

    ledger = load(SHIPPED)
    out = run(runner, "compare", "--no-color") + run(runner, "show", "georgia", "--no-color") + \
        run(runner, "show", "azerbaijan", "--no-color")
    lines = out.splitlines()
    assert "may be change over time" in out and "SINGLE SOURCE" in out and "IN TENSION" in out
    labels = ["may be change over time", "SINGLE SOURCE", "IN TENSION", "RECORD ONLY", "against the public record",
              "within one source", "across sources"]
    labels += [p.label for t in ledger.topics.values() for p in t.scale if " " in p.label]
    for before, after in zip(lines, lines[1:], strict=False):
        joined = before.rstrip() + " " + after.strip()
        for label in labels:
            # a label that reads across a line break (and on neither line whole) was split
            if label in joined and label not in before and label not in after:
                assert not (before.rstrip().endswith(label.split()[0]) or after.strip().startswith(label.split()[-1])) \
                    or "“" in joined, (label, before, after)


def test_wrapped_lines_hang_under_their_first(runner):
    out = run(runner, "compare", "--no-color")
    lines = out.splitlines()
    for before, line in zip(lines, lines[1:], strict=False):
        if before.startswith("    Azerbaijan: Does it stand with Ukraine diplomatically"):
            assert line.startswith("      votes?")  # the question hangs under its first line
            break
    else:
        pytest.fail("no wrapped question found")


def test_claims_shows_whole_ids_and_quotes(runner):
    from factcheck.api import load

    out = run(runner, "claims", "--no-color")
    for claim in load(SHIPPED).claims:
        assert claim.id in out
    assert "“Azerbaijan is Ukraine’s only strategic ally in the South Caucasus”" in out


def test_annotate_has_a_fixed_margin_and_brackets_without_colour(runner):
    out = run(runner, "annotate", "sofrep-2023", "--no-color", "--no-pager")
    body = [line for line in out.splitlines() if " | " in line]
    assert len({line.index(" | ") for line in body}) == 1
    flat = " ".join(out.split())
    assert "[Azerbaijan, which has claimed to fight against Russia" in flat
    assert "Claim spans are in [brackets]" in flat
    coloured = " ".join(ANSI.sub("", run(runner, "annotate", "sofrep-2023", "--color", "--no-pager")).split())
    assert "Claim spans are underlined" in coloured and "[Azerbaijan, which" not in coloured


# 6. One story across commands ------------------------------------------------------------------------------

def test_one_verdict_per_subject_and_topic_in_compare_show_and_check(runner):
    document = json.loads(run(runner, "compare", "--json"))
    verdicts = {(v["subject"], v["topic"]): v["verdict"] for v in document["verdicts"]}
    shown = json.loads(run(runner, "show", "azerbaijan", "--json"))
    for topic in shown["topics"]:
        key = (topic["subject"], topic["topic"])
        if key in verdicts:
            assert topic["verdict"] == verdicts[key], key
    checked = json.loads(run(runner, "check", "Azerbaijan is Ukraine's only strategic ally", "--json"))
    for item in checked["verdicts"]:
        assert item["verdict"] == verdicts[(item["subject"], item["topic"])]
    tensions = {(f["subject"]["id"], f["topic"]["id"]) for f in document["findings"] if f["kind"] == "tension"}
    for key in tensions:
        assert verdicts[key] in ("conflicting", "in tension")  # never "consistent" beside a tension


def test_claimreview_carries_the_same_verdict(runner):
    verdicts = {(v["subject"], v["topic"]): v["verdict"] for v in json.loads(run(runner, "compare", "--json"))["verdicts"]}
    ledger_claims = {c["id"]: c for c in json.loads(run(runner, "claims", "--json"))["claims"]}
    graph = json.loads(run(runner, "compare", "--format", "claimreview"))["@graph"]
    assert graph
    for review in graph:
        claim = ledger_claims[review["@id"].removeprefix("#review-")]
        verdict = verdicts[(claim["subject"], claim["topic"])]
        assert f"): {verdict}." in review["reviewBody"]


def test_no_single_source_beside_a_within_source_finding(runner):
    findings = json.loads(run(runner, "compare", "--json"))["findings"]
    within = {(f["subject"]["id"], f["topic"]["id"]) for f in findings
              if f["scope"] == "within-source" and not f["garbled"]}  # a garbled sentence's error is no signal
    single = {(f["subject"]["id"], f["topic"]["id"]) for f in findings if f["kind"] == "single-source"}
    assert within and not within & single
    assert [f["number"] for f in findings] == list(range(1, len(findings) + 1))


def test_topics_only_the_record_speaks_to_are_labelled_record_only(runner):
    from factcheck.api import compare, load

    ledger = load(SHIPPED)
    for verdict in compare(ledger).verdicts:
        record_only = all(ledger.sources[s].kind == "record" for s in verdict.sources)
        assert (verdict.verdict.value == "record only") == record_only


# 7. Say what was asked -------------------------------------------------------------------------------------

def test_filtered_reports_state_ledger_and_filters(runner):
    markdown = run(runner, "compare", "--kind", "contradiction", "--format", "markdown")
    assert f"Ledger {SHIPPED}" in markdown and re.search(r"filters: kind contradiction \(\d+ of \d+ findings\)",
                                                          markdown)
    assert "| disputed | 0 |" not in markdown
    text = run(runner, "compare", "--kind", "contradiction", "--country", "Baku", "--no-color")
    assert "filters: country Azerbaijan; kind contradiction" in text
    page = run(runner, "compare", "--kind", "contradiction", "--format", "html")
    assert "filters: kind contradiction" in page and html_escape_path(SHIPPED) in page
    assert "no filters" in run(runner, "compare", "--brief", "--no-color")


def html_escape_path(path: str) -> str:
    import html

    return html.escape(path)


def test_plurals_are_right():
    from factcheck.render.words import counted, plural_kind
    from factcheck.vocabulary import Kind

    assert counted(1, "finding") == "1 finding" and counted(0, "finding") == "0 findings"
    assert plural_kind(Kind.TENSION, 1) == "1 tension" and plural_kind(Kind.TENSION, 2) == "2 tensions"


def test_one_finding_is_one_finding(runner):
    out = run(runner, "compare", "--source", "sofrep-2023", "--topic", "vote-a-res-68-262", "--no-color")
    assert "1 finding," in out or "1 finding " in out or "1 finding\n" in out
    assert "1 findings" not in out


# 8. Find your way ------------------------------------------------------------------------------------------

def test_topics_lists_ids_questions_kinds_scales_and_counts(runner):
    out = run(runner, "topics", "--no-color")
    assert "backs-ukraine" in out and "Does it back Ukraine against Russia's invasion?" in out
    assert "sides with Russia against Ukraine < leans toward Russia" in out
    data = json.loads(run(runner, "topics", "--json"))
    from factcheck.api import load

    assert sum(t["claims"] for t in data["topics"]) == len(load(SHIPPED).claims)
    assert {"id", "question", "kind", "scale", "claims"} <= set(data["topics"][0])


def test_unknown_topic_points_to_the_topics_command(runner):
    result = runner.invoke(cli, ["compare", "--topic", "vote", "--claims", SHIPPED])
    assert result.exit_code == 2 and "factcheck topics" in result.stderr


def test_show_on_a_person_shows_their_claims_and_leads_to_their_country(runner):
    out = " ".join(run(runner, "show", "Aliyev", "--no-color").split())
    assert "Claims that name Ilham Aliyev" in out and "Aliyev and Putin cemented an alliance" in out
    assert "factcheck show azerbaijan" in out
    assert "Nikol Pashinyan" in run(runner, "show", "Pashinyan", "--no-color")
    assert "recognize the Karabakh region" in " ".join(run(runner, "show", "Pashinyan", "--no-color").split())


def test_country_matches_the_other_party_unless_subject_only(runner):
    both = json.loads(run(runner, "compare", "--country", "ukraine", "--json"))["findings"]
    subject = json.loads(run(runner, "compare", "--country", "ukraine", "--subject-only", "--json"))["findings"]
    assert len(both) > len(subject) >= 1
    assert any(f["subject"]["id"] == "azerbaijan" for f in both)


@pytest.mark.parametrize("args", [["annotate", "SOFREP 2023", "--no-pager"], ["annotate", "sofrep 2023", "--no-pager"],
                                  ["compare", "--source", "Kuzio 2022", "--brief"],
                                  ["claims", "--source", "Expert News 2025"]])
def test_a_source_is_accepted_by_id_or_short_name(runner, args):
    run(runner, *args, "--no-color")


def test_unknown_source_suggests(runner):
    result = runner.invoke(cli, ["annotate", "SOFREP 2032", "--claims", SHIPPED])
    assert result.exit_code == 2 and "SOFREP 2023" in result.stderr


def test_shell_completion_for_sources_countries_and_topics(monkeypatch):
    from factcheck.cli.common import entity_completion, source_completion, topic_completion

    monkeypatch.setenv("FACTCHECK_CLAIMS", SHIPPED)
    ctx = cli.make_context("factcheck", ["compare"], resilient_parsing=True)
    assert [i.value for i in source_completion(ctx, None, "sof")] == ["sofrep-2023"]
    assert "backs-ukraine" in [i.value for i in topic_completion(ctx, None, "back")]
    assert "Azerbaijan" in [i.value for i in entity_completion(ctx, None, "Az")]
    compare_params = {p.name: p for p in cli.commands["compare"].params}
    assert compare_params["sources_given"]._custom_shell_complete is source_completion
    assert compare_params["topics"]._custom_shell_complete is topic_completion
    assert compare_params["countries"]._custom_shell_complete is entity_completion


# 9. A page to share ----------------------------------------------------------------------------------------

class Structure(html.parser.HTMLParser):
    """Tags, ids, classes and every external reference of a page; fails on a tag closed out of order."""

    VOID = {"meta", "br", "link", "img", "input", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.ids, self.classes, self.external = [], [], set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        self.classes += (attrs.get("class") or "").split()
        for key in ("src", "srcset"):
            if key in attrs:
                self.external.append(attrs[key])
        if tag == "link":
            self.external.append(attrs.get("href"))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()


def parse(page: str) -> Structure:
    structure = Structure()
    structure.feed(page)
    assert not structure.stack
    return structure


def test_compare_html_is_one_self_contained_page(runner):
    page = run(runner, "compare", "--format", "html")
    assert page.startswith("<!DOCTYPE html>")
    structure = parse(page)
    assert "script" not in structure.tags and not structure.external and "@import" not in page
    assert "style" in structure.tags and 'name="viewport"' in page and "@media print" in page
    assert {"overview", "findings", "sources"} <= structure.ids
    findings = json.loads(run(runner, "compare", "--json"))["findings"]
    assert structure.classes.count("finding") == len(findings)
    assert "matrix" in structure.classes and "<mark>only strategic ally</mark>" in page
    assert 'class="reported"' in page and "line 7" in page and "~2023-05" in page


def test_show_html(runner):
    page = run(runner, "show", "azerbaijan", "--format", "html")
    structure = parse(page)
    assert "matrix" in structure.classes and "script" not in structure.tags
    assert "Does it back Ukraine against Russia&#x27;s invasion?" in page


def test_html_escapes_hostile_text(runner, mini):
    from tests.test_compare_cli import hostile

    hostile(mini)
    result = runner.invoke(cli, ["compare", "--format", "html", "--claims", str(mini)], catch_exceptions=False)
    page = result.stdout
    assert "\x1b" not in page and "\u202e" not in page
    assert "[bold red]BOOM[/]" in page and "&lt;U+202E&gt;evil" in page
    assert "Ruri[link=http://evil.example]tania" in page
    parse(page)


def _png_is_not_blank(path: Path) -> bool:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            chunks.append(data[at + 8:at + 8 + length])
        at += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    return len(set(pixels)) > 16  # a blank page filters to a handful of byte values


CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


@pytest.mark.skipif(CHROMIUM is None, reason="no headless browser (Debian: apt-get install chromium)")
def test_html_renders_in_a_headless_browser(runner, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(run(runner, "compare", "--format", "html"), encoding="utf-8")
    shots = {}
    for name, size in (("phone", "420,900"), ("desk", "1000,1200")):
        shot = tmp_path / f"{name}.png"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={shot}", f"--window-size={size}", page.as_uri()],
                       capture_output=True, timeout=120, check=False)
        if not shot.exists():
            pytest.skip("the browser could not take a screenshot here")
        shots[name] = shot
    assert all(_png_is_not_blank(shot) for shot in shots.values())


def test_overview_fits_one_screen_on_a_large_ledger(runner, tmp_path):
    from benchmarks.generate import generate

    path = generate(2000, tmp_path / "big")  # 20 sources: more columns than 80 columns hold
    result = runner.invoke(cli, ["compare", "--brief", "--no-color", "--claims", str(path)], env=NARROW,
                           catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert len(lines) <= 23 and widest(result.stdout) <= 80
    assert "Headline conflicts" in result.stdout and "not shown; --format html shows all" in result.stdout


def test_a_source_at_odds_with_itself_reads_as_one_speaker_on_one_line():
    from factcheck.api import compare, load
    from factcheck.vocabulary import Scope

    report = compare(load(SHIPPED))
    within = [f.explanation for f in report.findings if f.scope is Scope.WITHIN]
    assert within
    assert not any(re.search(r"\blines (\d+) and \1\b", text) for text in within)  # "(both on line 23)"
    assert not any("and also say " in text or "and also answer " in text for text in within)


def test_a_second_claim_of_the_same_source_is_explained(runner):
    out = run(runner, "compare", "--no-color", "--no-pager")
    assert "+1 more" not in out
    assert "(this source says the same in another claim: " in out
