"""The small public API: load a ledger, compare it, check a statement, turn a finding into data."""
from __future__ import annotations

import json
import weakref
from pathlib import Path

from factcheck.findings.model import Finding, Report
from factcheck.findings.story import settled_report as _compare
from factcheck.ledger.load import load_valid_ledger
from factcheck.ledger.locate import locate_ledger
from factcheck.ledger.model import Ledger
from factcheck.reading.matching import CheckResult, check_statement
from factcheck.reading.phrases import Vocabulary
from factcheck.render.jsonout import finding_json


def load(path: str | Path | None = None) -> Ledger:
    """Load a ledger (default: as the command line finds it); raise LedgerInvalid if it has problems."""
    location = locate_ledger(str(path) if path is not None else None)
    return load_valid_ledger(location.path)


def compare(ledger: Ledger) -> Report:
    """Every finding and verdict the engine computes from the ledger, settled as every command shows them."""
    return _compare(ledger)


def check(ledger: Ledger, statement: str, report: Report | None = None) -> CheckResult:
    """What the ledger says about a statement: a verdict with its evidence."""
    return check_statement(ledger, report if report is not None else _compare(ledger), statement,
                           _vocabulary_of(ledger))


# the vocabulary of the last ledger checked: compiling it takes a second or two, and a script checks many
# statements against one ledger (a ledger changed in place after its first check is not compiled again)
_LAST: tuple[weakref.ref[Ledger], Vocabulary] | None = None


def _vocabulary_of(ledger: Ledger) -> Vocabulary:
    """The ledger's compiled vocabulary, compiled once for each ledger object in turn."""
    global _LAST
    if _LAST is None or _LAST[0]() is not ledger:
        _LAST = (weakref.ref(ledger), Vocabulary(ledger))
    return _LAST[1]


def to_dict(ledger: Ledger, finding: Finding) -> dict:
    """A finding as JSON-ready data, its claims embedded (the shape of `compare --format jsonl`)."""
    # through JSON and back: plain str, int, list and dict, as a script that reads `--json` sees them
    return dict(json.loads(json.dumps(finding_json(ledger, finding, embed=True))))
