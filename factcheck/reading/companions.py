"""Readings that come with others: who voted alongside whom ("X and Y joined Russia in voting no" gives the
same vote to all three), and what a topic's answer takes as given (its `presupposes`)."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.ledger.model import Ledger
from factcheck.reading.lists import coordinated_tail
from factcheck.reading.names import Mention
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.readings import Reading
from factcheck.reading.roles import country_of

# the words that make the actor after them a companion in what the clause's actors did
_COMPANION = re.compile(r"\b(?:join(?:s|ed|ing)?|alongside|together with|along with|(?:sid(?:e|es|ed|ing)|"
                        r"vot(?:e|es|ed|ing)(?:\s+(?:yes|no|against|for))?|stood|standing) with)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_FOR_COMPANY = re.compile(r"\bwith\s+(?:only\s+|just\s+|merely\s+)?(?P<list>[^;:]{1,120}?)\s+(?:for|as)\s+"
                          r"(?:its\s+|their\s+|his\s+|her\s+)?(?:sole\s+|only\s+)?company\b", re.IGNORECASE)
# what may stand between the actors and the companion word: a comma, or "voting no"
_BETWEEN = re.compile(r"^[\s,]*(?:(?:have|has|had)\s+)?(?:vot(?:e|es|ed|ing)\s+(?:yes|no|against|for)\s*)?$",
                      re.IGNORECASE)


def companions(ledger: Ledger, text: str, mentions: list[Mention], span: tuple[int, int],
               subjects: set[str]) -> list[tuple[str, str]]:
    """The actors a clause (text[span]) pairs with one who voted (the companion, and those listed before it),
    each with the words that make it one, leaving out those already read."""
    inside = [m for m in mentions if span[0] <= m.start < span[1]]
    found: list[tuple[str, str]] = []

    def add(each: Mention, words: str) -> None:
        entity = country_of(ledger, each.entity)
        if ledger.entities[entity].kind == "country" and entity not in subjects and \
                entity not in [e for e, _ in found]:
            found.append((entity, words))

    for n, mention in enumerate(inside):
        lead = _COMPANION.search(text, span[0], mention.start)
        if lead is None:
            continue
        group = [m for m in inside[:n] if m.end <= lead.start()]
        listed = coordinated_tail(group, text) if group and _BETWEEN.match(text[group[-1].end:lead.start()]) else []
        words = f"{lead.group().strip()} {mention.text}"
        for each in [mention, *listed]:
            add(each, words if each is mention else f"{each.text} … {words}")
    # "voted against it with only Belarus, Syria and North Korea for company": each one listed
    # (the list may run past the clause a list's "and" ends)
    for company in (c for c in _FOR_COMPANY.finditer(text, span[0]) if c.start() < span[1]):
        for mention in mentions:
            if company.start("list") <= mention.start < company.end("list"):
                add(mention, f"with {mention.text} for company")
    return found


def presupposed(vocabulary: Vocabulary, readings: list[Reading]) -> list[Reading]:
    """With what each reading's topic takes as given, for the same actor's country, unless read already:
    "SOCAR handed out 100 tonnes of free fuel" also says Azerbaijan supplies fuel."""
    out = list(readings)
    for reading in readings:
        for topic, answer in vocabulary.ledger.topics[reading.topic].presupposes.items():
            subject = country_of(vocabulary.ledger, reading.subject)
            # (the same clause's words denying what is taken as given deny the rest, not it: "the army can't fill up
            # with the free fuel" gives free fuel, to all but the army)
            out = [r for r in out if not (r.subject == subject and r.topic == topic and r.answer != answer
                                          and r.start == reading.start and r.voice == reading.voice)]
            if not any(r.subject == subject and r.topic == topic for r in out):
                why = {**reading.why, "answer": f"taken as given by {reading.topic}"}
                out.append(replace(reading, subject=subject, topic=topic, answer=answer, denied=None, why=why,
                                   negative=False))
    return out


def implied_of_named(vocabulary: Vocabulary, mentions: list[Mention], readings: list[Reading]) -> list[Reading]:
    """With what a reading says of the one other country the sentence names, where its topic `implies_of_named`
    another: "Brussels swapped Moscow's gas for Baku's" (the EU's gas switch) makes Azerbaijan the EU's alternative
    supplier (never where several others are named, nor where that topic is read already)."""
    ledger = vocabulary.ledger
    out = list(readings)
    for reading in readings:
        implied = ledger.topics[reading.topic].implies_of_named
        if not implied or reading.denied is not None or any(r.topic == implied for r in out):
            continue
        party = ledger.topics[implied].object
        others = {country_of(ledger, m.entity) for m in mentions} - {reading.subject, party}
        others = {o for o in others if ledger.entities[o].kind == "country"}
        if len(others) == 1:
            other = others.pop()
            name = next(m.text for m in mentions if country_of(ledger, m.entity) == other)
            why = {**reading.why, "subject": name, "answer": f"taken from {reading.topic} ({reading.subject})"}
            out.append(replace(reading, subject=other, topic=implied, answer=reading.subject, denied=None, why=why,
                               negative=False))
    return out


def alongside(vocabulary: Vocabulary, text: str, mentions: list[Mention], readings: list[Reading]) -> list[Reading]:
    """A vote read in a clause is also the vote of those it names as voting together ("joined Russia in")
    (on a topic that asks how one voted: one whose answers include abstaining)."""
    out = list(readings)
    for reading in readings:
        if "abstain" in vocabulary.ledger.topics[reading.topic].values and reading.voice == "asserted":
            done = {r.subject for r in out if r.topic == reading.topic}
            for entity, words in companions(vocabulary.ledger, text, mentions, (reading.start, reading.end), done):
                out.append(replace(reading, subject=entity, why={**reading.why, "subject": words}))
    return out
