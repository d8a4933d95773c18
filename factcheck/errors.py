"""Errors and problems, and the exit codes they map to."""
from __future__ import annotations

from dataclasses import dataclass

# The exit-code contract (documented in README.md).
EXIT_OK = 0
EXIT_FINDINGS = 1  # validate found problems; compare --fail-on matched
EXIT_USAGE = 2  # bad usage or unusable input
EXIT_CONFLICT = 3  # a writer found the ledger changed since it was read; nothing was written
EXIT_UNREADABLE = 4  # check could not read a statement (no topic of the ledger recognised)
EXIT_BUG = 70  # factcheck itself failed (sysexits' EX_SOFTWARE): one line, the traceback with FACTCHECK_DEBUG=1
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the ledger, tied to a file and line."""

    path: str
    line: int | None
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class FactcheckError(Exception):
    """An error that stops a command; carries a one-line message and exit code."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.path:
            return f"{self.path}: {self.message}"
        return self.message


class UnusableInput(FactcheckError):
    """The input cannot be read or parsed at all."""


class UsageError(FactcheckError):
    """The command was asked for something contradictory or impossible."""


class WriteConflict(FactcheckError):
    """The ledger changed on disk after it was read; nothing was written."""

    exit_code = EXIT_CONFLICT


class LedgerInvalid(FactcheckError):
    """The ledger loaded but has problems; commands other than validate refuse it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more; run 'factcheck validate')" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}")

    def __str__(self) -> str:
        return self.message
