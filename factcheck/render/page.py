"""What every terminal view draws with: a page of lines wrapped at the console's width, the console itself
(honouring --color, NO_COLOR and pipes), styles, and quotes made inert."""
from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.text import Text

from factcheck.ledger.model import Claim, Ledger
from factcheck.render.quotes import pieces
from factcheck.render.words import KIND_WORDS
from factcheck.vocabulary import Kind, Scope, Severity, Verdict

KIND_STYLE = {Kind.CONTRADICTION: "bold white on red", Kind.DISPUTED: "bold white on magenta",
              Kind.TENSION: "bold black on yellow", Kind.CORROBORATION: "bold white on green",
              Kind.SINGLE_SOURCE: "bold white on blue"}
VERDICT_STYLE = {Verdict.CONFLICTING: "bold red", Verdict.TENSION: "bold yellow", Verdict.CONSISTENT: "bold green",
                 Verdict.SINGLE_SOURCE: "bold blue", Verdict.RECORD_ONLY: "bold cyan", Verdict.REPORTED_ONLY: "dim"}
SEVERITY_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan", Severity.INFO: "dim"}
SHORT_SCOPE = {Scope.ACROSS: "across", Scope.WITHIN: "within", Scope.RECORD: "vs record"}


class Page:
    """Lines wrapped to the console's width, written in one go (rich's print is slow per call)."""

    def __init__(self, console: Console):
        self.console = console
        self.lines: list[Text] = []
        self.width = console.width  # asked once: rich measures the terminal each time

    def indented(self, text: Text, indent: int, hang: int = 0) -> None:
        """Add wrapped text: the first line at `indent`, the rest `hang` further in; no trailing spaces."""
        first = max(20, self.width - indent)
        lines = list(text.wrap(self.console, first, justify="default", overflow="fold"))
        if hang and len(lines) > 1:
            rest = Text("").join(_rejoin(lines[1:]))
            lines = lines[:1] + list(rest.wrap(self.console, max(20, first - hang), justify="default",
                                               overflow="fold"))
        for index, line in enumerate(lines):
            line.rstrip()
            self.lines.append(Text(" " * (indent + (hang if index else 0))) + line)

    def flow(self, parts: list[Text], indent: int = 0, hang: int = 4, sep: str = " · ", carry: bool = False) -> None:
        """Lay out parts that must never be split: each goes whole onto the line where it fits.

        A part too long for any line is wrapped on its own, hanging under its first line."""
        line = Text(" " * indent)
        at_start = True
        for part in parts:
            glue = "" if at_start else sep
            fits = line.cell_len + len(glue) + part.cell_len <= self.width
            if not fits and part.cell_len > self.width - indent - hang:
                line.append(glue)
                line.append_text(part)
                self._wrap_line(line, indent, hang)
                line, at_start = Text(" " * (indent + hang)), True
                continue
            if not at_start and not fits:
                line.rstrip()
                self.lines.append(line)
                line, glue = Text(" " * (indent + hang)), (sep.lstrip() if carry else "")
            line.append(glue)
            line.append_text(part)
            at_start = False
        line.rstrip()
        if line.plain.strip():
            self.lines.append(line)

    def _wrap_line(self, line: Text, indent: int, hang: int) -> None:
        """Wrap a laid-out line that is too long (its leading spaces are its indent)."""
        lead = len(line.plain) - len(line.plain.lstrip(" "))
        self.indented(line[lead:], lead, hang if lead == indent else 0)

    def print(self, text: Text | str = "") -> None:
        """Add one line (wrapped at the console's width)."""
        self.indented(text if isinstance(text, Text) else Text(text), 0)

    def flush(self) -> None:
        """Write every line added so far."""
        if self.lines:
            self.console.print(Text("\n").join(self.lines), soft_wrap=True)
        self.lines = []


def _rejoin(lines: list[Text]) -> list[Text]:
    """Wrapped lines joined back with single spaces (to wrap them again at another width)."""
    out: list[Text] = []
    for index, line in enumerate(lines):
        line.rstrip()
        if index:
            out.append(Text(" "))
        out.append(line)
    return out


def make_console(color: bool | None = None, file: TextIO | None = None) -> Console:
    """A console that honours --color/--no-color, NO_COLOR and pipes (rich decides the default).

    A pager's capture buffer stands in for the terminal: its width, and colour unless --no-color."""
    file = file or sys.stdout
    kwargs: dict = {"file": file, "highlight": False, "emoji": False, "markup": False}
    width = getattr(file, "terminal_width", None)
    if width:
        kwargs["width"] = width
        kwargs["height"] = getattr(file, "terminal_height", None)
        if color is None:
            color = True
    if color is True:
        kwargs["force_terminal"] = True
    elif color is False:
        kwargs["no_color"] = True
    return Console(**kwargs)


def quote_text(ledger: Ledger, claim: Claim, style: str = "bold underline", limit: int | None = None) -> Text:
    """The quote, one line, inert: cut around its cue when long, the cue highlighted, reported parts marked."""
    runs = pieces(ledger, claim, limit)
    text = Text("“")
    for index, piece in enumerate(runs):
        previous = runs[index - 1].role if index else ""
        following = runs[index + 1].role if index + 1 < len(runs) else ""
        if piece.role == "reported" and previous != "reported":
            text.append("[reported: ", style="italic")
        text.append(piece.text, style={"cue": style, "reported": "italic", "gap": "dim"}.get(piece.role, ""))
        if piece.role == "reported" and following != "reported":
            text.append("]", style="italic")
    text.append("”")
    return text


def name(ledger: Ledger, entity_id: str) -> str:
    """An entity's name, or its id when the ledger does not know it."""
    entity = ledger.entities.get(entity_id)
    return entity.name if entity else entity_id


def badge(kind: Kind) -> Text:
    """A finding's kind as a coloured badge."""
    return Text(f" {KIND_WORDS[kind].upper()} ", style=KIND_STYLE[kind])
