"""The terminal view, drawn with rich: every piece of source text escaped and made inert first.

Layout rules (readable at 80 columns): every wrapped line hangs under its first; badges, labels and
"source · date · line" pieces are never split across lines; colour only adds to what the words say."""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from factcheck.findings.model import Finding, Side
from factcheck.findings.overview import headlines, stance_matrix
from factcheck.findings.query import kind_scope_counts
from factcheck.ledger.model import Claim, Ledger
from factcheck.ledger.values import value_key, value_label
from factcheck.render import CompareView, ShowView
from factcheck.render.matrix import MATRIX_LEGEND, MATRIX_LEGEND_SHORT, columns_that_fit, render_matrix, render_scales
from factcheck.render.page import (
    SEVERITY_STYLE,
    SHORT_SCOPE,
    VERDICT_STYLE,
    Page,
    badge,
    make_console,
    name,
    quote_text,
)
from factcheck.render.words import (
    KIND_WORDS,
    SCOPE_TEXT,
    VERDICT_MARK,
    counted,
    filters_text,
    ledger_text,
    plural_kind,
    same_source_more,
)
from factcheck.textsafe import one_line
from factcheck.vocabulary import Kind, Scope

# how many headline conflicts the overview shows, so that it and the matrix fit 80x24
HEADLINES = 3
MIN_OVERVIEW_ROWS = 3


def _side_lines(page: Page, ledger: Ledger, side: Side) -> None:
    for holding in side.holdings:
        lead = holding.lead
        parts = [Text(one_line(ledger.sources[holding.source].label), style="bold"),
                 Text(holding.date.display()), Text(f"line {lead.anchor.line}")]
        answer = Text()
        if side.voice == "reported":
            who = ledger.entities.get(lead.attributed_to)
            answer.append(f"reports {one_line(who.name if who else lead.attributed_to)}'s claim: ", style="italic")
        answer.append(one_line(side.label), style="bold")
        parts.append(answer)
        if lead.correction:
            parts.append(Text("garbled", style="italic"))
        if lead.weak:
            parts.append(Text("weak evidence", style="italic"))
        if any(c.unreviewed for c in holding.claims):
            parts.append(Text("unreviewed", style="italic"))
        page.flow(parts, 4, 2)
        page.indented(quote_text(ledger, lead, limit=150), 6, 1)
        if len(holding.claims) > 1:
            more = one_line(same_source_more([c.id for c in holding.claims[1:]]))
            page.indented(Text(f"({more})", style="dim"), 6, 2)


def render_finding(page: Page, ledger: Ledger, finding: Finding) -> None:
    """One finding: badge, subject and question, each side's quote, and why, in plain words."""
    topic = ledger.topics[finding.topic]
    parts = [Text(f"{finding.number:>3} ") + badge(finding.kind) + Text(" ") +
             Text(finding.severity, style=SEVERITY_STYLE[finding.severity]), Text(SCOPE_TEXT[finding.scope])]
    if finding.over_time:
        parts.append(Text("may be change over time", style="italic"))
    page.flow(parts, 0, 4)
    title = Text(one_line(name(ledger, finding.subject)), style="bold")
    title.append(": " + one_line(topic.question))
    page.indented(title, 4, 2)
    for side in finding.sides:
        _side_lines(page, ledger, side)
    quiet = finding.kind in (Kind.CORROBORATION, Kind.SINGLE_SOURCE)
    page.indented(Text(one_line(finding.explanation), style="dim" if quiet else ""), 4, 2)
    page.print()


def _header(page: Page, title: str, view: CompareView) -> None:
    ledger, summary = view.ledger, view.summary
    head = Text(title, style="bold")
    filters = filters_text(view)
    parts = [head, Text(one_line(ledger_text(view))),
             Text(counted(len(ledger.sources), "source") + ", " + counted(len(ledger.claims), "claim"))]
    if not filters:
        parts.append(Text("no filters"))
    page.flow(parts, 0, 2)
    if filters:
        page.indented(Text(one_line(filters)), 0, 2)
    kinds = [plural_kind(k, summary["by_kind"][k.value]) for k in Kind if k.differs and summary["by_kind"][k.value]]
    total = counted(summary["findings"], "finding")
    differing = sum(summary["by_kind"][k.value] for k in Kind if k.differs)
    page.indented(Text(total + (f", {differing} of them differences: " + ", ".join(kinds) if kinds else "")), 0, 2)


def _headline(page: Page, ledger: Ledger, finding: Finding) -> None:
    topic = ledger.topics[finding.topic]
    first = Text()
    first.append(f"{finding.number:>3}  ", style="bold")
    first.append(one_line(name(ledger, finding.subject)), style="bold")
    first.append(", " + one_line(topic.id) + ":")
    sides = finding.sides
    parts: list[Text] = [first]
    for index, side in enumerate(sides):
        holding = side.holdings[0]
        more = f" +{len(side.holdings) - 1}" if len(side.holdings) > 1 else ""
        piece = Text("vs " if index else "")
        if finding.kind is Kind.DISPUTED and side.voice == "reported":
            piece.append("reports ", style="italic")
        piece.append(one_line(ledger.sources[holding.source].label) + more, style="bold")
        piece.append(f" ({holding.date.display()}) ")
        piece.append(one_line(side.label), style="bold red" if index else "bold")
        parts.append(piece)
    page.flow(parts, 0, 5, sep=" ")


def render_overview(page: Page, view: CompareView) -> None:
    """The answer first: ledger and filters, the headline conflicts, the stance matrix; within one screen."""
    ledger = view.ledger
    start = len(page.lines)
    _header(page, "factcheck compare", view)
    page.print()
    chosen = headlines(ledger, view.report, view.findings, HEADLINES)
    differing = [f for f in view.findings if f.kind in (Kind.CONTRADICTION, Kind.DISPUTED)]
    groups = len({(f.subject, f.topic) for f in differing})
    if chosen:
        title = Text("Headline conflicts", style="bold")
        title.append(f" ({len(chosen)} of {groups}; the number is the finding's, below)", style="dim")
        page.print(title)
        for finding in chosen:
            _headline(page, ledger, finding)
    else:
        page.print(Text("No contradictions among these findings.", style="bold"))
    page.print()
    shown = {(f.subject, f.topic) for f in view.findings}
    matrix = stance_matrix(ledger, view.report, min_sources=2)
    rows = [r for r in matrix.rows if r.differs and (r.subject, r.topic) in shown]
    if not rows:
        return
    # what is left of one screen (less -F shows height - 1 lines): title, two header lines, the legend
    room = page.console.height - 1 - (len(page.lines) - start) - 4
    fit = max(MIN_OVERVIEW_ROWS, room)
    sizes = [len(ledger.topics[r.topic].scale) for r in rows[:fit]]
    mark = max(len(VERDICT_MARK[r.verdict]) for r in rows[:fit])
    if columns_that_fit(ledger, matrix, rows[:fit], page.width - 24 - mark, max(sizes))[1]:
        fit = max(MIN_OVERVIEW_ROWS, fit - 1)  # room for the note on the sources left out
    title = Text("Stance matrix", style="bold")
    more = len(rows) - fit
    title.append(" (where the sources differ" + (f"; {more} more below)" if more > 0 else ")"), style="dim")
    page.print(title)
    render_matrix(page, ledger, matrix, rows[:fit])
    page.indented(Text(MATRIX_LEGEND_SHORT, style="dim"), 0, 2)


def render_compare(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """The report: the overview (headlines and stance matrix), then the details, every finding."""
    ledger, shown = view.ledger, view.findings
    page = Page(make_console(color, out))
    render_overview(page, view)
    if view.brief:
        page.flush()
        return
    page.print()
    details = shown if view.limit is None else shown[: view.limit]
    title = Text("Findings", style="bold")
    if len(details) < len(shown):
        title.append(f" (the first {len(details)} of {len(shown)}; --limit)", style="dim")
    page.print(title)
    _counts(page, shown)
    page.print()
    if not shown:
        page.print("No findings match.")
    for finding in details:
        render_finding(page, ledger, finding)
    if view.limit is None:
        wanted = {(f.subject, f.topic) for f in shown}
        matrix = stance_matrix(ledger, view.report)
        everything = not filters_text(view)  # unfiltered: rows only the record speaks to, too
        rows = [r for r in matrix.rows if everything or (r.subject, r.topic) in wanted]
        if rows:
            page.print(Text(f"Stance matrix, every row ({len(rows)})", style="bold"))
            render_matrix(page, ledger, matrix, rows)
            page.indented(Text(MATRIX_LEGEND, style="dim"), 0, 2)
            render_scales(page, ledger, list(dict.fromkeys(r.topic for r in rows)))
    page.flush()


def _counts(page: Page, shown: list[Finding]) -> None:
    table = kind_scope_counts(shown)
    for kind in Kind:
        count = sum(table[kind].values())
        if not count:
            continue
        line = Text(f"  {KIND_WORDS[kind]:<14}{count:>4}")
        scopes = [f"{SHORT_SCOPE[Scope(s)]} {n}" for s, n in sorted(table[kind].items()) if s != Scope.NONE]
        if scopes:
            line.append("   " + " · ".join(scopes), style="dim")
        page.print(line)


def render_sources(console: Console, ledger: Ledger, counts: dict[str, int]) -> None:
    """The sources, one block each: id, short name, kind, date and claim count, then title and outlet."""
    page = Page(console)
    for source in ledger.sources.values():
        page.flow([Text(one_line(source.id), style="bold"), Text(one_line(source.label)), Text(source.kind),
                   Text(source.published.display()), Text(counted(counts.get(source.id, 0), "claim"))], 0, 2)
        by = f", {source.author}" if source.author else ""
        page.indented(Text(one_line(f"{source.title} ({source.outlet}{by})")), 2, 2)
    page.print(Text(counted(len(ledger.sources), "source"), style="dim"))
    page.flush()


def render_claims(console: Console, ledger: Ledger, claims: list[Claim]) -> None:
    """Claims, one block each: the whole id, source, subject, topic, answer and line, then the quote."""
    page = Page(console)
    for claim in claims:
        topic = ledger.topics[claim.topic]
        answer = value_label(ledger, topic, value_key(topic, claim), claim.value)
        parts = [Text(one_line(claim.id), style="bold"), Text(one_line(ledger.sources[claim.source].label)),
                 Text(f"line {claim.anchor.line}"), Text(one_line(name(ledger, claim.subject))),
                 Text(one_line(claim.topic)), Text(one_line(answer), style="bold")]
        if claim.voice == "reported":
            parts.append(Text("reported", style="italic"))
        page.flow(parts, 0, 2)
        page.indented(quote_text(ledger, claim, limit=150), 2, 1)
    page.print(Text(counted(len(claims), "claim"), style="dim"))
    page.flush()


def render_dossier(view: ShowView, out: TextIO, color: bool | None = None) -> None:
    """Everything about one actor: the stance matrix, what each source says per topic, and the findings."""
    ledger, found = view.ledger, view.dossier
    page = Page(make_console(color, out))
    entity = found.entity
    head = Text(one_line(entity.name), style="bold")
    head.append(f" ({entity.kind}{', ' + entity.iso if entity.iso else ''})")
    page.print(head)
    page.indented(Text("ledger: " + one_line(str(view.ledger_name or ledger.path)), style="dim"), 2, 2)
    if entity.aliases:
        page.indented(Text("also called: " + one_line(", ".join(entity.aliases)), style="dim"), 2, 2)
    if len(found.related) > 1:
        names = ", ".join(one_line(name(ledger, e)) for e in found.related[1:])
        page.indented(Text("with: " + names, style="dim"), 2, 2)
    if entity.country and entity.country in ledger.entities:
        country = ledger.entities[entity.country]
        page.indented(Text(f"belongs to {one_line(country.name)}: see `factcheck show {one_line(country.id)}`",
                           style="dim"), 2, 2)
    page.print()
    matrix = stance_matrix(ledger, view.report, subjects=found.related) if view.report else None
    if matrix and matrix.rows:
        page.print(Text("Stance matrix", style="bold"))
        render_matrix(page, ledger, matrix, show_actor=len({r.subject for r in matrix.rows}) > 1)
        page.indented(Text(MATRIX_LEGEND, style="dim"), 0, 2)
        page.print()
    for group in found.topics:
        topic = ledger.topics[group.topic]
        title = Text()
        if group.subject != entity.id:
            title.append(one_line(name(ledger, group.subject)) + ": ", style="bold")
        title.append(one_line(topic.question), style="bold")
        page.flow([title, Text(group.verdict.upper(), style=VERDICT_STYLE.get(group.verdict, ""))], 0, 2, sep="  ")
        for claim in group.claims:
            _dossier_claim(page, ledger, claim)
        page.print()
    if found.mentions:
        page.print(Text(f"Claims that name {one_line(entity.name)} ({len(found.mentions)})", style="bold"))
        for claim in found.mentions:
            row = Text(one_line(name(ledger, claim.subject)) + ": ", style="bold")
            row.append(one_line(ledger.topics[claim.topic].question))
            page.indented(row, 0, 2)
            _dossier_claim(page, ledger, claim)
        page.print()
    if found.findings:
        page.print(Text(f"Findings involving {one_line(entity.name)}: {len(found.findings)}", style="bold"))
        page.print()
        for finding in found.findings:
            render_finding(page, ledger, finding)
    elif not found.topics and not found.mentions:
        page.print("No claim in the ledger is about or names this actor.")
    page.flush()


def _dossier_claim(page: Page, ledger: Ledger, claim: Claim) -> None:
    topic = ledger.topics[claim.topic]
    answer = value_label(ledger, topic, value_key(topic, claim), claim.value)
    parts = [Text(one_line(ledger.sources[claim.source].label), style="bold"),
             Text(ledger.claim_date(claim).display()), Text(f"line {claim.anchor.line}"),
             Text(one_line(answer), style="bold")]
    if claim.voice == "reported":
        parts.append(Text("reported", style="italic"))
    if claim.correction:
        parts.append(Text("garbled", style="italic"))
    page.flow(parts, 2, 2)
    page.indented(quote_text(ledger, claim, limit=150), 4, 1)


def render_topics(console: Console, ledger: Ledger, counts: dict[str, int]) -> None:
    """The topics: id, kind, claim count, question, and the scale or values."""
    page = Page(console)
    for topic in ledger.topics.values():
        page.flow([Text(one_line(topic.id), style="bold"), Text(topic.kind),
                   Text(counted(counts.get(topic.id, 0), "claim"))], 0, 2)
        page.indented(Text(one_line(topic.question)), 2, 2)
        if topic.scale:
            labels = [Text(one_line(p.label), style="dim") for p in topic.scale]
            page.flow([Text("scale: ", style="dim") + labels[0], *labels[1:]], 2, 4, sep=" < ", carry=True)
        elif topic.values:
            page.indented(Text("values: " + ", ".join(one_line(str(v)) for v in topic.values), style="dim"), 2, 4)
    page.print(Text(counted(len(ledger.topics), "topic"), style="dim"))
    page.flush()
