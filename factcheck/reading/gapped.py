"""Clauses that leave their verb to the one before: "Belarus sides with Moscow, Poland with Kyiv", "X voted
no and Y yes", "ES-11/1: Turkey yes, Kazakhstan abstained"."""
from __future__ import annotations

import re

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.clause import Clause
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.pointing import Reader, Reading, event_of, placed, words_before

# "Belarus sides with Moscow, Poland with Kyiv": the verb of the clause before, left out
# an actor in one or two words, and a list of them ("Russia and Belarus", "China, India and Brazil")
_HOW = r"(?:always|consistently|invariably|routinely|reliably|usually|mostly)"
# words that are a verb of the clause, never an actor of a list ("Kazakhstan said yes", "Russia, predictably, voted")
_VERB_WORDS = r"says?|said|voted?|votes"
# (a second word that is a verb makes a clause of its own: "Kazakhstan said yes")
_ONE = r"(?!and\b)[^\s,;]+(?:\s+(?!(?:and|yes|no|abstained|" + _VERB_WORDS + "|" + _HOW + r")\b)[^\s,;]+)?"
_LISTED = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|n)\s+|\s*[&+]\s*)"
LIST_JOIN = re.compile(_LISTED, re.IGNORECASE)  # what stands between two actors of one list
# (one listed after the first: a word, and a second only with a capital, "the Baltic States", never "Brussels ought")
# (never an adverb or a verb set off by commas: "Russia, predictably, voted no" is no list)
_NEXT = r"(?!and\b|(?-i:[a-z]\w+ly)\b|(?:" + _VERB_WORDS + r")\b)\w[^\s,;]*(?:\s+(?-i:[A-Z])[^\s,;]*)?"
GAPPED = re.compile(r"^\s*(?:and\s+|while\s+|but\s+)?(?P<who>" + _ONE + r"(?:" + _LISTED + _NEXT + r")*)\s+"
                     r"(?P<how>with|to|for|against|on|from|behind)\s+(?P<whom>[^,;]+?)\s*[.!;]?\s*$", re.IGNORECASE)


# "…, Azerbaijan yes": an actor and the one word that answers
# (and "…, Belarus no on every single one": the same series)
ANSWERED = re.compile(r"^\s*(?:and\s+|while\s+|but\s+)?(?P<who>" + _ONE + r"(?:" + _LISTED + _NEXT + r")*)\s+"
                      # ("…, Russia and Syria a no", "…, Turkey says no")
                      r"(?:(?P<how>" + _HOW + r")\s+)?(?:(?:say|says|said)\s+)?(?:an?\s+)?"
                      r"(?P<what>yes|no|against|abstained|for|in favou?r)"
                      r"(?:\s+(?:on|to|in)\s+(?:every|each|all)\b[^,;]*)?"
                      r"\s*(?:[.!;]|,(?:\s*and)?)?\s*$", re.IGNORECASE)  # (", and" before the next)
_OWNED = re.compile(r"\w['’]s?\s+\w", re.IGNORECASE)
_ANSWER_WORD = re.compile(r"\b(?:yes|no|for|against|abstained|in favou?r)\b", re.IGNORECASE)


def yes_or_no(answered: re.Match[str] | None) -> bool:
    """Whether a clause ANSWERED matched gives its actor a bare "yes" or "no" ("…, and Y no"): an answer of its
    own in the place of the clause before's, never a negation to carry over."""
    return answered is not None and answered.group("what").casefold() in ("yes", "no")


def one_word_answers(vocabulary: Vocabulary, text: str, clause: Clause, last: list[Reading], found: list[Reading],
                     event: str | None, document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """A clause's readings, with a clause that leaves its verb to the one before read in its place (before any
    reading of its own where its one word is a bare "yes" or "no": "X voted yes and Y no"), and, where nothing was
    read, an actor and its one word on the event the sentence names ("ES-11/1: Turkey yes, Kazakhstan abstained")."""
    one_word = ANSWERED.match(text[clause.start:clause.end])
    if last and (not found or yes_or_no(one_word)):
        found = gapped(vocabulary, text, clause, last, document_date, reread) or found
    if not found and one_word and (event or one_word.group("how")):
        # (and with no event, a habit: "the pattern is stark: Minsk always against, Tbilisi always in favour")
        how = one_word.group("how")
        retold = " ".join(w for w in (one_word.group("who"), how, "voted", one_word.group("what")) if w)
        found = [placed(r, text, clause.start, clause.end)
                 for r in reread(vocabulary, retold, document_date, None if how else event)]
    return found


def gapped(vocabulary: Vocabulary, text: str, clause: Clause, last: list[Reading],
           document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """ "Belarus sides with Moscow, Poland with Kyiv": the clause before, retold with this clause's actors in
    the places of its own (the one acting, and the one after the same preposition)."""
    gap = GAPPED.match(text[clause.start:clause.end])
    if gap is not None and _OWNED.search(gap.group("who")):
        gap = None  # ("… and Kyiv's right to get them back": a thing an actor owns is no actor in a verb's place)
    before = last[0]
    said = words_before(text, before.start, before.end, " ,;.")
    answered = ANSWERED.match(text[clause.start:clause.end])
    if gap is None and answered is not None:
        # "Armenia voted no and Azerbaijan yes": the verb before, with this clause's last word
        subject = _listed_subject(vocabulary, said, before.subject)
        last_word = re.search(r"\S+$", said)
        if subject is None or last_word is None or subject >= last_word.start():
            return []
        # (the answer word of the clause before is replaced where it stands: "X has voted yes on every one …")
        word = _ANSWER_WORD.search(said, subject)
        who, what = answered.group("who"), answered.group("what")
        if word is not None:
            retold = who + said[subject:word.start()] + what + said[word.end():]
        elif yes_or_no(answered) and " " in said[subject:].strip():
            # "Russia recognises the two republics, Turkey says no": the clause before, denied or said again
            retold = who + (" not" if what.casefold() == "no" else "") + said[subject:]
        else:
            retold = who + said[subject:last_word.start()] + what
        found = reread(vocabulary, retold, document_date, event_of(vocabulary, before))
        return _as_before(vocabulary, found, before, clause, retold, text)
    place = re.search(rf"\b{gap.group('how')}\s+(\S+(?:\s+\S+)?)\s*$", said, re.IGNORECASE) if gap else None
    subject = _listed_subject(vocabulary, said, before.subject)
    if gap is not None and place is None and subject is not None:
        # "X has voted on none of them, Y for every one": the verb before, with this clause's own preposition
        other = list(_LAST_PREPOSITION.finditer(said, subject))
        if other:
            retold = gap.group("who") + said[subject:other[-1].start()] + " " + gap.group("how") + " " + \
                gap.group("whom")
            found = reread(vocabulary, retold, document_date, event_of(vocabulary, before))
            return _as_before(vocabulary, found, before, clause, retold, text)
    if gap is None or place is None or subject is None or subject >= place.start():
        return []
    retold = gap.group("who") + said[subject:place.start(1)] + gap.group("whom")
    found = reread(vocabulary, retold, document_date, event_of(vocabulary, before))
    return _as_before(vocabulary, found, before, clause, retold, text)


def _listed_subject(vocabulary: Vocabulary, said: str, subject: str) -> int | None:
    """Where the subject of the clause before is named (else the first actor) ends, with any listed after it
    ("… passed with China, India and Brazil voting …"); None if no actor is named."""
    mentions = vocabulary.spotter.mentions(said)
    entities = vocabulary.ledger.entities
    first = next((n for n, m in enumerate(mentions) if subject in (m.entity, entities[m.entity].country)), 0)
    mentions = mentions[first:]
    if not mentions:
        return None
    end = mentions[0].end
    for mention in mentions[1:]:
        # (or only a space between, as typed in haste: "china india n brazil")
        if not LIST_JOIN.fullmatch(said, end, mention.start) and said[end:mention.start].strip():
            break
        end = mention.end
    return end


_LAST_PREPOSITION = re.compile(r"\s(?:with|to|for|against|on|from|behind|in)\s", re.IGNORECASE)


def _as_before(vocabulary: Vocabulary, found: list[Reading], before: Reading, clause: Clause,
               retold: str, text: str) -> list[Reading]:
    """Readings of a clause retold from the one before: on the event the clause before named, when they give
    one of its answers ("On the 2014 Crimea resolution Armenia voted no and Azerbaijan yes")."""
    event = vocabulary.ledger.topics[before.topic]
    for reading in found:
        if reading.topic != event.id and event.fixed and reading.answer in event.answer_ids():
            reading.topic = event.id
        if reading.topic == event.id and reading.as_of is None:
            reading.as_of = before.as_of  # the date of the clause before holds for its retelling
        placed(reading, text, clause.start, clause.end)
        reading.why["answer"] = f"{reading.why.get('answer', '')} (the verb before: {retold})"
    return found
