"""Dates in the text, resolved against the date of the document: "in March", "last year", "on the 9th of
last month", "since 2014"; and the date a whole sentence gives its clauses."""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.numbers import words_value
from factcheck.reading.text import NUMERIC_DATE, day_in_figures, fold

# words that set one clause's time apart from another's ("in 2022 …, but now …")
_TIME_CONTRAST = re.compile(r"\b(?:but|yet|while|whereas|although|though|now|today|no longer|since then|still|"
                            r"again|until|before|after)\b", re.IGNORECASE)
# a time a clause may open with before its pronoun subject: "…, and this month he spoke up", "in 2014 it …"
TIME_LEAD = (r"(?:(?:this|last|that|the same|the following|the next)\s+(?:week|month|year|spring|summer|autumn|"
             r"winter)|later|since then|then|today|yesterday|(?:in|by)\s+(?:[a-z]+\s+)?\d{4}|"
             # ("in April it …", "by mid-March they …", "on 7 April it …")
             r"(?:in|by|on)\s+(?:(?:early|mid|late)[\s-]*|\d{1,2}\s+)?(?:" +
             "|".join(calendar.month_name[1:]) + r")(?:\s+\d{4})?)\s*,?\s+")
# "mostly", "more often than not": a habit over time, not one dated event
HABITUAL = re.compile(r"\b(?:mostly|usually|generally|typically|routinely|habitually|as a rule|more often than not|"
                      r"time and again|time after time|"
                      # ("has said yes every single time": a habit, even where the sentence names one vote)
                      r"(?:each and )?every (?:single )?time|without fail|"
                      r"(?:most|the bulk|the majority) of (?:the|these|those|its|their))\b",
                      re.IGNORECASE)
# "the resolutions condemning Russia", "texts on the war": a plural of what an event is one of names them all (not
# "both resolutions condemning …", "the two texts on …", which are counted)
_PLURAL_EVENTS = re.compile(r"(?<!\bboth )(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bsix )"
                            r"\b(?:resolutions|texts|motions|"
                            # ("each UN ballot on the invasion", "every Assembly vote on the war": each one of them)
                            r"(?:each|every)\s+(?:(?:un|assembly|general assembly)\s+)?(?:ballot|vote|resolution|text))"
                            r"\s+(?:[a-z]+ing|on|about|against|that|to)\b", re.IGNORECASE)


def plural_spans(body: str) -> list[tuple[int, int]]:
    """Where a plural of what an event is one of opens, and the next comma, dash or instance named ("including
    …", "among them", or the end) that closes it."""
    return [(p.start(), end.start() if (end := _PLURAL_ENDS.search(body, p.end())) else len(body))
            for p in _PLURAL_EVENTS.finditer(body)]


_PLURAL_ENDS = re.compile(r",|\s[-–—]+\s|[–—]|\b(?:including|among them|such as|not least)\b", re.IGNORECASE)


# "as usual", "true to form", "as is its custom": the one event named is an instance of a habit, said of too
CUSTOMARY = re.compile(r"\b(?:as usual|as always|as ever|as (?:is|has been) (?:its|their|his) (?:custom|habit|wont|way|"
                       r"practice)|as (?:it|they) (?:always|[a-z]+ly) (?:does|do)|"
                       # "as on every other text about the war", "as on all such texts"
                       r"as on (?:every|each|all) (?:other|such)|"
                       r"as (?:it|they) (?:does|do) on (?:most|all|every)|"
                       # "as it has on each such text", "as it did on every one before"
                       r"as (?:it|they) (?:has|have|did|does|do) (?:on |with |for )?(?:each|every|all) "
                       r"(?:such|of the|the|one)|"
                       r"true to (?:form|type|(?:its|their) (?:habit|"
                       r"custom|record|pattern))|in keeping with (?:its|their) (?:habit|custom|record|pattern))\b",
                       re.IGNORECASE)
_OTHER_TIME = re.compile(r"\b(?:now|today|no longer|since then|still|until|before|after|these days|later)\b",
                         re.IGNORECASE)

MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("may",)), key=len, reverse=True))
# and, beside a figure, the short forms: "feb 2022", "24 Feb", "Sept. 30"
_MONTH_OR_SHORT = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
_ORDINAL_DAY = {word: n for n, word in enumerate(_ORDINALS, 1)} | {
    f"{tens}-{unit}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
    for n, unit in enumerate(_ORDINALS[:9], 1)} | {"thirtieth": 30}
# "the second of March", "the first day of May (2022)": a day written as an ordinal word
_ORDINAL_DATE = re.compile(rf"\bthe\s+({'|'.join(sorted(_ORDINAL_DAY, key=len, reverse=True))})\s+(?:day\s+)?of\s+"
                           rf"({_MONTH})\b(?:,?\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_OR_SHORT})\.?,?\s+((?:19|20)\d\d)\b",
                             re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_OR_SHORT})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH_OR_SHORT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_OR_SHORT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b",
                             re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_OR_SHORT})\.?\s+(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|since|from|by|during|of|after|until|before)?\s*((?:19|20)\d\d)\b", re.IGNORECASE)
# "in March", "last April", and "the April resolution": a month before the event's noun dates it
_BARE_MONTH = re.compile(rf"\b(?:in|since|by|last|this|early|late|mid-?|during|from|on|the)\s+({_MONTH})\b",
                         re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:(the previous|last|this|the past|earlier this|later that|that same|the same) "
                       r"(month|year)|(yesterday)|(\w+(?:-\w+)?) (days|months|years|summers|winters|springs|autumns) "
                       r"ago)\b", re.IGNORECASE)
# "two years ago in April", "in March last year": a month of a year counted back from the document's
_MONTH_YEARS_BACK = re.compile(rf"\b(?:(\w+) years? ago,? in ({_MONTH})|in ({_MONTH}),? (?:of )?last year|"
                               rf"last year in ({_MONTH}))\b", re.IGNORECASE)
# "at Christmas", "on New Year's Eve 2022": a feast that is one day of the year
_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
           "new year's day": (1, 1)}
_FEAST = re.compile(rf"\b({'|'.join(_FEASTS)})(?:\s+((?:19|20)\d\d))?\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "a": 1, "a few": 3}
NUMBER = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|"
                    r"millions?|billions?)\b", re.IGNORECASE)


def sentence_date(text: str, document_date: FuzzyDate | None) -> tuple[FuzzyDate | None, str]:
    """The date a sentence gives all its clauses ("In March 2022 X abstained and Y stayed away"), unless its
    clauses may speak of different times."""
    if _TIME_CONTRAST.search(text):
        # a date before the first comma ("In March, X voted yes, but Y stayed away"; "X voted yes in March, and Y
        # …, but …") frames the whole sentence, unless a later clause moves to another time ("…, but now Y …")
        date, words = date_in(text.split(",", 1)[0], document_date)
        if date is None or "," not in text or _OTHER_TIME.search(text):
            return None, ""
        return date, words
    return date_in(text, document_date)


def date_in(text: str, document_date: FuzzyDate | None) -> tuple[FuzzyDate | None, str]:
    """The date the text itself gives its claim, resolved against the document's date; and the words."""
    folded = fold(text)
    ordinal = _ORDINAL_DATE.search(folded)
    # a whole day first, in the order of _DAYS (each pattern searched only if the ones before gave none)
    for match, day_of in ((ordinal, _ordinal_day), *((p.search(folded), f) for p, f in _DAYS[1:])):
        whole = day_of(match) if match else None
        if match and whole is not None:
            return whole, match.group()
    match = _MONTH_YEAR.search(folded)
    if match:
        return FuzzyDate(int(match.group(2)), MONTHS[match.group(1).casefold()]), match.group()
    back = _MONTH_YEARS_BACK.search(folded)
    if back and document_date is not None:
        count = _NUMBER_WORDS.get((back.group(1) or "one").casefold()) or (
            int(back.group(1)) if (back.group(1) or "").isdigit() else None)
        if count is not None:
            month = MONTHS[(back.group(2) or back.group(3) or back.group(4)).casefold()]
            return FuzzyDate(document_date.year - count, month), back.group()
    relative = _RELATIVE.search(folded)
    if relative and document_date is not None:
        return _relative(relative, document_date), relative.group()
    feast = _FEAST.search(folded)
    if feast and (feast.group(2) or document_date is not None):
        on_month, on_day = _FEASTS[feast.group(1).casefold()]
        year = int(feast.group(2)) if feast.group(2) else _year_of(on_month, on_day, document_date)
        return FuzzyDate(year, on_month, on_day), feast.group()
    match = ordinal or _DAY_MONTH.search(folded) or _MONTH_DAY.search(folded)
    if match and document_date is not None:
        # "on 24 March", "March 24th", "the second of March": the last such day on or before the document's date
        day, name = (match.group(1), match.group(2)) if match.re is not _MONTH_DAY else (match.group(2), match.group(1))
        day = str(_ORDINAL_DAY.get(day.casefold(), day))
        month = MONTHS[name.casefold()]
        year = _year_of(month, int(day), document_date)
        if calendar.monthrange(year, month)[1] >= int(day) >= 1:
            return FuzzyDate(year, month, int(day)), match.group()
    match = _BARE_MONTH.search(folded)
    if match and document_date is not None:
        month = MONTHS[match.group(1).casefold()]
        year = document_date.year
        if document_date.month is not None and month > document_date.month and "this" not in match.group().lower():
            year -= 1  # "in November", written in July: last November
        return FuzzyDate(year, month), match.group()
    match = _YEAR.search(folded)
    if match:
        return FuzzyDate(int(match.group(1))), match.group().strip()
    return None, ""


def days_in(text: str) -> list[tuple[FuzzyDate, int, int, str]]:
    """Every date to the day the text gives, with where it stands and its words, in order."""
    folded = fold(text)
    found = [(day, m.start(), m.end(), m.group()) for pattern, day_of in _DAYS for m in pattern.finditer(folded)
             if (day := day_of(m)) is not None]
    # (one date matched two ways is one date)
    return sorted({(d[1], d[2]): d for d in found}.values(), key=lambda d: (d[1], d[2]))


def _ordinal_day(match: re.Match[str]) -> FuzzyDate | None:
    """ "the twenty-fourth of February 2022"; None without its year."""
    if not match.group(3):
        return None
    return FuzzyDate(int(match.group(3)), MONTHS[match.group(2).casefold()], _ORDINAL_DAY[match.group(1).casefold()])


def _day_month_year(match: re.Match[str]) -> FuzzyDate | None:
    """ "24 February 2022", "24th of Feb. 2022"."""
    return FuzzyDate(int(match.group(3)), MONTHS[match.group(2).casefold()], int(match.group(1)))


def _month_day_year(match: re.Match[str]) -> FuzzyDate | None:
    """ "February 24, 2022"."""
    return FuzzyDate(int(match.group(3)), MONTHS[match.group(1).casefold()], int(match.group(2)))


def _numeric(match: re.Match[str]) -> FuzzyDate | None:
    """The date in figures ("24/03/2022", "2022-03-24")."""
    day = day_in_figures(match)
    return FuzzyDate(*day) if day else None


def _year_of(month: int, day: int, today: FuzzyDate | None) -> int:
    """The year of the last such day on or before the document's date."""
    assert today is not None
    return today.year - (today.month is not None and (month, day) > (today.month, today.day or 31))


def _relative(match: re.Match[str], today: FuzzyDate) -> FuzzyDate | None:
    which, unit, yesterday, count, units = match.groups()
    if not (yesterday or count):
        back = 0 if which.casefold() in ("this", "earlier this", "that same", "the same", "later that") else 1
        return _back(today, back, unit.casefold() == "year")
    # how many back (words_value reads "a", "two" and "thirty-three" alike; "few", a word it does not know, is none)
    number = 1 if yesterday else int(count) if count.isdigit() else int(words_value(count))
    if not number:
        return None
    if yesterday or units.casefold() == "days":
        if today.day is None or today.month is None:
            return None
        import datetime as dt

        day = dt.date(today.year, today.month, today.day) - dt.timedelta(days=number)
        return FuzzyDate(day.year, day.month, day.day)
    return _back(today, number, units.casefold() != "months")  # ("three summers ago": a season a year, the year)


def _back(today: FuzzyDate, count: int, years: bool) -> FuzzyDate | None:
    """The year, or the month, `count` of them before `today` (None for months back from a year alone)."""
    if years:
        return FuzzyDate(today.year - count)
    if today.month is None:
        return None
    month = today.month - count
    return FuzzyDate(today.year + (month - 1) // 12, (month - 1) % 12 + 1)


# the ways a text writes a whole day, in the order date_in prefers them
_DAYS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], FuzzyDate | None]], ...] = (
    (_ORDINAL_DATE, _ordinal_day), (_DAY_MONTH_YEAR, _day_month_year), (NUMERIC_DATE, _numeric),
    (_MONTH_DAY_YEAR, _month_day_year))
