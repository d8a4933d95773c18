"""A page to share: one self-contained HTML file (inline CSS, no scripts, no external assets).

Readable on a phone (one column, fluid widths, the matrix scrolls sideways) and in print (no colours
needed: the cells' symbols and the words carry everything). Every piece of source text is made inert,
then escaped with html.escape."""
from __future__ import annotations

import html
from typing import TextIO

from factcheck.findings.model import Finding, Side
from factcheck.findings.overview import Matrix, MatrixRow, headlines, stance_matrix
from factcheck.ledger.model import Claim, Ledger
from factcheck.ledger.values import value_key, value_label
from factcheck.render import CompareView, ShowView
from factcheck.render.quotes import pieces
from factcheck.render.words import (
    KIND_WORDS,
    SCOPE_TEXT,
    VERDICT_MARK,
    counted,
    filters_text,
    ledger_text,
    plural_kind,
    same_source_more,
)
from factcheck.textsafe import one_line
from factcheck.vocabulary import Kind

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4d9; --bg: #ffffff;
  --contradiction: #b3261e; --disputed: #8e24aa; --tension: #a15c00; --corroboration: #1e7d32;
  --single-source: #1a5fb4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; color: var(--ink); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.2rem; margin-top: 2rem;
  border-bottom: 1px solid var(--line); } h3 { font-size: 1.05rem; margin: .2rem 0; }
.asked, .legend, .more, .muted { color: var(--muted); font-size: .9rem; }
ol.headlines { padding-left: 1.4rem; } ol.headlines li { margin: .4rem 0; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .25rem; color: #fff; font-size: .8rem;
  font-weight: 700; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
.badge.contradiction { background: var(--contradiction); } .badge.disputed { background: var(--disputed); }
.badge.tension { background: var(--tension); } .badge.corroboration { background: var(--corroboration); }
.badge.single-source { background: var(--single-source); }
.scroll { overflow-x: auto; }
table.matrix { border-collapse: collapse; font-size: .9rem; }
table.matrix th, table.matrix td { border-bottom: 1px solid var(--line); padding: .2rem .5rem; text-align: center;
  white-space: nowrap; } table.matrix th { white-space: normal; overflow-wrap: normal; }
table.matrix th.row, table.matrix td.row { text-align: left; }
.cell { font-family: ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: .1em; }
tr.conflicting .cell, tr.conflicting .verdict { color: var(--contradiction); font-weight: 700; }
tr.in-tension .cell, tr.in-tension .verdict { color: var(--tension); font-weight: 700; }
article.finding { border-left: 4px solid var(--line); padding: .3rem 0 .3rem .8rem; margin: 1.2rem 0;
  break-inside: avoid; }
article.contradiction { border-color: var(--contradiction); } article.disputed { border-color: var(--disputed); }
article.tension { border-color: var(--tension); } article.corroboration { border-color: var(--corroboration); }
article.single-source { border-color: var(--single-source); }
ul.sides { list-style: none; padding: 0; margin: .4rem 0; } ul.sides li { margin: .4rem 0; }
blockquote { margin: .2rem 0 0 1rem; font-style: normal; }
mark { background: #fff3b0; color: inherit; font-weight: 700; }
.reported { font-style: italic; color: var(--muted); }
.reported::before { content: "[reported: "; font-weight: 700; } .reported::after { content: "]"; }
.why { margin: .4rem 0; }
@media print { body { max-width: none; font-size: 11pt; } a { color: inherit; text-decoration: none; }
  mark { background: none; text-decoration: underline; } .scroll { overflow: visible; } }
"""


def h(text: object) -> str:
    """Inert, one-line, HTML-escaped text."""
    return html.escape(one_line(str(text)), quote=True)


def _page(title: str, body: list[str]) -> str:
    return "\n".join(["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
                      '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      f"<title>{title}</title>", f"<style>{CSS}</style>", "</head>", "<body>", *body,
                      "</body>", "</html>"]) + "\n"


def _name(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities.get(entity_id)
    return entity.name if entity else entity_id


def _quote(ledger: Ledger, claim: Claim) -> str:
    out = []
    runs = pieces(ledger, claim)
    index = 0
    while index < len(runs):
        piece = runs[index]
        if piece.role == "reported":
            inner = []
            while index < len(runs) and runs[index].role == "reported":
                inner.append(html.escape(runs[index].text))
                index += 1
            out.append(f'<span class="reported">{"".join(inner)}</span>')
            continue
        text = html.escape(piece.text)
        out.append(f"<mark>{text}</mark>" if piece.role == "cue" else text)
        index += 1
    return "“" + "".join(out) + "”"


def _badge(kind: Kind) -> str:
    return f'<span class="badge {kind.value}">{h(KIND_WORDS[kind])}</span>'


def _side(ledger: Ledger, side: Side) -> list[str]:
    out = []
    for holding in side.holdings:
        lead = holding.lead
        source = ledger.sources[holding.source]
        reported = ""
        if side.voice == "reported":
            reported = f"reports {h(_name(ledger, lead.attributed_to))}’s claim: "
        notes = "".join(f" · <em>{n}</em>" for n, on in (("garbled", lead.correction), ("weak evidence", lead.weak),
                                                         ("unreviewed", lead.unreviewed)) if on)
        more = ""
        if len(holding.claims) > 1:
            more = f'<div class="more">{h(same_source_more([c.id for c in holding.claims[1:]]))}</div>'
        out.append(f"<li><strong>{h(source.label)}</strong> · {h(holding.date.display())} · line "
                   f"{lead.anchor.line} · {reported}<strong>{h(side.label)}</strong>{notes}"
                   f"<blockquote>{_quote(ledger, lead)}</blockquote>{more}</li>")
    return out


def _finding(ledger: Ledger, finding: Finding) -> list[str]:
    topic = ledger.topics[finding.topic]
    meta = f"{h(finding.severity)} · {h(SCOPE_TEXT[finding.scope])}"
    if finding.over_time:
        meta += " · <em>may be change over time</em>"
    out = [f'<article class="finding {finding.kind.value}" id="finding-{finding.number}">',
           f"<h3>{finding.number}. {_badge(finding.kind)} {h(_name(ledger, finding.subject))}: "
           f"{h(topic.question)}</h3>", f'<div class="muted">{meta}</div>', '<ul class="sides">']
    for side in finding.sides:
        out += _side(ledger, side)
    out += ["</ul>", f'<p class="why">{h(finding.explanation)}</p>', "</article>"]
    return out


def _cell(row: MatrixRow, source: str, size: int) -> str:
    held = row.cells.get(source)
    if not held:
        return '<td class="cell"></td>'
    symbols = "".join("●" if p in held else "·" for p in range(size))
    return f'<td class="cell">{symbols}</td>'


def _matrix(ledger: Ledger, matrix: Matrix, rows: list[MatrixRow], show_actor: bool = True) -> list[str]:
    if not rows:
        return []
    head = ('<th class="row">actor</th>' if show_actor else "") + '<th class="row">topic</th>' + \
        "".join(f"<th>{h(ledger.sources[s].label)}</th>" for s in matrix.sources) + "<th>verdict</th>"
    out = ['<div class="scroll"><table class="matrix">', f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    previous = None
    for row in rows:
        topic = ledger.topics[row.topic]
        scale = " < ".join(p.label for p in topic.scale)
        actor = h(_name(ledger, row.subject)) if row.subject != previous else ""
        cells = "".join(_cell(row, s, len(topic.scale)) for s in matrix.sources)
        css = row.verdict.value.replace(" ", "-")
        out.append(f'<tr class="{css}">' + (f'<td class="row"><strong>{actor}</strong></td>' if show_actor else "")
                   + f'<td class="row" title="{h(scale)}">{h(row.topic)}</td>{cells}'
                   f'<td class="verdict">{h(VERDICT_MARK[row.verdict])}</td></tr>')
        previous = row.subject
    out += ["</tbody></table></div>",
            '<p class="legend">● where a source puts the actor on the topic’s scale, from its first answer (left) '
            "to its last (right); · the scale’s other points; an empty cell: the source is silent. Scales:</p>",
            '<ul class="legend">']
    for topic_id in dict.fromkeys(r.topic for r in rows):
        topic = ledger.topics[topic_id]
        out.append(f"<li><strong>{h(topic.id)}</strong> ({h(topic.question)}): "
                   + " &lt; ".join(h(p.label) for p in topic.scale) + "</li>")
    out.append("</ul>")
    return out


def _headline(ledger: Ledger, finding: Finding) -> str:
    sides = []
    for side in finding.sides:
        holding = side.holdings[0]
        verb = " reports" if side.voice == "reported" else ""
        sides.append(f"<strong>{h(ledger.sources[holding.source].label)}</strong> ({h(holding.date.display())})"
                     f"{verb}: {h(side.label)}")
    return (f'<li><a href="#finding-{finding.number}">{finding.number}</a> '
            f"<strong>{h(_name(ledger, finding.subject))}</strong>, {h(ledger.topics[finding.topic].question)} "
            f"{_badge(finding.kind)}<br>" + " <em>vs</em> ".join(sides) + "</li>")


def compare_html(view: CompareView) -> str:
    """The whole report as one page."""
    ledger, findings, summary = view.ledger, view.findings, view.summary
    kinds = [plural_kind(k, summary["by_kind"][k.value]) for k in Kind if summary["by_kind"][k.value]]
    asked = f"{h(ledger_text(view).capitalize())} · {counted(len(ledger.sources), 'source')} · " \
            f"{counted(len(ledger.claims), 'claim')} · {h(filters_text(view) or 'no filters')}"
    body = ["<header>", "<h1>factcheck: what the sources say, and where they conflict</h1>",
            f'<p class="asked">{asked}</p>',
            f"<p>{counted(len(findings), 'finding')}" + (": " + h(", ".join(kinds)) if kinds else "") + ".</p>",
            "</header>", "<main>", '<section id="overview">', "<h2>Headline conflicts</h2>"]
    chosen = headlines(ledger, view.report, findings, 5)
    if chosen:
        body += ['<ol class="headlines">', *[_headline(ledger, f) for f in chosen], "</ol>"]
    else:
        body.append("<p>No contradictions among these findings.</p>")
    wanted = {(f.subject, f.topic) for f in findings}
    matrix = stance_matrix(ledger, view.report)
    rows = [r for r in matrix.rows if (r.subject, r.topic) in wanted]
    body += ["<h2>Stance matrix</h2>", *_matrix(ledger, matrix, rows), "</section>"]
    body += ['<section id="findings">', "<h2>Findings</h2>"]
    for finding in findings:
        body += _finding(ledger, finding)
    if not findings:
        body.append("<p>No findings match.</p>")
    body += ["</section>", '<section id="sources">', "<h2>Sources</h2>", "<ul>"]
    for source in ledger.sources.values():
        by = f", {h(source.author)}" if source.author else ""
        link = f' <a href="{h(source.url)}">{h(source.url)}</a>' if source.url.startswith(("http://", "https://")) \
            else ""
        body.append(f"<li><strong>{h(source.label)}</strong>: {h(source.title)}, {h(source.outlet)}{by}, "
                    f"{h(source.published.display())}{link}</li>")
    body += ["</ul>", "</section>", "</main>"]
    return _page("factcheck report", body)


def render_compare(view: CompareView, out: TextIO, color: bool | None = None) -> None:
    """The compare report as one self-contained HTML page."""
    out.write(compare_html(view))


def render_dossier(view: ShowView, out: TextIO, color: bool | None = None) -> None:
    """The dossier on one actor as one self-contained HTML page."""
    ledger, found = view.ledger, view.dossier
    entity = found.entity
    body = ["<header>", f"<h1>{h(entity.name)} <small>({h(entity.kind)}"
            f"{', ' + h(entity.iso) if entity.iso else ''})</small></h1>",
            f'<p class="asked">{h(ledger_text(view).capitalize())}</p>']
    if entity.aliases:
        body.append(f'<p class="muted">also called: {h(", ".join(entity.aliases))}</p>')
    if len(found.related) > 1:
        body.append(f'<p class="muted">with: {h(", ".join(_name(ledger, e) for e in found.related[1:]))}</p>')
    if entity.country and entity.country in ledger.entities:
        body.append(f'<p class="muted">belongs to {h(ledger.entities[entity.country].name)}</p>')
    body += ["</header>", "<main>"]
    if view.report is not None:
        matrix = stance_matrix(ledger, view.report, subjects=found.related)
        if matrix.rows:
            body += ["<h2>Stance matrix</h2>",
                     *_matrix(ledger, matrix, matrix.rows, len({r.subject for r in matrix.rows}) > 1)]
    body.append("<h2>What each source says</h2>")
    for group in found.topics:
        topic = ledger.topics[group.topic]
        who = f"{h(_name(ledger, group.subject))}: " if group.subject != entity.id else ""
        body += [f"<h3>{who}{h(topic.question)} <small>{h(group.verdict.upper())}</small></h3>", '<ul class="sides">']
        body += [_claim(ledger, c) for c in group.claims]
        body.append("</ul>")
    if found.mentions:
        body += [f"<h2>Claims that name {h(entity.name)}</h2>", '<ul class="sides">']
        body += [_claim(ledger, c, about=True) for c in found.mentions]
        body.append("</ul>")
    if found.findings:
        body.append(f"<h2>Findings involving {h(entity.name)} ({len(found.findings)})</h2>")
        for finding in found.findings:
            body += _finding(ledger, finding)
    body.append("</main>")
    out.write(_page(f"factcheck: {h(entity.name)}", body))


def _claim(ledger: Ledger, claim: Claim, about: bool = False) -> str:
    topic = ledger.topics[claim.topic]
    answer = value_label(ledger, topic, value_key(topic, claim), claim.value)
    subject = f"{h(_name(ledger, claim.subject))}, {h(topic.question)}: " if about else ""
    notes = " · <em>reported</em>" if claim.voice == "reported" else ""
    notes += " · <em>garbled</em>" if claim.correction else ""
    return (f"<li>{subject}<strong>{h(ledger.sources[claim.source].label)}</strong> · "
            f"{h(ledger.claim_date(claim).display())} · line {claim.anchor.line} · <strong>{h(answer)}</strong>"
            f"{notes}<blockquote>{_quote(ledger, claim)}</blockquote></li>")
