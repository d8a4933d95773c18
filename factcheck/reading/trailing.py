"""Where a speaker stands after what was said, or set off inside it: "…, the minister said", "…, US officials
allege", "…, according to Washington", "… says bayramov", "Kyiv, Zelenskyy said, has …"."""
from __future__ import annotations

import re

# "Kyiv, Zelenskyy said, has always condemned …": a speaker set off between commas inside what was said
# (and inverted: "Azerbaijanis, says Muradov, still remember …", "Baku, argues Kim of the Heritage Foundation, …")
SAID_ASIDE = re.compile(r",\s*(?:(?:[\w'’.-]+\s+){1,5}?(?:says|said|claims|claimed|insists|insisted|argues|argued|"
                        r"believes|believed|notes|noted|adds|added|maintains|maintained|charged|alleged|complained|"
                        r"warned|told\s+\w+)|(?:says|said|argues|argued|insists|insisted|claims|claimed|notes|noted|"
                        r"adds|added|maintains|maintained|writes|wrote|warns|warned)\s+"
                        # (a name follows, or "the minister": never what was said, "says his compatriots …")
                        r"(?=the\s|[A-Z])(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)"
                        r"\s*,(?=\s*\S)")
# the verbs a speaker named after what was said closes it with ("…, the minister said", "…, US officials allege")
_SAID_AFTER = (r"said|says|told|tells|added|adds|insisted|insists|claimed|claims|argued|argues|noted|notes|stressed|"
               r"wrote|writes|warned|warns|explained|announced|charged|charges|alleged|alleges|complained|complains|"
               r"maintained|maintains|contended|contends|countered|remarked|observed|admitted|admits|conceded|"
               r"concedes|believes|reckons|thinks|"
               # (the plural's verb; not "say yes", a ballot)
               r"say(?!\s+(?:yes|no|aye|nay)\b)|allege|insist|argue|complain|maintain|believe|reckon|think")
_TRAILING_SAYING = re.compile(r",\s*(?!which\b|who\b)(?:[\w'’.-]+\s+){0,5}?(?:" + _SAID_AFTER + r")\b"
                              # (", insists that …" goes on with what is said: the speaker stands before)
                              # (what follows is the speaker, not what was said: no verb of its own)
                              r"(?!\s+that\b)(?![^,;]*\b(?:will|would|has|have|had|is|are|was|were|does|did|can|"
                              r"could|should|must)\b)[^,;]{0,40}$")
# "X downed the plane, Hajiyev alleged, and ties soured …": a speaker after what was said, before a clause that
# goes on (a clause break: what comes after the comma is a clause of its own)
SPEAKER_THEN_CLAUSE = (r",\s*(?!which\b|who\b)(?:[\w'’.-]+\s+){1,5}?(?:has\s+|had\s+)?(?:" + _SAID_AFTER + r")\b"
                       r"(?=\s*,\s*(?:and(?!\s+(?:that|this|so)\b)|but|while|whereas|yet|not\s+long|shortly|soon|just|"
                       r"after|before|when)\b)")
# "…, according to Washington.": whose account what comes before is, at the clause's end
_TRAILING_ACCOUNT = re.compile(r",\s*(?:at least\s+)?(?:according\s+to|in\s+the\s+words\s+of|per)\s+[^,;]{2,60}$",
                               re.IGNORECASE)
# "… russian says bayramov": with no comma, a verb of saying and its speaker after it closing the text (the
# speaker follows the verb; "…, the minister said" needs its comma)
_TRAILING_INVERTED = re.compile(r"(?<=\w)\s+(?:says|said|claims|claimed|insists|insisted|argues|argued|adds|added)\s+"
                                r"(?!(?:so|too|it|this|that|then|again|earlier|today|yesterday|recently|later|"
                                r"nothing|otherwise|yes|no|to|of|by)\b|[\w-]+ly\b)"
                                # (a speaker, not what is said: no verb of its own)
                                r"(?![^,;]*\b(?:will|would|has|have|had|is|are|was|were|does|did|can|could|should|"
                                r"must|be|been)\b)(?:the\s+)?(?:[\w'’.-]+\s+)?(?![\w-]+(?<![' ])(?:s|ed)\b)[\w'’-]+"
                                r"\s*[.!]?\s*$",
                                re.IGNORECASE)


def trailing_speaker(body: str) -> re.Match[str] | None:
    """The speaker (with the verb or "according to") that closes the clause, if one does."""
    return _TRAILING_SAYING.search(body) or _TRAILING_INVERTED.search(body) or _TRAILING_ACCOUNT.search(body)
