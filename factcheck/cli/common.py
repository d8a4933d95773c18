"""What the commands share: options, loading the ledger, shell completion, id checks."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from factcheck.errors import UnusableInput
from factcheck.ledger.locate import locate_ledger

if TYPE_CHECKING:
    from factcheck.ledger.model import Entity, Ledger, Source


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
    from factcheck.ledger.files import decode, read_stdin
    from factcheck.ledger.load import load_ledger, load_valid_ledger

    location = locate_ledger(claims_path)
    if location.origin == "stdin":
        path, shown = Path.cwd() / "claims.yaml", "<stdin>"
        text = decode(read_stdin("ledger"), shown)
    else:
        text, path, shown = None, location.path, str(location.path)
    if strict:
        return load_valid_ledger(path, text, shown), [], shown
    ledger, problems = load_ledger(path, text, shown)
    return ledger, problems, shown


def console_for(color: bool | None):
    """A rich console for stdout (imported lazily: rich costs start-up time)."""
    from factcheck.render.terminal import make_console

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


def check_ids(what: str, given, known) -> None:
    """Refuse ids the ledger does not have, with a 'did you mean' hint."""
    from factcheck.ledger.schema import suggest

    for item in given:
        if item not in known:
            hint = suggest(item, known)
            raise UnusableInput(f"unknown {what} '{item}'" + (f"; {hint}" if hint else ""))


def claim_counts(ledger: Ledger) -> dict[str, int]:
    """How many claims each source has."""
    counts: dict[str, int] = {}
    for claim in ledger.claims:
        counts[claim.source] = counts.get(claim.source, 0) + 1
    return counts


def resolve_name(ledger: Ledger, name: str) -> Entity:
    """The entity a typed name means; says on stderr what an inexact name resolved to."""
    from factcheck.reading.names import resolve_entity
    from factcheck.textsafe import one_line

    found = resolve_entity(ledger, name)
    if found.how != "exact":
        click.echo(one_line(f"factcheck: '{name}' resolved to {found.entity.name} ({found.entity.id})"), err=True)
    return found.entity


def registered_source(ledger: Ledger, spec: str) -> Source | None:
    """The source `spec` names, by id or by the path of its file; None when it names none."""
    if spec in ledger.sources:
        return ledger.sources[spec]
    candidate = Path(spec).resolve()
    return next((s for s in ledger.sources.values() if s.path == candidate), None)


def source_by_name(ledger: Ledger, spec: str) -> Source:
    """A registered source by id or path; anything else is refused with a suggestion."""
    from factcheck.ledger.schema import suggest

    found = registered_source(ledger, spec)
    if found is None:
        hint = suggest(spec, ledger.sources)
        raise UnusableInput(f"'{spec}' is not a registered source" + (f"; {hint}" if hint else "") +
                            " (register it with 'factcheck add')")
    return found
