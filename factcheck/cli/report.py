"""The commands that report on the ledger: validate, sources, claims, compare, show, annotate."""
from __future__ import annotations

import sys

import click

from factcheck.cli.app import cli
from factcheck.cli.common import (
    check_ids,
    claim_counts,
    claims_option,
    color_option,
    console_for,
    entity_completion,
    json_option,
    read_ledger,
    resolve_name,
    source_by_name,
)
from factcheck.errors import EXIT_FINDINGS, EXIT_OK, UsageError
from factcheck.render import COMPARE_FORMATS, SHOW_FORMATS
from factcheck.textsafe import one_line
from factcheck.vocabulary import Kind, Scope, Severity

KIND_CHOICES = [k.value for k in Kind]
SCOPE_CHOICES = [s.value for s in Scope]
SEVERITY_CHOICES = [s.value for s in Severity]


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
        from factcheck.render.jsonout import validate_json

        click.echo(validate_json(shown, ledger, problems), nl=False)
    else:
        for problem in problems:
            click.echo(one_line(str(problem)))
        if anchors:
            for claim in ledger.claims:
                source = ledger.sources[claim.source]
                click.echo(one_line(f"{claim.id}: {source.file}:{claim.anchor.line}:{claim.anchor.column} "
                                    f"(chars {claim.anchor.start}-{claim.anchor.end})"))
        if problems:
            click.echo(one_line(f"{shown}: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
                                f"({len(ledger.claims)} claims load whole and anchor)"), err=True)
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
        from factcheck.render.jsonout import sources_json

        click.echo(sources_json(ledger, counts), nl=False)
        return
    from factcheck.render.terminal import render_sources

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
    ledger, _, _ = read_ledger(claims_path)
    check_ids("source", source_ids, ledger.sources)
    check_ids("topic", topics, ledger.topics)
    subjects: set[str] = set()
    for name in countries:
        subjects.update(ledger.related(resolve_name(ledger, name)))
    chosen = [c for c in ledger.claims
              if (not source_ids or c.source in source_ids) and (not topics or c.topic in topics)
              and (not subjects or c.subject in subjects)]
    if as_json:
        from factcheck.render.jsonout import claims_json

        click.echo(claims_json(ledger, chosen), nl=False)
        return
    from factcheck.render.terminal import render_claims

    render_claims(console_for(color), ledger, chosen)


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
@click.option("--format", "fmt", type=click.Choice(list(COMPARE_FORMATS)), default=None,
              help="Output format (default: text).")
@json_option
@click.option("--fail-on", "fail_on", multiple=True, type=click.Choice(KIND_CHOICES),
              help="Exit 1 when a finding of this kind is in the output.")
@color_option
def compare(claims_path: str | None, countries: tuple, topics: tuple, source_ids: tuple, kinds: tuple,
            scopes: tuple, min_severity: str, fmt: str | None, as_json: bool, fail_on: tuple,
            color: bool | None) -> None:
    """The annotated report: where the sources contradict, pull apart, agree, or stand alone.

    \b
    Example:
      factcheck compare --country azerbaijan --kind contradiction
      factcheck compare --format markdown > report.md
      factcheck compare --fail-on contradiction --json > findings.json
      factcheck compare --format claimreview > claimreview.jsonld
    """
    from factcheck.findings.engine import compare as run_compare
    from factcheck.findings.query import Selection, select, summarise
    from factcheck.render import CompareView, render

    fmt = output_format(fmt, as_json)
    ledger, _, _ = read_ledger(claims_path)
    check_ids("source", source_ids, ledger.sources)
    check_ids("topic", topics, ledger.topics)
    selection = Selection(entities=[resolve_name(ledger, n).id for n in countries], topics=list(topics),
                          sources=list(source_ids), kinds=[Kind(k) for k in kinds],
                          scopes=[Scope(s) for s in scopes], min_severity=Severity(min_severity))
    report = run_compare(ledger)
    shown = select(ledger, report.findings, selection)
    filters = {"country": selection.entities, "topic": list(topics), "source": list(source_ids),
               "kind": list(kinds), "scope": list(scopes), "min_severity": min_severity}
    view = CompareView(ledger, report, shown, summarise(ledger, shown), filters)
    render(COMPARE_FORMATS, fmt, view, sys.stdout, color)
    if fail_on and any(f.kind in fail_on for f in shown):
        sys.exit(EXIT_FINDINGS)


def output_format(fmt: str | None, as_json: bool) -> str:
    """--format and its shorthand --json; asking for two different formats is a usage error."""
    if as_json and fmt not in (None, "json"):
        raise UsageError(f"--json and --format {fmt} ask for two formats; give one")
    return "json" if as_json else fmt or "text"


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
    from factcheck.findings.engine import compare as run_compare
    from factcheck.findings.query import dossier
    from factcheck.render import ShowView, render

    ledger, _, _ = read_ledger(claims_path)
    entity = resolve_name(ledger, name)
    view = ShowView(ledger, dossier(ledger, run_compare(ledger), entity))
    render(SHOW_FORMATS, "json" if as_json else "text", view, sys.stdout, color)


@cli.command()
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
    from factcheck.findings.engine import compare as run_compare
    from factcheck.render.annotate import render_annotated

    ledger, _, _ = read_ledger(claims_path)
    registered = source_by_name(ledger, source)
    report = run_compare(ledger)
    console = console_for(color)
    use_pager = console.is_terminal if pager is None else pager
    if use_pager and registered.text.count("\n") + 10 > console.height:
        with console.pager(styles=True):
            render_annotated(console, ledger, registered, report.findings)
    else:
        render_annotated(console, ledger, registered, report.findings)
