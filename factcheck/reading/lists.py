"""Lists of actors: whether the words between two actors join them into one list ("X, Y and Z")."""
from __future__ import annotations

import re

from factcheck.reading.names import Mention

# the words that join two actors into one list ("X, Y and Z", "both X and Y", "neither X nor Y"),
# and "Georgia's government nor Armenia's": an owner's noun left out after the second owner (or the first:
# "won Tbilisi's and Ankara's support")
_COORDINATION = re.compile(r"^(?:(?:'s?|’s?)\s+(?:[a-z]+\s+){0,2}(?=(?:and|or|nor)\b))?"
                           r"\s*(?:(?:,|and|or|nor|&|\+|n|as well as|both|neither|either|all|most|many|in|for|of|from|"
                           r"even)\s*)*(?:(?:(?<=and )|(?<=, )|(?<=or ))the\s+)?"
                           # ("Georgia nor its neighbour Azerbaijan": the second named as the first's)
                           r"(?:(?:(?<=and )|(?<=nor )|(?<=or )|(?<=, ))(?:its|their)\s+(?:[a-z]+\s+)?(?:neighbou?rs?|"
                           r"ally|allies|partners?|rivals?|friends?|foes?|enemy|enemies)\s+)?$",
                           re.IGNORECASE)
# "China, India and — to Moscow's dismay — Armenia": an aside between dashes leaves the list whole (and names no
# answer of what is said around it, answers.answer_of)
DASHED_ASIDE = re.compile(r"\s[-—–]{1,2}\s.{1,60}?\s[-—–]{1,2}\s")
# "not Tbilisi, not Yerevan, not Baku": each item of the list repeats the "not" that opened it
_NOT_ITEM = re.compile(r"^\s*,\s*(?:(?:and|or|nor)\s+)?not\s+$", re.IGNORECASE)
_NOT_OPENED = re.compile(r"\bnot\s+$", re.IGNORECASE)
# "X, Y and, remarkably, Z": an adverb set off by commas after the "and" keeps the list going
_ADVERB_ASIDE = re.compile(r"(?<=\band),\s*(?:[a-z]+ly|notably|even|of course|above all),\s*", re.IGNORECASE)


def coordinated(gap: str, before: str = "") -> bool:
    """Whether the text between two actors joins them into one list ("X, Y and Z"); `before` is the text
    ahead of the first of them."""
    if _NOT_ITEM.match(gap) and _NOT_OPENED.search(before):
        return True
    return bool(_COORDINATION.match(_ADVERB_ASIDE.sub(" ", DASHED_ASIDE.sub(" ", gap))))


def coordinated_tail(mentions: list[Mention], body: str) -> list[Mention]:
    """The last actor before the phrase, with those listed together with it."""
    group = [mentions[-1]]
    for earlier in reversed(mentions[:-1]):
        if not coordinated(body[earlier.end:group[0].start], body[:earlier.start]):
            break
        group.insert(0, earlier)
    return group


def coordinated_head(mentions: list[Mention], body: str) -> list[Mention]:
    """The first actor after the phrase, with those listed together with it."""
    group = [mentions[0]]
    for later in mentions[1:]:
        if not coordinated(body[group[-1].end:later.start], body[:group[-1].start]):
            break
        group.append(later)
    return group
