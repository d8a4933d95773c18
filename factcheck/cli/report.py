"""The commands that report on the ledger: validate, sources, claims, compare, show, annotate."""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

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
    ledger_label,
    pager_option,
    read_ledger,
    resolve_name,
    source_by_name,
    source_completion,
    source_ids,
    topic_completion,
)
from factcheck.errors import EXIT_FINDINGS, EXIT_OK, UsageError
from factcheck.render import COMPARE_FORMATS, SHOW_FORMATS
from factcheck.textsafe import one_line
from factcheck.vocabulary import Kind, Scope, Severity

KIND_CHOICES = [k.value for k in Kind]
SCOPE_CHOICES = [s.value for s in Scope]
SEVERITY_CHOICES = [s.value for s in Severity]

if TYPE_CHECKING:  # rich is imported by the commands that draw, not at start-up
    from rich.console import Console


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
@click.option("--source", "sources_given", multiple=True, metavar="ID", shell_complete=source_completion,
              help="Only claims from this source (id or short name).")
@click.option("--country", "countries", multiple=True, metavar="NAME", shell_complete=entity_completion,
              help="Only claims about this actor (any name, alias or ISO code) and its people, or with it as "
                   "the other party.")
@click.option("--subject-only", is_flag=True, help="With --country: only claims with the actor as subject.")
@click.option("--topic", "topics", multiple=True, metavar="ID", shell_complete=topic_completion,
              help="Only claims on this topic.")
@json_option
@color_option
@pager_option
def claims(claims_path: str | None, sources_given: tuple, countries: tuple, subject_only: bool, topics: tuple,
           as_json: bool, color: bool | None, pager: bool | None) -> None:
    """List the ledger's claims, optionally filtered: id, source, line, subject, topic, answer and quote.

    \b
    Example:
      factcheck claims --source sofrep-2023 --country Baku
      factcheck claims --source "SOFREP 2023" --topic backs-ukraine
    """
    ledger, _, _ = read_ledger(claims_path)
    wanted_sources = source_ids(ledger, sources_given)
    check_ids("topic", topics, ledger.topics)
    subjects: set[str] = set()
    for name in countries:
        subjects.update(ledger.related(resolve_name(ledger, name)))
    chosen = [c for c in ledger.claims
              if (not wanted_sources or c.source in wanted_sources) and (not topics or c.topic in topics)
              and (not subjects or c.subject in subjects or (not subject_only and c.object in subjects))]
    if as_json:
        from factcheck.render.jsonout import claims_json

        click.echo(claims_json(ledger, chosen), nl=False)
        return
    from factcheck.render.terminal import render_claims

    _page(lambda console: render_claims(console, ledger, chosen), color, pager)


@cli.command()
@claims_option
@json_option
@color_option
@pager_option
def topics(claims_path: str | None, as_json: bool, color: bool | None, pager: bool | None) -> None:
    """List the topics: id, kind, how many claims, the question, and the scale or the allowed values.

    \b
    Example:
      factcheck topics
      factcheck compare --topic backs-ukraine
    """
    ledger, _, _ = read_ledger(claims_path)
    counts: dict[str, int] = {}
    for claim in ledger.claims:
        counts[claim.topic] = counts.get(claim.topic, 0) + 1
    if as_json:
        from factcheck.render.jsonout import topics_json

        click.echo(topics_json(ledger, counts), nl=False)
        return
    from factcheck.render.terminal import render_topics

    _page(lambda console: render_topics(console, ledger, counts), color, pager)


def _page(draw: Callable[[Console], None], color: bool | None, pager: bool | None) -> None:
    """Draw a listing on a console over stdout, through the pager when it is long and on a terminal."""
    from factcheck.render.page import make_console
    from factcheck.render.pager import output

    output(lambda out: draw(make_console(color, out)), pager)


@cli.command()
@claims_option
@click.option("--country", "countries", multiple=True, metavar="NAME", shell_complete=entity_completion,
              help="Only findings about this actor and its people (any name, alias or ISO code), or with it as the "
                   "other party.")
@click.option("--subject-only", is_flag=True, help="With --country: only findings with the actor as subject.")
@click.option("--topic", "topics", multiple=True, metavar="ID", shell_complete=topic_completion,
              help="Only findings on this topic ('factcheck topics' lists them).")
@click.option("--source", "sources_given", multiple=True, metavar="ID", shell_complete=source_completion,
              help="Only findings that rest on this source (id or short name).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KIND_CHOICES), help="Only this kind of finding.")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(SCOPE_CHOICES), help="Only this scope.")
@click.option("--min-severity", type=click.Choice(SEVERITY_CHOICES), default="info", show_default=True,
              help="Hide findings below this severity.")
@click.option("--brief", is_flag=True, help="Only the overview: headline conflicts and the stance matrix.")
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
              help="At most N findings in the details (text format).")
@click.option("--format", "fmt", type=click.Choice(list(COMPARE_FORMATS)), default=None,
              help="Output format (default: text).")
@json_option
@click.option("--fail-on", "fail_on", multiple=True, type=click.Choice(KIND_CHOICES),
              help="Exit 1 when a finding of this kind is in the output.")
@color_option
@pager_option
def compare(claims_path: str | None, countries: tuple, subject_only: bool, topics: tuple, sources_given: tuple,
            kinds: tuple, scopes: tuple, min_severity: str, brief: bool, limit: int | None, fmt: str | None,
            as_json: bool, fail_on: tuple, color: bool | None, pager: bool | None) -> None:
    """The report: the headline conflicts and the stance matrix first, then every finding with its quotes.

    \b
    Example:
      factcheck compare --brief                   # the overview only
      factcheck compare --country azerbaijan --kind contradiction
      factcheck compare --format html > report.html
      factcheck compare --format markdown > report.md
      factcheck compare --fail-on contradiction --json > findings.json
    """
    from factcheck.findings.query import Selection, select, summarise
    from factcheck.findings.story import settled_report
    from factcheck.render import CompareView, render

    fmt = output_format(fmt, as_json)
    ledger, _, shown_name = read_ledger(claims_path)
    wanted_sources = source_ids(ledger, sources_given)
    check_ids("topic", topics, ledger.topics)
    selection = Selection(entities=[resolve_name(ledger, n).id for n in countries], topics=list(topics),
                          sources=wanted_sources, kinds=[Kind(k) for k in kinds],
                          scopes=[Scope(s) for s in scopes], min_severity=Severity(min_severity),
                          subject_only=subject_only)
    report = settled_report(ledger)
    shown = select(ledger, report.findings, selection)
    filters = {"country": selection.entities, "subject_only": subject_only, "topic": list(topics),
               "source": wanted_sources,
               "kind": list(kinds), "scope": list(scopes), "min_severity": min_severity}
    view = CompareView(ledger, report, shown, summarise(ledger, shown), filters, ledger_name=ledger_label(shown_name),
                       brief=brief, limit=limit)
    if fmt == "text":
        from factcheck.render.pager import output

        output(lambda out: render(COMPARE_FORMATS, fmt, view, out, color), pager)
    else:
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
@click.option("--format", "fmt", type=click.Choice(list(SHOW_FORMATS)), default=None,
              help="Output format (default: text).")
@json_option
@color_option
@pager_option
def show(name: str, claims_path: str | None, fmt: str | None, as_json: bool, color: bool | None,
         pager: bool | None) -> None:
    """A dossier on one actor: the stance matrix, what each source says on each topic, the verdicts, the findings.

    NAME may be any case, an alias, a demonym, a capital, an ISO code, or a near-miss spelling. A person or
    organisation shows the claims about them and the claims that name them, and leads to their country.

    \b
    Example:
      factcheck show azerbaijan
      factcheck show Baku --json
      factcheck show Aliyev
      factcheck show azerbaijan --format html > azerbaijan.html
    """
    from factcheck.findings.query import dossier
    from factcheck.findings.story import settled_report
    from factcheck.render import ShowView, render

    fmt = output_format(fmt, as_json)
    ledger, _, shown_name = read_ledger(claims_path)
    entity = resolve_name(ledger, name)
    report = settled_report(ledger)
    view = ShowView(ledger, dossier(ledger, report, entity), report, ledger_label(shown_name))
    if fmt == "text":
        from factcheck.render.pager import output

        output(lambda out: render(SHOW_FORMATS, fmt, view, out, color), pager)
    else:
        render(SHOW_FORMATS, fmt, view, sys.stdout, color)


@cli.command()
@click.argument("source", shell_complete=source_completion)
@claims_option
@color_option
@pager_option
def annotate(source: str, claims_path: str | None, color: bool | None, pager: bool | None) -> None:
    """SOURCE's text as received, each claim marked, its findings in the margin.

    SOURCE is a source's id, its short name, or the path of its file. Claims are underlined in colour and
    put in [brackets] without it.

    \b
    Example:
      factcheck annotate sofrep-2023
      factcheck annotate "SOFREP 2023" --no-pager
      factcheck annotate seeds/000_62b8ca9d3b454acc.txt --no-color | less
    """
    from factcheck.findings.story import settled_report
    from factcheck.render.annotate import render_annotated
    from factcheck.render.page import make_console
    from factcheck.render.pager import output

    ledger, _, _ = read_ledger(claims_path)
    registered = source_by_name(ledger, source)
    report = settled_report(ledger)
    output(lambda out: render_annotated(make_console(color, out), ledger, registered, report.findings), pager)
