"""Where the ledger is: --claims, else $FACTCHECK_CLAIMS, else ./claims.yaml, else the installed copy."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import UnusableInput

ENV_VAR = "FACTCHECK_CLAIMS"
DEFAULT_NAME = "claims.yaml"
_PACKAGE = Path(__file__).resolve().parent.parent  # the factcheck package


@dataclass(frozen=True)
class LedgerLocation:
    """A ledger path and how it was chosen (for the status line on stderr)."""

    path: Path
    origin: str  # 'option', 'environment', 'working directory', 'embedded default', 'stdin'


def embedded_ledger() -> Path | None:
    """The ledger shipped with the package (or, in a source checkout, the repository's)."""
    for candidate in (_PACKAGE / "_data" / DEFAULT_NAME, _PACKAGE.parent / DEFAULT_NAME):
        if candidate.is_file():
            return candidate
    return None


def locate_ledger(option: str | None, cwd: Path | None = None) -> LedgerLocation:
    """Choose the ledger to read, in the documented order of precedence."""
    if option:
        if option == "-":
            return LedgerLocation(Path("-"), "stdin")
        return LedgerLocation(Path(option), "option")
    env = os.environ.get(ENV_VAR)
    if env:
        return LedgerLocation(Path(env), "environment")
    local = (cwd or Path.cwd()) / DEFAULT_NAME
    if local.is_file():
        return LedgerLocation(Path(DEFAULT_NAME) if cwd is None else local, "working directory")
    embedded = embedded_ledger()
    if embedded is None:
        raise UnusableInput(f"no ledger: pass --claims PATH, set ${ENV_VAR}, or run where "
                            f"{DEFAULT_NAME} is")
    return LedgerLocation(embedded, "embedded default")
