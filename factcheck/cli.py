"""The command line: parse arguments, call the core, hand results to a renderer, map errors to exit codes."""
from __future__ import annotations

import gc
import sys

import click

from .cliutil import (FactcheckGroup, claim_counts, claims_option, color_option, console_for, emit,
                      check_ids, entity_completion, json_option, read_ledger, silence_stdout)
from .errors import EXIT_FINDINGS, EXIT_OK
from .textsafe import one_line

KIND_CHOICES = ("contradiction", "disputed", "tension", "corroboration", "single-source")
SCOPE_CHOICES = ("across-sources", "within-source", "against-record", "none")
SEVERITY_CHOICES = ("high", "medium", "low", "info")
FORMAT_CHOICES = ("text", "json", "jsonl", "markdown", "claimreview", "fever")


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", package_name="factcheck", prog_name="factcheck",
                      message="%(prog)s %(version)s")
def cli() -> None:
    """Check what a handful of articles claim against each other and the public record.

    \b
    Example:
      factcheck compare                 # the annotated report on the embedded ledger
      factcheck show azerbaijan         # everything the sources say about one actor
      factcheck compare --json | jq '.findings[0]'
    """


@cli.command()
@claims_option
@json_option
@click.option("--anchors", is_flag=True, help="Also list where every quote was found.")
def validate(claims_path: str | None, as_json: bool, anchors: bool) -> None:
    """Check the ledger: fields, references, source hashes, and that every quote is in its source.

    Exits 0 when clean, 1 when problems were found, 2 when the ledger cannot be read.

    \b
    Example:
      factcheck validate --claims claims.yaml --anchors
    """
    ledger, problems, shown = read_ledger(claims_path, strict=False)
    if as_json:
        from .render.jsonout import validate_json

        click.echo(validate_json(shown, ledger, problems), nl=False)
    else:
        for problem in problems:
            click.echo(one_line(str(problem)))
        if anchors:
            for claim in ledger.claims:
                if claim.anchor:
                    source = ledger.sources[claim.source]
                    click.echo(f"{claim.id}: {source.file}:{claim.anchor.line}:{claim.anchor.column} "
                               f"(chars {claim.anchor.start}-{claim.anchor.end})")
        anchored = sum(1 for c in ledger.claims if c.anchor)
        if problems:
            click.echo(f"{shown}: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
                       f"({len(ledger.claims)} claims, {anchored} anchored)", err=True)
        else:
            click.echo(f"{shown}: ok: {len(ledger.sources)} sources, {len(ledger.claims)} claims, "
                       "every quote anchored", err=True)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@cli.command()
@claims_option
@json_option
@color_option
def sources(claims_path: str | None, as_json: bool, color: bool | None) -> None:
    """List the sources with their dates and how many claims each has.

    \b
    Example:
      factcheck sources --json
    """
    ledger, _, _ = read_ledger(claims_path)
    counts = claim_counts(ledger)
    if as_json:
        from .render.jsonout import sources_json

        click.echo(sources_json(ledger, counts), nl=False)
        return
    from .render.terminal import render_sources

    render_sources(console_for(color), ledger, counts)


@cli.command()
@claims_option
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Only claims from this source.")
@click.option("--country", "countries", multiple=True, metavar="NAME",
              help="Only claims about this actor (any name, alias or ISO code) and its people.")
@click.option("--topic", "topics", multiple=True, metavar="ID", help="Only claims on this topic.")
@json_option
@color_option
def claims(claims_path: str | None, source_ids: tuple, countries: tuple, topics: tuple,
           as_json: bool, color: bool | None) -> None:
    """List the ledger's claims, optionally filtered.

    \b
    Example:
      factcheck claims --source sofrep-2023 --country Baku
    """
    from .names import related_entities

    ledger, _, _ = read_ledger(claims_path)
    check_ids("source", source_ids, ledger.sources)
    check_ids("topic", topics, ledger.topics)
    subjects: set[str] = set()
    for name in countries:
        subjects.update(related_entities(ledger, _resolve(ledger, name)))
    chosen = [c for c in ledger.claims
              if (not source_ids or c.source in source_ids) and (not topics or c.topic in topics)
              and (not subjects or c.subject in subjects)]
    if as_json:
        from .render.jsonout import claims_json

        click.echo(claims_json(ledger, chosen), nl=False)
        return
    from .render.terminal import render_claims

    render_claims(console_for(color), ledger, chosen)


def _resolve(ledger, name: str):
    from .names import resolve_entity

    found = resolve_entity(ledger, name)
    if found.how != "exact":
        click.echo(f"factcheck: '{name}' resolved to {found.entity.name} ({found.entity.id})", err=True)
    return found.entity


@cli.command()
@claims_option
@click.option("--country", "countries", multiple=True, metavar="NAME",
              help="Only findings about this actor and its people (any name, alias or ISO code).")
@click.option("--topic", "topics", multiple=True, metavar="ID", help="Only findings on this topic.")
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Only findings that rest on this source.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KIND_CHOICES), help="Only this kind of finding.")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(SCOPE_CHOICES), help="Only this scope.")
@click.option("--min-severity", type=click.Choice(SEVERITY_CHOICES), default="info", show_default=True,
              help="Hide findings below this severity.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True,
              help="Output format.")
@json_option
@click.option("--fail-on", "fail_on", multiple=True, type=click.Choice(KIND_CHOICES),
              help="Exit 1 when a finding of this kind is in the output.")
@color_option
def compare(claims_path: str | None, countries: tuple, topics: tuple, source_ids: tuple, kinds: tuple,
            scopes: tuple, min_severity: str, fmt: str, as_json: bool, fail_on: tuple,
            color: bool | None) -> None:
    """The annotated report: where the sources contradict, pull apart, agree, or stand alone.

    \b
    Example:
      factcheck compare --country azerbaijan --kind contradiction
      factcheck compare --format markdown > report.md
      factcheck compare --fail-on contradiction --json > findings.json
      factcheck compare --format claimreview > claimreview.jsonld
    """
    from .engine import compare as run_compare
    from .query import Selection, select, summarise

    ledger, _, _ = read_ledger(claims_path)
    check_ids("source", source_ids, ledger.sources)
    check_ids("topic", topics, ledger.topics)
    selection = Selection(entities=[_resolve(ledger, n).id for n in countries], topics=list(topics),
                          sources=list(source_ids), kinds=list(kinds), scopes=list(scopes),
                          min_severity=min_severity)
    report = run_compare(ledger)
    shown = select(ledger, report.findings, selection)
    summary = summarise(ledger, shown)
    fmt = "json" if as_json else fmt
    if fmt == "json":
        from .render.jsonout import compare_json_chunks

        filters = {"country": selection.entities, "topic": list(topics), "source": list(source_ids),
                   "kind": list(kinds), "scope": list(scopes), "min_severity": min_severity}
        emit(compare_json_chunks(ledger, report, shown, summary, filters))
    elif fmt == "jsonl":
        from .render.jsonout import findings_jsonl

        emit(findings_jsonl(ledger, shown))
    elif fmt in ("claimreview", "fever"):
        from .ratings import rate_claims
        from .render.exports import claimreview_jsonld, fever_jsonl

        chosen = {c for f in shown for c in f.claim_ids()}
        ratings = [r for r in rate_claims(ledger, report) if r.claim.id in chosen]
        click.echo((claimreview_jsonld if fmt == "claimreview" else fever_jsonl)(ledger, ratings), nl=False)
    elif fmt == "markdown":
        from .render.markdown import compare_markdown

        click.echo(compare_markdown(ledger, shown, summary), nl=False)
    else:
        from .render.terminal import render_compare

        render_compare(console_for(color), ledger, shown, summary)
    if fail_on and any(f.kind in fail_on for f in shown):
        sys.exit(EXIT_FINDINGS)


@cli.command()
@click.argument("name", shell_complete=entity_completion)
@claims_option
@json_option
@color_option
def show(name: str, claims_path: str | None, as_json: bool, color: bool | None) -> None:
    """A dossier on one actor: what each source says on each topic, the verdicts, and the findings.

    NAME may be any case, an alias, a demonym, a capital, an ISO code, or a near-miss spelling.

    \b
    Example:
      factcheck show azerbaijan
      factcheck show Baku --json
    """
    from .engine import compare as run_compare
    from .query import dossier

    ledger, _, _ = read_ledger(claims_path)
    entity = _resolve(ledger, name)
    found = dossier(ledger, run_compare(ledger), entity)
    if as_json:
        from .render.jsonout import dossier_json

        click.echo(dossier_json(ledger, found), nl=False)
        return
    from .render.terminal import render_dossier

    render_dossier(console_for(color), ledger, found)


def _register() -> None:
    from .cli_authoring import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


_register()


def main() -> None:
    """Entry point for the console script and `python -m factcheck`."""
    # A short-lived process whose objects form almost no cycles: the cyclic collector would only
    # rescan a large ledger's objects again and again (it nearly doubles load time at 100,000 claims).
    gc.disable()
    try:
        cli.main(prog_name="factcheck")
    except SystemExit:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
        raise
