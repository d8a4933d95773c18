"""The stance matrix: where each source puts each actor on a topic's scale, one row per actor and topic."""
from __future__ import annotations

from rich.text import Text

from factcheck.findings.overview import Matrix, MatrixRow
from factcheck.ledger.model import Ledger
from factcheck.render.page import VERDICT_STYLE, Page, name
from factcheck.render.words import VERDICT_MARK, counted
from factcheck.textsafe import one_line


def _cell(row: MatrixRow, source: str, size: int, width: int) -> Text:
    held = row.cells.get(source)
    if not held:
        return Text(" " * width)
    style = VERDICT_STYLE.get(row.verdict, "") if row.differs else "bold"
    text = Text()
    for position in range(size):
        text.append("●", style=style) if position in held else text.append("·", style="dim")
    pad = width - size
    return Text(" " * (pad // 2)) + text + Text(" " * (pad - pad // 2))


def _header_words(label: str) -> tuple[str, str]:
    """A source's short name over two lines: the last word (usually the year) below the rest."""
    head, _, tail = label.rpartition(" ")
    return (head, tail) if head else (label, "")


def render_matrix(page: Page, ledger: Ledger, matrix: Matrix, rows: list[MatrixRow] | None = None,
                  show_actor: bool = True) -> None:
    """Actors x sources in date order: where each source puts the actor on each stance topic's scale."""
    rows = matrix.rows if rows is None else rows
    if not rows:
        return
    sizes = {r.topic: len(ledger.topics[r.topic].scale) for r in rows}
    mark_width = max(len(VERDICT_MARK[r.verdict]) for r in rows)
    sources, left_out = columns_that_fit(ledger, matrix, rows, page.width - 24 - mark_width, max(sizes.values()))
    matrix = Matrix(sources, matrix.rows)
    heads = [_header_words(one_line(ledger.sources[s].label)) for s in matrix.sources]
    widths = [max(len(h[0]), len(h[1]), max(sizes.values())) for h in heads]
    actor_width = max(len(one_line(name(ledger, r.subject))) for r in rows) if show_actor else 0
    topic_width = max(len(one_line(r.topic)) for r in rows)
    cells_width = sum(widths) + 2 * len(widths)
    room = page.width - cells_width - mark_width - 1
    # when actor and topic do not both fit, each actor heads its rows on a line of its own
    heading = show_actor and actor_width + 2 + topic_width > room
    if heading:
        show_actor, actor_width = False, 0
    topic_width = min(topic_width, max(8, room - (actor_width + 2 if show_actor else 0)))
    label_width = (actor_width + 2 if show_actor else 0) + topic_width + (2 if heading else 0)
    for tier in (0, 1):
        head = Text(" " * label_width)
        for (words, width) in zip(heads, widths, strict=True):
            head.append("  " + words[tier].center(width), style="bold")
        head.rstrip()
        page.lines.append(head)
    previous = None
    for row in rows:
        if heading and row.subject != previous:
            page.lines.append(Text(one_line(name(ledger, row.subject)), style="bold"))
        line = Text("  " if heading else "")
        if show_actor:
            actor = one_line(name(ledger, row.subject)) if row.subject != previous else ""
            line.append(_fit(actor, actor_width).ljust(actor_width) + "  ", style="bold")
        line.append(_fit(one_line(row.topic), topic_width).ljust(topic_width))
        for source, width in zip(matrix.sources, widths, strict=True):
            line.append("  ")
            line.append_text(_cell(row, source, sizes[row.topic], width))
        line.append(" " + VERDICT_MARK[row.verdict], style=VERDICT_STYLE.get(row.verdict, ""))
        line.rstrip()
        page.lines.append(line)
        previous = row.subject
    if left_out:
        page.indented(Text(f"(+{counted(left_out, 'source')} with fewer cells not shown; --format html shows all)",
                           style="dim"), 0, 2)


def columns_that_fit(ledger: Ledger, matrix: Matrix, rows: list[MatrixRow], room: int,
                      scale: int) -> tuple[list[str], int]:
    """The sources whose columns fit in `room`: those with the most cells in these rows, in date order."""
    def width(source: str) -> int:
        head, tail = _header_words(one_line(ledger.sources[source].label))
        return max(len(head), len(tail), scale) + 2

    used = [s for s in matrix.sources if any(s in r.cells for r in rows)]
    if sum(width(s) for s in used) <= room:
        return used, 0
    cells = {s: sum(s in r.cells for r in rows) for s in used}
    order = {s: i for i, s in enumerate(matrix.sources)}
    chosen: list[str] = []
    total = 0
    for source in sorted(used, key=lambda s: (-cells[s], -order[s])):
        if total + width(source) <= room:
            chosen.append(source)
            total += width(source)
    return sorted(chosen, key=order.__getitem__), len(used) - len(chosen)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


MATRIX_LEGEND_SHORT = "● a source's place on the topic's scale, first answer left (`factcheck topics`)"
MATRIX_LEGEND = ("● where a source puts the actor on the topic's scale, from its first answer (left) to its "
                 "last (right); `factcheck topics` lists the scales.")


def render_scales(page: Page, ledger: Ledger, topics: list[str]) -> None:
    """Each topic's scale, pole to pole."""
    for topic_id in topics:
        topic = ledger.topics[topic_id]
        labels = [Text(one_line(p.label)) for p in topic.scale]
        page.flow([Text(one_line(topic.id) + ": ", style="bold") + labels[0], *labels[1:]], 2, 4, sep=" < ",
                  carry=True)
