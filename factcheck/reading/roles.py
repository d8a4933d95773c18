"""Who a claim is about and what it answers: the answer a phrase gives, numbers, and the subject among the
actors a clause names (lists, passives, prepositions, pronouns, groups)."""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck.ledger.model import Ledger, Topic
from factcheck.reading.grammar import RELATIVE_CLAUSE, Clause, coordinated, date_in
from factcheck.reading.names import Mention
from factcheck.reading.negation import negate
from factcheck.reading.phrases import Match, Vocabulary
from factcheck.reading.tallies import tally_in

_EXCEPTED_GAP = re.compile(r"\s*,\s*not\s+", re.IGNORECASE)
# "… is Azerbaijan, not Georgia": the one after ", not" is set aside even when the one before is the answer
_DESCRIBED = re.compile(r"\b(?:resolution|text|motion|draft|measure)\s+(?:\w+ing|on|about|against|that|to)\b"
                        r"(?:\s+[\w'-]+){0,10}\s+$", re.IGNORECASE)
_AGENT_FROM = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)  # "drew a no from X": X is who voted
_TOO = re.compile(r"\s+(?:too|as well)\b", re.IGNORECASE)
_AND_ALSO = re.compile(r",\s*(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
_SET_ASIDE = re.compile(r"\w\s*,\s*not\s+$", re.IGNORECASE)
_NOT_LIST = re.compile(r"\bnot\s+[^,;]{1,40},\s*not\s+$", re.IGNORECASE)


def answer_of(topic: Topic, match: Match | None, negated: bool, mentions: list[Mention], phrase_start: int,
            phrase_end: int, ledger: Ledger, body: str) -> tuple[str | None, str | None, str]:
    """The answer the clause gives, the answer it denies (if negated), and the words that said so."""
    if topic.value_type == "entity":
        named = [m for m in mentions if ledger.entities[m.entity].kind in ("country", "organisation")
                 and m.entity != topic.object]
        # "X is weaning Europe off Russian gas": an actor the phrase takes as its object, else one after
        # it, is the answer ("Europe is turning to Azerbaijan for gas": one after a preposition is not)
        inside = [m for m in named if phrase_start < m.start < phrase_end and not governed(body, m.start)]
        # "Baku has become Brussels' go-to gas supplier": whose supplier it is; but where the topic asks of "its"
        # noun ("which country is its closest ally?"), the owner is the subject: "Ukraine's closest ally is X"
        owner = [m for m in named if m.end <= phrase_start and _OWNER.match(body, m.end)
                 and len(body[m.end:phrase_start].split()) <= 2] if not asks_of_its(topic) else []
        after = inside or owner or [m for m in named if m.start >= phrase_end] or named
        if not after:
            return None, None, ""
        return after[0].entity, None, after[0].text
    if topic.value_type == "number":
        return _number_near(body, phrase_start, phrase_end, topic)
    if topic.value_type == "tally":
        tally = tally_in(body)
        return (tally[0], None, tally[1]) if tally else (None, None, "")
    if topic.value_type == "date":
        date, words = date_in(body, None)
        return (date.iso(), None, words) if date is not None and date.precision == "day" else (None, None, "")
    if topic.kind == "framing":
        # a framing is read only where a phrase of one of its answers says it, and never denied: denying
        # one reading of events asserts no other
        if match is None or match.cue.answer is None or negated:
            return None, None, ""
        return match.cue.answer, None, " ".join(match.cue.stems)
    if topic.kind != "stance" and not topic.values:
        return None, None, ""
    answer = match.cue.answer if match else None
    said = " ".join(match.cue.stems) if match else "named"
    if answer is None:
        if {str(v) for v in topic.values} == {"yes", "no"}:
            answer = "yes"
        else:
            return None, None, ""
    if not negated:
        return answer, None, said
    return negate(topic, answer), answer, "negated: " + said


_WORD_NUMBERS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "two hundred": 200, "a": 1, "half a": 0.5}
# a number in figures, or in words when a scale follows ("fifteen million")
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT = "(?:" + "|".join(_DIGITS) + ")"
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*(thousand|million|billion|bn|mn|m|k)?\b|\b(" +
                     rf"{_DIGIT} point {_DIGIT}(?: {_DIGIT})*|" +  # "eight point two billion"
                     "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) +
                     r")\s+(thousand|million|billion)\b", re.IGNORECASE)
_SYMBOL = re.compile(r"/\d")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}


def _amount(match: re.Match[str], topic: Topic) -> str:
    """An amount as the ledger writes it, scaled by "million" or "billion" unless the topic's unit says so."""
    figures, scale_after_figures, words, scale_after_words = match.groups()
    if figures:
        number = float(figures.replace(",", ""))
    elif " point " in words.casefold():
        whole, decimals = words.casefold().split(" point ")
        number = float(f"{_DIGITS.index(whole)}." + "".join(str(_DIGITS.index(d)) for d in decimals.split()))
    else:
        number = float(_WORD_NUMBERS[words.casefold()])
    scale = (scale_after_figures or scale_after_words or "").casefold()
    if scale and not re.search(rf"\b{scale}", topic.unit.casefold()):
        number *= _SCALE[scale]
    return repr(int(number)) if number.is_integer() else repr(number)


def _amounts(body: str, unit: str = "") -> list[re.Match[str]]:
    # a year, or a number that is part of a symbol ("77/284", "ES-11/1"), is no amount
    found = [m for m in _AMOUNT.finditer(body) if not (m.group(1) and (re.fullmatch(r"(?:19|20)\d\d", m.group(1))
                                                                         or _in_symbol(body, m)))]
    return found or (list(_counted(unit).finditer(body)) if unit.strip() else [])


def _in_symbol(body: str, match: re.Match[str]) -> bool:
    return bool(_SYMBOL.match(body, match.end())) or (match.start() > 0 and body[match.start() - 1] in "/-")


@lru_cache(maxsize=64)
def _counted(unit: str) -> re.Pattern[str]:
    """A number in words before the topic's unit ("six resolutions", "a hundred tonnes")."""
    noun = re.escape(unit.split()[0].rstrip("s"))
    return re.compile(r"(\d+)?()?\b(" + "|".join(w for w in sorted(_WORD_NUMBERS, key=len, reverse=True)
                                            if w not in ("a", "half a")) +
                      rf")()(?=\s+(?:[a-z-]+\s+)?{noun})", re.IGNORECASE)


def amounts_by_actor(body: str, mentions: list[Mention], topic: Topic) -> list[tuple[Mention, str, str]]:
    """ "X gave fifteen million, Y a mere 315,000": each actor with the first amount after it (before the next
    actor), when at least two actors each have one; else nothing."""
    actors = [m for m in mentions if m.entity != topic.object]
    amounts = _amounts(body)
    # "€15 million for Ukraine plus 170 tonnes for refugees": only amounts in the topic's unit count
    amounts = [a for a in amounts if _in_unit(body, a, topic.unit)] or amounts
    pairs = []
    for n, actor in enumerate(actors):
        limit = actors[n + 1].start if n + 1 < len(actors) else len(body)
        own = [a for a in amounts if actor.end <= a.start() < limit]
        if own:
            pairs.append((actor, _amount(own[0], topic), own[0].group()))
    return pairs if len({p[0].entity for p in pairs}) >= 2 else []


def _in_unit(body: str, amount: re.Match[str], unit: str) -> bool:
    """Whether the amount is written in the unit ("170 tonnes", "29t", "€15m", "EUR 315k")."""
    if not unit.strip():
        return False
    if unit.casefold() in ("eur", "euros", "euro"):
        return bool(re.search(r"(?:€|\beur\b|\beuros?\b)\s*$", body[max(0, amount.start() - 5):amount.start()],
                              re.IGNORECASE) or re.match(r"\s*(?:€|eur\b|euros?\b)", body[amount.end():],
                                                         re.IGNORECASE))
    noun = re.escape(unit.split()[-1].rstrip("s")[:5])
    return bool(re.match(rf"\s*(?:[a-z-]+\s+){{0,2}}?{noun}|\s*t\b", body[amount.end():], re.IGNORECASE))


def _number_near(body: str, start: int, end: int, topic: Topic) -> tuple[str | None, str | None, str]:
    """The amount in (else nearest) the topic's words."""
    found = _amounts(body, topic.unit)
    if not found:
        return None, None, ""
    match = min(found, key=lambda m: 0 if start <= m.start() < end else min(abs(m.start() - start),
                                                                               abs(m.start() - end)))
    return _amount(match, topic), None, match.group()


def subjects_of(vocabulary: Vocabulary, topic: Topic, mentions: list[Mention], phrase_start: int, answer: str,
              speaker: str, previous: list[str], clause: Clause, body: str,
              phrase_end: int = 0) -> tuple[list[str], dict[str, str]]:
    """Who the claim is about: the actors named before the phrase (a list of them, if coordinated),
    else those after it; never the topic's other party; a pronoun takes the speaker or the last subject."""
    ledger = vocabulary.ledger
    offset = clause.contrast_end - clause.start if clause.contrast_end else 0
    others = ({topic.object, answer} if topic.value_type == "entity" else {topic.object}) \
        | vocabulary.venues.get(topic.id, frozenset())
    if offset and phrase_start < offset:
        # "Unlike X, which shut …, Y …": a phrase within the contrast speaks of the one contrasted
        mentions = [m for m in mentions if m.start < offset]
        offset = 0
    # "Zelensky's Ukraine": a person or body of the other party stands for it, never for the subject
    candidates = [m for m in mentions if m.entity not in others and m.start >= offset
                  and not (topic.object and country_of(ledger, m.entity) == topic.object)
                  and not any(_EXCEPTED_GAP.fullmatch(body, o.end, m.start)
                              and not coordinated(body[o.end:m.start], body[:o.start])
                              for o in mentions)  # "X, not Y, has": Y is set aside ("not X, not Y" lists them)
                  and not (_SET_ASIDE.search(body, 0, m.start) and not _NOT_LIST.search(body, 0, m.start))]
    # "the resolution ejecting Russia from the Council won Georgia's vote": an actor in what a text is about is
    # part of its name, not the one who voted (when another is named)
    described = [m for m in candidates if m.start < phrase_start
                 and _DESCRIBED.search(body, 0, m.start) and not _AGENT_FROM.search(body, 0, m.start)]
    if described and len(described) < len(candidates) and topic.fixed:
        candidates = [m for m in candidates if m not in described]
    # "…, Tbilisi, whose leaders have gone out of their way …": a relative clause speaks of the one just before it
    antecedent = _antecedent(candidates, body, phrase_start)
    if antecedent is not None:
        entity = antecedent.entity if topic.id in vocabulary.person_topics else country_of(ledger, antecedent.entity)
        if entity not in others:
            return [entity], {entity: antecedent.text}
    # the passive: "is ruled over by X", "are recognised by X and Y": the agent acts
    agents = [m for m in candidates if m.start >= phrase_start and _AGENT.search(body[phrase_start:m.start])]
    if agents:
        candidates = [m for m in candidates if m.start >= agents[0].start]
        phrase_start = agents[0].start
    # "X, like Y, has …": Y says the same, but X is the one the sentence is about
    alike = [m for m in candidates if _LIKE.search(body[:m.start])]
    for n, mention in enumerate(candidates):  # "like Turkey and Kazakhstan": the whole list
        if n and candidates[n - 1] in alike and mention not in alike and \
                _AND.match(body[candidates[n - 1].end:mention.start]):
            alike.append(mention)
    before = [m for m in candidates if m.start < phrase_start and m not in alike]
    # "Russia's assault, the biggest war since Iran and Iraq fought, has drawn …": an apposition describes the
    # actor before it; the actors it names are not the subject
    aside = [a.span() for a in _APPOSITION.finditer(body, 0, phrase_start) if any(m.end <= a.start() for m in before)]
    before = [m for m in before if not any(a <= m.start < b for a, b in aside)] or before
    # an actor after a preposition ("talks with Armenia"), or whose possessive opens the phrase
    # ("Freedonia's only ally"), is not the one acting, if another is named
    governed = _governed(candidates, body)
    plain = [m for m in before if m.start not in governed]
    # a possessive further back modifies a noun ("Moscow's proxy statelets") when an actor comes before it
    # ("Moscow's proxy statelets"), but "Georgia's people are …" speaks of Georgia's own people
    # but when the topic's other party is fixed and named elsewhere, the owner of the phrase is the one who acts
    # ("Azerbaijan's humanitarian shipments to Ukraine", the shipments to Ukraine being Azerbaijan's)
    acting = [m for m in plain if not (_POSSESSIVE_AFTER.match(body, m.end) and not _POSSESSED_SUBJECT.match(
        body, m.end) and (len(body[m.end:phrase_start].split()) <= 4 or any(p.start < m.start for p in plain))
        and not _owner_acts(topic, m, mentions, body, ledger))]
    after = [m for m in candidates if m.start >= phrase_start and m.start not in governed]
    if not acting and not after:
        acting = plain  # "Not once has Baku's delegation shown up": a possessive is all there is
    if agents:
        after = [m for m in candidates if m.start >= agents[0].start]
    them = _ALL_OF_THEM.match(body)
    if them and not acting and previous:
        # "X, Y and Z: none of them has …": every one named before
        return list(previous), {one: them.group().strip() + " (named before)" for one in previous}
    if _GERUND_START.match(body) and not acting and previous:
        # "…, while standing by Ukraine": the clause before's subjects go on acting
        return list(previous), {}
    if (_PRONOUN_START.match(body) and not _CLEFT.match(body) or _VERB_START.match(body)) and not acting and \
            (speaker or previous):
        # "it has skipped every vote": the pronoun stands for the one named before ("his country": his),
        # never for the place a vote was held ("when the Assembly voted …, its seat was empty")
        one = speaker if speaker else next((p for p in previous if p not in others), "")
        if one:
            return [one if topic.id in vocabulary.person_topics else country_of(ledger, one)], {}
    # (but an actor inside a stance's phrase is the one it moves: "the war has drawn X closer to the West")
    if not any(m.start < phrase_start for m in mentions) and not agents and \
            _OWN_SUBJECT.match(body[:phrase_start]) and not _COUNTED_PHRASE.match(body[:phrase_start]) and \
            not _COPULA.match(body, phrase_start) and \
            not (topic.kind == "stance" and any(phrase_start < m.start < phrase_end for m in candidates)):
        # "the General Assembly voted to throw Russia off the Council": the clause has a subject of its own
        # that is no actor, so an actor after the verb is its object
        after = []
        candidates = []
    if not acting and after:
        before = []  # "fighting for Ukraine is the Legion": only objects of prepositions before the phrase
    # "public opinion in X has long been wary of Y": when every actor stands after a preposition, the place
    places = [m for m in before if _PLACE.search(body[:m.start])]
    before = acting or places or before
    group = coordinated_tail(before, body) if before and not agents else []
    if not group:
        after = after or [m for m in candidates if m.start >= phrase_start]
        group = coordinated_head(after, body) if after else []
    if not group and speaker:
        return [speaker if topic.id in vocabulary.person_topics else country_of(ledger, speaker)], {}
    if not group and previous and _PRONOUN_START.match(body):
        return previous[:1], {}
    subjects: list[str] = []
    words: dict[str, str] = {}
    if group:
        # "Armenia is drifting from Moscow, Kazakhstan too": an actor added after the phrase says the same
        also = [m for m in candidates if m.start >= max(phrase_start, phrase_end) and _TOO.match(body, m.end)
                and _AND_ALSO.search(body, 0, m.start)]
        group = group + [m for m in alike + also if m not in group]
    for mention in group:
        entity = mention.entity if topic.id in vocabulary.person_topics else country_of(ledger, mention.entity)
        # a group ("no South Caucasus country") stands for each of its members
        for each in ledger.entities[entity].members or [entity]:
            if each not in others and each not in subjects:
                subjects.append(each)
                words[each] = mention.text
    return subjects, words


def _owner_acts(topic: Topic, owner: Mention, mentions: list[Mention], body: str, ledger: Ledger) -> bool:
    """Whether the owner opening the clause ("X's shipments to Y") is its actor: on a topic whose other party
    the clause names too, the owner is not that party, so it is the one who acts."""
    return bool(topic.object) and not body[:owner.start].strip() and \
        any(country_of(ledger, m.entity) == topic.object for m in mentions if m is not owner)


def _antecedent(mentions: list[Mention], body: str, phrase_start: int) -> Mention | None:
    """The actor a relative clause holding the phrase speaks of ("X, whose leaders …", "X, which has …"),
    when no actor stands between the relative word and the phrase."""
    relatives = list(RELATIVE_CLAUSE.finditer(body, 0, phrase_start))
    if not relatives:
        return None
    relative = relatives[-1]
    if any(relative.end() <= m.start < phrase_start for m in mentions) or ";" in body[relative.end():phrase_start]:
        return None
    before = [m for m in mentions if m.end <= relative.start() and not body[m.end:relative.start()].strip()]
    return before[-1] if before else None


_LIKE = re.compile(r"(?:(?<!un)\blike(?:\s+(?:most|many|all|the|other|fellow|their|its|his|her)(?:\s+fellow)?)?|"
                   r"^\s*besides|"
                   r"\bas (?:does|did|do|has|have)|\b(?:much |just )?as (?:it|they|he|she) "
                   r"(?:is|are|was|were|does|do|did|has|have)(?: among| in| with| for| by)?)\s+$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:with|to|for|against|on|of|from|by|over|toward|towards|into|about|between|in|"
                          r"across|among|within|overt(?:ook|aken|akes?)|surpass(?:ed|es)?|outstrip(?:ped|s)?)\s+"
                          r"(?:the\s+|its\s+|their\s+|every\s+|each\s+|all\s+|any\s+|a\s+|an\s+)?$", re.IGNORECASE)


# "Georgia's people are …": the possessive opens the clause's subject, its verb right after
# ("Georgia's government nor Armenia's has …": the owner's noun left out, the owner is the subject)
_POSSESSED_SUBJECT = re.compile(r"(?:'s?|s')\s+(?:(?:[a-z-]+\s+){0,2}(?:is|are|was|were|has|have|had|remains?|"
                                r"remained|becomes?|became|seems?|stays?|stayed)|(?:leaders|leadership|government|"
                                r"rulers|officials|authorities|diplomats)\s+(?!of\b|in\b|and\b)[a-z]+)\b",
                                re.IGNORECASE)
_GERUND_START = re.compile(r"^\s*(?:and\s+|while\s+|by\s+|also\s+)?(?:(?:still|also|even|now|always|[a-z]+ly)\s+)?"
                           r"[a-z]+ing\b", re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"^\s*(?:(?:and|but|yet)\s+)?(?:(?:none|neither|either|each|all|both|any|not one|every one)"
                          r"\s+of\s+(?:them|these|those)|both|all)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\s*(?:(?:while|and|but|as|whereas|although|though|yet)\s+)?"
                            # "time and again it …", "once more they …", "instead, it …": an adverb first
                            r"(?:(?:time and again|again and again|once again|once more|yet again|instead|in the end|"
                            r"since then|ever since|even so|all the same|in turn|in return|by contrast|likewise)"
                            r"\s*,?\s+)?(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"^\s*(?:(?:when|after|as|once|before|while|since)\s+)?(?:the|this|that)\s+"
                          r"[a-z-]+(?:\s+[a-z-]+){0,3}\s+$", re.IGNORECASE)
# "The five votes against it came from …": only a count before the phrase, which is the clause's subject itself
_COUNTED_PHRASE = re.compile(r"^\s*(?:the|these|those)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"few|only|lone|sole|last|first)\s+$", re.IGNORECASE)
# "it was Russian missiles that …": the "it" of a cleft stands for no one; what follows "was" is the subject
_CLEFT = re.compile(r"^\s*it\s+(?:is|was|has been)\s+[^,;]{1,60}?\s+(?:that|who|which)\b", re.IGNORECASE)
# "…, has not cast a single vote": a clause opening on its verb goes on with the subject before
_VERB_START = re.compile(r"^\s*,?\s*(?:has|have|had|is|are|was|were|did|does|remains|remained)\b", re.IGNORECASE)
_COPULA = re.compile(r"(?:is|are|was|were|remains?|remained|became|becomes?)\b", re.IGNORECASE)
_AND = re.compile(r"^\s*,?\s*(?:and|or|as well as)\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s[^,;]{3,120},", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|across|among|within|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)
_OWNER = re.compile(r"'s?(?!\w)")
_POSSESSIVE_AFTER = re.compile(r"'s?\b|s'")
# "a single Ukraine resolution": no one says "a Ukraine", so the name is an attribute of the noun after it
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|single)\s+$", re.IGNORECASE)


def _governed(mentions: list[Mention], body: str) -> set[int]:
    """Where the actors stand that a preposition governs, with every actor listed after one ("from
    Azerbaijan, Georgia and Kazakhstan"), and a country's name that only modifies a noun ("a Ukraine vote")."""
    starts: set[int] = set()
    for n, mention in enumerate(mentions):
        if governed(body, mention.start) or _ATTRIBUTIVE.search(body, 0, mention.start) or (
                n and mentions[n - 1].start in starts and coordinated(body[mentions[n - 1].end:mention.start])):
            starts.add(mention.start)
    return starts


def governed(body: str, at: int) -> bool:
    """Whether a preposition governs the actor named at `at` ("talks with Armenia")."""
    return bool(_PREPOSITION.search(body, 0, at))


def asks_of_its(topic: Topic) -> bool:
    """Whether the topic asks of the subject's own thing ("which country is its closest ally?")."""
    return bool(_ITS.search(topic.question))


def country_of(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities[entity_id]
    return entity.country if entity.kind != "country" and entity.country else entity_id


def coordinated_tail(mentions: list[Mention], body: str) -> list[Mention]:
    """The last actor before the phrase, with those listed together with it."""
    group = [mentions[-1]]
    for earlier in reversed(mentions[:-1]):
        if not coordinated(body[earlier.end:group[0].start], body[:earlier.start]):
            break
        group.insert(0, earlier)
    return group


def coordinated_head(mentions: list[Mention], body: str) -> list[Mention]:
    """The first actor after the phrase, with those listed together with it."""
    group = [mentions[0]]
    for later in mentions[1:]:
        if not coordinated(body[group[-1].end:later.start], body[:group[-1].start]):
            break
        group.append(later)
    return group


def contrasted(vocabulary: Vocabulary, topic: Topic, mentions: list[Mention], clause: Clause,
                subjects: list[str]) -> list[str]:
    if not clause.contrast_end:
        return []
    end = clause.contrast_end - clause.start
    # the other side of the contrast from the subjects: the main clause's actors when the subjects are the
    # contrasted ones ("unlike X, which shut …, Y" gives Y the opposite), else the contrasted ones
    inside = {country_of(vocabulary.ledger, m.entity) for m in mentions if m.start < end}
    within = bool(subjects) and all(s in inside for s in subjects)
    return [country_of(vocabulary.ledger, m.entity) for m in mentions
            if (m.start >= end if within else m.start < end) and m.entity != topic.object
            and country_of(vocabulary.ledger, m.entity) not in subjects]
