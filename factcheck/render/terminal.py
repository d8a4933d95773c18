"""The terminal view, drawn with rich: every piece of source text escaped and made inert first."""
from __future__ import annotations

import sys
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.findings.model import Finding, Side
from factcheck.findings.query import kind_scope_counts
from factcheck.ledger.model import Claim, Ledger
from factcheck.ledger.values import value_key, value_label
from factcheck.render import CompareView, ShowView
from factcheck.render.quotes import shown_quote
from factcheck.textsafe import one_line
from factcheck.vocabulary import Kind, Scope, Severity, Verdict

KIND_STYLE = {Kind.CONTRADICTION: "bold white on red", Kind.DISPUTED: "bold white on magenta",
              Kind.TENSION: "bold black on yellow", Kind.CORROBORATION: "bold white on green",
              Kind.SINGLE_SOURCE: "bold white on blue"}
VERDICT_STYLE = {Verdict.CONFLICTING: "bold red", Verdict.CONSISTENT: "bold green",
                 Verdict.SINGLE_SOURCE: "bold blue", Verdict.REPORTED_ONLY: "dim"}
SEVERITY_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan", Severity.INFO: "dim"}
SCOPE_TEXT = {Scope.ACROSS: "across sources", Scope.WITHIN: "within one source",
              Scope.RECORD: "against the public record", Scope.NONE: "one source only"}


class Page:
    """Lines wrapped to the console's width, written in one go (rich's print is slow per call)."""

    def __init__(self, console: Console):
        self.console = console
        self.lines: list[Text] = []

    def indented(self, text: Text, indent: int) -> None:
        """Add wrapped text with a hanging indent and no trailing spaces (clean for pipes)."""
        width = max(20, self.console.width - indent)
        for line in text.wrap(self.console, width, justify="default"):
            line.rstrip()
            self.lines.append(Text(" " * indent) + line)

    def print(self, text: Text | str = "") -> None:
        """Add one line (wrapped at the console's width)."""
        self.indented(text if isinstance(text, Text) else Text(text), 0)

    def flush(self) -> None:
        """Write every line added so far."""
        if self.lines:
            self.console.print(Text("\n").join(self.lines), soft_wrap=True)
        self.lines = []

SHORT_SCOPE = {Scope.ACROSS: "across", Scope.WITHIN: "within", Scope.RECORD: "vs record"}


def make_console(color: bool | None = None, file: TextIO | None = None) -> Console:
    """A console that honours --color/--no-color, NO_COLOR and pipes (rich decides the default)."""
    kwargs: dict = {"file": file or sys.stdout, "highlight": False, "emoji": False, "markup": False}
    if color is True:
        kwargs["force_terminal"] = True
    elif color is False:
        kwargs["no_color"] = True
    return Console(**kwargs)


def _plain(console: Console) -> bool:
    return not console.is_terminal or console.no_color


def quote_text(ledger: Ledger, claim: Claim, style: str = "bold underline") -> Text:
    """The quote as it stands in the source, one line, inert, with its cue highlighted."""
    shown, cue = shown_quote(ledger, claim)
    text = Text("“" + shown + "”")
    if cue:
        text.stylize(style, cue[0] + 1, cue[1] + 1)  # + 1: the opening quotation mark
    return text


def _where(claim: Claim) -> str:
    return f"line {claim.anchor.line}"


def _side_lines(ledger: Ledger, side: Side) -> list[tuple[Text, int]]:
    rows: list = []
    for holding in side.holdings:
        lead = holding.lead
        head = Text()
        head.append(one_line(ledger.sources[holding.source].label), style="bold")
        head.append(f" · {holding.date.display()} · {_where(lead)} · ")
        if side.voice == "reported":
            who = ledger.entities.get(lead.attributed_to)
            head.append(f"reports {one_line(who.name if who else lead.attributed_to)}'s claim: ", style="italic")
        head.append(one_line(side.label), style="bold")
        if any(c.unreviewed for c in holding.claims):
            head.append(" · unreviewed", style="italic")
        rows.append((head, 4))
        rows.append((quote_text(ledger, lead), 6))
        if len(holding.claims) > 1:
            more = ", ".join(c.id for c in holding.claims[1:])
            rows.append((Text(f"(+{len(holding.claims) - 1} more: {more})", style="dim"), 6))
    return rows


def render_finding(console: Page, ledger: Ledger, finding: Finding) -> None:
    """One finding: badge, subject and question, each side's quote, and why."""
    topic = ledger.topics[finding.topic]
    entity = ledger.entities.get(finding.subject)
    head = Text(f"{finding.number:>3}  ")
    head.append(f" {finding.kind.upper().replace('-', ' ')} ", style=KIND_STYLE[finding.kind])
    head.append("  ")
    head.append(finding.severity, style=SEVERITY_STYLE[finding.severity])
    head.append(f" · {SCOPE_TEXT[finding.scope]}")
    if finding.over_time:
        head.append(" · may be change over time", style="italic")
    console.print(head)
    title = Text(one_line(entity.name if entity else finding.subject), style="bold")
    title.append(": " + one_line(topic.question))
    console.indented(title, 4)
    for side in finding.sides:
        for text, indent in _side_lines(ledger, side):
            console.indented(text, indent)
    quiet = finding.kind in (Kind.CORROBORATION, Kind.SINGLE_SOURCE)
    console.indented(Text(one_line(finding.explanation), style="dim" if quiet else ""), 4)
    console.print()


def render_summary(console: Page, ledger: Ledger, shown: list[Finding], summary: dict) -> None:
    """Counts by kind (with scopes) and by country."""
    head = Text("factcheck compare", style="bold")
    head.append(f" · {len(ledger.sources)} sources · {len(ledger.claims)} claims · "
                f"{summary['findings']} findings")
    console.print(head)
    table = kind_scope_counts(shown)
    for kind, count in summary["by_kind"].items():
        line = Text(f"  {kind.replace('-', ' '):<14}{count:>4}")
        scopes = [f"{SHORT_SCOPE[Scope(s)]} {n}" for s, n in sorted(table[Kind(kind)].items())
                  if s != Scope.NONE]
        if scopes and kind != Kind.SINGLE_SOURCE:
            line.append("   " + " · ".join(scopes), style="dim")
        console.print(line)
    if summary["by_country"]:
        names = [f"{_name(ledger, k)} {v}" for k, v in summary["by_country"].items()]
        console.indented(Text("by country: " + ", ".join(one_line(n) for n in names), style="dim"), 2)
    console.print()


def _name(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities.get(entity_id)
    return entity.name if entity else entity_id


def render_compare(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """The annotated report: summary, then every finding."""
    ledger, shown, summary = view.ledger, view.findings, view.summary
    page = Page(make_console(color, out))
    render_summary(page, ledger, shown, summary)
    if not shown:
        page.print("No findings match.")
    for finding in shown:
        render_finding(page, ledger, finding)
    page.flush()


def _table(console: Console, *columns: str) -> Table:
    table = Table(box=None if _plain(console) else box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  header_style="bold", expand=False)
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def render_sources(console: Console, ledger: Ledger, counts: dict[str, int]) -> None:
    """The sources with their dates and claim counts."""
    table = _table(console, "id", "kind", "published", "claims", "title")
    for source in ledger.sources.values():
        table.add_row(one_line(source.id), source.kind, source.published.display(),
                      str(counts.get(source.id, 0)), one_line(f"{source.title} ({source.outlet})"))
    console.print(table)


def render_claims(console: Console, ledger: Ledger, claims: list[Claim]) -> None:
    """Claims, one row each, with their anchors."""
    table = _table(console, "claim", "source", "subject", "topic", "answer", "line")
    for claim in claims:
        topic = ledger.topics[claim.topic]
        answer = value_label(ledger, topic, value_key(topic, claim), claim.value)
        if claim.voice == "reported":
            answer += " (reported)"
        table.add_row(one_line(claim.id), one_line(claim.source), one_line(claim.subject),
                      one_line(claim.topic), one_line(answer), str(claim.anchor.line))
    console.print(table)
    console.print(Text(f"{len(claims)} claims", style="dim"))


def render_dossier(view: ShowView, out: TextIO, color: bool | None = None) -> None:
    """Everything about one actor: aliases, what each source says per topic, and the findings."""
    ledger, found = view.ledger, view.dossier
    console = Page(make_console(color, out))
    entity = found.entity
    head = Text(one_line(entity.name), style="bold")
    head.append(f" ({entity.kind}{', ' + entity.iso if entity.iso else ''})")
    console.print(head)
    if entity.aliases:
        console.indented(Text("also called: " + one_line(", ".join(entity.aliases)), style="dim"), 2)
    if len(found.related) > 1:
        names = ", ".join(one_line(_name(ledger, e)) for e in found.related[1:])
        console.indented(Text("with: " + names, style="dim"), 2)
    console.print()
    for group in found.topics:
        topic = ledger.topics[group.topic]
        title = Text()
        if group.subject != entity.id:
            title.append(one_line(_name(ledger, group.subject)) + ": ", style="bold")
        title.append(one_line(topic.question), style="bold")
        title.append("  ")
        title.append(group.verdict.upper(), style=VERDICT_STYLE.get(group.verdict, ""))
        console.indented(title, 0)
        for claim in group.claims:
            answer = value_label(ledger, topic, value_key(topic, claim), claim.value)
            row = Text(one_line(ledger.sources[claim.source].label), style="bold")
            row.append(f" · {ledger.claim_date(claim).display()} · {_where(claim)} · ")
            row.append(one_line(answer), style="bold")
            if claim.voice == "reported":
                row.append(" (reported)", style="italic")
            if claim.correction:
                row.append(" (garbled)", style="italic")
            console.indented(row, 2)
            console.indented(quote_text(ledger, claim), 4)
        console.print()
    if found.findings:
        console.print(Text(f"Findings involving {one_line(entity.name)}: {len(found.findings)}", style="bold"))
        console.print()
        for finding in found.findings:
            render_finding(console, ledger, finding)
    console.flush()
