"""Hostile bytes in any field of a ledger or a source are shown, never obeyed: in every command, every
format and both streams, no raw control character or bidirectional override gets out."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.cli import cli
from tests.conftest import MINI

EVIL = "\x1b[31m\x9b2J\u202e\x07\x85"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The mini ledger with a hostile tail on every id, reference, name, alias, label, title and file name."""
    folder = tmp_path_factory.mktemp("hostile") / "h"
    shutil.copytree(MINI, folder)
    data = yaml.safe_load((folder / "claims.yaml").read_text(encoding="utf-8"))
    alpha = f"al{EVIL}pha.txt"
    text = (folder / "alpha.txt").read_text(encoding="utf-8").replace("true ally", f"true{EVIL} ally")
    (folder / alpha).write_text(text, encoding="utf-8")
    (folder / "alpha.txt").unlink()
    for source in data["sources"]:
        source["id"] += EVIL
        for key in ("short", "title", "outlet"):
            if key in source:
                source[key] += EVIL
        if source["file"] == "alpha.txt":
            source["file"] = alpha
            source["sha256"] = hashlib.sha256((folder / alpha).read_bytes()).hexdigest()
    for entity in data["entities"]:
        entity["id"] += EVIL
        entity["name"] += EVIL
        entity["aliases"] = [a + EVIL for a in entity.get("aliases", [])]
    for topic in data["topics"]:
        topic["id"] += EVIL
        topic["question"] += EVIL
    for claim in data["claims"]:
        for key in ("id", "source", "subject", "topic"):
            claim[key] += EVIL
        for key in ("quote", "cue"):
            if key in claim:
                claim[key] = claim[key].replace("true ally", f"true{EVIL} ally")
    twin = next(dict(c) for c in data["claims"] if c["id"].startswith("a-ally"))
    twin["id"] = "a-ally-twin" + EVIL  # a holding of two claims: "(this source says the same in another claim: a-ally-twin...)"
    data["claims"].append(twin)
    (folder / "claims.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=False), encoding="utf-8")
    return folder / "claims.yaml"


def test_the_hostile_ledger_loads(runner, hostile):
    result = runner.invoke(cli, ["validate", "--claims", str(hostile)])
    assert result.exit_code == 0, result.stdout + result.stderr


COMMANDS = [
    ["validate", "--anchors"], ["validate", "--json"], ["sources"], ["sources", "--json"], ["claims"],
    ["claims", "--json"], ["compare"], ["compare", "--json"], ["compare", "--format", "jsonl"],
    ["compare", "--format", "markdown"], ["compare", "--format", "html"], ["show", "ruritanian", "--format", "html"], ["compare", "--format", "claimreview"], ["compare", "--format", "fever"],
    ["compare", "--country", "ruritanian"], ["show", "ruritanian"], ["show", "Ruritanian", "--json"],
    ["show", "Strelsau"], ["show", "Ruritania" + EVIL], ["show", "ruritania" + EVIL], ["annotate", "alpha" + EVIL, "--no-pager"], ["coverage"], ["coverage", "--json"],
    ["check", "Ruritania sent 5 tanks to the front."], ["check", "Ruritania sent 5 tanks", "--json"],
    ["extract", "alpha" + EVIL], ["extract", "alpha" + EVIL, "--json"],
    ["compare", "--source", "alpha"], ["claims", "--topic", "back"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a).replace(EVIL, "!") for a in COMMANDS])
@pytest.mark.parametrize("color", ["--no-color", "--color"])
def test_no_raw_control_characters_reach_any_stream(runner, hostile, args, color):
    colored = [color] if args[0] not in ("validate", "coverage", "extract") and "--json" not in args \
        and "--format" not in args else []
    result = runner.invoke(cli, [*args, *colored, "--claims", str(hostile)])
    assert result.exit_code in (0, 1, 2, 4), (result.exception, result.stderr)
    assert "Traceback" not in result.stderr
    out = result.stdout
    if color == "--color":  # rich's own styling is the only escape allowed
        out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    for stream, text in (("stdout", out), ("stderr", result.stderr)):
        found = RAW.search(text)
        assert found is None, f"{stream} carries a raw U+{ord(found.group()):04X}: {text[max(0, found.start() - 60):found.end() + 20]!r}"


def test_json_escapes_c1_and_bidi_and_still_parses(runner, hostile):
    result = runner.invoke(cli, ["claims", "--json", "--claims", str(hostile)])
    data = json.loads(result.stdout)
    assert any(EVIL in claim["id"] for claim in data["claims"])  # the data is intact ...
    assert "\\u202e" in result.stdout and "\\u009b" in result.stdout  # ... and escaped on the way out
