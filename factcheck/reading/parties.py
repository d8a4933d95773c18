"""Who stands on the other side of a claim: the other party a phrase names, and the other side of a contrast
("unlike X, Y …")."""
from __future__ import annotations

from factcheck.ledger.model import Topic
from factcheck.reading.clause import Clause
from factcheck.reading.names import Mention
from factcheck.reading.phrases import Match, Vocabulary
from factcheck.reading.roles import country_of


def contrasted(vocabulary: Vocabulary, topic: Topic, mentions: list[Mention], clause: Clause,
                subjects: list[str]) -> list[str]:
    """The actors on the other side of the clause's contrast from its subjects, who hold the opposite."""
    if not clause.contrast:
        return []
    begin, end = clause.contrast[0] - clause.start, clause.contrast[1] - clause.start
    # the other side of the contrast from the subjects: the main clause's actors when the subjects are the
    # contrasted ones ("unlike X, which shut …, Y" gives Y the opposite), else the contrasted ones
    inside = {country_of(vocabulary.ledger, m.entity) for m in mentions if begin <= m.start < end}
    within = bool(subjects) and all(s in inside for s in subjects)
    return [country_of(vocabulary.ledger, m.entity) for m in mentions
            if (begin <= m.start < end) != within and m.entity != topic.object
            and country_of(vocabulary.ledger, m.entity) not in subjects]


def names_other_party(topic: Topic, match: Match, actor: str) -> bool:
    """Whether an actor a phrase names is someone other than the subject: the topic's other party, any actor
    a labelled example names beside its subject, any actor of an entity-valued topic; but on a topic with
    no other party the actor a vocabulary phrase names ("EU monitors", "Russian air defences") is its subject."""
    if match.cue.origin not in ("words", "answers", "that event") or topic.value_type == "entity":
        return True
    if not topic.object and topic.kind != "framing" and len({s for s in match.cue.stems if s.startswith("@")}) > 1:
        return True  # "borders both Iran and Russia": the two actors a phrase names are what it relates
    # "the regions under Moscow's control": the phrase names the one who acts, when that is not the other party
    return actor == f"@{topic.object}" if topic.object and topic.kind == "fact" else bool(topic.object)
