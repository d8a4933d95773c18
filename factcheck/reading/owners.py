"""How a phrase is written: "Ukraine's supporter" with its owner, and "Ukraine supports Turkey" is no such
phrase, however alike their stems; "Russia-leaning" as one word."""
from __future__ import annotations

import re

from factcheck.ledger.model import Ledger, Topic
from factcheck.reading.names import Mention
from factcheck.reading.phrases import Match
from factcheck.reading.roles import POSSESSIVE_AFTER, country_of, mark_at
from factcheck.reading.text import Token


def owners_written(match: Match, spans: list[tuple[int, int]], words: list[Token], text: str) -> bool:
    """Whether each actor the phrase names as an owner is written as one in the text: "Ukraine's supporter" is
    not found in "Ukraine supported Turkey" (a name ending in "s", "ukraines supporter", is given the doubt)."""
    if not match.cue.owned:
        return True  # (the common case, asked of every match: decided before anything is looked up)
    first, last = spans[match.at[0]][0], spans[match.at[-1]][1]
    if _OWNING_PRONOUN.search(text, first, last):
        return True  # "stuck close to Moscow as its main ally": whose "its" is, is not for a phrase to decide
    for k in match.cue.owned:
        start, end = spans[match.at[k]]
        written = text[start:end]
        if not (any(w.possessive for w in words if start <= w.start < end) or written.endswith(("s", "S"))
                or text[end:end + 1] in ("'", "\u2019") or _DEMONYM.search(written)
                or _OWNER_HAS.match(text, end) or _OWNER_AFTER.search(text, 0, start)):
            return False
    return True


def tight_written(match: Match, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether the words a phrase writes as one hyphenated word ("Russia-leaning") are so written in the text, or
    at least as the adjective they make ("russia leaning", "moscow friendly"): "Moscow leaned on Yerevan" leans no
    way."""
    for k in match.cue.tight:
        (_, end), (start, after) = spans[match.at[k]], spans[match.at[k + 1]]
        if text[end:start].strip() != "-" and not text[start:after].lower().endswith(("ing", "ly")):
            return False
    return True


# a break between two words of a phrase that no phrase reads across: a comma that opens another phrase (", the
# naysayers being …", ", which …"), a semicolon or a colon (a list's comma, "food, medicine and fuel", does not)
_BREAK = re.compile(r",\s*(?:the|while|whereas|which|who|as|when|its|their)\b|[;:]", re.IGNORECASE)


def unbroken(match: Match, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether the words an answering phrase skips hold no break ("sailed through, the naysayers being Russia"
    is no "through Russia"; words that only name a topic may be split: "the resolutions, the one condemning …")."""
    for k in range(len(match.at) - 1 if match.cue.answer is not None else 0):
        (_, end), (start, _) = spans[match.at[k]], spans[match.at[k + 1]]
        if match.at[k + 1] > match.at[k] + 1 and end <= start and _BREAK.search(text, end, start):
            return False
    return True


# the other ways English writes an owner: "a Russian partner", "the Kremlin has no closer ally", "a Kremlin ally"
_OWNING_PRONOUN = re.compile(r"\b(?:its|their|his|her|whose)\b", re.IGNORECASE)
_DEMONYM = re.compile(r"(?:[ie]an|can|ese|ish|i)$")
_OWNER_HAS = re.compile(r"\s+(?:still\s+|now\s+|also\s+)?(?:has|have|had)\b", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\b(?:an?|another|one)\s+$", re.IGNORECASE)


def other_party_acts(ledger: Ledger, topic: Topic, match: Match, mentions: list[Mention], body: str,
                     start: int) -> bool:
    """ "Ukraine supports Turkey": the topic's other party, named right before the phrase as the one who does
    it (not its owner, "Ukraine's supporter", nor a passive's, "Ukraine is backed by"), is no subject of it."""
    if not topic.object or topic.kind != "stance" or f"@{topic.object}" in match.cue.stems:
        return False
    verb = re.match(r"[a-z]+", body[start:].lower())
    if verb is None:
        return False
    for m in mentions:
        if country_of(ledger, m.entity) != topic.object or m.end > start or not _DOER_LEAD.search(body, 0, m.start):
            continue
        between = _ACTS_BEFORE.fullmatch(body[m.end:start])
        # (the phrase opens with a verb, not a noun, "Moscow has no closer ally": after an auxiliary a participle,
        # "has backed"; alone a verb in -s or -ed, "supports", "backed")
        if between is not None and verb.group().endswith(("ed", "en") if between.group().strip() else ("s", "ed")):
            return True
    return False


# what opens a clause whose first actor is its doer (not "keeps Kyiv supplied", "between Baku and Moscow")
_DOER_LEAD = re.compile(r"(?:^|[,;:\u2014]\s*|\b(?:but|while|whereas|yet)\s+)(?:the\s+)?$", re.IGNORECASE)
# what may stand between a doer and its verb: auxiliaries of the active voice and adverbs, never "is"/"was"
_ACTS_BEFORE = re.compile(r"\s+(?:(?:has|have|had|will|would|does|did|do|also|still|now|always|long|strongly|"
                          r"firmly|openly|quietly|readily|consistently)\s+)*")


def owned_by_another(ledger: Ledger, topic: Topic, mentions: list[Mention], body: str, start: int,
                     end: int = 0) -> bool:
    """ "Azerbaijan is Turkey's closest ally": a phrase in a clause that does not name the topic's other party,
    owned by another actor, speaks of a relation with that actor, not with the other party (and so does one
    with another actor just after it: "sealed a formal alliance with Putin")."""
    if not topic.object or any(country_of(ledger, m.entity) == topic.object for m in mentions):
        return False  # ("Moscow has been Yerevan's protector": the other party named, the owner is the subject)
    # (not one who owns what follows: "fill up with SOCAR's free fuel")
    if end and any(m.start >= end and _WITH.fullmatch(body, end, m.start) and not POSSESSIVE_AFTER.match(body, m.end)
                   for m in mentions):
        return True
    owner = next((m for m in mentions if m.end <= start and _POSSESSIVE.fullmatch(body[mark_at(body, m):start])), None)
    return topic.kind == "stance" and owner is not None and country_of(ledger, owner.entity) != topic.object and \
        not _DOING_NOUN.match(body, owner.end)  # (the owner of a doing is its doer: "Yerevan's endorsement of")


_DOING_NOUN = re.compile(r"(?:'s?|’s?|s')?\s+(?:[a-z]+(?:ment|tion|sion)|acceptance|refusal|approval|denial|"
                         r"withdrawal|betrayal|dismissal|reversal)\b", re.IGNORECASE)
_WITH = re.compile(r"\s+with\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s?|s'|s)\s+(?:[a-z]+\s+)?", re.IGNORECASE)
