"""Exports for the fact-checking ecosystem: schema.org ClaimReview (JSON-LD) and FEVER (JSONL)."""
from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.findings.ratings import Rating, rate_claims
from factcheck.ledger.model import Ledger
from factcheck.render import CompareView
from factcheck.render.jsonout import dumps

REVIEWER = {"@type": "Organization", "name": "factcheck"}


def _appearance(ledger: Ledger, rating: Rating) -> dict:
    source = ledger.sources[rating.claim.source]
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title, "datePublished": source.published.iso()}
    if source.url:
        work["url"] = source.url
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    return work


def claim_review(ledger: Ledger, rating: Rating, verdict: str | None = None) -> dict:
    """One ClaimReview for one claim; `verdict` is its subject and topic's verdict, as compare and show give it."""
    claim = rating.claim
    source = ledger.sources[claim.source]
    item = {"@type": "Claim", "datePublished": ledger.claim_date(claim).iso(),
            "appearance": _appearance(ledger, rating)}
    if source.author:
        item["author"] = {"@type": "Person", "name": source.author}
    elif source.outlet:
        item["author"] = {"@type": "Organization", "name": source.outlet}
    review = {
        "@type": "ClaimReview",
        "@id": f"#review-{claim.id}",
        "claimReviewed": " ".join(claim.quote.split()),
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "ratingValue": rating.value, "bestRating": 5, "worstRating": 1,
                         "alternateName": rating.label},
        "author": REVIEWER,
    }
    parts = [f.explanation for f in rating.findings]
    if verdict:
        entity = ledger.entities.get(claim.subject)
        question = ledger.topics[claim.topic].question
        parts.insert(0, f"Across the sources, “{question}” ({entity.name if entity else claim.subject}): {verdict}.")
    if parts:
        review["reviewBody"] = " ".join(parts)
    return review


def claimreview_jsonld(ledger: Ledger, ratings: list[Rating], verdicts: dict[Any, Any] | None = None) -> str:
    """Every rated claim as a ClaimReview, in one JSON-LD document."""
    verdicts = verdicts or {}
    return dumps({"@context": "https://schema.org", "@graph": [
        claim_review(ledger, r, _verdict(verdicts, r)) for r in ratings]})


def _verdict(verdicts: dict[Any, Any], rating: Rating) -> str | None:
    verdict = verdicts.get((rating.claim.subject, rating.claim.topic))
    return verdict.value if verdict is not None else None


def fever_jsonl(ledger: Ledger, ratings: list[Rating]) -> str:
    """FEVER-style lines: claim, label, and evidence as (source, line) pairs."""
    lines = []
    for rating in ratings:
        evidence = sorted({(c.source, c.anchor.line) for c in rating.evidence})
        lines.append(json.dumps({"id": rating.claim.id, "claim": " ".join(rating.claim.quote.split()),
                                 "label": rating.fever, "evidence": [list(e) for e in evidence]},
                                ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def _ratings(view: CompareView) -> list[Rating]:
    """The ratings of the claims the shown findings rest on."""
    chosen = {c for f in view.findings for c in f.claim_ids()}
    return [r for r in rate_claims(view.ledger, view.report) if r.claim.id in chosen]


def render_claimreview(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """`compare --format claimreview`."""
    from factcheck.findings.story import verdict_map

    out.write(claimreview_jsonld(view.ledger, _ratings(view), verdict_map(view.report)))


def render_fever(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """`compare --format fever`."""
    out.write(fever_jsonl(view.ledger, _ratings(view)))
