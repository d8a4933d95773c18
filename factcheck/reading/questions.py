"""What a topic's question says of how it is asked: of the subject's own thing, or of a relation that runs
both ways. The question is the ledger's own words, so this reads them, not a list of topics."""
from __future__ import annotations

import re

from factcheck.ledger.model import Topic

_ITS = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)
_MUTUAL = re.compile(r"\bhow close\b|\balliance\b|\bbound to\b", re.IGNORECASE)


def asks_of_its(topic: Topic) -> bool:
    """Whether the topic asks of the subject's own thing ("which country is its closest ally?")."""
    return bool(_ITS.search(topic.question))


def mutual(topic: Topic) -> bool:
    """Whether the topic asks of a relation that runs both ways ("how close is it to Russia?", "is it bound to
    Turkey by an alliance?"): "X has an ally in Y" says it of X as much as of Y."""
    return bool(_MUTUAL.search(topic.question))
