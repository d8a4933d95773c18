"""JSON documents for scripts: plain data, stable key order, no styling."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from factcheck.errors import Problem
from factcheck.findings.model import Finding, Holding, Side
from factcheck.ledger.model import Claim, Ledger, Source
from factcheck.ledger.values import meant_reading, value_key
from factcheck.render import CompareView, ShowView
from factcheck.textsafe import json_inert
from factcheck.vocabulary import Scope

SCHEMA_VERSION = 1



def _one_shot_encoder() -> Callable[[Any], str]:
    """What `json.dumps(value, ensure_ascii=False)` makes, for the many small pieces of a large report.

    json.dumps, and JSONEncoder.encode too, set up a new C encoder for every call: a few microseconds,
    which half a million pieces make seconds. This sets one up once (with the arguments JSONEncoder
    gives it, less the check for cycles: the pieces have none)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without json's C accelerator
        return json.JSONEncoder(ensure_ascii=False).encode
    encoder = make(None, json.JSONEncoder().default, json.encoder.encode_basestring, None, ": ", ", ",
                   False, False, True)
    return lambda value: "".join(encoder(value, 0))


_encode = _one_shot_encoder()


def dumps(document: Any) -> str:
    """Serialise deterministically: compact UTF-8 JSON on one line, then a newline.

    Compact, because only json's C encoder keeps a 100,000-claim report fast; pipe into `jq .`
    to read it indented."""
    return json_inert(json.dumps(document, ensure_ascii=False)) + "\n"


def source_json(source: Source, claims: int | None = None) -> dict:
    """A source's metadata."""
    data: dict[str, Any] = {
        "id": source.id, "short": source.label, "kind": source.kind, "title": source.title,
        "outlet": source.outlet, "author": source.author, "url": source.url, "file": source.file,
        "published": source.published.to_json(), "sha256": source.sha256,
    }
    for key in ("date_note", "note"):
        if getattr(source, key):
            data[key] = getattr(source, key)
    if claims is not None:
        data["claims"] = claims
    return data


def claim_json(ledger: Ledger, claim: Claim) -> dict:
    """A claim with its anchor and every optional field it has."""
    topic = ledger.topics.get(claim.topic)
    data: dict[str, Any] = {"id": claim.id, "source": claim.source, "subject": claim.subject,
                            "topic": claim.topic}
    if topic is not None:
        data["answer"] = value_key(topic, claim)
    data["quote"] = claim.quote
    data["anchor"] = claim.anchor.to_json()
    data["voice"] = claim.voice
    for key in ("object", "attributed_to", "cue", "weak", "note"):
        if getattr(claim, key):
            data[key] = getattr(claim, key)
    data["date"] = ledger.claim_date(claim).to_json() if claim.source in ledger.sources else None
    if claim.correction:
        data["correction"] = correction_json(ledger, claim)
    if claim.unreviewed:
        data["unreviewed"] = True
    return data


def correction_json(ledger: Ledger, claim: Claim) -> dict:
    """What a garbled claim should read, why, and (where the ledger says) the subject and answer it meant."""
    fix = claim.correction
    assert fix is not None
    data: dict[str, Any] = {"should_read": fix.should_read, "why": fix.why}
    topic = ledger.topics.get(claim.topic)
    meant = meant_reading(topic, claim) if topic is not None else None
    if meant is not None:
        data["meant"] = {"subject": meant[0], "answer": meant[1]}
    return data


def _side_head(side: Side) -> dict:
    return {"answer": side.value, "label": side.label, "voice": side.voice}


def _holding_json(ledger: Ledger, holding: Holding, embed: bool) -> dict:
    return {"source": holding.source, "date": holding.date.to_json(),
            "claims": [claim_json(ledger, c) if embed else c.id for c in holding.claims]}


def _finding_head(ledger: Ledger, finding: Finding) -> dict:
    topic = ledger.topics[finding.topic]
    entity = ledger.entities.get(finding.subject)
    gap = finding.gap
    return {
        "number": finding.number, "id": finding.id, "kind": finding.kind, "scope": scope_json(finding.scope),
        "severity": finding.severity,
        "subject": {"id": finding.subject, "name": entity.name if entity else finding.subject},
        "topic": {"id": topic.id, "question": topic.question, "kind": topic.kind},
        "explanation": finding.explanation,
        "gap": {"min_days": gap.min_days, "max_days": gap.max_days, "text": gap.describe()} if gap else None,
        "may_be_change_over_time": finding.over_time,
        "weak_evidence": finding.weak,
        "garbled": finding.garbled,
    }


def finding_json(ledger: Ledger, finding: Finding, embed: bool = True) -> dict:
    """One finding with its evidence: claims embedded whole, or (embed=False) named by id."""
    return {**_finding_head(ledger, finding),
            "sides": [{**_side_head(s), "holdings": [_holding_json(ledger, h, embed) for h in s.holdings]}
                      for s in finding.sides]}


class _FindingTexts:
    """`finding_json(embed=False)` encoded and made inert, for each finding of one report in turn.

    Many findings on a busy subject list the same holdings: each holding is encoded once per report (and
    so are the few distinct heads of sides), and the claims they name are gathered on the way. The pieces
    join as the encoder joins them (", " and ": "), "sides" being the last key of a finding and "holdings"
    the last of a side."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.holdings: dict[int, str] = {}  # by id (the findings, which hold the holdings, outlive this)
        self.heads: dict[tuple[Any, ...], str] = {}
        self.named: set[str] = set()  # the ids of the claims the holdings name

    def text(self, finding: Finding) -> str:
        """The finding's JSON text."""
        made = self.holdings
        sides = []
        for side in finding.sides:
            try:
                holdings = ", ".join([made[id(h)] for h in side.holdings])
            except KeyError:
                for h in side.holdings:
                    if id(h) not in made:
                        made[id(h)] = json_inert(_encode(_holding_json(self.ledger, h, False)))
                        self.named.update(c.id for c in h.claims)
                holdings = ", ".join([made[id(h)] for h in side.holdings])
            key = (side.value, side.label, side.voice)
            head = self.heads.get(key)
            if head is None:
                head = self.heads[key] = json_inert(_encode(_side_head(side)))[:-1] + ', "holdings": ['
            sides.append(head + holdings + "]}")
        return json_inert(_encode(_finding_head(self.ledger, finding)))[:-1] + ', "sides": [' + ", ".join(sides) + "]}"


def scope_json(scope: Scope) -> str | None:
    """A finding's scope in JSON: null for a finding on a single source."""
    return None if scope is Scope.NONE else scope.value


def write_chunks(out: TextIO, chunks: Iterable[str], size: int = 1 << 16, inert: bool = False) -> None:
    """Write JSON text pieces in blocks (one write per piece would be slow for a large report), each
    block made inert (json_inert) on its way out unless the pieces are `inert` already."""
    made_inert = (lambda text: text) if inert else json_inert
    buffer: list[str] = []
    held = 0
    for chunk in chunks:
        buffer.append(chunk)
        held += len(chunk)
        if held >= size:
            out.write(made_inert("".join(buffer)))
            buffer, held = [], 0
    if buffer:
        out.write(made_inert("".join(buffer)))


def _named_claims(ledger: Ledger, findings: list[Finding]) -> Iterator[Claim]:
    """The claims the findings name, once each, in ledger order."""
    wanted: set[str] = set()
    seen: set[int] = set()  # holdings shared by several findings are read once
    for finding in findings:
        for side in finding.sides:
            for held in side.holdings:
                if id(held) not in seen:
                    seen.add(id(held))
                    wanted.update(c.id for c in held.claims)
    return (c for c in ledger.claims if c.id in wanted)


def _claims_of(ledger: Ledger, findings: list[Finding]) -> dict:
    """The claims the findings name, as the `claims{}` object of a JSON document."""
    return {c.id: claim_json(ledger, c) for c in _named_claims(ledger, findings)}


def render_compare(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """The `compare --json` document."""
    write_chunks(out, compare_json_chunks(view), inert=True)


def compare_json_chunks(view: CompareView) -> Iterator[str]:
    """The `compare --json` document (schema in README.md), a piece at a time.

    The pieces join to what `dumps` would make of the whole document (each made inert: json_inert changes
    characters one by one, so inert pieces join to an inert whole, and a holding listed by many findings
    is made inert once); streaming them keeps a 100,000-claim report from being held in memory whole."""
    ledger, report, findings = view.ledger, view.report, view.findings
    head = json.dumps({
        "schema_version": SCHEMA_VERSION,
        "ledger": {"version": ledger.version, "sources": len(ledger.sources), "claims": len(ledger.claims)},
        "filters": view.filters,
        "summary": view.summary,
        "sources": [source_json(s) for s in ledger.sources.values()],
    }, ensure_ascii=False)
    yield json_inert(head[:-1]) + ', "findings": ['
    texts = _FindingTexts(ledger)
    for index, finding in enumerate(findings):
        yield (", " if index else "") + texts.text(finding)
    yield '], "claims": {'
    named = (c for c in ledger.claims if c.id in texts.named)  # in ledger order
    for index, claim in enumerate(named):
        yield (", " if index else "") + json_inert(_encode(claim.id) + ": " + _encode(claim_json(ledger, claim)))
    yield '}, "verdicts": ['
    for index, v in enumerate(report.verdicts):
        yield (", " if index else "") + json_inert(_encode({"subject": v.subject, "topic": v.topic,
                                                            "verdict": v.verdict, "sources": v.sources,
                                                            "claims": v.claims}))
    yield "]}\n"


def render_findings_jsonl(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """One finding per line, each whole (its claims embedded)."""
    write_chunks(out, (json.dumps(finding_json(view.ledger, f), ensure_ascii=False) + "\n" for f in view.findings))


def validate_json(path: str, ledger: Ledger, problems: list[Problem]) -> str:
    """The `validate --json` document: every claim that loaded is anchored; problems say what did not."""
    claims = ledger.claims
    return dumps({
        "schema_version": SCHEMA_VERSION, "ledger": path, "ok": not problems,
        "counts": {"sources": len(ledger.sources), "claims": len(claims), "anchored": len(claims)},
        "problems": [{"file": p.path, "line": p.line, "message": p.message, "hint": p.hint}
                     for p in problems],
        "anchors": [{"claim": c.id, "source": c.source, **c.anchor.to_json()} for c in claims],
    })


def sources_json(ledger: Ledger, counts: dict[str, int]) -> str:
    """The `sources --json` document."""
    return dumps({"schema_version": SCHEMA_VERSION,
                  "sources": [source_json(s, counts.get(s.id, 0)) for s in ledger.sources.values()]})


def claims_json(ledger: Ledger, claims: list[Claim]) -> str:
    """The `claims --json` document."""
    return dumps({"schema_version": SCHEMA_VERSION, "claims": [claim_json(ledger, c) for c in claims]})


def render_dossier(view: ShowView, out: TextIO, color: bool | None = None) -> None:
    """The `show --json` document."""
    ledger, found = view.ledger, view.dossier
    entity = found.entity
    out.write(dumps({
        "schema_version": SCHEMA_VERSION,
        "entity": {"id": entity.id, "kind": entity.kind, "name": entity.name, "iso": entity.iso or None,
                   "aliases": entity.aliases, "related": found.related[1:]},
        "topics": [{"subject": t.subject, "topic": t.topic, "question": ledger.topics[t.topic].question,
                    "verdict": t.verdict, "claims": [claim_json(ledger, c) for c in t.claims]}
                   for t in found.topics],
        "findings": [finding_json(ledger, f, embed=False) for f in found.findings],
        "claims": _claims_of(ledger, found.findings),
    }))


def topics_json(ledger: Ledger, counts: dict[str, int]) -> str:
    """The `topics --json` document."""
    return dumps({"schema_version": SCHEMA_VERSION, "topics": [
        {"id": t.id, "kind": t.kind, "question": t.question, "claims": counts.get(t.id, 0),
         "scale": [{"id": p.id, "label": p.label} for p in t.scale], "values": [str(v) for v in t.values],
         "fixed": t.fixed, "minor": t.minor}
        for t in ledger.topics.values()]})
