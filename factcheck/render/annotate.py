"""A source's text as the reader received it, claim spans marked, findings marked in the margin.

The margin has one width for the whole source: marks that do not fit on a line's first row continue on
the rows below it. Claim spans are underlined in colour and put in [brackets] without it, so that the
legend is true either way."""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from factcheck.findings.model import Finding
from factcheck.ledger.model import Ledger, Source
from factcheck.render.page import KIND_STYLE, Page
from factcheck.render.words import KIND_WORDS, SCOPE_TEXT, counted
from factcheck.textsafe import inert, one_line
from factcheck.vocabulary import Kind

MARK = {Kind.CONTRADICTION: "C", Kind.DISPUTED: "D", Kind.TENSION: "T", Kind.CORROBORATION: "A",
        Kind.SINGLE_SOURCE: "S"}
SPAN_STYLE = "bold underline"
MARGIN = 12  # characters of marks per row, whatever the source


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


def _rows_of_marks(marks: list[str], width: int) -> list[str]:
    """Marks packed into rows of at most `width` characters."""
    rows: list[str] = []
    for mark in marks:
        if rows and len(rows[-1]) + 1 + len(mark) <= width:
            rows[-1] += " " + mark
        else:
            rows.append(mark)
    return rows


def _merged_spans(ledger: Ledger, source: Source) -> list[tuple[int, int]]:
    spans = sorted((c.anchor.start, c.anchor.end) for c in ledger.claims if c.source == source.id)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _body(raw: str, offset: int, spans: list[tuple[int, int]], brackets: bool) -> Text:
    """One line of the source, claim spans underlined, or bracketed when there is no colour."""
    line = inert(raw.rstrip("\r"))
    if not brackets:
        body = Text(line)
        for start, end in spans:
            lo, hi = max(start, offset) - offset, min(end, offset + len(raw)) - offset
            if lo < hi:
                body.stylize(SPAN_STYLE, lo, hi)
        return body
    # inert() may lengthen a character (a control picture stays one; <U+202E> is eight): map by pieces
    cuts: list[tuple[int, str]] = []
    for start, end in spans:
        if offset <= start < offset + len(raw) + 1:
            cuts.append((start - offset, "["))
        if offset < end <= offset + len(raw):
            cuts.append((end - offset, "]"))
    text, at = "", 0
    for position, mark in sorted(cuts):
        text += inert(raw[at:position]) + mark
        at = position
    return Text((text + inert(raw[at:])).rstrip("\r"))


def render_annotated(console: Console, ledger: Ledger, source: Source, findings: list[Finding]) -> None:
    """The whole annotated source, then the legend."""
    text = source.text
    marks = _marks_by_line(ledger, source, findings)
    claims = [c for c in ledger.claims if c.source == source.id]
    brackets = not console.is_terminal or console.no_color
    spans = _merged_spans(ledger, source)
    page = Page(console)
    head = Text(one_line(source.file), style="bold")
    head.append(f" · {one_line(source.label)} · {source.published.display()} · {counted(len(claims), 'claim')}")
    page.indented(head, 0, 2)
    page.print()
    number_width = len(str(text.count("\n") + 1))
    gutter_width = number_width + 1 + MARGIN + 3
    offset = 0
    for number, raw in enumerate(text.split("\n"), 1):
        body = _body(raw, offset, spans, brackets)
        offset += len(raw) + 1
        rows = _rows_of_marks(marks.get(number, []), MARGIN)
        room = max(20, page.width - gutter_width)
        lines = body.wrap(console, room, justify="default", overflow="fold") if body.plain else [Text("")]
        lines = list(lines) + [Text("")] * max(0, len(rows) - len(lines))
        for index, line in enumerate(lines):
            line.rstrip()
            gutter = Text()
            gutter.append(f"{number:>{number_width}} " if index == 0 else " " * (number_width + 1), style="dim")
            gutter.append(f"{rows[index] if index < len(rows) else '':<{MARGIN}}", style="bold")
            gutter.append(" | ", style="dim")
            page.lines.append(gutter + line)
    page.print()
    page.print(Text("Legend", style="bold"))
    spans_are = "in [brackets]" if brackets else "underlined"
    page.indented(Text("Margin: C contradiction, D disputed, T tension, A agreement (corroboration), "
                       "S single source; the number is the finding's in `factcheck compare`. "
                       f"Claim spans are {spans_are}.", style="dim"), 0, 2)
    shown = {m for line in marks.values() for m in line}
    for finding in findings:
        mark = f"{MARK[finding.kind]}{finding.number}"
        if mark not in shown:
            continue
        topic = ledger.topics[finding.topic]
        entity = ledger.entities.get(finding.subject)
        row = Text()
        row.append(f"{mark:>5} ", style="bold")
        row.append(f" {KIND_WORDS[finding.kind]} ", style=KIND_STYLE[finding.kind])
        row.append(f" {finding.severity}, {SCOPE_TEXT[finding.scope]}: "
                   f"{inert(entity.name if entity else finding.subject)}: {inert(topic.question)}")
        page.indented(row, 0, 6)
    page.flush()
