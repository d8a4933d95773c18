"""factcheck: a ledger of claims anchored in their sources, and the findings across them.

The library behind the command line (README.md, "Python API")::

    import factcheck

    ledger = factcheck.load("claims.yaml")           # sources read, every quote anchored
    report = factcheck.compare(ledger)               # findings and verdicts, as dataclasses
    for finding in report.findings[:3]:
        print(finding.kind, finding.severity, finding.explanation)
    result = factcheck.check(ledger, "Armenia is Russia's main ally", report)
    print(result.verdict)
    data = factcheck.to_dict(ledger, report.findings[0])   # the same shape as `compare --json`

Names are imported on first use, so that `import factcheck` (and the command line's start-up)
stays cheap."""
from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "CheckResult",
    "Claim",
    "Finding",
    "Kind",
    "Ledger",
    "LedgerInvalid",
    "Report",
    "Scope",
    "Severity",
    "UnusableInput",
    "Verdict",
    "__version__",
    "check",
    "compare",
    "load",
    "to_dict",
]

# name -> (module, attribute)
_EXPORTS = {
    "load": ("factcheck.api", "load"),
    "compare": ("factcheck.api", "compare"),
    "check": ("factcheck.api", "check"),
    "to_dict": ("factcheck.api", "to_dict"),
    "Ledger": ("factcheck.ledger.model", "Ledger"),
    "Claim": ("factcheck.ledger.model", "Claim"),
    "Finding": ("factcheck.findings.model", "Finding"),
    "Report": ("factcheck.findings.model", "Report"),
    "CheckResult": ("factcheck.reading.matching", "CheckResult"),
    "Kind": ("factcheck.vocabulary", "Kind"),
    "Scope": ("factcheck.vocabulary", "Scope"),
    "Severity": ("factcheck.vocabulary", "Severity"),
    "Verdict": ("factcheck.vocabulary", "Verdict"),
    "LedgerInvalid": ("factcheck.errors", "LedgerInvalid"),
    "UnusableInput": ("factcheck.errors", "UnusableInput"),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        # read from package metadata only when asked for: importlib.metadata costs more start-up
        # time than the rest of `factcheck --help`
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("factcheck")
        except PackageNotFoundError:  # a source tree that is not installed
            return "0+unknown"
    if name in _EXPORTS:
        module, attribute = _EXPORTS[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'factcheck' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(__all__)
