"""The answer to `factcheck check`: a verdict, the evidence with quotes, and the findings."""
from __future__ import annotations

import json

from rich.console import Console
from rich.text import Text

from ..matching import CheckResult
from ..model import Ledger
from ..textsafe import one_line
from .jsonout import SCHEMA_VERSION, claim_json, dumps
from .terminal import KIND_STYLE, SCOPE_TEXT, Page, quote_text

VERDICT_STYLE = {"supported": "bold white on green", "refuted": "bold white on red",
                 "conflicting evidence": "bold black on yellow", "not enough evidence": "bold white on blue"}


def check_document(ledger: Ledger, result: CheckResult) -> dict:
    """The JSON form of one answer."""
    return {
        "schema_version": SCHEMA_VERSION, "statement": result.statement, "verdict": result.verdict,
        "subject": result.subject,
        "readings": [{"topic": t, "answer": a, "negated": n} for t, a, n in result.readings],
        "reasons": result.reasons,
        "evidence": [{"relation": e.relation, "claim": claim_json(ledger, e.claim)} for e in result.evidence],
        "findings": [{"number": f.number, "id": f.id, "kind": f.kind, "scope": f.scope,
                      "explanation": f.explanation} for f in result.findings],
    }


def check_json(ledger: Ledger, result: CheckResult, compact: bool = False) -> str:
    """One JSON document, or one JSON line when answering a batch."""
    document = check_document(ledger, result)
    return json.dumps(document, ensure_ascii=False) + "\n" if compact else dumps(document)


def render_check(console: Console, ledger: Ledger, result: CheckResult) -> None:
    """The verdict, then each piece of evidence, then the findings it takes part in."""
    page = Page(console)
    head = Text()
    head.append(f" {result.verdict.upper()} ", style=VERDICT_STYLE[result.verdict])
    head.append("  " + one_line(result.statement))
    page.print(head)
    if result.reasons:
        page.indented(Text("read as: " + one_line("; ".join(result.reasons)), style="dim"), 2)
    for evidence in result.evidence:
        claim = evidence.claim
        row = Text(f"{evidence.relation:<9}", style="bold")
        row.append(f"{one_line(ledger.sources[claim.source].label)} · {ledger.claim_date(claim).display()} · "
                   f"line {claim.anchor.line if claim.anchor else '-'} · {claim.id}")
        page.indented(row, 2)
        page.indented(quote_text(ledger, claim), 11)
    for finding in result.findings:
        row = Text(f"#{finding.number} ")
        row.append(f" {finding.kind} ", style=KIND_STYLE[finding.kind])
        row.append(f" {SCOPE_TEXT[finding.scope]}: {one_line(finding.explanation)}")
        page.indented(row, 2)
    page.print()
    page.flush()
