"""The public API: what `import factcheck` offers, used as the README shows."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import factcheck
from tests.conftest import ROOT

SHIPPED = ROOT / "claims.yaml"


def test_all_names_resolve():
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None
    with pytest.raises(AttributeError):
        factcheck.no_such_name  # noqa: B018


def test_load_compare_check_and_to_dict():
    ledger = factcheck.load(SHIPPED)
    report = factcheck.compare(ledger)
    top = report.findings[0]
    assert isinstance(top, factcheck.Finding) and top.kind in set(factcheck.Kind)
    data = factcheck.to_dict(ledger, top)
    assert json.loads(json.dumps(data)) == data and data["id"] == top.id
    assert all(isinstance(c, dict) for side in data["sides"] for h in side["holdings"] for c in h["claims"])
    result = factcheck.check(ledger, "Armenia is Russia's main ally", report)
    assert result.verdict and result.evidence


def test_load_refuses_a_ledger_with_problems(mini):
    text = (mini).read_text(encoding="utf-8").replace("topic: tanks", "topic: tank", 1)
    mini.write_text(text, encoding="utf-8")
    with pytest.raises(factcheck.LedgerInvalid) as caught:
        factcheck.load(mini)
    assert any("unknown topic 'tank'" in str(p) for p in caught.value.problems)


def test_import_is_cheap():
    # the API must not slow the command line's start-up: importing factcheck loads no engine
    code = "import sys, factcheck; print(sorted(m for m in sys.modules if m.startswith('factcheck')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['factcheck']"


def test_check_compiles_a_ledgers_vocabulary_once(monkeypatch, mini):
    # a script checks many statements against one ledger: the vocabulary (a second or two for the shipped
    # ledger) is compiled for the first, and again only for another ledger
    import factcheck.api as api

    compiled = []
    real = api.Vocabulary
    monkeypatch.setattr(api, "Vocabulary", lambda ledger: compiled.append(ledger) or real(ledger))
    monkeypatch.setattr(api, "_LAST", None)
    ledger = factcheck.load(mini)
    report = factcheck.compare(ledger)
    first = factcheck.check(ledger, "Freedonia sends tanks", report)
    assert factcheck.check(ledger, "Freedonia sends tanks", report) == first and len(compiled) == 1
    factcheck.check(factcheck.load(mini), "Freedonia sends tanks")
    assert len(compiled) == 2
