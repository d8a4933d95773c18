"""The answer to `factcheck check`: a verdict, the evidence with quotes, and the findings."""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from factcheck.ledger.model import Ledger
from factcheck.reading.matching import CheckResult
from factcheck.reading.reader import describe
from factcheck.render.jsonout import SCHEMA_VERSION, claim_json, dumps, scope_json
from factcheck.render.page import KIND_STYLE, Page, quote_text
from factcheck.render.words import SCOPE_TEXT
from factcheck.textsafe import one_line
from factcheck.vocabulary import CheckVerdict

VERDICT_STYLE = {CheckVerdict.SUPPORTED: "bold white on green", CheckVerdict.REFUTED: "bold white on red",
                 CheckVerdict.CONFLICTING: "bold black on yellow", CheckVerdict.NOT_ENOUGH: "bold white on blue",
                 CheckVerdict.UNREADABLE: "bold white on magenta"}


def topic_verdicts(result: CheckResult, verdicts: dict | None) -> list[dict]:
    """The verdict compare and show give each subject and topic the statement was read as."""
    if not verdicts:
        return []
    found = []
    for key in dict.fromkeys((r.subject, r.topic) for r in result.readings):
        verdict = verdicts.get(key)
        if verdict is not None:
            found.append({"subject": key[0], "topic": key[1], "verdict": verdict.value})
    return found


def check_document(ledger: Ledger, result: CheckResult, verdicts: dict | None = None) -> dict:
    """The JSON form of one answer."""
    return {
        "schema_version": SCHEMA_VERSION, "statement": result.statement, "verdict": result.verdict,
        "read": result.read, "subject": result.subject,
        "readings": [describe(r) for r in result.readings],
        "reasons": result.reasons,
        "evidence": [{"relation": e.relation, "claim": claim_json(ledger, e.claim)} for e in result.evidence],
        "findings": [{"number": f.number, "id": f.id, "kind": f.kind, "scope": scope_json(f.scope),
                      "explanation": f.explanation} for f in result.findings],
        "verdicts": topic_verdicts(result, verdicts),
    }


def check_json(ledger: Ledger, result: CheckResult, verdicts: dict | None = None) -> str:
    """One JSON document on one line (so that a batch is JSON Lines)."""
    return dumps(check_document(ledger, result, verdicts))


def render_check(console: Console, ledger: Ledger, result: CheckResult, verdicts: dict | None = None) -> None:
    """The verdict, then each piece of evidence, then the findings it takes part in."""
    page = Page(console)
    head = Text()
    head.append(f" {result.verdict.upper()} ", style=VERDICT_STYLE[result.verdict])
    head.append("  " + one_line(result.statement))
    # the statement's own wrapped lines hang under its first word, past the verdict's badge
    page.indented(head, 0, len(result.verdict) + 4)
    if result.reasons:
        label = "read as: " if result.read else ""
        page.indented(Text(label + one_line("; ".join(result.reasons)), style="dim"), 2, 2)
    for item in topic_verdicts(result, verdicts):
        row = Text(f"the sources on {one_line(ledger.entities[item['subject']].name)}, {one_line(item['topic'])}: ")
        row.append(item["verdict"].upper(), style="bold")
        row.append(" (as in compare and show)", style="dim")
        page.indented(row, 2, 2)
    for evidence in result.evidence:
        claim = evidence.claim
        row = Text()
        row.append(f"{evidence.relation:<9}", style="bold")
        row.append(f"{one_line(ledger.sources[claim.source].label)} · {ledger.claim_date(claim).display()} · "
                   f"line {claim.anchor.line} · {one_line(claim.id)}")
        page.indented(row, 2, 9)
        page.indented(quote_text(ledger, claim, limit=150), 11, 1)
    for finding in result.findings:
        row = Text(f"#{finding.number} ")
        row.append(f" {finding.kind} ", style=KIND_STYLE[finding.kind])
        row.append(f" {SCOPE_TEXT[finding.scope]}: {one_line(finding.explanation)}")
        page.indented(row, 2, 4)
    page.print()
    page.flush()
