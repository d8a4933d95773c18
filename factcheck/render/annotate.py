"""A source's text as the reader received it, claim spans highlighted, findings marked in the margin."""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from factcheck.findings.model import Finding
from factcheck.ledger.model import Ledger, Source
from factcheck.render.terminal import KIND_STYLE, SCOPE_TEXT, Page
from factcheck.textsafe import inert, one_line
from factcheck.vocabulary import Kind

MARK = {Kind.CONTRADICTION: "C", Kind.DISPUTED: "D", Kind.TENSION: "T", Kind.CORROBORATION: "A",
        Kind.SINGLE_SOURCE: "S"}
SPAN_STYLE = "bold underline"


def _marks_by_line(ledger: Ledger, source: Source, findings: list[Finding]) -> dict[int, list[str]]:
    claims = {c.id: c for c in ledger.claims if c.source == source.id}
    marks: dict[int, list[str]] = {}
    for finding in findings:
        for claim_id in dict.fromkeys(finding.claim_ids()):
            claim = claims.get(claim_id)
            if claim:
                mark = f"{MARK[finding.kind]}{finding.number}"
                line_marks = marks.setdefault(claim.anchor.line, [])
                if mark not in line_marks:
                    line_marks.append(mark)
    return marks


def render_annotated(console: Console, ledger: Ledger, source: Source, findings: list[Finding]) -> None:
    """The whole annotated source, then the legend; paged on a terminal when longer than the screen."""
    text = source.text
    marks = _marks_by_line(ledger, source, findings)
    claims = sorted((c for c in ledger.claims if c.source == source.id), key=lambda c: c.anchor.start)
    page = Page(console)
    head = Text(one_line(source.file), style="bold")
    head.append(f" · {one_line(source.label)} · {source.published.display()} · {len(claims)} claims")
    page.print(head)
    page.print()
    margin = min(18, max((len(" ".join(m)) for m in marks.values()), default=0))
    number_width = len(str(text.count("\n") + 1))
    offset = 0
    for number, raw in enumerate(text.split("\n"), 1):
        body = Text(inert(raw.rstrip("\r")))
        for claim in claims:
            a = claim.anchor
            lo, hi = max(a.start, offset) - offset, min(a.end, offset + len(raw)) - offset
            if lo < hi:
                body.stylize(SPAN_STYLE, lo, hi)
        offset += len(raw) + 1
        gutter = Text(f"{number:>{number_width}} ", style="dim")
        gutter.append(f"{' '.join(marks.get(number, [])):<{margin}}", style="bold")
        gutter.append(" | ", style="dim")
        _wrap_with_gutter(page, gutter, body, len(gutter))
    page.print()
    page.print(Text("Legend", style="bold"))
    page.print(Text("Margin: C contradiction, D disputed, T tension, A agreement (corroboration), "
                    "S single source; the number is the finding's in `factcheck compare`. "
                    "Claim spans are underlined.", style="dim"))
    shown = {m for line in marks.values() for m in line}
    for finding in findings:
        mark = f"{MARK[finding.kind]}{finding.number}"
        if mark not in shown:
            continue
        topic = ledger.topics[finding.topic]
        entity = ledger.entities.get(finding.subject)
        row = Text(f"{mark:>5} ", style="bold")
        row.append(f" {finding.kind} ", style=KIND_STYLE[finding.kind])
        row.append(f" {finding.severity}, {SCOPE_TEXT[finding.scope]}: "
                   f"{inert(entity.name if entity else finding.subject)}: {inert(topic.question)}")
        page.indented(row, 0)
    page.flush()


def _wrap_with_gutter(page: Page, gutter: Text, body: Text, width: int) -> None:
    room = max(20, page.console.width - width)
    lines = body.wrap(page.console, room, justify="default") if body.plain else [Text("")]
    blank = Text(" " * (width - 3), style="dim") + Text(" | ", style="dim")
    for index, line in enumerate(lines):
        line.rstrip()
        page.lines.append((gutter if index == 0 else blank) + line)
