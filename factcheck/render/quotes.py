"""The quote a reader is shown: the source's own words at the anchor, on one line, inert, with the
span of its cue (the words that carry the stance), shared by every renderer that highlights it.

`pieces` cuts a long quote to a window around its cue, with ellipses, and marks the part of an asserted
quote that the same source only reports (another claim's quote, with voice: reported), so that a reader
never takes what a source reports for what it asserts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.ledger.anchor import FoldedText
from factcheck.ledger.model import Claim, Ledger
from factcheck.textsafe import one_line

# Quotes longer than this many characters are cut to a window around their cue.
EXCERPT_CHARS = 150


def shown_quote(ledger: Ledger, claim: Claim) -> tuple[str, tuple[int, int] | None]:
    """The quote as it stands in the source and its cue's span in it."""
    anchor = claim.anchor
    shown = one_line(ledger.sources[claim.source].text[anchor.start:anchor.end])
    found = FoldedText.of(shown).find(claim.cue) if claim.cue else None
    return shown, (found.start, found.end) if found else None


@dataclass
class Piece:
    """A run of a shown quote: plain, the cue, a part the source only reports, or an ellipsis."""

    text: str
    role: str = ""  # "" | "cue" | "reported" | "gap"


_REPORTED: dict[int, tuple[Ledger, dict[str, list[Claim]]]] = {}


def _reported_in(ledger: Ledger, source: str) -> list[Claim]:
    """The reported claims of one source (indexed once per ledger)."""
    held = _REPORTED.get(id(ledger))
    if held is None or held[0] is not ledger:
        index: dict[str, list[Claim]] = {}
        for claim in ledger.claims:
            if claim.voice == "reported":
                index.setdefault(claim.source, []).append(claim)
        held = _REPORTED[id(ledger)] = (ledger, index)
    return held[1].get(source, [])


def _reported_spans(ledger: Ledger, claim: Claim, shown: str) -> list[tuple[int, int]]:
    if claim.voice == "reported":
        return []
    spans = []
    folded = FoldedText.of(shown)
    for other in _reported_in(ledger, claim.source):
        if other.id == claim.id:
            continue
        if other.anchor.end <= claim.anchor.start or other.anchor.start >= claim.anchor.end:
            continue
        found = folded.find(one_line(ledger.sources[other.source].text[other.anchor.start:other.anchor.end]))
        if found:
            spans.append((found.start, found.end))
    return sorted(spans)


def _window(shown: str, cue: tuple[int, int] | None, limit: int) -> tuple[int, int]:
    """The span of `shown` to keep: all of it when short, else about `limit` characters around the cue."""
    if len(shown) <= limit:
        return 0, len(shown)
    centre_lo, centre_hi = cue if cue else (0, 0)
    room = max(0, limit - (centre_hi - centre_lo))
    lo = max(0, centre_lo - room // 2)
    hi = min(len(shown), max(centre_hi, lo + limit))
    lo = max(0, min(lo, hi - limit))
    # whole words only
    if lo > 0:
        space = shown.find(" ", lo)
        lo = space + 1 if 0 <= space < (cue[0] if cue else hi) else lo
    if hi < len(shown):
        space = shown.rfind(" ", lo, hi)
        hi = space if space > (cue[1] if cue else lo) else hi
    return lo, hi


def pieces(ledger: Ledger, claim: Claim, limit: int | None = EXCERPT_CHARS) -> list[Piece]:
    """The quote as runs to style: cut around the cue when long, reported parts marked."""
    shown, cue = shown_quote(ledger, claim)
    lo, hi = _window(shown, cue, limit) if limit else (0, len(shown))
    roles = [""] * len(shown)
    for start, end in _reported_spans(ledger, claim, shown):
        for i in range(start, end):
            roles[i] = "reported"
    if cue:
        for i in range(*cue):
            roles[i] = "cue"
    out: list[Piece] = [Piece("…", "gap")] if lo > 0 else []
    i = lo
    while i < hi:
        j = i
        while j < hi and roles[j] == roles[i]:
            j += 1
        run = shown[i:j]
        if roles[i] == "reported" and run != run.rstrip():  # the bracket closes before the space
            out += [Piece(run.rstrip(), "reported"), Piece(run[len(run.rstrip()):])]
        else:
            out.append(Piece(run, roles[i]))
        i = j
    if hi < len(shown):
        out.append(Piece("…", "gap"))
    return out


def joined(runs: list[Piece], text: Callable[[Piece], str] = lambda p: p.text, opening: str = "[reported: ",
           closing: str = "]") -> str:
    """The pieces joined, each as `text` shows it, a reported part between `opening` and `closing`."""
    out = ""
    for index, piece in enumerate(runs):
        previous = runs[index - 1].role if index else ""
        following = runs[index + 1].role if index + 1 < len(runs) else ""
        if piece.role == "reported" and previous != "reported":
            out += opening
        out += text(piece)
        if piece.role == "reported" and following != "reported":
            out += closing
    return out


def plain(runs: list[Piece]) -> str:
    """The pieces as plain text: a reported part in brackets, marked as reported."""
    return joined(runs)
