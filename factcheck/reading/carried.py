"""Claims a clause carries over from the clause before: a list that points back ("These include X and Y")
and an ellipsis that leaves its verb to the clause before ("Moscow recognises them; Ankara does not")."""
from __future__ import annotations

import re

from factcheck.reading.ellipsis import answer_after, elliptical
from factcheck.reading.grammar import Clause
from factcheck.reading.names import Mention
from factcheck.reading.negation import negate
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.readings import Reading
from factcheck.reading.roles import country_of

# "These include X, Y and Z": the clause before said what; this one says who
LIST_BACK = re.compile(r"\s*(?:these|they|those)\s+(?:include|included|are|were)\b|\s*among them\b", re.IGNORECASE)


def listed_back(vocabulary: Vocabulary, clause: Clause, mentions: list[Mention], last: list[Reading]) -> list[Reading]:
    """The claims of the clause before, made of each actor this clause lists."""
    found = []
    for before in last:
        topic = vocabulary.ledger.topics[before.topic]
        for mention in mentions:
            if clause.start <= mention.start < clause.end and mention.entity not in (topic.object, before.subject):
                subject = country_of(vocabulary.ledger, mention.entity) if topic.id not in vocabulary.person_topics \
                    else mention.entity
                found.append(Reading(subject, before.topic, before.answer, before.denied, before.voice,
                                     before.attributed_to, before.as_of, clause.start, clause.end,
                                     {**before.why, "subject": mention.text}, before.cue))
    return found


def carried(vocabulary: Vocabulary, text: str, clause: Clause, last: list[Reading]) -> list[Reading]:
    """ "Moscow recognises them; Ankara and Astana do not": the clause before's claims, for these actors."""
    ellipsis = elliptical(vocabulary.text_stems(text[clause.start:clause.end]),
                          vocabulary.text_stems(text[last[0].start:last[0].end]))
    if ellipsis is None:
        return []
    found = []
    for before in last:
        topic = vocabulary.ledger.topics[before.topic]
        opposite = before.denied or negate(topic, before.answer)
        answer = answer_after(ellipsis, before.answer, before.negative, opposite)
        denied = before.answer if answer == opposite and not before.negative else None
        for actor in ellipsis.actors:
            subject = actor if topic.id in vocabulary.person_topics else country_of(vocabulary.ledger, actor)
            if subject not in (topic.object, before.subject):
                why = {**before.why, "subject": vocabulary.ledger.entities[actor].name,
                       "answer": "the verb before, " + ("turned" if answer != before.answer else "the same")}
                found.append(Reading(subject, before.topic, answer, denied, before.voice, before.attributed_to,
                                     before.as_of, clause.start, clause.end, why, before.cue,
                                     before.negative != (answer != before.answer)))
    return found
