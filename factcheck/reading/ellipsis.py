"""Clauses that leave their verb to the clause before: "Moscow recognises them; Ankara and Astana do not",
"Belarus does, Turkey doesn't", "Armenia hasn't either"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.reading.text import NEG

# the words an elliptical clause may hold besides its actors: auxiliaries, conjunctions, "too", "either"
_AUXILIARIES = {"do", "doe", "have", "be", "will", "would", "can", "could", "did", "should", "may", "might"}
_LINKS = {"and", "but", "just", "exact", "while", "wherea", "by", "contrast", "in", "so", "as", "well", "likew", "the",
          "same", "on", "other", "hand", "meanwhil", "howev", "instead", "it", "even"}
_AGREEING = {"too", "either", "also", "nor", "likew", "same"}
# "Minsk followed suit": an idiom for doing likewise, which needs no auxiliary
_SUIT = re.compile(r"\bfollow suit\b")
# the ones who act for an actor: "Georgia's government doesn't" is Georgia not doing it, as do its people ("the
# Armenians did")
_STANDING_FOR = {"govern", "leadership", "leader", "author", "offici", "ruler", "peopl"}
# "Kyiv, for reasons of its own, did likewise": an aside between commas that names no one
# (and one between dashes or commas that opens with a preposition: "Tbilisi - to Kyiv's dismay - has not either",
# "Tbilisi, to the dismay of Ukrainians, has not done so either")
_PLAIN_ASIDE = re.compile(r",\s*(?![^,;]*[A-Z])[^,;]{1,40},|\s-+\s+(?:much\s+)?(?:to|for|in|with)\s[^-;]{1,50}?\s-+\s|"
                          r",\s*(?:much\s+)?(?:to|for|in|at)\s[^,;]{1,50}?,")
# how it is done, which leaves the verb to the clause before all the same: "Kazakhstan is quietly doing likewise"
# (words in -ly that are no adverbs stay)
_ADVERB = re.compile(r"\b(?!(?:supply|family|assembly|anomaly|monopoly|rally|reply|apply|rely|early|only|ally|july|"
                     r"italy|belly|jolly|holy|ugly|elderly)\b)[a-z]{2,}ly\b")

# "recognised by Moscow and Minsk, rejected by Astana and Ankara": a passive whose verb turns or keeps the one
# before, said of the actors after "by" (generic verbs of accepting and of refusing, no topic's words)
ACCEPTING = ("accepted", "recognised", "recognized", "endorsed", "backed", "supported", "welcomed", "approved",
              "embraced", "acknowledged", "championed", "applauded", "upheld")
REFUSING = ("rejected", "refused", "dismissed", "opposed", "spurned", "denied", "condemned", "disowned", "shunned",
            "denounced", "resisted", "snubbed", "deplored", "decried", "repudiated", "disputed", "contested")
_PASSIVE = r"(?P<verb>" + "|".join(ACCEPTING + REFUSING) + r")(?:\s+as\s+[\w'’-]+)?\s+by\s+"
PASSIVE_AGAIN = re.compile(r"\s*(?:,\s*)?(?:and\s+|but\s+|while\s+|yet\s+)?(?:(?:is|are|was|were)\s+)?"
                           r"(?:(?:\w+ly|also)\s+)?" + _PASSIVE, re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b" + _PASSIVE, re.IGNORECASE)


@dataclass(frozen=True)
class Ellipsis:
    """An elliptical clause: the actors it names, and how its answer stands to the clause before."""

    actors: list[str]  # entity ids, in order
    denies: bool  # "do not": a negation of its own
    agrees: bool  # "too", "either", "nor": the same answer as before, whatever it was


def elliptical(stems: list[str], before: list[str] | None = None) -> Ellipsis | None:
    """The clause as an ellipsis, when it holds nothing but actors, auxiliaries, links and a negation, and
    at least one actor and one auxiliary or negation ("Ankara and Astana do not"); else None. With the
    stems of the clause before, a verb repeated from it may stand with a negation or "too" ("while Y sends
    neither")."""
    actors = [s[1:] for s in stems if s.startswith("@")]
    rest = _SUIT.sub("likew", " ".join(s for s in stems if not s.startswith("@"))).split()
    grammar = _AUXILIARIES | _LINKS | _AGREEING | _STANDING_FOR | {NEG}
    repeated = {s for s in rest if s not in grammar and s in (before or ())}
    if repeated and not any(s == NEG or s in _AGREEING for s in rest):
        repeated = set()  # "X backs Ukraine, Y backs Russia" says something of its own
    if not actors or not rest or any(s not in grammar | repeated for s in rest):
        return None
    # "and so has Turkey", "so does Ankara": the same, said again
    # (and "just as Moscow does": a comparison says the same)
    # ("Y has not done likewise" is Y not doing it: only "too", "either" and their like agree with a denial)
    agrees = any(s in _AGREEING - ({"likew", "same"} if NEG in rest else set()) for s in rest) or any(
        a == "so" and b in _AUXILIARIES for a, b in zip(rest, rest[1:], strict=False)) or _compares(stems)
    if repeated:
        return Ellipsis(list(dict.fromkeys(actors)), rest.count(NEG) % 2 == 1, agrees)
    if not any(s in _AUXILIARIES or s in (NEG, "likew") for s in rest):
        return None
    return Ellipsis(list(dict.fromkeys(actors)), rest.count(NEG) % 2 == 1, agrees)


def _compares(stems: list[str]) -> bool:
    """Whether the clause opens on "as" before its actor: "(just) as Moscow does"."""
    words = [s for s in stems if s not in {",", "just", "much", "exact"}]
    return len(words) > 1 and words[0] == "as" and words[1].startswith("@")


def answer_after(ellipsis: Ellipsis, answer: str, negative: bool, opposite: str) -> str:
    """The answer an ellipsis gives, from the answer of the clause before, whether that clause said it in the
    negative, and the opposite answer: "…; Y does not" turns it, "X doesn't …, Y does" turns it back."""
    if ellipsis.agrees or ellipsis.denies == negative:
        return answer
    return opposite


def without_aside(text: str) -> str:
    """The clause without an aside between commas that names no one (or a prepositional one), and without its
    adverbs, so that what is left may be an ellipsis; "did nothing" is a deed of its own, no ellipsis ("…, the
    Kremlin did nothing" is not "the Kremlin did not"); "none at all" is "none"."""
    plain = _ADVERB.sub(" ", _PLAIN_ASIDE.sub(" ", text, count=1))
    return _NONE_STRESSED.sub(r"\1", _DID_NOTHING.sub(r"\1 idleness", plain))


_NONE_STRESSED = re.compile(r"\b(none)\s+(?:at\s+all|whatsoever)\b", re.IGNORECASE)
_DID_NOTHING = re.compile(r"\b(do|does|did|done|doing)\s+nothing\b", re.IGNORECASE)
