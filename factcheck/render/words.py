"""Words every human-readable format shares: kinds, scopes and verdicts in prose, counts with the right
plural, and the sentence that says which ledger was read and which filters were asked for."""
from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.vocabulary import Kind, Scope, Verdict

if TYPE_CHECKING:
    from factcheck.render import CompareView

KIND_WORDS = {Kind.CONTRADICTION: "contradiction", Kind.DISPUTED: "disputed", Kind.TENSION: "tension",
              Kind.CORROBORATION: "corroboration", Kind.SINGLE_SOURCE: "single source"}
_KIND_PLURAL = {Kind.CONTRADICTION: "contradictions", Kind.DISPUTED: "disputed", Kind.TENSION: "tensions",
                Kind.CORROBORATION: "corroborations", Kind.SINGLE_SOURCE: "single source"}
SCOPE_TEXT = {Scope.ACROSS: "across sources", Scope.WITHIN: "within one source",
              Scope.RECORD: "against the public record", Scope.NONE: "one source only"}
# the matrix's last column: the verdict on that actor and topic, in a word
VERDICT_MARK = {Verdict.CONFLICTING: "conflict", Verdict.TENSION: "tension", Verdict.CONSISTENT: "agree",
                Verdict.SINGLE_SOURCE: "1 source", Verdict.RECORD_ONLY: "record", Verdict.REPORTED_ONLY: "reported"}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 finding', '2 findings', '0 findings'."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def same_source_more(claim_ids: list[str]) -> str:
    """'this source says the same in another claim: k22-x' for a side's further claims from one source."""
    said = "another claim" if len(claim_ids) == 1 else f"{len(claim_ids)} other claims"
    return f"this source says the same in {said}: " + ", ".join(claim_ids)


def plural_kind(kind: Kind, n: int) -> str:
    """'1 contradiction', '3 tensions', '2 disputed', '41 single source'."""
    return f"{n} {KIND_WORDS[kind] if n == 1 else _KIND_PLURAL[kind]}"


def ledger_text(view) -> str:
    """Which ledger the report is on (a CompareView or a ShowView)."""
    return f"ledger {view.ledger_name or view.ledger.path}"


def filters_text(view: CompareView) -> str:
    """The filters asked for, in words, and how many findings they kept; "" when there are none."""
    filters, ledger = view.filters, view.ledger
    parts = []
    names = {
        "country": lambda v: ledger.entities[v].name if v in ledger.entities else v,
        "source": lambda v: ledger.sources[v].label if v in ledger.sources else v,
    }
    for key, label in (("country", "country"), ("topic", "topic"), ("source", "source"), ("kind", "kind"),
                       ("scope", "scope")):
        values = filters.get(key) or []
        if values:
            shown = ", ".join(names.get(key, str)(v) for v in values)
            parts.append(f"{label} {shown}")
    if filters.get("country") and filters.get("subject_only"):
        parts.append("as subject only")
    if filters.get("min_severity", "info") != "info":
        parts.append(f"severity {filters['min_severity']} or higher")
    if not parts:
        return ""
    total = len(view.report.findings)
    return "filters: " + "; ".join(parts) + f" ({len(view.findings)} of {counted(total, 'finding')})"
