"""The compare report as Markdown, to paste into an article draft."""
from __future__ import annotations

import re
from typing import TextIO

from factcheck.findings.model import Finding
from factcheck.ledger.model import Claim, Ledger
from factcheck.render import CompareView
from factcheck.render.quotes import shown_quote
from factcheck.textsafe import inert, one_line
from factcheck.vocabulary import Scope

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~^])")
_SCOPE = {Scope.ACROSS: "across sources", Scope.WITHIN: "within one source",
          Scope.RECORD: "against the public record", Scope.NONE: "one source only"}


def md(text: str, strip: bool = True) -> str:
    """Inert, one-line, Markdown-escaped text (HTML-significant characters included).

    With strip=False the outer spaces stay, for pieces of a sentence joined around emphasis."""
    flat = one_line(text) if strip else re.sub(r"\s+", " ", inert(text))
    return _SPECIAL.sub(r"\\\1", flat.replace("&", "&amp;"))


def _quote(ledger: Ledger, claim: Claim) -> str:
    shown, cue = shown_quote(ledger, claim)
    if not cue:
        return f"“{md(shown)}”"
    before, words, after = shown[:cue[0]], shown[cue[0]:cue[1]], shown[cue[1]:]
    return f"“{md(before, strip=False)}**{md(words)}**{md(after, strip=False)}”"


def _finding(ledger: Ledger, finding: Finding) -> list[str]:
    topic = ledger.topics[finding.topic]
    entity = ledger.entities.get(finding.subject)
    title = f"### {finding.number}. {finding.kind.replace('-', ' ').capitalize()}: " \
            f"{md(entity.name if entity else finding.subject)}, {md(topic.question)}"
    lines = [title, "", f"*Severity {finding.severity}, {_SCOPE[finding.scope]}"
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
    out.write(compare_markdown(view.ledger, view.findings, view.summary))


def compare_markdown(ledger: Ledger, findings: list[Finding], summary: dict) -> str:
    """The whole report: sources, summary table, then each finding."""
    out = ["# factcheck: findings across sources", "", "## Sources", ""]
    for source in ledger.sources.values():
        by = f", {md(source.author)}" if source.author else ""
        out.append(f"- **{md(source.label)}**: {md(source.title)}, {md(source.outlet)}{by}, "
                   f"{source.published.display()}")
    out += ["", "## Summary", "", "| kind | findings |", "|---|---:|"]
    out += [f"| {k.replace('-', ' ')} | {n} |" for k, n in summary["by_kind"].items()]
    out += ["", "## Findings", ""]
    for finding in findings:
        out += _finding(ledger, finding)
    if not findings:
        out += ["No findings match.", ""]
    return "\n".join(out).rstrip() + "\n"
