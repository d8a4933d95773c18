"""How a text's words become the stems phrases are matched against: each actor's name one @id (its people's
marker after a plural demonym), the "not" of a listed actor told from a negation, and where each stem stands."""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from factcheck.reading.names import Mention
from factcheck.reading.text import NEG, Token
from factcheck.reading.text import stem as stem_of


def covering_of(mentions: list[Mention]) -> Callable[[int], Mention | None]:
    """The first mention (in the given order) that covers an offset, found by binary search over
    the mentions sorted by start, so that marking a long text stays linear (a scan per word was quadratic)."""
    ordered = sorted(enumerate(mentions), key=lambda pair: pair[1].start)
    starts = [m.start for _, m in ordered]
    reach = list(itertools.accumulate((m.end for _, m in ordered), max))  # the furthest end so far

    def find(offset: int) -> Mention | None:
        index = bisect.bisect_right(starts, offset) - 1
        best: tuple[int, Mention] | None = None
        while index >= 0 and reach[index] > offset:  # only mentions that can still reach the offset
            rank, mention = ordered[index]
            if mention.end > offset and (best is None or rank < best[0]):
                best = (rank, mention)
            index -= 1
        return best[1] if best else None

    return find


def marked(words: list[Token], mentions: list[Mention], text: str = "") -> list[str]:
    """Stems, with the words of an entity's name replaced by one @id; `text` (the words' own text) lets the
    "not" before a listed or excepted actor be told from a negation."""
    out: list[str] = []
    covering = covering_of(mentions)
    for n, token in enumerate(words):
        mention = covering(token.start)
        if mention is None:
            after = covering(words[n + 1].start) if n + 1 < len(words) else None
            out.append(_listed_not(text, token, after, covering) if text and token.norm == NEG else token.norm)
        # (a name of several words is one @id, its people's marker after it once: "his countrymen")
        elif not out or token.start == mention.start or (
                out[-1] != f"@{mention.entity}" and not (out[-1] == PEOPLE and token.start > mention.start)):
            out.append(f"@{mention.entity}")
            if _people(mention, text):
                out.append(PEOPLE)
    return out


EACH_NOT = "NOT-EACH"  # the "not" of each item of a list ("not Tbilisi, not Yerevan"): one negation for them all
_NEXT_NOT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:not|nor)\s", re.IGNORECASE)
_LAST_NOT = re.compile(r"\bnot\s+[^,;:]{1,40},\s*(?:(?:and|or)\s+)?$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r"\S\s*,\s*$")


def _listed_not(text: str, token: Token, after: Mention | None, covering: Callable[[int], Mention | None]) -> str:
    """A negation as marked: EACH_NOT before an item of a "not X, not Y" list; a plain word before an
    actor another one sets aside ("Baku, not Yerevan, has …" denies nothing of Baku); else NEG."""
    if token.text.casefold() != "not" or after is None or after.start < token.end or \
            text[token.end:after.start].strip():
        return NEG
    if _NEXT_NOT.match(text, after.end) or _LAST_NOT.search(text, 0, token.start):
        return EACH_NOT
    comma = _COMMA_BEFORE.search(text, 0, token.start)
    if comma and covering(comma.start()) is not None:
        return "except"
    return NEG


PEOPLE = stem_of("people")
# a nation's people named by a plural demonym ("Georgians", "Azerbaijanis", "Kazakhs")
_DEMONYM_PLURAL = re.compile(r"[a-z](?:ans|anis|ks|hs|ese)$")


def _people(mention: Mention, text: str = "") -> bool:
    """Whether a name stands for a nation's people rather than its state: they are its people's words
    ("Georgians", and "the average Georgian")."""
    if mention.how == "compatriots":
        return True
    if " " in mention.text:
        return False
    return bool(_DEMONYM_PLURAL.search(mention.text.casefold())) or \
        _ONE_OF_THE_PEOPLE.search(text, 0, mention.start) is not None


# "the average Azerbaijani", "the ordinary Georgian": one person standing for the people
_ONE_OF_THE_PEOPLE = re.compile(r"\b(?:average|ordinary|typical|everyday)\s+$", re.IGNORECASE)


def index_map(words: list[Token], mentions: list[Mention], text: str = "") -> list[tuple[int, int]]:
    """For each marked stem, where it stands in the clause (an entity's whole name for an @id)."""
    spans: list[tuple[int, int]] = []
    covering = covering_of(mentions)
    for token in words:
        mention = covering(token.start)
        if mention is None:
            spans.append((token.start, token.end))
        elif token.start == mention.start:
            spans.append((mention.start, mention.end))
            if _people(mention, text):
                spans.append((mention.start, mention.end))
    return spans
