"""The compare report as Markdown, to paste into an article draft."""
from __future__ import annotations

import re
from typing import TextIO

from factcheck.findings.model import Finding
from factcheck.findings.overview import MatrixRow, headlines, stance_matrix
from factcheck.ledger.model import Claim, Ledger
from factcheck.render import CompareView
from factcheck.render.quotes import Piece, joined, pieces
from factcheck.render.words import VERDICT_MARK, counted, filters_text, ledger_text
from factcheck.textsafe import inert, one_line
from factcheck.vocabulary import Kind, Scope

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~^])")
_SCOPE = {Scope.ACROSS: "across sources", Scope.WITHIN: "within one source",
          Scope.RECORD: "against the public record", Scope.NONE: "one source only"}


def md(text: str, strip: bool = True) -> str:
    """Inert, one-line, Markdown-escaped text (HTML-significant characters included).

    With strip=False the outer spaces stay, for pieces of a sentence joined around emphasis."""
    flat = one_line(text) if strip else re.sub(r"\s+", " ", inert(text))
    return _SPECIAL.sub(r"\\\1", flat.replace("&", "&amp;"))


def _quote(ledger: Ledger, claim: Claim) -> str:
    """The quote cut around its cue, the cue in bold, a reported part marked as reported."""
    def text(piece: Piece) -> str:
        return f"**{md(piece.text)}**" if piece.role == "cue" else md(piece.text, strip=False)

    return "“" + joined(pieces(ledger, claim), text, "\\[*reported:* ", "\\]") + "”"


def _cell(row: MatrixRow, source: str, size: int) -> str:
    held = row.cells.get(source)
    return "".join("●" if p in held else "·" for p in range(size)) if held else ""


def _overview(view: CompareView) -> list[str]:
    ledger = view.ledger
    out = ["## Overview", ""]
    chosen = headlines(ledger, view.report, view.findings, 5)
    if chosen:
        out += ["Headline conflicts (the number is the finding's, below):", ""]
        for finding in chosen:
            entity = ledger.entities.get(finding.subject)
            sides = " vs ".join(
                f"**{md(ledger.sources[s.holdings[0].source].label)}** ({s.holdings[0].date.display()})"
                + (" reports" if s.voice == "reported" else "") + f": {md(s.label)}" for s in finding.sides)
            out.append(f"- [{finding.number}](#finding-{finding.number}) "
                       f"{md(entity.name if entity else finding.subject)}, {md(finding.topic)}: {sides}")
        out.append("")
    wanted = {(f.subject, f.topic) for f in view.findings}
    matrix = stance_matrix(ledger, view.report)
    rows = [r for r in matrix.rows if (r.subject, r.topic) in wanted]
    if rows:
        heads = [md(ledger.sources[s].label) for s in matrix.sources]
        out += ["Stance matrix: ● where a source puts the actor on the topic's scale, from its first answer "
                "(left) to its last (right).", "",
                "| actor | topic | " + " | ".join(heads) + " | verdict |",
                "|---|---|" + "---|" * len(heads) + "---|"]
        for row in rows:
            size = len(ledger.topics[row.topic].scale)
            cells = " | ".join(f"`{_cell(row, s, size)}`" if row.cells.get(s) else "" for s in matrix.sources)
            entity = ledger.entities.get(row.subject)
            out.append(f"| {md(entity.name if entity else row.subject)} | {md(row.topic)} | {cells} | "
                       f"{VERDICT_MARK[row.verdict]} |")
        out.append("")
    return out


def _finding(ledger: Ledger, finding: Finding) -> list[str]:
    topic = ledger.topics[finding.topic]
    entity = ledger.entities.get(finding.subject)
    title = f"### {finding.number}. {finding.kind.replace('-', ' ').capitalize()}: " \
            f"{md(entity.name if entity else finding.subject)}, {md(topic.question)}"
    lines = [f'<a id="finding-{finding.number}"></a>', "", title, "",
             f"*Severity {finding.severity}, {_SCOPE[finding.scope]}"
             + (", may be change over time" if finding.over_time else "") + ".*", ""]
    for side in finding.sides:
        for holding in side.holdings:
            source = ledger.sources[holding.source]
            claim = holding.lead
            where = f"line {claim.anchor.line}"
            voice = " (reported)" if side.voice == "reported" else ""
            lines.append(f"- **{md(source.label)}** ({holding.date.display()}, {where}), "
                         f"{md(side.label)}{voice}: {_quote(ledger, claim)}")
    lines += ["", md(finding.explanation), ""]
    return lines


def render_compare(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """The compare report as Markdown."""
    out.write(compare_markdown(view))


def compare_markdown(view: CompareView) -> str:
    """The whole report: what was asked, the overview, sources, summary table, then each finding."""
    ledger, findings, summary = view.ledger, view.findings, view.summary
    asked = md(ledger_text(view).capitalize()) + ", " + counted(len(ledger.sources), "source") + ", " + \
        counted(len(ledger.claims), "claim") + "; " + (md(filters_text(view)) or "no filters") + "; " + \
        counted(len(findings), "finding") + "."
    out = ["# factcheck: findings across sources", "", asked, ""]
    out += _overview(view)
    out += ["## Sources", ""]
    for source in ledger.sources.values():
        by = f", {md(source.author)}" if source.author else ""
        out.append(f"- **{md(source.label)}**: {md(source.title)}, {md(source.outlet)}{by}, "
                   f"{source.published.display()}")
    out += ["", "## Summary", "", "| kind | findings |", "|---|---:|"]
    out += [f"| {Kind(k).replace('-', ' ')} | {n} |" for k, n in summary["by_kind"].items() if n]
    out += ["", "## Findings", ""]
    for finding in findings:
        out += _finding(ledger, finding)
    if not findings:
        out += ["No findings match.", ""]
    return "\n".join(out).rstrip() + "\n"
