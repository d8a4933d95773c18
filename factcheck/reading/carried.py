"""Claims a clause carries over from the clause before: a list that points back ("These include X and Y")
and an ellipsis that leaves its verb to the clause before ("Moscow recognises them; Ankara does not")."""
from __future__ import annotations

import re
from dataclasses import replace

from factcheck.ledger.dates import FuzzyDate
from factcheck.ledger.model import Ledger
from factcheck.reading.clause import Clause
from factcheck.reading.ellipsis import PASSIVE_AGAIN, PASSIVE_BEFORE, REFUSING, answer_after, elliptical, without_aside
from factcheck.reading.gapped import ANSWERED, yes_or_no
from factcheck.reading.grammar import OWN_ACCOUNT
from factcheck.reading.lists import coordinated, coordinated_head
from factcheck.reading.names import Mention, only_named
from factcheck.reading.negation import negate
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.pointing import Reader, placed
from factcheck.reading.readings import Reading
from factcheck.reading.roles import country_of, governed_starts

# "These include X, Y and Z": the clause before said what; this one says who
LIST_BACK = re.compile(r"\s*(?:these|they|those)\s+(?:include|included|are|were)\b|\s*among them\b", re.IGNORECASE)


def listed_back(vocabulary: Vocabulary, clause: Clause, mentions: list[Mention], last: list[Reading]) -> list[Reading]:
    """The claims of the clause before, made of each actor this clause lists."""
    found = []
    for before in last:
        topic = vocabulary.ledger.topics[before.topic]
        for mention in mentions:
            if clause.start <= mention.start < clause.end and mention.entity not in (topic.object, before.subject):
                subject = vocabulary.stands_for(topic.id, mention.entity)
                found.append(Reading(subject, before.topic, before.answer, before.denied, before.voice,
                                     before.attributed_to, before.as_of, clause.start, clause.end,
                                     {**before.why, "subject": mention.text}, before.cue))
    return found


def carried(vocabulary: Vocabulary, text: str, clause: Clause, last: list[Reading]) -> list[Reading]:
    """ "Moscow recognises them; Ankara and Astana do not": the clause before's claims, for these actors."""
    if yes_or_no(ANSWERED.match(text[clause.start:clause.end])):
        return []  # "X voted yes and Y no": Y's "no" is an answer of its own, no denial (pointing.gapped)
    ellipsis = elliptical(vocabulary.text_stems(without_aside(text[clause.start:clause.end])),
                          vocabulary.text_stems(text[last[0].start:last[0].end]))
    if ellipsis is None:
        return []
    found = []
    for before in last:
        topic = vocabulary.ledger.topics[before.topic]
        opposite = before.denied or negate(topic, before.answer)
        answer = answer_after(ellipsis, before.answer, before.negative, opposite)
        # (a turn to an answer that has no opposite only denies it; "did likewise" turns nothing)
        turned = answer == opposite and answer_after(ellipsis, "", before.negative, "turned") == "turned"
        denied = before.answer if turned and not before.negative else None
        for actor in ellipsis.actors:
            subject = vocabulary.stands_for(topic.id, actor)
            if subject not in (topic.object, before.subject):
                why = {**before.why, "subject": vocabulary.ledger.entities[actor].name,
                       "answer": "the verb before, " + ("turned" if answer != before.answer else "the same")}
                found.append(Reading(subject, before.topic, answer, denied, before.voice, before.attributed_to,
                                     before.as_of, clause.start, clause.end, why, before.cue,
                                     before.negative != (answer != before.answer)))
    return found


# "…; Lavrov insists it was not", "…, but Moscow denies it", "…; Ankara says so": a speaker's word on what the
# clause before said, with nothing of its own
_SAID_ON = re.compile(r"\s*(?:that\s+)?(?:it|this|that|they|so)(?:\s+(?:is|was|are|were|did|does|do|has|had|have|"
                      r"will|would))?(?P<not>\s+not|n['’]t)?(?:\s+(?:too|as\s+well))?\s*[.!?]?\s*", re.IGNORECASE)


def said_on(vocabulary: Vocabulary, text: str, clause: Clause, speaker: str, last: list[Reading]) -> list[Reading]:
    """ "X says A; Y insists it did not": the clause before's claims as Y says them, turned where Y denies them."""
    said = _SAID_ON.fullmatch(text, clause.start, clause.end) if clause.reported and speaker else None
    if said is None:
        return []
    denies = clause.denied != bool(said.group("not"))
    found = []
    for before in last:
        answer, denied = before.answer, before.denied
        if denies and before.denies_only:
            denied = None  # ("X never backed it; Y insists it did")
        elif denies:
            # (an answer with no opposite is only denied)
            answer = negate(vocabulary.ledger.topics[before.topic], before.answer)
            denied = before.answer if answer == before.answer else None
        why = {**before.why, "voice": "reported by " + vocabulary.ledger.entities[speaker].name,
               "answer": "the clause before, " + ("denied" if denies else "said again")}
        found.append(replace(before, answer=answer, denied=denied, voice="reported", attributed_to=speaker,
                             start=clause.start, end=clause.end, why=why, negative=denies))
    return found


# "…, and Tbilisi has kept to that ever since": the actor holds to what the clause before said of it, as a fact
_KEPT_TO = re.compile(r"\s*(?:and\s+|but\s+)?(?P<who>.+?)\s+(?:has|have|had)\s+(?:since\s+|always\s+|so\s+far\s+)?"
                      r"(?:kept|stuck|held|adhered|stayed\s+true)\s+to\s+(?:it|that|this|its\s+word|"
                      r"(?:that|this|the)\s+(?:line|position|stance|course|pledge|promise|decision))"
                      r"(?:\s+(?:ever\s+since|since(?:\s+then)?|to\s+this\s+day|ever\s+after|so\s+far))?\s*[.!?]?\s*",
                      re.IGNORECASE)
_SAME_ONE = re.compile(r"it|they|the\s+(?:country|government)", re.IGNORECASE)


def kept_to(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
            last: list[Reading]) -> list[Reading]:
    """ "X said it would not join; Tbilisi has kept to that": the clause before's claims about that actor, as fact."""
    kept = _KEPT_TO.fullmatch(text, clause.start, clause.end)
    if kept is None:
        return []
    who = [m for m in mentions if kept.start("who") <= m.start < kept.end("who")]
    named = len(who) == 1 and only_named(text, kept.start("who"), kept.end("who"), who)
    if not named and not _SAME_ONE.fullmatch(kept.group("who")):
        return []
    found = []
    for before in last:
        if named and vocabulary.stands_for(before.topic, who[0].entity) != before.subject:
            continue
        why = {**before.why, "voice": "the actor kept to it, as a fact", "answer": "the clause before, held to"}
        found.append(replace(before, voice="asserted", attributed_to="", start=clause.start, end=clause.end, why=why))
    return found


# "…, and the Kremlin took that as a snub", "…, which the Russians resent": the one offended by what the actor did
_TAKEN_AS = re.compile(r"\s*(?:and\s+|but\s+|which\s+)?(?P<who>[^,;]{1,60}?)(?:\s*,[^,;]{1,60},)?\s+"
                       r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:(?:took|taken|takes?|saw|seen|sees?|regard(?:s|ed)?|"
                       r"view(?:s|ed)?|treat(?:s|ed)?|perceive[sd]?|interpret(?:s|ed)?)\s+(?:it\s+|that\s+|this\s+|the\s+move\s+)?as\s+(?:a|an)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:snub|affront|slight|insult|rebuff|humiliation|provocation|betrayal|"
                       r"slap\s+in\s+the\s+face)|resent(?:s|ed)?(?:\s+(?:it|that|this))?)\b[^;]*$", re.IGNORECASE)


_OWN_ACCOUNT = re.compile(rf"\b{OWN_ACCOUNT}\b", re.IGNORECASE)


def taken_as(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention], last: list[Reading],
             document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """ "X talks to Y without a Russian broker, and the Kremlin took that as a snub": X, the one who did it,
    snubbed the one offended, read as the ledger reads a snub."""
    taken = _TAKEN_AS.fullmatch(text, clause.start, clause.end)
    who = [m for m in mentions if taken and taken.start("who") <= m.start < taken.end("who")]
    if taken is None or len(who) != 1 or not only_named(text, taken.start("who"), taken.end("who"), who):
        return []
    actor = last[0].subject  # (the one who did it, whether the clause before asserts or reports it)
    if actor == country_of(vocabulary.ledger, who[0].entity):
        return []
    found = [placed(r, text, clause.start, clause.end) for r in reread(
        vocabulary, f"{vocabulary.ledger.entities[actor].name} snubbed {who[0].text}.", document_date, None)
        if r.subject == actor]
    if _OWN_ACCOUNT.search(text, clause.start, clause.end):
        for reading in found:  # ("the Kremlin, by its own account, took that as a snub": the Kremlin says so)
            reading.voice, reading.attributed_to = "reported", country_of(vocabulary.ledger, who[0].entity)
    return found


def reacted(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention], last: list[Reading],
            document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """What a clause says of the claims before it: that their actor kept to them, or that someone took offence."""
    return kept_to(vocabulary, text, clause, mentions, last) or \
        taken_as(vocabulary, text, clause, mentions, last, document_date, reread)


def passive_again(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
                  last: list[Reading]) -> list[Reading]:
    """ "Crimea: rejected as Russian by Ankara, accepted as such by Yerevan": the clause before's claims, for the
    actors after "by", turned when one verb accepts and the other refuses."""
    again = PASSIVE_AGAIN.match(text, clause.start, clause.end)
    before = PASSIVE_BEFORE.search(text, last[0].start, last[0].end) if again else None
    if again is None or before is None:
        return []
    named = [m for m in mentions if again.end() <= m.start < clause.end]
    if not named or not only_named(text, again.end(), clause.end, named):
        return []  # only actors may follow "by"
    turned = (again.group("verb").lower() in REFUSING) != (before.group("verb").lower() in REFUSING)
    found = []
    for previous in last:
        topic = vocabulary.ledger.topics[previous.topic]
        answer = (previous.denied or negate(topic, previous.answer)) if turned else previous.answer
        # (a turn to an answer that has no opposite only denies it)
        denied = previous.answer if turned and answer == previous.answer else None
        for mention in named:
            subject = country_of(vocabulary.ledger, mention.entity)
            if subject not in (topic.object, previous.subject):
                why = {**previous.why, "subject": mention.text,
                       "answer": "the verb before, " + ("turned" if turned else "the same")}
                found.append(Reading(subject, previous.topic, answer, denied, previous.voice, previous.attributed_to,
                                     previous.as_of, clause.start, clause.end, why, previous.cue, turned))
    return found


# "relations between X and Y": a pair a preposition governs that is still the subject of what follows
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


_AGENT_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)


def named_for_next(ledger: Ledger, text: str, clause: Clause, mentions: list[Mention],
                   previous: list[str]) -> list[str]:
    """Whom a clause that says nothing checkable names for the next clause's pronoun: its first actor, or all
    of a list it opens with; else those named before."""
    # "Erdogan keeps talking to Putin while his country's drones help Kyiv": Erdogan
    # ("Turkey, Kazakhstan and Azerbaijan: none of them …": all three)
    inside = [m for m in mentions if clause.start <= m.start < clause.end]
    # (not one a preposition governs: "whenever the Assembly votes on Moscow's war its seat is empty")
    governed = governed_starts(inside, text)
    # (but a pair after "between" is the subject of what follows: "relations between X and Y began to fray, and
    # they …"; the pair is the run the "between" opens, each joined to the one before)
    paired: set[int] = set()
    for n, m in enumerate(inside):
        if _BETWEEN.search(text, 0, m.start) or n and inside[n - 1].start in paired and coordinated(
                text[inside[n - 1].end:m.start]):
            paired.add(m.start)
    # (and one after "from" or "by" acts, when no other does: "no resolution has drawn a vote from X — its seat
    # was empty")
    agent = [m for m in inside if _AGENT_BEFORE.search(text, 0, m.start)]
    inside = [m for m in inside if m.start not in governed or m.start in paired] or agent[-1:]
    if not inside or clause.reported:
        return previous
    named_here = [country_of(ledger, m.entity) for m in coordinated_head(inside, text)]
    # (a body named as a place, "when the Assembly voted", keeps those named before behind it)
    kept = previous if all(ledger.entities[e].kind == "organisation" for e in named_here) else []
    return list(dict.fromkeys(named_here + kept))
