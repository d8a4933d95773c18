"""The cue lexicon: words that signal a check-worthy stance, and the topic and answer they suggest.

Each cue names a topic of the shipped ledger and the answer it suggests. Cues are tried in order
and the first that matches a sentence wins, so negated and specific phrasings come before general
ones. A cue whose topic is not in the ledger at hand is ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """A pattern, the topic it suggests, and the stance or value it suggests there."""

    pattern: re.Pattern[str]
    topic: str
    answer: str


def _cue(regex: str, topic: str, answer: str) -> Cue:
    return Cue(re.compile(regex, re.IGNORECASE), topic, answer)


CUES: list[Cue] = [
    # diplomatic support and UN votes
    _cue(r"\b(?:never shown up to vote|absent from all|not even showing up|did not vote|abstain(?:ed)?)\b",
         "diplomatic-support", "neutral"),
    _cue(r"\bdiplomatic support\b", "diplomatic-support", "supports"),
    _cue(r"\bvoted (?:against moscow|yes|in favou?r)\b", "diplomatic-support", "supports"),
    _cue(r"\binternationally recognized borders\b", "diplomatic-support", "supports"),
    # Crimea
    _cue(r"\b(?:refused to recognize crimea|reject(?:s|ed)? russia.s annexation)", "crimea-annexation", "rejects"),
    _cue(r"\bsupport(?:s|ed)? russia.s annexation\b", "crimea-annexation", "accepts"),
    # sanctions
    _cue(r"\b(?:not (?:placed|imposed) sanctions|not been sanctioned|no sanctions)\b", "sanctions-russia", "no"),
    _cue(r"\b(?:placed|imposed) sanctions (?:on|against) russia\b", "sanctions-russia", "yes"),
    # closeness to Russia
    _cue(r"\b(?:derussification|confrontation with moscow|confronts? russia)\b", "aligned-with-russia", "confronts"),
    _cue(r"\b(?:drifting|moving away from russia|distanc\w+ from (?:russia|moscow)|worsening \S+ relations)",
         "aligned-with-russia", "distancing"),
    _cue(r"\b(?:good relations with russia|balanced|balancing|complex political and economic relations)\b",
         "aligned-with-russia", "balancing"),
    _cue(r"\b(?:russia.s (?:main|closest|staunchest) ally|close russian ally|pro-?russian country|"
         r"russian satellite|staunch ally of (?:russia|moscow))\b", "aligned-with-russia", "close-ally"),
    _cue(r"\b(?:cemented an alliance|allied interaction|alliance with (?:russia|moscow))\b",
         "aligned-with-russia", "partner"),
    # backing Ukraine
    _cue(r"\b(?:lack of support for ukraine|appeas\w+ russia|denying it military)\b", "backs-ukraine", "leans-against"),
    _cue(r"\b(?:supplier of arms \w+ \w+ mercenaries for the kremlin|arms to russia)\b", "backs-ukraine", "opposes"),
    _cue(r"\bpotential ally\b", "backs-ukraine", "leans-toward"),
    _cue(r"\b(?:strategic ally|strategic allies|closest ally of ukraine|support(?:s|ed|ing)? (?:ukraine|kyiv)|"
         r"militarily co-?operate with ukraine|support of ukraine)\b", "backs-ukraine", "supports"),
    # aid
    _cue(r"\bhumanitarian aid\b|\bfood and medical aid\b", "humanitarian-aid", "yes"),
    _cue(r"\bfuel (?:supplies|free of charge)\b", "fuel-for-ukraine", "yes"),
    # who rules: the answer is the country named in the cue
    _cue(r"\b(?:de facto (?:the )?ruler of|de facto rules?|rules over) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)",
         "de-facto-rules", "@1"),
    # the public
    _cue(r"\bpublic (?:sentiment|support|opinion)s? (?:supports? |for )?ukraine|pro-ukrainian mood",
         "public-mood", "pro-ukraine"),
    # the West
    _cue(r"\b(?:pro[- ]western|close-knit relationship with western|more open to the us)\b",
         "west-alignment", "partner"),
]


# Words that make a sentence worth checking even without a stance cue.
CHECK_WORDS = re.compile(r"\b(?:ally|allies|alliance|supports?|condemn\w*|sanction\w*|absent|abstain\w*|vot\w+|"
                         r"resolution|invad\w+|invasion|annex\w+|recogni[sz]\w*|aid|assistance|billion|million|"
                         r"ruler|rules?|arrest\w*|deport\w*|indicted|treaty|declaration)\b", re.IGNORECASE)
NUMBER = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|"
                    r"thousands?|fifteen|fifty|million|billion)\b", re.IGNORECASE)
YEAR_OR_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b")


def all_cues(sentence: str, topics: set[str]) -> list[tuple[Cue, re.Match[str]]]:
    """The first cue that fires for each known topic, in lexicon order."""
    found: dict[str, tuple[Cue, re.Match[str]]] = {}
    for cue in CUES:
        if cue.topic in topics and cue.topic not in found:
            match = cue.pattern.search(sentence)
            if match:
                found[cue.topic] = (cue, match)
    return list(found.values())


def first_cue(sentence: str, topics: set[str]) -> tuple[Cue, re.Match[str]] | None:
    """The first cue of the lexicon that fires in the sentence and whose topic is known."""
    for cue in CUES:
        if cue.topic not in topics:
            continue
        match = cue.pattern.search(sentence)
        if match:
            return cue, match
    return None

# The party a topic's question is about, which is therefore not its subject.
TOPIC_OBJECT = {"backs-ukraine": "ukraine", "diplomatic-support": "ukraine", "humanitarian-aid": "ukraine",
                "fuel-for-ukraine": "ukraine", "aligned-with-russia": "russia", "sanctions-russia": "russia",
                "crimea-annexation": "russia", "public-mood": "ukraine"}
