"""Dates with a precision (day, month or year), and the gaps between them."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# An approximate date may be off by about this much either way.
APPROXIMATE_SLACK_DAYS = 31


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date known to a day, a month or a year, possibly only approximately.

    Not ordered: 2023 is neither before nor after 2023-05. Compare the bounds `lo` and `hi`
    (ordinal days), or use least_days and gap_between."""


    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    # set once in __post_init__: findings ask for these many times over on a large ledger
    lo: int = field(init=False, repr=False, compare=False)  # the earliest day it can be (ordinal)
    hi: int = field(init=False, repr=False, compare=False)  # the latest day it can be (ordinal)
    _iso: str = field(init=False, repr=False, compare=False)
    _json: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lo, hi = self._bounds()
        object.__setattr__(self, "lo", lo.toordinal())
        object.__setattr__(self, "hi", hi.toordinal())
        object.__setattr__(self, "_iso", self._format())
        object.__setattr__(self, "_json", {"date": self._iso, "precision": self.precision,
                                           "approximate": self.approximate})

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """The ISO 8601 form at this date's precision (2023, 2023-05, 2023-05-01)."""
        return self._iso

    def _format(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """The date as a reader sees it: '~' marks an approximate date."""
        return "~" + self._iso if self.approximate else self._iso

    def _bounds(self) -> tuple[dt.date, dt.date]:
        """The earliest and latest day this date can stand for (kept as ordinals lo and hi)."""
        if self.day is not None:
            lo = hi = dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]
        elif self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            lo, hi = dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)
        else:
            lo, hi = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        if self.approximate:
            slack = dt.timedelta(days=APPROXIMATE_SLACK_DAYS)
            lo, hi = lo - slack, hi + slack
        return lo, hi

    def to_json(self) -> dict[str, Any]:
        """The JSON form: date, precision, approximate (one shared dict: do not change it)."""
        return self._json


def parse_date(value: object, approximate: bool = False) -> FuzzyDate:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD (or a YAML date); raise ValueError otherwise."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return FuzzyDate(value.year, value.month, value.day, approximate)
    if isinstance(value, int) and 1000 <= value <= 9999:
        return FuzzyDate(value, None, None, approximate)
    if not isinstance(value, str):
        raise ValueError("a date must be YYYY, YYYY-MM or YYYY-MM-DD")
    match = _FORM.match(value.strip())
    if not match:
        raise ValueError(f"'{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{value}' has no month {month}")
    if day is not None:
        dt.date(year, month, day)  # type: ignore[arg-type]  # raises ValueError on a bad day
    return FuzzyDate(year, month, day, approximate)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Gap:
    """How far apart two dates are: the least and the most it can be, in days."""

    min_days: int
    max_days: int

    def describe(self) -> str:
        """A reader's phrase for the gap ('about 2 years', 'under a month')."""
        mid = (self.min_days + self.max_days) / 2
        if self.max_days == 0:
            return "same day"
        if mid < 31:
            return "under a month" if self.min_days == self.max_days or mid < 20 else "about a month"
        months = round(mid / 30.44)
        if months < 18:
            word = "month" if months == 1 else "months"
            return f"about {months} {word}"
        years = mid / 365.25
        text = f"{round(years)}" if years >= 10 else f"{round(years, 1):g}"
        return f"about {text} years"


def least_days(a: FuzzyDate, b: FuzzyDate) -> int:
    """The fewest days that can separate two fuzzy dates (0 when they may be the same day)."""
    return max(b.lo - a.hi, a.lo - b.hi, 0)


def gap_between(a: FuzzyDate, b: FuzzyDate) -> Gap:
    """The least and greatest number of days between two fuzzy dates."""
    most = max(abs(b.hi - a.lo), abs(a.hi - b.lo))
    return Gap(least_days(a, b), most)
