"""Finding a quote in its source, tolerant only of whitespace, typographic quotes and dashes."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.ledger.model import Anchor

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
})
_SPACE_RUN = re.compile(r"\s+")
_LONG_RUN = re.compile(r"\s{2,}")  # only runs of two or more change the length when folded
_ONE_SPACE = {ord(c): " " for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003"
              "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"}


def fold(text: str) -> str:
    """Fold typographic quotes and dashes to ASCII and runs of whitespace to one space."""
    return _SPACE_RUN.sub(" ", text.translate(_FOLD))


@dataclass
class FoldedText:
    """A source's text folded for matching, with a map back to the original offsets.

    Folding is one character for one, except that a run of whitespace becomes one space; so the
    map keeps only where such runs end (a few numbers per paragraph, not one per character)."""

    original: str
    folded: str
    seg_folded: list[int]  # segment i starts at folded offset seg_folded[i] ...
    seg_original: list[int]  # ... which is original offset seg_original[i]; then one for one
    line_starts: list[int]
    searches_left: int = 0  # closest-passage searches this source still allows (set in `of`)
    _words: list[tuple[int, int]] | None = None

    @classmethod
    def of(cls, text: str) -> FoldedText:
        """Fold `text` once, remembering where each folded segment came from."""
        translated = text.translate(_FOLD)
        pieces: list[str] = []
        seg_folded, seg_original = [0], [0]
        pos = shift = 0
        for match in _LONG_RUN.finditer(translated):
            pieces.append(translated[pos:match.start()])
            pieces.append(" ")
            shift += match.end() - match.start() - 1
            seg_folded.append(match.end() - shift)
            seg_original.append(match.end())
            pos = match.end()
        pieces.append(translated[pos:])
        folded = "".join(pieces).translate(_ONE_SPACE)
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        return cls(text, folded, seg_folded, seg_original, starts, CLOSEST_SEARCHES)

    def words(self) -> list[tuple[int, int]]:
        """The spans of the folded text's words, found once."""
        if self._words is None:
            self._words = [(m.start(), m.end()) for m in re.finditer(r"\S+", self.folded)]
        return self._words

    def original_offset(self, folded_offset: int) -> int:
        """Where a character of the folded text came from in the original."""
        index = bisect.bisect_right(self.seg_folded, folded_offset) - 1
        return self.seg_original[index] + folded_offset - self.seg_folded[index]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset in the original text."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def span_to_anchor(self, fstart: int, fend: int) -> Anchor:
        """Turn a span of the folded text into an anchor in the original."""
        start = self.original_offset(fstart)
        last = self.original_offset(fend - 1)
        end = last + 1
        # a folded space may stand for a run: extend the end over the whole run
        while end < len(self.original) and self.original[last].isspace() and self.original[end].isspace():
            end += 1
        line, column = self.position(start)
        end_line, _ = self.position(max(start, end - 1))
        return Anchor(line, column, start, end, end_line)

    def find(self, quote: str) -> Anchor | None:
        """Anchor the first occurrence of `quote`, or None when it is not there."""
        needle = fold(quote).strip()
        if not needle:
            return None
        at = self.folded.find(needle)
        if at < 0:
            return None
        return self.span_to_anchor(at, at + len(needle))


@dataclass
class NearMiss:
    """The passage closest to a quote that is not in its source."""

    passage: str
    similarity: float
    line: int


# Bounds on the search for the closest passage (README, "Limits"): the quote is compared by its first
# CLOSEST_WORDS words (at most CLOSEST_CHARS characters), at no more than CLOSEST_WINDOWS places spread
# evenly over the source, then around the best of them word by word. Each comparison is bounded, so a
# missing quote costs at most a fixed amount of work plus one pass over the source, whatever their lengths.
CLOSEST_WORDS = 60
CLOSEST_CHARS = 600
CLOSEST_WINDOWS = 4000
# and at most this many quotes of one source get a closest passage: past it, a ledger whose quotes are
# all missing is still reported in time linear in its size
CLOSEST_SEARCHES = 100


def closest_passage(source: FoldedText, quote: str) -> NearMiss | None:
    """The run of whole words in the source most like the quote (rapidfuzz ratio), searched within bounds."""
    from rapidfuzz import fuzz, process  # lazy: only needed when a quote fails to anchor

    needle = " ".join(fold(quote).split()[:CLOSEST_WORDS])[:CLOSEST_CHARS]
    words = source.words()
    if not needle or not words or source.searches_left <= 0:
        return None
    source.searches_left -= 1
    size = len(needle.split())
    longest = 2 * len(needle)  # a window's text is cut here: beyond it, it cannot come closer

    def window(first: int, length: int) -> tuple[int, int]:
        last = min(first + length, len(words)) - 1
        return words[first][0], min(words[last][1], words[first][0] + longest)

    def best(spans: list[tuple[int, int]]) -> tuple[float, tuple[int, int]]:
        texts = [source.folded[a:b] for a, b in spans]
        _, score, index = process.extractOne(needle, texts, scorer=fuzz.ratio)
        return score, spans[index]

    stride = max(1, -(-len(words) // CLOSEST_WINDOWS))
    starts = range(0, max(1, len(words) - size + 1), stride)
    _, (coarse, _) = best([window(i, size) for i in starts])
    first = next(i for i, (a, _) in enumerate(words) if a == coarse) if stride > 1 else None
    if first is not None:  # refine word by word around the best coarse place
        near = range(max(0, first - stride), min(len(words), first + stride + 1))
    else:
        near = range(0, max(1, len(words) - size + 1))
    spans = [window(i, length) for i in near for length in {max(1, size - 1), size, size + 1}]
    score, (start, end) = best(spans)
    line, _ = source.position(source.original_offset(start))
    return NearMiss(source.folded[start:end], round(score, 1), line)
