"""Amounts in text: figures, words ("a hundred tonnes", "eight point two billion") and scales, and which
actor each belongs to."""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck.ledger.model import Topic
from factcheck.reading.names import Mention
from factcheck.reading.numbers import NUMBER_WORDS, ORDINAL_WORD, UNITS, words_value
from factcheck.reading.when import MONTHS

# a number in figures, or in words when a scale follows ("fifteen million") or is part of it ("a hundred and
# seventy"); "eight point two billion"
_DIGITS = UNITS[:10]
_DIGIT = "(?:" + "|".join(_DIGITS) + ")"
# (and the scales as often misspelt: "15 milion")
_AMOUNT = re.compile(r"(?<![a-z])(\d+(?:[.,]\d+)*)\s*(thousand|mill?ion|millon|bill?ion|billon|bn|mn|mln|bln|m|k)?"
                     r"\b|\b(" +
                     rf"{_DIGIT} point {_DIGIT}(?: {_DIGIT})*|{NUMBER_WORDS}" +
                     r")(?:\s+(mill?ion|millon|bill?ion|billon))?\b", re.IGNORECASE)
_SCALED_WORDS = re.compile(r"\b(?:hundred|thousand|dozen)\b", re.IGNORECASE)


_SYMBOL = re.compile(r"/\d")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9,
          "bln": 1e9, "milion": 1e6, "millon": 1e6, "bilion": 1e9, "billon": 1e9}
_SCALE_WORD = {"k": "thousand", "m": "million", "mn": "million", "mln": "million", "milion": "million",
               "millon": "million", "bn": "billion", "bln": "billion", "bilion": "billion", "billon": "billion"}


def _amount(match: re.Match[str], topic: Topic) -> str:
    """An amount as the ledger writes it, scaled by "million" or "billion" unless the topic's unit says so."""
    figures, scale_after_figures, words, scale_after_words = match.groups()
    if figures:
        number = float(figures.replace(",", ""))
    elif " point " in words.casefold():
        whole, decimals = words.casefold().split(" point ")
        number = float(f"{_DIGITS.index(whole)}." + "".join(str(_DIGITS.index(d)) for d in decimals.split()))
    else:
        number = float(words_value(words))
    scale = (scale_after_figures or scale_after_words or "").casefold()
    # ("8.2bn" in a topic counted in billions is 8.2; and 8.2 times a billion is 8200000000, not 8199999999.999999)
    if scale and not re.search(rf"\b{_SCALE_WORD.get(scale, scale)}", topic.unit.casefold()):
        number = round(number * _SCALE[scale], 6)
    return repr(int(number)) if number.is_integer() else repr(number)


def _amounts(body: str, unit: str = "") -> list[re.Match[str]]:
    # a year, a number that is part of a symbol ("77/284", "ES-11/1"), or a day of a month ("on 23 February",
    # "February 23rd") is no amount
    # (a number in words without a scale is no amount by itself: "one of them", "two votes")
    found = [m for m in _AMOUNT.finditer(body) if not (m.group(1) and (re.fullmatch(r"(?:19|20)\d\d", m.group(1))
                                                                         or _in_symbol(body, m) or _a_day(body, m)))
             and (m.group(1) or m.group(4) or _SCALED_WORDS.search(m.group(3)))]
    return found or (list(_counted(unit).finditer(body)) if unit.strip() else [])


_MONTH_NAME = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAME})\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAME})\.?\s+$", re.IGNORECASE)


def _a_day(body: str, match: re.Match[str]) -> bool:
    """Whether the figure is a day of a month: "on 23 February", "February 23rd"."""
    return not match.group(2) and int(float(match.group(1).replace(",", ""))) <= 31 and bool(
        _MONTH_AFTER.match(body, match.end(1)) or _MONTH_BEFORE.search(body, 0, match.start()))


def _in_symbol(body: str, match: re.Match[str]) -> bool:
    return bool(_SYMBOL.match(body, match.end())) or (match.start() > 0 and body[match.start() - 1] in "/-")


@lru_cache(maxsize=64)
def _counted(unit: str) -> re.Pattern[str]:
    """A number in words before the topic's unit ("six resolutions", "a hundred tonnes"), or an ordinal ("its
    sixth resolution", "the 6th resolution")."""
    noun = re.escape(unit.split()[0].rstrip("s"))
    return re.compile(rf"(?:\b(\d+)(?:st|nd|rd|th)()|\b({NUMBER_WORDS}|{ORDINAL_WORD})())(?=\s+(?:[a-z-]+\s+)?{noun})",
                      re.IGNORECASE)


# nothing after an amount but a stop or a conjunction: its unit is the one named before
_BARE = re.compile(r"\s*(?:[,.;:!?)\u2013\u2014-]|$|(?:and|but|while|whereas)\b)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:[€$£]|\b(?:eur|usd|gbp)\b)\s*$", re.IGNORECASE)


def _bare(body: str, amount: re.Match[str]) -> bool:
    """Whether an amount has no unit of its own, before or after it."""
    return bool(_BARE.match(body, amount.end())) and not _CURRENCY_BEFORE.search(body, 0, amount.start())


def amounts_by_actor(body: str, mentions: list[Mention], topic: Topic) -> list[tuple[Mention, str, str]]:
    """ "X gave fifteen million, Y a mere 315,000": each actor with the first amount after it (before the next
    actor), when at least two actors each have one; else nothing."""
    actors = [m for m in mentions if m.entity != topic.object]
    amounts = _amounts(body)
    # "€15 million for Ukraine plus 170 tonnes for refugees": only amounts in the topic's unit count, and bare
    # ones that leave the unit understood ("fifteen million euros, against Y's 315 thousand")
    amounts = _in_topic_unit(body, amounts, topic.unit)
    pairs = []
    for n, actor in enumerate(actors):
        limit = actors[n + 1].start if n + 1 < len(actors) else len(body)
        own = [a for a in amounts if actor.end <= a.start() < limit]
        if own:
            pairs.append((actor, _amount(own[0], topic), own[0].group()))
    return pairs if len({p[0].entity for p in pairs}) >= 2 else []


def _in_topic_unit(body: str, amounts: list[re.Match[str]], unit: str) -> list[re.Match[str]]:
    """Where any amount is written in the topic's unit, those and the bare ones that leave it understood; else all."""
    in_unit = [a for a in amounts if _in_unit(body, a, unit)]
    return [a for a in amounts if a in in_unit or _bare(body, a)] if in_unit else amounts


def _in_unit(body: str, amount: re.Match[str], unit: str) -> bool:
    """Whether the amount is written in the unit ("170 tonnes", "170 t", "€15m", "EUR 315k")."""
    if not unit.strip():
        return False
    if unit.casefold() in ("eur", "euros", "euro"):
        return bool(re.search(r"(?:€|\beur\b|\beuros?\b)\s*$", body[max(0, amount.start() - 5):amount.start()],
                              re.IGNORECASE) or re.match(r"\s*(?:€|eur\b|euros?\b)", body[amount.end():],
                                                         re.IGNORECASE))
    noun = re.escape(unit.split()[-1].rstrip("s")[:5])
    return bool(re.match(rf"\s*(?:[a-z-]+\s+){{0,2}}?{noun}|\s*t\b", body[amount.end():], re.IGNORECASE))


def number_near(body: str, start: int, end: int, topic: Topic) -> tuple[str | None, str | None, str]:
    """The amount in (else nearest) the topic's words."""
    found = _amounts(body, topic.unit)
    if not found:
        return None, None, ""
    found = _in_topic_unit(body, found, topic.unit)  # ("27.6 million manat, or €15 million": the euros)
    match = min(found, key=lambda m: 0 if start <= m.start() < end else min(abs(m.start() - start),
                                                                               abs(m.start() - end)))
    return _amount(match, topic), None, match.group()
