"""The quote a reader is shown: the source's own words at the anchor, on one line, inert, with the
span of its cue (the words that carry the stance), shared by every renderer that highlights it."""
from __future__ import annotations

from ..anchor import FoldedText
from ..model import Claim, Ledger
from ..textsafe import one_line


def shown_quote(ledger: Ledger, claim: Claim) -> tuple[str, tuple[int, int] | None]:
    """The quote as it stands in the source (else as the ledger gives it) and its cue's span in it."""
    source = ledger.sources.get(claim.source)
    anchor = claim.anchor
    raw = source.text[anchor.start:anchor.end] if source and source.text and anchor else claim.quote
    shown = one_line(raw)
    found = FoldedText.of(shown).find(claim.cue) if claim.cue else None
    return shown, (found.start, found.end) if found else None
