"""Time between holdings: how many holdings of other sources stand near a holding's date and how many far
(a date index answering in logarithmic time), and the smallest gap between two sides of a finding."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from factcheck.findings.model import Holding, Side
from factcheck.ledger.dates import FuzzyDate, Gap

# Two claims at least this far apart in time may differ because the world changed.
CHANGE_OVER_TIME_DAYS = 365
# Up to this many pairs of holdings the gap of a finding is found over all pairs; beyond, the merge by date
# widths is quicker.
FEW_GAP_PAIRS = 48


class Index:
    """Holdings ready to say, in logarithmic time, how many of them from sources other than a given
    holding's stand near it in time (fewer than CHANGE_OVER_TIME_DAYS apart) and how many far from it."""

    def __init__(self, holdings: list[Holding], fixed: bool):
        self.size = len(holdings)
        self.fixed = fixed  # on a fixed topic nothing is far: the answer cannot change
        self.bounds = _Bounds([h.date for h in holdings])
        dates: dict[str, list[FuzzyDate]] = defaultdict(list)
        for held in holdings:
            dates[held.source].append(held.date)
        self.per_source = {source: _Bounds(ds) for source, ds in dates.items()}

    def near_far(self, held: Holding) -> tuple[int, int]:
        """How many holdings of other sources stand near `held`, and how many far from it."""
        mine = self.per_source.get(held.source)
        others = self.size - (mine.size if mine else 0)
        if self.fixed or not others:
            return others, 0
        far = self.bounds.far_from(held.date) - (mine.far_from(held.date) if mine else 0)
        return others - far, far


class _Bounds:
    """The earliest and latest days of some dates, each sorted: a date is far from another when one ends
    CHANGE_OVER_TIME_DAYS or more before the other begins (as `least_days` measures)."""

    def __init__(self, dates: list[FuzzyDate]):
        self.size = len(dates)
        if self.size == 1:  # most sources hold one date per answer: nothing to sort
            self.los, self.his = [dates[0].lo], [dates[0].hi]
        else:
            self.los = sorted(d.lo for d in dates)
            self.his = sorted(d.hi for d in dates)

    def far_from(self, date: FuzzyDate) -> int:
        """How many of the dates are CHANGE_OVER_TIME_DAYS or more from `date` (earlier or later)."""
        later = self.size - bisect_left(self.los, date.hi + CHANGE_OVER_TIME_DAYS)
        earlier = bisect_right(self.his, date.lo - CHANGE_OVER_TIME_DAYS)
        return later + earlier


def gap_of(first: Side, second: Side) -> Gap | None:
    """The smallest gap between any holding of one side and any of the other: the fewest days that can
    separate them and, of the pairs that close, the smallest greatest number of days.

    Both measures grow with the distance between two dates' midpoints once their widths are fixed
    (fewest = (distance - widths) / 2, at least 0; greatest = (distance + widths) / 2), and a ledger's
    dates come in a handful of widths (a day, a month, a year, each perhaps approximate): so the
    closest midpoints for each pair of widths decide, found by a merge rather than over all pairs."""
    if not first.holdings or not second.holdings:
        return None
    if len(first.holdings) * len(second.holdings) <= FEW_GAP_PAIRS:
        bounds = {(y.date.lo, y.date.hi) for y in second.holdings}
        return Gap(*min((max(ylo - xhi, xlo - yhi, 0), max(abs(yhi - xlo), abs(xhi - ylo)))  # as gap_between
                        for xlo, xhi in {(x.date.lo, x.date.hi) for x in first.holdings}
                        for ylo, yhi in bounds))
    mine, theirs = _by_width(first), _by_width(second)
    best: tuple[int, int] | None = None
    for wa, xs in mine.items():
        for wb, ys in theirs.items():
            distance = _closest(xs, ys)
            candidate = (max(0, (distance - wa - wb) // 2), (distance + wa + wb) // 2)
            best = candidate if best is None else min(best, candidate)
    assert best is not None
    return Gap(*best)


def _by_width(side: Side) -> dict[int, list[int]]:
    """A side's dates by width (last day minus first): their doubled midpoints, sorted."""
    widths: dict[int, set[int]] = defaultdict(set)
    for held in side.holdings:
        lo, hi = held.date.lo, held.date.hi
        widths[hi - lo].add(lo + hi)
    return {w: sorted(mids) for w, mids in widths.items()}


def _closest(xs: list[int], ys: list[int]) -> int:
    """The least distance between a number of one sorted list and a number of the other."""
    best, i, j = abs(xs[0] - ys[0]), 0, 0
    while i < len(xs) and j < len(ys):
        best = min(best, abs(xs[i] - ys[j]))
        if xs[i] < ys[j]:
            i += 1
        else:
            j += 1
    return best
