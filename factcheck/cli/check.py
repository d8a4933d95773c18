"""The command that checks a statement against the ledger."""
from __future__ import annotations

import sys

import click

from factcheck.cli.app import cli
from factcheck.cli.common import claims_option, color_option, console_for, json_option, read_ledger
from factcheck.errors import EXIT_UNREADABLE, UsageError


@cli.command()
@click.argument("statement")
@claims_option
@json_option
@color_option
def check(statement: str, claims_path: str | None, as_json: bool, color: bool | None) -> None:
    """What do the sources say about STATEMENT? One verdict, with the evidence.

    The verdict is supported, refuted, conflicting evidence or not enough evidence (read, but the
    ledger does not decide it); a statement on no topic of the ledger is unreadable, and check
    then exits 4. With STATEMENT '-', statements are read from stdin, one per line (JSON Lines
    with --json).

    \b
    Example:
      factcheck check "Armenia is Russia's main ally"
      printf 'Turkey supports Ukraine\\nAzerbaijan did not vote on ES-11/1\\n' | factcheck check - --json
    """
    if not statement.strip():
        raise UsageError("the statement is empty: say what to check, or '-' to read statements from stdin")
    from factcheck.findings.story import settled_report, verdict_map
    from factcheck.ledger.files import stdin_lines
    from factcheck.reading.cache import cached_vocabulary
    from factcheck.reading.matching import check_statement
    from factcheck.reading.reader import Vocabulary
    from factcheck.render.check import check_json, render_check

    ledger, _, _ = read_ledger(claims_path)
    report = settled_report(ledger)
    verdicts = verdict_map(report)
    vocabulary: Vocabulary | None = None  # compiled at the first statement: bad input fails fast
    batch = statement == "-"
    statements = (line.strip() for line in stdin_lines()) if batch else iter([statement])
    console = console_for(color)
    unreadable = False
    for text in statements:
        if not text:
            continue
        vocabulary = vocabulary or cached_vocabulary(ledger)
        result = check_statement(ledger, report, text, vocabulary)
        unreadable |= not result.read
        if as_json:
            click.echo(check_json(ledger, result, verdicts), nl=False)
        else:
            render_check(console, ledger, result, verdicts)
    if unreadable:
        sys.exit(EXIT_UNREADABLE)
