"""Numbers written in words: "twenty-two", "a hundred and seventy", "half a dozen", "its sixth"."""
from __future__ import annotations

import re

# the words for numbers below a hundred (shared with the tallies of a vote)
UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SMALL = {w: n for n, w in enumerate(UNITS)} | {w: 20 + 10 * n for n, w in enumerate(TENS)}
_SMALL_WORD = "|".join(sorted(_SMALL, key=len, reverse=True))
# an ordinal before what it counts says how many there are so far: "its sixth resolution" makes six
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
ORDINAL_WORD = "|".join(_ORDINALS)
# a number in words, however compound: "a hundred and seventy", "a thousand five hundred", "twenty-two",
# "fifteen hundred", "half a dozen" ("a" only before what it counts: "a hundred", never "a" alone)
_PART = rf"(?:{_SMALL_WORD}|hundred|thousand|dozen)"
NUMBER_WORDS = (rf"(?:half\s+a\s+dozen|half\s+a(?=\s+(?:thousand|mill?ion|bill?ion))|"
                rf"(?:a(?=\s+(?:hundred|thousand|dozen|mill?ion|bill?ion))|{_SMALL_WORD}|hundred|thousand)"
                rf"(?:(?:\s+and\s+|\s+|-){_PART}\b)*)")


def words_value(words: str) -> float:
    """The number a run of number words says ("a thousand five hundred" is 1500, "half a dozen" 6)."""
    words = words.casefold()
    if words.startswith("half"):
        return 6 if words.endswith("dozen") else 0.5
    total = current = 0
    for word in re.split(r"[\s-]+", words):
        if word in _SMALL or word in _ORDINALS:
            current += _SMALL.get(word) or _ORDINALS[word]
        elif word == "a":
            current += 1
        elif word in ("hundred", "dozen"):
            current = (current or 1) * (100 if word == "hundred" else 12)
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
    return total + current
