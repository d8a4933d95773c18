"""Clauses that point back to the clause before: "…, Armenia accepts it" (an object that points back), "…:
Poland and Turkey stand by it" (an actor), "only Azerbaijan does" (a clause of names). Each is read as the
clause before retold with this clause's words in their places (a verb left out: reading.gapped)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.clause import Clause
from factcheck.reading.colons import WHO_ASKS
from factcheck.reading.grammar import SET_ASIDE_LEAD
from factcheck.reading.mutual import mutual
from factcheck.reading.names import Mention
from factcheck.reading.negation import CLAUSE_OPENERS
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.text import NEG, tokens

# reading.reader's read() and its Reading, passed in: this module sits below the reader that calls it
Reading = Any
Reader = Callable[[Vocabulary, str, "FuzzyDate | None", "str | None"], "list[Reading]"]  # text, date, event


def placed(reading: Reading, text: str, start: int, end: int) -> Reading:
    """A reading of words retold from the text, placed back on the text's own words: its span and its cue
    (the retold words' offsets say nothing of the text) are the clause's."""
    words = text[start:end]
    reading.start, reading.end = start, end
    reading.cue = (start + len(words) - len(words.lstrip()), start + len(words.rstrip(" \t\n,;:.!?")))
    return reading


# "X rejects the annexation, Y accepts it": a short clause whose object points back (then maybe "since 2014")
OBJECT_BACK = re.compile(r"^[^,;]{1,60}?\s(it|them)(?:\s+(?:(?:ever\s+)?since|in|from|until|for)\s[^,;]{1,30}?|"
                         r"\s+(?:too|as well|again|still|outright|\w+ly))?\s*[.!;]?\s*$", re.IGNORECASE)


# the preposition before "it" in "glued to it", and the one opening the object it stands for ("from Moscow")
_PREPOSITION = r"(?:to|from|with|on|in|for|against|of|at|by)"
_PREPOSITION_END = re.compile(rf"\b{_PREPOSITION}\s+$", re.IGNORECASE)
_PREPOSITION_START = re.compile(rf"^(?:away\s+)?{_PREPOSITION}\s+", re.IGNORECASE)
_OWNER = re.compile(r"(?:'s?|’s?)$")


def object_back(vocabulary: Vocabulary, text: str, clause: Clause, last: list[Reading],
                document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """ "Kazakhstan rejects the annexation of Crimea, Armenia accepts it": this clause read with "it" as the
    words that followed the verb before, on the topics of the clause before."""
    pointer = OBJECT_BACK.search(text[clause.start:clause.end])
    if pointer is None:
        return []
    found = []
    for topic in dict.fromkeys(r.topic for r in last):
        before = next(r for r in last if r.topic == topic)
        # the words after the verb before; a clause read by a name alone ("treat the DNR as states") has no
        # verb in its cue: the object is the name on
        verb = re.match(r"\S+\s+", text[before.cue[0]:before.cue[1]])
        if verb is None and before.why.get("answer") != "named":
            continue
        after_preposition = _PREPOSITION_END.search(text, clause.start, clause.start + pointer.start(1))
        # (a phrase opening on its owner, "Moscow's main ally", has no verb: a later "from it" is the owner)
        owner = verb.group().strip() if verb is not None and _actor_only(vocabulary, verb.group()) else None
        if owner and not after_preposition:
            continue  # "Moscow's main ally is Yerevan, …": no verb opens the phrase, and no object follows one
        skip = verb.end() if verb is not None and before.why.get("answer") != "named" else 0
        said = words_before(text, before.cue[0] + skip, before.end, " ,;")
        said = re.split(r"\s*[,;:]", said, maxsplit=1)[0]  # the object ends at the first comma: "…, Y too"
        if owner:
            said = _OWNER.sub("", owner)  # "Moscow's main ally is Yerevan; Kazakhstan pulls away from it": from Moscow
        elif after_preposition:
            said = _PREPOSITION_START.sub("", said)  # "drifting from Moscow …, glued to it": "to Moscow"
        retold = text[clause.start:clause.start + pointer.start(1)] + said + \
            text[clause.start + pointer.end(1):clause.end]
        for reading in reread(vocabulary, retold, document_date, event_of(vocabulary, before)):
            if reading.topic == topic and reading.subject != before.subject:
                placed(reading, text, clause.start, clause.end)
                reading.why["answer"] = f"{reading.why.get('answer', '')} ({pointer.group(1)}: {said})"
                found.append(reading)
    return found


# the pronoun that closes a clause, before the conjunction that ends it ("… stand by it, while …")
CLOSING_PRONOUN = re.compile(r"\s(it|them)\s*[.!;,]?\s*(?:(?:while|but|whereas|yet|and)\s*)?$", re.IGNORECASE)


# words that join another clause (as stems): a negation before one is not of the verb after it
_JOINING = CLAUSE_OPENERS | {"as", "when", "and", "but", "if", "where"}


def actor_back(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
               document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """ "Ukraine's friends: Poland and Turkey stand by it": a clause whose closing "it" is the actor named before
    it, read with that actor in its place, on a topic that asks about that actor."""
    pointer = CLOSING_PRONOUN.search(text[clause.start:clause.end])
    # (and an owner's "its" inside the clause: "only Belarus remains at its side", the side of the one named before)
    owner = None if pointer else _OWNER_PRONOUN.search(text, clause.start, clause.end)
    if pointer is None and owner is None:
        return []  # (the common case, asked of every clause that read nothing: decided before anything is built)
    lead = SET_ASIDE_LEAD.match(text)  # (not one named in what is set aside: "Instead of sanctioning Russia, …")
    earlier = [m for m in mentions if m.end <= clause.start and m.entity in vocabulary.objects
               and not (lead and m.start < lead.end())]
    start = clause.start
    if not earlier and owner is not None:
        # (an owner's "its" may stand for one named earlier in its own clause, not the last named before it, its
        # subject: "Moscow watches as X drifts out of its orbit", read from that subject on)
        inside = [m for m in mentions if clause.start <= m.start and m.end <= owner.start(1)]
        earlier = [m for m in inside[:-1] if m.entity in vocabulary.objects]
        # (but from the clause's start where a negation stands before that subject: "Russia can no longer count
        # Armenia among its allies")
        # (a negation of that verb: "can do nothing as Yerevan drifts out of its orbit" denies no drifting)
        lead_words = [t.norm for t in tokens(text[clause.start:inside[-1].start])] if inside else []
        negated = NEG in lead_words and not _JOINING & set(lead_words[lead_words.index(NEG):])
        start = inside[-1].start if earlier and not negated else start
    if not earlier:
        return []
    found: list[Reading] = []
    # the last one named before, else the one the sentence opens on ("Moscow hears only rebukes from X, though …")
    opening = earlier[0] if earlier[0] is mentions[0] and earlier[0].entity != earlier[-1].entity else None
    for named in [m for m in (earlier[-1], opening) if m is not None]:
        if pointer is not None:
            retold, said = text[clause.start:clause.start + pointer.start(1)] + named.text, pointer.group(1)
        else:
            assert owner is not None
            retold = text[start:owner.start(1)] + named.text + "'s" + text[owner.end(1):clause.end]
            said = owner.group(1)
        found = [r for r in reread(vocabulary, retold, document_date, None)
                 if vocabulary.ledger.topics[r.topic].object == named.entity and r.subject != named.entity]
        if found:
            break
    for reading in found:
        placed(reading, text, clause.start, clause.end)
        reading.why["answer"] = f"{reading.why.get('answer', '')} ({said}: {named.text})"
    return found


def named_back(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
               document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """A clause that read nothing, read with what it points back to (the actor its pronoun stands for, the
    headline's subject), else as the relation its pair of subjects shares ("X and Moscow are at odds")."""
    back = actor_back(vocabulary, text, clause, mentions, document_date, reread) or \
        headed(vocabulary, text, clause, document_date, reread)
    return back or [placed(r, text, clause.start, clause.end)
                    for r in mutual(vocabulary, text, clause, mentions, document_date, reread)]


def headed(vocabulary: Vocabulary, text: str, clause: Clause, document_date: FuzzyDate | None,
           reread: Reader) -> list[Reading]:
    """ "Crimea: rejected as Russian by Ankara and Astana": a clause after a headline's short subject and its
    colon, read with that subject before it."""
    head = _HEADLINE.match(text)
    if head is None or clause.start < head.end() or _A_VERB.search(head.group(1)):
        return []
    body = text[clause.start:clause.end]
    # (a participle after it is passive: "Crimea: rejected by Ankara" is "Crimea was rejected by Ankara")
    passive = " was " if re.match(r"\s*[a-z]+(?:ed|en)\b", body, re.IGNORECASE) else " "
    found = reread(vocabulary, head.group(1) + passive + body.strip(), document_date, None)
    return [placed(r, text, clause.start, clause.end) for r in found]


# a headline's subject: a few words, no verb of its own ("Baku is not neutral: …" is a clause), then a colon
_A_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|will|would|can|could|not|never)\b|"
                     r"\b[a-z]+ed\b", re.IGNORECASE)
_HEADLINE = re.compile(r"^\s*((?:the\s+)?[\w'’-]+(?:\s+(?:(?:and|&)\s+)?[\w'’-]+){0,4}?):\s+", re.IGNORECASE)


# "at its side", "out of its orbit": an owner's pronoun after the clause's first words, before its noun
_OWNER_PRONOUN = re.compile(r"(?<=\s)(its|their)\s+(?!own\b)[a-z]", re.IGNORECASE)


# "…, yet Kazakhstan has refused to join them": an object pronoun (after a verb or preposition) for a thing named
_OBJECT_PRONOUN = re.compile(r"(?<![\w'’])(?!(?:that|and|but|yet|so|because|if|while|when|whether|than|as|says?|"
                             r"said)\s)[a-z]+\s+(it|them)\b"
                             r"(?=\s*(?:[.,;:!]|$|\s(?:as|to|on|in|for|at|with|from|since)\b))", re.IGNORECASE)


def pointed_object(vocabulary: Vocabulary, text: str, clause: Clause, found: list[Reading],
                   document_date: FuzzyDate | None, event: str | None, reread: Reader) -> list[Reading]:
    """The clause read with its object pronoun as the last word before it that names a topic ("No state is
    under heavier embargoes than Russia, yet Kazakhstan has refused to join them": them, the embargoes),
    when that gives a claim on the topic the word names; else what the clause gave as it stands."""
    body = text[clause.start:clause.end]
    pointer = _OBJECT_PRONOUN.search(body)
    if pointer is None:
        return found
    own = vocabulary.named(vocabulary.text_stems(body))
    if any(r.topic in own or vocabulary.ledger.topics[r.topic].fixed for r in found):
        return found  # the clause names what it speaks of ("has sanctioned it"), or "it" is the event read
    # (not into what was set aside: "Instead of sanctioning Russia, Georgia traded with it")
    lead = SET_ASIDE_LEAD.match(text)
    word = _antecedent(vocabulary, text[lead.end() if lead else 0:clause.start],
                       plural=pointer.group(1).casefold() == "them")
    if word is None:
        return found
    named = vocabulary.named(vocabulary.text_stems(word))
    retold = body[:pointer.start(1)] + word + body[pointer.end(1):]
    again = [r for r in reread(vocabulary, retold, document_date, event)
             if r.topic in named and r.topic not in {f.topic for f in found}]
    for reading in again:
        placed(reading, text, clause.start, clause.end)
        reading.why["answer"] = f"{reading.why.get('answer', '')} ({pointer.group(1)}: {word})"
    return again or found


def _antecedent(vocabulary: Vocabulary, before: str, plural: bool) -> str | None:
    """The last word of the text, not an actor's name, that alone names a topic and agrees in number."""
    mentions = vocabulary.spotter.mentions(before)
    for token in reversed(tokens(before)):
        if any(m.start <= token.start < m.end for m in mentions) or token.text.casefold().endswith("s") != plural:
            continue
        if vocabulary.named(vocabulary.canon([token.norm])):
            return token.text
    return None


# "No other state borders both Iran and Russia; only Azerbaijan does": the one of whom the clause before says it
_ONLY = re.compile(r"^[\s,;:—–-]*(?:but\s+|and\s+)?only\s+(?P<who>[^,;]{1,40}?)\s+"
                   r"(?:does|do|did|has|have|had|is|are|was|were|can)\s*[.!;]?\s*$", re.IGNORECASE)
_NO_OTHER = re.compile(r"^\s*(?:no(?:\s+other)?|not\s+one|none)\s+(?:[a-z-]+\s+){0,3}?(?:state|country|nation|"
                       r"government|capital|one|neighbou?r|member)s?(?:\s+(?:else|other))?\s+", re.IGNORECASE)


def said_of_named(vocabulary: Vocabulary, text: str, clause: Clause, before: Clause, document_date: FuzzyDate | None,
                  reread: Reader) -> list[Reading]:
    """A clause that names only actors, read as the answer to the one before: "No other state borders both;
    only Azerbaijan does"; "the war has shown who stands with Kyiv: Warsaw, Ankara and Baku"."""
    return only_one(vocabulary, text, clause, before, document_date, reread) or \
        _who_listed(vocabulary, text, clause, before, document_date, reread)


# "… who stands with Kyiv:": the question a list after the colon answers
_WHO_COLON = re.compile(WHO_ASKS + r"\s*$", re.IGNORECASE)
_IT = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)
# what a list of actors may hold besides them: joins, adverbs ("predictably", "(more surprisingly)")
_LIST_WORDS = re.compile(r"\b(?:and|or|also|too|more|most|even|then|of course|[a-z]+ly)\b|[\s,.;!()—–-]+",
                         re.IGNORECASE)


def _who_listed(vocabulary: Vocabulary, text: str, clause: Clause, before: Clause,
                document_date: FuzzyDate | None, reread: Reader) -> list[Reading]:
    """ "The war has shown who stands with Kyiv: Warsaw, Ankara and Baku": what the "who" asks, said of each
    actor the clause lists."""
    who = _WHO_COLON.search(text, before.start, before.end)
    if who is None:
        return []
    mentions = vocabulary.spotter.mentions(text)
    named = [m for m in mentions if clause.start <= m.start < clause.end]
    if not named:
        return []
    rest = text[clause.start:clause.end]
    for mention in reversed(named):
        rest = rest[:mention.start - clause.start] + rest[mention.end - clause.start:]
    if _LIST_WORDS.sub("", rest):
        return []
    said = who.group("said")
    # ("shown Kyiv who will stand beside it": the pronoun stands for the one named before "who")
    earlier = [m for m in mentions if before.start <= m.start < who.start()]
    if earlier:
        said = _IT.sub(earlier[-1].text, said)
    found = []
    for mention in named:
        for reading in reread(vocabulary, f"{mention.text} {said}", document_date, None):
            found.append(placed(reading, text, clause.start, clause.end))
    return found


def only_one(vocabulary: Vocabulary, text: str, clause: Clause, before: Clause, document_date: FuzzyDate | None,
             reread: Reader) -> list[Reading]:
    """ "No other state borders both Iran and Russia; only Azerbaijan does": the clause before, said of the
    one this clause names."""
    only = _ONLY.match(text[clause.start:clause.end])
    denied = _NO_OTHER.match(text[before.start:before.end])
    if only is None or denied is None:
        return []
    retold = only.group("who") + " " + text[before.start + denied.end():before.end].rstrip(" ;,.")
    found = reread(vocabulary, retold, document_date, None)
    for reading in found:
        placed(reading, text, before.start, clause.end)
        reading.why["subject"] = f"only {only.group('who')} (what no other one does: {retold})"
    return found


def _actor_only(vocabulary: Vocabulary, words: str) -> bool:
    """Whether the words name one actor and nothing else ("Moscow's", "moscows")."""
    stems = vocabulary.text_stems(words)
    return len(stems) == 1 and stems[0].startswith("@")


def words_before(text: str, start: int, end: int, strip: str) -> str:
    """Words of the clause before, without the punctuation and conjunctions that join it to this one."""
    return re.sub(r"(?:,?\s+(?:and|while|but|whereas))+$", "", text[start:end].rstrip(strip), flags=re.IGNORECASE)


def event_of(vocabulary: Vocabulary, before: Reading) -> str | None:
    """The specific event the clause before spoke of, for a clause retold from it."""
    return before.topic if vocabulary.ledger.topics[before.topic].fixed else None
