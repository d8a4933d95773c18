"""The commands that bring in new material: init, add, extract, coverage."""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from factcheck.cli.app import cli
from factcheck.cli.common import check_ids, claims_option, json_option, read_ledger, registered_source
from factcheck.errors import UnusableInput
from factcheck.ledger.locate import locate_ledger
from factcheck.vocabulary import DEFAULT_MIN_SCORE


def _ledger_path_for_writing(claims_path: str | None) -> Path:
    location = locate_ledger(claims_path)
    if location.origin == "stdin":
        raise UnusableInput("a ledger read from stdin cannot be written; pass --claims PATH")
    return location.path


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path) -> None:
    """Copy the embedded ledger and its sources into DIRECTORY, to change them there.

    \b
    Example:
      factcheck init mywork && cd mywork && factcheck validate
    """
    from factcheck.ledger.edit import init_workspace

    path = init_workspace(directory)
    click.echo(f"factcheck: wrote {path} and its sources; run factcheck there to use it", err=True)


@cli.command()
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
    from factcheck.ledger.edit import add_source

    path = _ledger_path_for_writing(claims_path)
    entry = add_source(path, file, {**meta, "id": source_id})
    click.echo(f"factcheck: added source '{entry['id']}' ({entry['file']}) to {path}", err=True)
    click.echo(entry["id"])


def _text_to_read(ledger, spec: str, allow_plain: bool):
    """A source by id or path, '-' for stdin, or (allow_plain) any file: the registered source if any,
    its text and a name to show."""
    from factcheck.cli.common import source_by_name
    from factcheck.ledger.files import decode, read_stdin, read_text

    found = registered_source(ledger, spec)
    if found is not None:
        return found, found.text, found.id
    if not allow_plain:
        source_by_name(ledger, spec)  # raises, with a suggestion
    if spec == "-":
        return None, decode(read_stdin("source"), "<stdin>"), "<stdin>"
    return None, read_text(Path(spec), "source file"), spec


@cli.command()
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
    from factcheck.ledger.edit import append_claims
    from factcheck.reading.cache import cached_vocabulary
    from factcheck.reading.spotting import candidate_claims, spot
    from factcheck.render.candidates import candidates_json, candidates_yaml

    ledger, _, _ = read_ledger(claims_path, strict=False)
    registered, text, name = _text_to_read(ledger, source, allow_plain=not append)
    candidates = spot(ledger, text, min_score, vocabulary=cached_vocabulary(ledger))
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


@cli.command()
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
    from factcheck.reading.cache import cached_vocabulary
    from factcheck.reading.spotting import uncovered
    from factcheck.render.candidates import coverage_json, coverage_text

    ledger, _, _ = read_ledger(claims_path)
    check_ids("source", source_ids, ledger.sources)
    chosen = [s for s in ledger.sources.values()
              if (s.id in source_ids if source_ids else s.kind == "article")]
    vocabulary = cached_vocabulary(ledger)  # compiled (or loaded) once for every source
    gaps = {s.id: uncovered(ledger, s.id, min_score, vocabulary) for s in chosen}
    if as_json:
        click.echo(coverage_json(ledger, gaps), nl=False)
    else:
        click.echo(coverage_text(ledger, gaps, shutil.get_terminal_size((80, 24)).columns), nl=False)
