"""The quote a reader is shown: the source's own words at the anchor, on one line, inert, with the
span of its cue (the words that carry the stance), shared by every renderer that highlights it."""
from __future__ import annotations

from factcheck.ledger.anchor import FoldedText
from factcheck.ledger.model import Claim, Ledger
from factcheck.textsafe import one_line


def shown_quote(ledger: Ledger, claim: Claim) -> tuple[str, tuple[int, int] | None]:
    """The quote as it stands in the source and its cue's span in it."""
    anchor = claim.anchor
    shown = one_line(ledger.sources[claim.source].text[anchor.start:anchor.end])
    found = FoldedText.of(shown).find(claim.cue) if claim.cue else None
    return shown, (found.start, found.end) if found else None
