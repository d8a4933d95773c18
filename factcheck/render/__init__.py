"""Renderers: one module per output format, all behind one interface.

Every report renderer is called the same way, `render(view, out, color)`: `view` holds what the
core computed, `out` is the text stream to write to, `color` is the --color/--no-color choice
(None lets the terminal decide; formats for machines ignore it). The registry maps each format
name to its renderer by dotted path, so that listing the formats (for --format's choices) imports
nothing heavy."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from factcheck.findings.model import Finding, Report
    from factcheck.findings.query import Dossier
    from factcheck.ledger.model import Ledger


@dataclass
class CompareView:
    """What a compare report shows: the ledger, the whole report, the findings kept, and why."""

    ledger: Ledger
    report: Report
    findings: list[Finding]
    summary: dict
    filters: dict = field(default_factory=dict)
    ledger_name: str = ""  # the ledger as the user named it (a path, or <stdin>)
    brief: bool = False  # only the overview
    limit: int | None = None  # at most this many findings in the details


@dataclass
class ShowView:
    """What a dossier on one actor shows."""

    ledger: Ledger
    dossier: Dossier
    report: Report | None = None
    ledger_name: str = ""


Renderer = Callable[..., None]

COMPARE_FORMATS: dict[str, str] = {
    "text": "factcheck.render.terminal:render_compare",
    "json": "factcheck.render.jsonout:render_compare",
    "jsonl": "factcheck.render.jsonout:render_findings_jsonl",
    "markdown": "factcheck.render.markdown:render_compare",
    "html": "factcheck.render.html:render_compare",
    "claimreview": "factcheck.render.exports:render_claimreview",
    "fever": "factcheck.render.exports:render_fever",
}
SHOW_FORMATS: dict[str, str] = {
    "text": "factcheck.render.terminal:render_dossier",
    "json": "factcheck.render.jsonout:render_dossier",
    "html": "factcheck.render.html:render_dossier",
}


def renderer(registry: dict[str, str], name: str) -> Renderer:
    """The renderer registered under `name` (imported only now)."""
    module, _, function = registry[name].partition(":")
    return getattr(importlib.import_module(module), function)


def render(registry: dict[str, str], name: str, view: CompareView | ShowView, out: TextIO,
           color: bool | None = None) -> None:
    """Render `view` in the format `name` onto `out`."""
    renderer(registry, name)(view, out, color)
