"""Who a claim is about and what it answers: the answer a phrase gives, numbers, and the subject among the
actors a clause names (lists, passives, prepositions, pronouns, groups)."""
from __future__ import annotations

import re

from factcheck.ledger.model import Ledger, Topic
from factcheck.reading.clause import Clause
from factcheck.reading.grammar import AS_QUALIFIER, CLOSED_RELATIVE, RELATIVE_CLAUSE
from factcheck.reading.lists import coordinated, coordinated_head, coordinated_tail
from factcheck.reading.names import Mention
from factcheck.reading.negating import INVERTED_AUXILIARY
from factcheck.reading.openings import PRONOUN_START, VERB_START, opens_on_pronoun
from factcheck.reading.phrases import Vocabulary
from factcheck.reading.text import stem

_DESCRIBED = re.compile(r"\b(?:resolution|text|motion|draft|measure)\s+(?:\w+ing|on|about|against|that|to)\b"
                        r"(?:\s+[\w'-]+){0,10}\s+$", re.IGNORECASE)
_AGENT_FROM = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)  # "drew a no from X": X is who voted
_TOO = re.compile(r"\s+(?:too|as well)\b", re.IGNORECASE)
_SHARES = re.compile(r"\s+(?:also\s+)?(?:shares|shared|holds|held|takes|took)\b", re.IGNORECASE)
_A_STANCE = re.compile(r"(?:,|\s-+)\s*(?:a|an|the)\s+(?:stance|view|position|line|policy|attitude)\s+$",
                       re.IGNORECASE)
_AND_ALSO = re.compile(r",\s*(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
# "… is Azerbaijan, not Georgia": the one after ", not" is set aside, whether or not the one before is among the
# actors still in question (it may be the answer); a name may end in a full stop ("the U.S., not Russia")
_SET_ASIDE = re.compile(r"[\w.'’]\s*,\s*not\s+$", re.IGNORECASE)
_NOT_LIST = re.compile(r"\bnot\s+[^,;]{1,40},\s*not\s+$", re.IGNORECASE)


def subjects_of(vocabulary: Vocabulary, topic: Topic, mentions: list[Mention], phrase_start: int, answer: str,
              speaker: str, previous: list[str], clause: Clause, body: str,
              phrase_end: int = 0) -> tuple[list[str], dict[str, str]]:
    """Who the claim is about: the actors named before the phrase (a list of them, if coordinated),
    else those after it; never the topic's other party; a pronoun takes the speaker or the last subject."""
    ledger = vocabulary.ledger
    contrast = (clause.contrast[0] - clause.start, clause.contrast[1] - clause.start) if clause.contrast else (0, 0)
    others = ({topic.object, answer} if topic.value_type == "entity" else {topic.object}) \
        | vocabulary.venues.get(topic.id, frozenset())
    if topic.kind == "framing":
        # "has taken Yerevan's part" (backs Armenia): the one the answer's own phrase names is no subject, there or
        # after it ("so it won't get attacked the way Georgia and Ukraine were": whose attack the answer names)
        named = {m.entity for m in vocabulary.spotter.mentions(answer)}
        others |= {m.entity for m in mentions if m.entity in named and phrase_start <= m.start}
    if contrast[0] <= phrase_start < contrast[1]:
        # "Unlike X, which shut …, Y …": a phrase within the contrast speaks of the one contrasted
        mentions = [m for m in mentions if contrast[0] <= m.start < contrast[1]]
        contrast = (0, 0)
    among = _AMONG_THEM.search(body, phrase_end)
    if among:
        # "who Ukraine's real friends are - Turkey, Poland and Azerbaijan among them": those the list names
        listed = [m for m in mentions if phrase_end <= m.start < among.start() and m.entity not in others]
        listed = coordinated_tail(listed, body) if listed else []
        if listed:
            entities = [country_of(ledger, m.entity) for m in listed]
            return entities, {e: m.text for e, m in zip(entities, listed, strict=True)}
    # "Zelensky's Ukraine": a person or body of the other party stands for it, never for the subject (nor an actor in
    # a relative clause closed before the phrase: "Georgia, which always backs Kyiv, voted yes")
    closed = [r.span() for r in CLOSED_RELATIVE.finditer(body, 0, phrase_start)]
    candidates = [m for m in mentions if m.entity not in others and not contrast[0] <= m.start < contrast[1]
                  and not any(a < m.start < b for a, b in closed)
                  and not (topic.object and country_of(ledger, m.entity) == topic.object)
                  # "not since Iran and Iraq fought …": a time, not an actor (unless the clause opens on "since")
                  and not (_SINCE.search(body, 0, m.start) and body[:m.start].strip().lower() not in _SINCE_ONLY)
                  # "X, not Y, has", "… is X, not Y": Y is set aside ("not X, not Y" lists them)
                  and not (_SET_ASIDE.search(body, 0, m.start) and not _NOT_LIST.search(body, 0, m.start))]
    # "Of the three South Caucasus states, Kyiv's closest ally is Baku": the lead names the field, not the subject
    field = [m for m in candidates if ledger.entities[m.entity].members and _FIELD_LEAD.match(body[:m.start])
             and _LEAD_CLOSES.match(body, m.end)]
    # and "rejects Crimea as Russian": what a thing is taken as, a people's adjective, is no one acting
    taken_as = [m for m in candidates if _AS_ADJECTIVE.search(body, 0, m.start) and _DEMONYM.search(m.text)
                and _COMPLEMENT_END.match(body, m.end)]
    # and "at the United Nations": a body named after "at" is where something happens, not who does it
    venue = [m for m in candidates if ledger.entities[m.entity].kind == "organisation" and _AT.search(body, 0, m.start)]
    set_aside = field + [m for m in taken_as + venue if m not in field]
    if set_aside and len(set_aside) < len(candidates):
        candidates = [m for m in candidates if m not in set_aside]
    # "the resolution ejecting Russia … won Georgia's vote": an actor in a text's name is not who voted (if another is)
    described = [m for m in candidates if m.start < phrase_start
                 and _DESCRIBED.search(body, 0, m.start) and not _AGENT_FROM.search(body, 0, m.start)]
    if described and len(described) < len(candidates) and topic.fixed:
        candidates = [m for m in candidates if m not in described]
    # "…, Tbilisi, whose leaders have gone out of their way …": a relative clause speaks of the one just before it
    antecedent = _antecedent(candidates, body, phrase_start)
    spoken_of = _antecedent([m for m in mentions if not contrast[0] <= m.start < contrast[1]], body, phrase_start)
    if spoken_of is not None and spoken_of.entity in others | {topic.object} and topic.value_type != "number":
        return [], {}  # "to the dismay of Ukrainians who had counted on it": said of the other party, not of X
    if antecedent is not None:
        entity = vocabulary.stands_for(topic.id, antecedent.entity)
        if entity not in others:
            return [entity], {entity: antecedent.text}
    # "the outcome of the 2020 war, which Azerbaijan won": the actor right after an object relative's "which",
    # inside the phrase, is the subject of its verb
    inside = [m for m in candidates if phrase_start < m.start < phrase_end and _WHICH_BEFORE.search(body, 0, m.start)]
    if inside and inside[0].entity not in others:
        entity = vocabulary.stands_for(topic.id, inside[0].entity)
        return [entity], {entity: inside[0].text}
    # the passive: "is ruled over by X", "are recognised by X and Y": the agent acts
    # (and a phrase that ends on "from": "drew a yes from X", X gave it)
    # (not an agent past a comma after the phrase: "…, dwarfing the 315,000 euros offered by Tbilisi")
    agents = [m for m in candidates if m.start >= phrase_start and (_AGENT.search(body[phrase_start:m.start])
                                                                    and "," not in body[phrase_end:m.start]
              or (_FROM_END.search(body, 0, phrase_end) and _THE.fullmatch(body, phrase_end, m.start))
              or (topic.fixed and _VOTES_END.search(body, 0, phrase_end)
                  and _FROM_NEXT.fullmatch(body, phrase_end, m.start)))]
    if agents:
        candidates = [m for m in candidates if m.start >= agents[0].start]
        phrase_start = agents[0].start
    # "X, like Y, has …": Y says the same, but X is the one the sentence is about
    # (and "X, just as Y does, has …": a comparison set off between commas)
    # ("X followed Y in recognising …": Y did it first, unless X did not follow; either way X is the subject)
    follows = {m.start: f for m in candidates if (f := _FOLLOWED.search(body, 0, m.start)) and _IN_DOING.match(
        body, m.end) and not any(m.start < o.start < phrase_start for o in candidates)}
    alike = [m for m in candidates if _LIKE.search(body[:m.start])
             or m.start in follows and not follows[m.start].group("not")
             or _AS_SET_OFF.search(body[:m.start]) and _DOES_SET_OFF.match(body, m.end)]
    if topic.kind == "fact" and topic.value_type != "number":
        # "stakes in X's economy, no less than in Y's": the same holds in Y's (of a fact that counts nothing)
        alike += [m for m in candidates if m not in alike and _COMPARED.search(body, 0, m.start)]
    for n, mention in enumerate(candidates):  # "like Turkey and Kazakhstan": the whole list
        if n and candidates[n - 1] in alike and mention not in alike and \
                _AND.match(body[candidates[n - 1].end:mention.start]):
            alike.append(mention)
    before = [m for m in candidates if m.start < phrase_start and m not in alike and m.start not in follows]
    if _ITS_BEFORE.search(body, 0, phrase_start):
        # "… let Armenia and Azerbaijan stay locked in it — … its peacekeepers": "its" is no pair's
        paired = {m.start for a, b in zip(mentions, mentions[1:], strict=False)
                  if _AND.match(body[a.end:b.start]) for m in (a, b)}
        before = [m for m in before if m.start not in paired] or before
    # "Russia's assault, the biggest war since Iran and Iraq fought, has drawn …": an apposition describes the
    # actor before it; the actors it names are not the subject
    aside = [a.span() for a in _APPOSITION.finditer(body, 0, phrase_start) if any(m.end <= a.start() for m in before)]
    before = [m for m in before if not any(a <= m.start < b for a, b in aside)] or before
    # an actor after a preposition ("talks with Armenia"), or whose possessive opens the phrase
    # ("Freedonia's only ally"), is not the one acting, if another is named
    governed = governed_starts(candidates, body)
    plain = [m for m in before if m.start not in governed]
    reason = list(_BECAUSE.finditer(body, 0, phrase_start))
    if reason and not any(reason[-1].end() <= m.start for m in before):
        # "not one would be sold to Moscow because the firm stands with Kyiv": the reason's own subject names
        # no actor, and one after a preposition before it is no subject of it
        before = plain
    owned = list(_REASON_OF_OWNER.finditer(body, 0, phrase_start))
    if owned and speaker and speaker not in others and not any(owned[-1].start() <= m.start < phrase_start
                                                                for m in candidates):
        # "Russia will get none of his drones, since his firm backs Kyiv": the one whose firm it is speaks
        return [vocabulary.stands_for(topic.id, speaker)], {}
    # a possessive further back modifies a noun ("Moscow's proxy statelets") when an actor comes before it, but
    # "Georgia's people are …" speaks of its own people; and where the topic's other party is fixed and named
    # elsewhere, the owner of the phrase acts ("Azerbaijan's humanitarian shipments to Ukraine")
    acting = [m for m in plain if not (
        POSSESSIVE_AFTER.match(body, mark_at(body, m)) and not _POSSESSED_SUBJECT.match(body, mark_at(body, m))
        and (len(body[m.end:phrase_start].split()) <= 4 or any(p.start < m.start for p in plain))
        and not _owner_acts(topic, m, mentions, body, ledger) and not _owns_answer(m, answer, body))]
    # "X has condemned Russian strikes and reaffirmed …": a second verb of the clause is said of its subject,
    # not of an actor in the first verb's object
    second = [m for m in _SECOND_VERB.finditer(body, 0, max(phrase_start, phrase_end)) if m.start() < phrase_start
              and not any(a.start < m.end() <= a.end for a in mentions)]  # ("and Beijing" is no second verb)
    if second and len(acting) > 1 and not any(second[-1].end() <= m.start for m in acting):
        acting = [m for m in acting if m.start < second[-1].start()]
        acting = coordinated_head(acting, body) if acting else acting
    elif second and acting and PRONOUN_START.match(body) and not any(second[-1].end() <= m.start for m in acting):
        # "his country would go on defending Ukraine's integrity and would never accept …": the pronoun is the
        # subject of both verbs, and an actor in the first one's object is none
        acting, plain = [], []
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
    if (opens_on_pronoun(body) or VERB_START.match(body)) and (not acting or _PRONOUN_VERB.match(body)) and \
            (speaker or previous):
        # "it has skipped every vote": the pronoun stands for the one named before ("his country": his),
        # never for the place a vote was held ("when the Assembly voted …, its seat was empty")
        # ("Kim argues it can replace Russia": a person is no "it", which stands for the thing named before)
        first = previous + [speaker] if speaker and previous and ledger.entities[speaker].kind == "person" and \
            _IT_START.match(body) else ([speaker] if speaker else []) + previous
        one = next((p for p in first if p and p not in others), "")
        if one:
            return [vocabulary.stands_for(topic.id, one)], {}
    # (but an actor inside a stance's phrase is the one it moves: "the war has drawn X closer to the West")
    if not any(m.start < phrase_start for m in mentions) and not agents and \
            _OWN_SUBJECT.match(body[:phrase_start]) and not _COUNTED_PHRASE.match(body[:phrase_start]) and \
            not _COPULA.match(body, phrase_start) and \
            not any(m.start >= phrase_end and _BEING.fullmatch(body, phrase_end, m.start) for m in candidates) and \
            not (topic.kind == "stance" and any(phrase_start < m.start < phrase_end for m in candidates)):
        # "the General Assembly voted to throw Russia off the Council": the clause has a subject of its own
        # that is no actor, so an actor after the verb is its object
        after = []
        candidates = []
    if not acting and after:
        before = []  # "fighting for Ukraine is the Legion": only objects of prepositions before the phrase
    # "public opinion in X has long been wary of Y": when every actor stands after a preposition, the place
    places = [m for m in before if _PLACE.search(body[:m.start])]
    if not acting and not places and candidates and speaker and speaker not in others and clause.reported and all(
            _WITH_BEFORE.search(body, 0, m.start) for m in candidates):
        return [vocabulary.stands_for(topic.id, speaker)], {}  # "Bayramov said talks with Armenia …": his side's
    before = acting or places or before
    group = coordinated_tail(before, body) if before and not agents else []
    if not group:
        after = after or [m for m in candidates if m.start >= phrase_start]
        group = coordinated_head(after, body) if after else []
    if not group and alike and _WHO_LIKE.match(body):
        group = alike  # "and who, like Armenia and Georgia, would rather appease the Kremlin": those it is like
    if not group and speaker:
        return [vocabulary.stands_for(topic.id, speaker)], {}
    if not group and previous and (PRONOUN_START.match(body) or not candidates and topic.kind == "stance" and (any(
            country_of(ledger, m.entity) == topic.object for m in mentions) or not mentions and clause.whole is not None
            and clause.start > clause.whole[0] and not _FINITE_VERB.search(body))):
        # (and a clause that names only the other party: "while the Kremlin watches its old ally slip away", or
        # no actor outside its phrase: "X is Moscow's adversary and Kyiv's friend")
        return previous[:1], {}
    subjects: list[str] = []
    words: dict[str, str] = {}
    if group:
        # "Armenia is drifting from Moscow, Kazakhstan too": an actor added after the phrase says the same
        # (and "…, a stance Turkey shares": the one who shares it)
        also = [m for m in candidates if m.start >= max(phrase_start, phrase_end) and (
            _TOO.match(body, m.end) and _AND_ALSO.search(body, 0, m.start)
            or _SHARES.match(body, m.end) and _A_STANCE.search(body, 0, m.start))]
        group = group + [m for m in alike + also if m not in group]
    for mention in group:
        entity = vocabulary.stands_for(topic.id, mention.entity)
        # a group ("no South Caucasus country") stands for each of its members
        for each in ledger.entities[entity].members or [entity]:
            if each not in others and each not in subjects:
                subjects.append(each)
                words[each] = mention.text
    return subjects, words


def _owner_acts(topic: Topic, owner: Mention, mentions: list[Mention], body: str, ledger: Ledger) -> bool:
    """Whether the owner opening the clause ("X's shipments to Y") acts: on a topic whose other party the clause
    names too (the owner not being that party), or as the doer of its own doing ("X's refusal to …", "X's
    remarks on …")."""
    return not body[:owner.start].strip() and (bool(_DOING.match(body, mark_at(body, owner))) or bool(
        _SAID_NOUN.match(body, mark_at(body, owner))) or (bool(
        topic.object) and any(country_of(ledger, m.entity) == topic.object for m in mentions if m is not owner)))


# "X's (sharp) remarks on …": the owner of what was said said it
_SAID_NOUN = re.compile(r"(?:'s?|’s?|s'|s)\s+(?:[a-z]+\s+)?(?:remarks|comments|words|broadsides?|statements?|speech|"
                        r"rhetoric|criticism|denunciations?)\b", re.IGNORECASE)
_DOING = re.compile(r"(?:'s?|’s?|s'|s)\s+(?:refusal|failure|decision|reluctance|unwillingness|determination|"
                    r"readiness|willingness|insistence|attempt|efforts?|choice)\s+(?:not\s+)?to\b", re.IGNORECASE)


def _antecedent(mentions: list[Mention], body: str, phrase_start: int) -> Mention | None:
    """The actor a relative clause holding the phrase speaks of ("X, whose leaders …", "X, which has …"),
    when no actor stands between the relative word and the phrase."""
    # (a relative set off by no comma runs to the next one: "X who had counted on it, has not …")
    relatives = list(RELATIVE_CLAUSE.finditer(body, 0, phrase_start)) + \
        [m for m in _WHO.finditer(body, 0, phrase_start) if "," not in body[m.end():phrase_start]]
    relatives.sort(key=lambda m: m.start())
    if not relatives:
        return None
    relative = relatives[-1]
    if any(relative.end() <= m.start < phrase_start for m in mentions) or ";" in body[relative.end():phrase_start]:
        return None
    before = [m for m in mentions if m.end <= relative.start() and not body[m.end:relative.start()].strip()]
    return before[-1] if before else None


_AS_SET_OFF = re.compile(r",\s*" + AS_QUALIFIER + r"as\s+(?:the\s+)?$", re.IGNORECASE)
_DOES_SET_OFF = re.compile(r"\s+(?:does|did|do|has|have|is|are|was|were)\s*,", re.IGNORECASE)
_FOLLOWED = re.compile(r"(?P<not>\b(?:not|never|to)\s+)?\b(?:follow(?:s|ed|ing)?|join(?:s|ed|ing)?|copie[sd]|"
                       r"copy(?:ing)?|emulat(?:e|es|ed|ing)|imitat(?:e|es|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE)
_COMPARED = re.compile(r"(?:(?:more|less|fewer|greater|bigger|larger|smaller)\s+than|\bas(?:\s+[\w-]+\s+as)?)\s+"
                       r"(?:in|of|at|for)\s+(?:the\s+)?$", re.IGNORECASE)
_IN_DOING = re.compile(r"\s+in\s+[a-z]+ing\b", re.IGNORECASE)
_WHO_LIKE = re.compile(r"^\W*(?:and\s+|but\s+)?(?:who|those who|the ones who)\s*,?\s*like\b", re.IGNORECASE)
_AMONG_THEM = re.compile(r"\s+among them\b", re.IGNORECASE)
_WHO = re.compile(r"(?<=\w)\s+(?:who|whose)\b", re.IGNORECASE)  # "Ukrainians who had counted on it"
_LIKE = re.compile(r"(?:(?<!un)\blike(?:\s+(?:most|many|all|the|other|fellow|their|its|his|her|ordinary|average)){0,2}|"
                   r"^\s*besides|"
                   r"\bas (?:does|did|do|has|have|is|are|was|were)|\b(?:much |just )?as (?:it|they|he|she) "
                   r"(?:is|are|was|were|does|do|did|has|have)(?: among| in| with| for| by)?)\s+$", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|between|(?:go(?:es|ing)?|went|gone|sold|sell(?:s|ing)?|deliver(?:s|ed|ing)?|"
                          r"ship(?:s|ped|ping)?|export(?:s|ed|ing)?)\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:with|to|for|against|on|of|from|by|over|toward|towards|into|about|between|in|"
                          r"across|among|within|overt(?:ook|aken|akes?)|surpass(?:ed|es)?|outstrip(?:ped|s)?)\s+"
                          r"(?:the\s+|its\s+|their\s+|every\s+|each\s+|all\s+|any\s+|a\s+|an\s+)?$", re.IGNORECASE)


# "Georgia's people are …": the possessive opens the clause's subject, its verb right after ("Georgia's
# government nor Armenia's has …": the owner the subject); and so does the owner of a record, seat or delegation
_POSSESSED_SUBJECT = re.compile(r"(?:'s?|s'|s)\s+(?:(?:[a-z-]+\s+){0,2}(?:is|are|was|were|has|have|had|remains?|"
                                r"remained|becomes?|became|seems?|stays?|stayed)|(?:leaders|leadership|government|"
                                r"rulers|officials|authorities|diplomats)\s+(?!of\b|in\b|and\b)[a-z]+|"
                                r"(?:[\w-]+\s+){0,2}?(?:record|ballots|seat|chair|column|delegation|envoys))\b",
                                re.IGNORECASE)
_GERUND_START = re.compile(r"^\s*(?:and\s+|while\s+|by\s+|also\s+)?(?:(?:still|also|even|now|always|[a-z]+ly)\s+)?"
                           r"[a-z]+ing\b", re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"^\s*(?:(?:and|but|yet)\s+)?(?:(?:none|neither|either|each|all|both|any|not one|every one)"
                          r"\s+of\s+(?:them|these|those|the\s+(?:two|three|four|five|six|\d+))|both|all|"
                          # "X, Y and Z: the only five noes on …": what the list just named is
                          r"the\s+only(?=\s+(?:two|three|four|five|six|\d+)\b)|"
                          # "…, though neither has sanctioned Moscow": each of those just named
                          r"(?:neither|none)(?=\s+" + INVERTED_AUXILIARY + r"\b))\b",
                          re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"^\s*(?:(?:when|after|as|once|before|while|since)\s+)?(?:the|this|that)\s+"
                          r"[a-z-]+(?:\s+[a-z-]+){0,3}\s+$", re.IGNORECASE)
# "The five votes against it came from …": only a count before the phrase, which is the clause's subject itself
_COUNTED_PHRASE = re.compile(r"^\s*(?:the|these|those)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"few|only|lone|sole|last|first)\s+$", re.IGNORECASE)
# "…, the no votes being Russia and Belarus": those the phrase is said to be
# (or a colon before them: "the three countries that voted no: X, Y and Z")
_BEING = re.compile(r"\s*(?:(?:being|were|are)\s+|:\s+)(?:the\s+)?", re.IGNORECASE)
_COPULA = re.compile(r"(?:is|are|was|were|remains?|remained|became|becomes?)\b", re.IGNORECASE)
_AND = re.compile(r"^\s*,?\s*(?:and|or|as well as)\s+$", re.IGNORECASE)
# "it has seen what befell Georgia": a subject pronoun and its verb, whose subject the actors after it are not
_PRONOUN_VERB = re.compile(r"^\s*(?:(?:and|but)\s+)?(?:it|they|he|she)\s+(?:has|have|had|is|are|was|were)\s+"
                           r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|n)\b", re.IGNORECASE)
_AT = re.compile(r"\bat\s+(?:the\s+)?$", re.IGNORECASE)
_IT_START = re.compile(r"^\s*(?:(?:and|but|that)\s+)?it\b", re.IGNORECASE)
_ITS_BEFORE = re.compile(r"\bits\s+(?:own\s+)?$", re.IGNORECASE)
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s[^,;]{3,120},|"
                         r"\s[-–—]{1,2}\s(?:where|who|whose|which|the|a|an)\s[^;]{3,120}?\s[-–—]{1,2}\s", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|across|among|within|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# (and a second infinitive or gerund: "refused to sanction Moscow and to lend Kyiv any cover", "warming to …")
_SECOND_VERB = re.compile(r"\b(?:and\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]{3,}ed\b(?!\s+by\b)|"
                          # (or a modal: "and would never accept")
                          r"(?:will|would|can|could|should|must|may|might)\b|"
                          # (or in the present, before an infinitive or a determiner: "and refuses to", "and backs
                          # the")
                          r"[a-z]{3,}[a-rt-z]s\s+(?=to\s+[a-z]+|(?:the|a|an|its|their|any|every|no)\b)|"
                          r"(?!during|nothing|anything|something|everything)[a-z]{3,}ing\b)|"
                          r"(?<=\bto\s)(?:[a-z]+\s+){1,4}(?:and|or|nor)\s+(?:also\s+)?to\s+[a-z]{3,})", re.IGNORECASE)
_FIELD_LEAD = re.compile(r"^\s*(?:of|among|amongst)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LEAD_CLOSES = re.compile(r"[^,;:]{0,30},")
_AS_ADJECTIVE = re.compile(r"\bas\s+$", re.IGNORECASE)
_DEMONYM = re.compile(r"(?:ian|ean|ish|ese|i)$", re.IGNORECASE)
# (the adjective closing what the thing is taken as, not opening a clause: "as Azerbaijani troops set up …")
_COMPLEMENT_END = re.compile(r"\s*(?:$|[,;.:!?]|(?:and|or|land|territory|soil)\b)", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_ONLY = {"since", "since the", "ever since", "ever since the"}
_FROM_END = re.compile(r"\bfrom$", re.IGNORECASE)
# "drew yes votes from X", "abstentions from Y": those named cast them
_VOTES_END = re.compile(r"\b(?:votes?|ballots?|yes(?:es)?|noes|nays?|ayes|abstentions?)$", re.IGNORECASE)
_FROM_NEXT = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"'s?\b|s'|s\b")


# the noun a possessive owns, and the word after it ("Russia's peacekeepers", "Russia's own peacekeepers")
_OWNED_NOUN = re.compile(r"(?:'s?|’s?|s(?=\s))?\s+([a-z-]+)(?:\s+([a-z-]+))?", re.IGNORECASE)


def _owns_answer(owner: Mention, answer: str, body: str) -> bool:
    """Whether the owner holds what the answer says is its own: "Russia's peacekeepers never tried to …" for
    "its peacekeepers stand by"."""
    owned = answer.split()[1] if answer.startswith("its ") and " " in answer[4:] else ""
    after = _OWNED_NOUN.match(body, mark_at(body, owner))
    # (the noun, or the noun after one adjective: "Russia's own peacekeepers")
    return bool(owned and after and stem(owned.casefold()) in {stem((w or "").casefold()) for w in after.groups()})


def mark_at(body: str, mention: Mention) -> int:
    """Where the mark of a possessive after a name would stand: after the name, or on the "s" of a possessive
    typed without its apostrophe ("georgias two regions")."""
    bare = mention.end - mention.start == len(mention.text) + 1 and body[mention.end - 1:mention.end] in ("s", "S")
    return mention.end - 1 if bare else mention.end


# "a single Ukraine resolution": no one says "a Ukraine", so the name is an attribute of the noun after it
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|single)\s+$", re.IGNORECASE)
# and so is a name between a body's possessive and its noun ("the Assembly's Ukraine texts", not "Putin's Russia")
_BETWEEN_OWNER = re.compile(r"\bthe\s+[\w-]+(?:'s?|’s?|s')\s+$", re.IGNORECASE)


def governed_starts(mentions: list[Mention], body: str) -> set[int]:
    """Where the actors stand that a preposition governs, with every actor listed after one ("from
    Azerbaijan, Georgia and Kazakhstan"), and a country's name that only modifies a noun ("a Ukraine vote")."""
    starts: set[int] = set()
    for n, mention in enumerate(mentions):
        if governed(body, mention.start) or _ATTRIBUTIVE.search(body, 0, mention.start) or (
                _BETWEEN_OWNER.search(body, 0, mention.start) and not POSSESSIVE_AFTER.match(body, mention.end)) or (
                n and mentions[n - 1].start in starts and coordinated(body[mentions[n - 1].end:mention.start])):
            starts.add(mention.start)
    return starts


def governed(body: str, at: int) -> bool:
    """Whether a preposition governs the actor named at `at` ("talks with Armenia")."""
    return bool(_PREPOSITION.search(body, 0, at))


def country_of(ledger: Ledger, entity_id: str) -> str:
    entity = ledger.entities[entity_id]
    return entity.country if entity.kind != "country" and entity.country else entity_id


# a verb of its own (an auxiliary or a past tense): a piece with none shares the verb of the piece before
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|\w+ed)\b", re.IGNORECASE)
_WHICH_BEFORE = re.compile(r",\s*which\s+$", re.IGNORECASE)
_BECAUSE = re.compile(r"\bbecause\b(?!\s+of\b)", re.IGNORECASE)
# a reason whose subject a person's pronoun owns: "…, since his firm backs …", "because her government …"
# (and "… since they back Ukraine", "because the company stands with …", and a phrase right after "out of" ("out
# of support for …"): the reason the speaker gives for the speaker's own side)
_REASON_OF_OWNER = re.compile(r"\b(?:because|since|as)\s+(?:(?:his|her)\s+[\w-]+|they|the\s+(?:firm|company))\b|"
                              r"\bout\s+of\s*$", re.IGNORECASE)
