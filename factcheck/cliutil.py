"""Glue between click and the core: the error-mapping group, shared options, loading the ledger."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .errors import EXIT_INTERRUPTED, EXIT_OK, FactcheckError, UnusableInput
from .locate import locate_ledger
from .textsafe import one_line

if TYPE_CHECKING:
    from .model import Ledger


class FactcheckGroup(click.Group):
    """A group that turns library errors, Ctrl-C and a closed stdout into exit codes, never tracebacks."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {one_line(str(exc))}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None


def silence_stdout() -> None:
    """After the reader of stdout went away, point stdout at /dev/null so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def claims_option(func):
    """--claims PATH: which ledger to read."""
    return click.option(
        "--claims", "claims_path", metavar="PATH", default=None,
        help="Ledger to read ('-' for stdin). Default: $FACTCHECK_CLAIMS, else ./claims.yaml, "
             "else the embedded default.")(func)


def color_option(func):
    """--color/--no-color: force or forbid styling (default: rich decides; NO_COLOR is honoured)."""
    return click.option("--color/--no-color", "color", default=None,
                        help="Force or forbid colour (default: only on a terminal, and never with NO_COLOR).")(func)


def json_option(func):
    """--json: one JSON document on stdout."""
    return click.option("--json", "as_json", is_flag=True, help="Write one JSON document to stdout.")(func)


def read_ledger(claims_path: str | None, strict: bool = True):
    """Locate and load the ledger; with strict, a ledger with problems is refused (exit 2)."""
    from .loader import load_ledger, load_valid_ledger

    location = locate_ledger(claims_path)
    if location.origin == "stdin":
        from .loader import decode

        path, shown = Path.cwd() / "claims.yaml", "<stdin>"
        text = decode(sys.stdin.buffer.read(), shown)
    else:
        text, path, shown = None, location.path, str(location.path)
    if strict:
        return load_valid_ledger(path, text, shown), [], shown
    ledger, problems = load_ledger(path, text, shown)
    return ledger, problems, shown


def console_for(color: bool | None):
    """A rich console for stdout (imported lazily: rich costs start-up time)."""
    from .render.terminal import make_console

    return make_console(color)


def entity_completion(ctx: click.Context, param: click.Parameter, incomplete: str):
    """Shell completion: the names of the ledger's entities."""
    try:
        ledger, _, _ = read_ledger(ctx.params.get("claims_path"), strict=False)
    except Exception:  # noqa: BLE001 - completion must never fail loudly
        return []
    from click.shell_completion import CompletionItem

    prefix = incomplete.casefold()
    names = sorted({n for e in ledger.entities.values() for n in e.names()})
    return [CompletionItem(n) for n in names if n.casefold().startswith(prefix)]


def emit(chunks, size: int = 1 << 16) -> None:
    """Write text pieces to stdout in blocks (one write per piece would be slow for large output)."""
    buffer: list[str] = []
    held = 0
    for chunk in chunks:
        buffer.append(chunk)
        held += len(chunk)
        if held >= size:
            click.echo("".join(buffer), nl=False)
            buffer, held = [], 0
    if buffer:
        click.echo("".join(buffer), nl=False)


def check_ids(what: str, given, known) -> None:
    """Refuse ids the ledger does not have, with a 'did you mean' hint."""
    from .schema import suggest

    for item in given:
        if item not in known:
            hint = suggest(item, known)
            raise UnusableInput(f"unknown {what} '{item}'" + (f"; {hint}" if hint else ""))


def claim_counts(ledger: "Ledger") -> dict[str, int]:
    """How many claims each source has."""
    counts: dict[str, int] = {}
    for claim in ledger.claims:
        counts[claim.source] = counts.get(claim.source, 0) + 1
    return counts
