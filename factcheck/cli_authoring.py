"""Commands that bring in new material: init, add, extract, coverage, check, annotate."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from typing import TYPE_CHECKING

from .cliutil import check_ids, claims_option, color_option, console_for, json_option, read_ledger
from .constants import DEFAULT_MIN_SCORE
from .errors import UnusableInput
from .locate import locate_ledger

if TYPE_CHECKING:  # the model is imported by the commands that load a ledger, not at start-up
    from .model import Ledger, Source


def _ledger_path_for_writing(claims_path: str | None) -> Path:
    location = locate_ledger(claims_path)
    if location.origin == "stdin":
        raise UnusableInput("a ledger read from stdin cannot be written; pass --claims PATH")
    return location.path


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path) -> None:
    """Copy the embedded ledger and its sources into DIRECTORY, to change them there.

    \b
    Example:
      factcheck init mywork && cd mywork && factcheck validate
    """
    from .authoring import init_workspace

    path = init_workspace(directory)
    click.echo(f"factcheck: wrote {path} and its sources; run factcheck there to use it", err=True)


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@claims_option
@click.option("--id", "source_id", help="The source's id (default: from outlet and year).")
@click.option("--title", required=True, help="The document's title.")
@click.option("--outlet", default="", help="Where it was published.")
@click.option("--url", default="", help="Where it can be found.")
@click.option("--author", default="", help="Who wrote it.")
@click.option("--published", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--approximate", is_flag=True, help="The date is inferred, not printed on the document.")
@click.option("--kind", type=click.Choice(["article", "record"]), default="article", show_default=True)
@click.option("--short", default="", help="The name a reader sees (default: outlet and year).")
def add(file: Path, claims_path: str | None, source_id: str | None, **meta) -> None:
    """Register a new source: copy FILE unchanged into seeds/ and record it and its SHA-256.

    The ledger keeps its comments and layout; an existing id or file is refused, never overwritten.

    \b
    Example:
      factcheck add ~/Downloads/article.txt --title "Baku and Moscow" --outlet "Caucasus Watch" \\
          --published 2026-03 --approximate
    """
    from .authoring import add_source

    path = _ledger_path_for_writing(claims_path)
    entry = add_source(path, file, {**meta, "id": source_id})
    click.echo(f"factcheck: added source '{entry['id']}' ({entry['file']}) to {path}", err=True)
    click.echo(entry["id"])


def _source_text(ledger: "Ledger", spec: str, allow_plain: bool) -> "tuple[Source | None, str, str]":
    """A source by id or path (or '-' for stdin): the registered source if any, its text and a name."""
    if spec in ledger.sources:
        source = ledger.sources[spec]
        return source, source.text or "", source.id
    if spec == "-" and allow_plain:
        from .loader import decode

        return None, decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
    candidate = Path(spec).resolve()
    for source in ledger.sources.values():
        if source.path and source.path == candidate:
            return source, source.text or "", source.id
    if not allow_plain:
        from .schema import suggest

        hint = suggest(spec, ledger.sources)
        raise UnusableInput(f"'{spec}' is not a registered source" + (f"; {hint}" if hint else "") +
                            " (register it with 'factcheck add')")
    from .loader import read_text

    return None, read_text(Path(spec), "source file"), spec


@click.command()
@click.argument("source")
@claims_option
@click.option("--min-score", type=click.IntRange(0, 20), default=DEFAULT_MIN_SCORE, show_default=True,
              help="Leave out sentences scoring lower.")
@json_option
@click.option("--append", is_flag=True, help="Write the candidates into the ledger, marked unreviewed.")
def extract(source: str, claims_path: str | None, min_score: int, as_json: bool, append: bool) -> None:
    """Spot candidate claims in SOURCE (a source id, a file, or - for stdin), ranked, as ledger YAML.

    Each candidate says why it ranks where it does: the actors it names, the cue words that fired,
    numbers and dates. Page clutter is skipped.

    \b
    Example:
      factcheck extract caucasus-watch-2026 --min-score 5
      factcheck extract caucasus-watch-2026 --append && factcheck validate
    """
    from .authoring import append_claims, candidate_claims
    from .render.candidates import candidates_json, candidates_yaml
    from .spotting import spot

    ledger, _, _ = read_ledger(claims_path, strict=False)
    registered, text, name = _source_text(ledger, source, allow_plain=not append)
    candidates = spot(ledger, text, min_score)
    entries = candidate_claims(ledger, registered.id if registered else "NEW-SOURCE", candidates)
    if append:
        path = _ledger_path_for_writing(claims_path)
        append_claims(path, entries)
        click.echo(f"factcheck: appended {len(entries)} unreviewed claims from '{name}' to {path}", err=True)
        return
    if as_json:
        click.echo(candidates_json(ledger, name, candidates, entries), nl=False)
    else:
        click.echo(candidates_yaml(ledger, name, candidates, entries, registered is None), nl=False)


@click.command()
@claims_option
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Only this source.")
@click.option("--min-score", type=click.IntRange(0, 20), default=DEFAULT_MIN_SCORE, show_default=True)
@json_option
def coverage(claims_path: str | None, source_ids: tuple, min_score: int, as_json: bool) -> None:
    """For each source, the check-worthy sentences no claim covers yet.

    \b
    Example:
      factcheck coverage --source sofrep-2023
    """
    from .render.candidates import coverage_json, coverage_text
    from .spotting import uncovered

    ledger, _, _ = read_ledger(claims_path)
    check_ids("source", source_ids, ledger.sources)
    chosen = [s for s in ledger.sources.values()
              if (s.id in source_ids if source_ids else s.kind == "article")]
    gaps = {s.id: uncovered(ledger, s.id, min_score) for s in chosen}
    click.echo((coverage_json if as_json else coverage_text)(ledger, gaps), nl=False)


@click.command()
@click.argument("statement")
@claims_option
@json_option
@color_option
def check(statement: str, claims_path: str | None, as_json: bool, color: bool | None) -> None:
    """What do the sources say about STATEMENT? One verdict, with the evidence.

    The verdict is supported, refuted, conflicting evidence or not enough evidence. With STATEMENT
    '-', statements are read from stdin, one per line (JSON Lines with --json).

    \b
    Example:
      factcheck check "Armenia is Russia's main ally"
      printf 'Turkey supports Ukraine\\nAzerbaijan did not vote on ES-11/1\\n' | factcheck check - --json
    """
    from .engine import compare
    from .matching import check_statement
    from .render.checkout import check_json, render_check

    ledger, _, _ = read_ledger(claims_path)
    report = compare(ledger)
    batch = statement == "-"
    statements = [line.strip() for line in sys.stdin] if batch else [statement]
    console = None if as_json else console_for(color)
    for text in statements:
        if not text:
            continue
        result = check_statement(ledger, report, text)
        if as_json:
            click.echo(check_json(ledger, result, compact=batch), nl=False)
        else:
            render_check(console, ledger, result)


@click.command()
@click.argument("source")
@claims_option
@color_option
@click.option("--pager/--no-pager", default=None, help="Page long output (default: on a terminal).")
def annotate(source: str, claims_path: str | None, color: bool | None, pager: bool | None) -> None:
    """SOURCE's text as received, with each claim underlined and its findings in the margin.

    \b
    Example:
      factcheck annotate sofrep-2023
      factcheck annotate seeds/000_62b8ca9d3b454acc.txt --no-color | less
    """
    from .engine import compare
    from .render.annotate import render_annotated

    ledger, _, _ = read_ledger(claims_path)
    registered, _, _ = _source_text(ledger, source, allow_plain=False)
    report = compare(ledger)
    console = console_for(color)
    use_pager = console.is_terminal if pager is None else pager
    if use_pager and (registered.text or "").count("\n") + 10 > console.height:
        with console.pager(styles=True):
            render_annotated(console, ledger, registered, report.findings)
    else:
        render_annotated(console, ledger, registered, report.findings)


COMMANDS = [init, add, extract, coverage, check, annotate]
