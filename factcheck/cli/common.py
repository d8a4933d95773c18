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
    from factcheck.render.page import make_console

    return make_console(color)


def pager_option(func):
    """--pager/--no-pager: page long output on a terminal (default), or never."""
    return click.option("--pager/--no-pager", "pager", default=None,
                        help="Page long output through $FACTCHECK_PAGER, $PAGER or less (default: only on a "
                             "terminal, and only when it does not fit).")(func)


def _completion_ledger(ctx: click.Context):
    try:
        ledger, _, _ = read_ledger(ctx.params.get("claims_path"), strict=False)
    except Exception:  # noqa: BLE001 - completion must never fail loudly
        return None
    return ledger


def _complete(names, incomplete: str):
    from click.shell_completion import CompletionItem

    prefix = incomplete.casefold()
    return [CompletionItem(n) for n in sorted(set(names)) if n.casefold().startswith(prefix)]


def entity_completion(ctx: click.Context, param: click.Parameter, incomplete: str):
    """Shell completion: the names of the ledger's entities."""
    ledger = _completion_ledger(ctx)
    return _complete((n for e in ledger.entities.values() for n in e.names()), incomplete) if ledger else []


def source_completion(ctx: click.Context, param: click.Parameter, incomplete: str):
    """Shell completion: the ledger's source ids."""
    ledger = _completion_ledger(ctx)
    return _complete(ledger.sources, incomplete) if ledger else []


def topic_completion(ctx: click.Context, param: click.Parameter, incomplete: str):
    """Shell completion: the ledger's topic ids."""
    ledger = _completion_ledger(ctx)
    return _complete(ledger.topics, incomplete) if ledger else []


def check_ids(what: str, given, known) -> None:
    """Refuse ids the ledger does not have, with a 'did you mean' hint."""
    from factcheck.ledger.schema import suggest

    for item in given:
        if item not in known:
            hints = [suggest(item, known) or ""]
            if what == "topic":
                hints.append("'factcheck topics' lists them")
            hint = "; ".join(h for h in hints if h)
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


def _folded(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def registered_source(ledger: Ledger, spec: str) -> Source | None:
    """The source `spec` names: by id, by short name (any case), or by the path of its file; else None."""
    if spec in ledger.sources:
        return ledger.sources[spec]
    wanted = _folded(spec)
    for source in ledger.sources.values():
        if wanted in (_folded(source.id), _folded(source.label)):
            return source
    candidate = Path(spec).resolve()
    return next((s for s in ledger.sources.values() if s.path == candidate), None)


def _source_hint(ledger: Ledger, spec: str) -> str:
    from factcheck.ledger.schema import suggest

    names = {**{s.label: s.id for s in ledger.sources.values()}, **{s: s for s in ledger.sources}}
    hint = suggest(spec, names)
    if hint:
        return f"; {hint}"
    return "; the sources are " + ", ".join(f"{s.id} ({s.label})" for s in ledger.sources.values())


def source_by_name(ledger: Ledger, spec: str) -> Source:
    """A registered source by id, short name or path; anything else is refused with a suggestion."""
    found = registered_source(ledger, spec)
    if found is None:
        raise UnusableInput(f"'{spec}' is not a registered source" + _source_hint(ledger, spec) +
                            " (register it with 'factcheck add')")
    return found


def source_ids(ledger: Ledger, given) -> list[str]:
    """The ids of the sources named by id or short name; an unknown one is refused with a suggestion."""
    found = []
    for spec in given:
        source = registered_source(ledger, spec)
        if source is None:
            raise UnusableInput(f"unknown source '{spec}'" + _source_hint(ledger, spec))
        found.append(source.id)
    return found


def ledger_label(shown: str) -> str:
    """How a report names its ledger: the path the user gave, or "the embedded default" for the copy
    installed with the package (its site-packages path says nothing to a reader)."""
    from factcheck.ledger.locate import embedded_ledger

    embedded = embedded_ledger()
    if embedded is not None and "_data" in embedded.parts and shown == str(embedded):
        return "the embedded default"
    return shown
