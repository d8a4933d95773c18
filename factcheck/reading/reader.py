"""Reading a sentence or a statement into claims: who, on which topic, what answer, in whose voice,
as of when, and which words said so. Shared by `check`, `extract` and `coverage`.

What a topic's answers sound like comes from the ledger: each topic's `words`, `answers` and
`negation`, and the cue of every reviewed claim as a labelled example. The code holds only grammar."""
from __future__ import annotations

import re

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.amounts import amounts_by_actor
from factcheck.reading.answering import answer_to
from factcheck.reading.answers import answer_of
from factcheck.reading.asking import asks, is_question
from factcheck.reading.carried import LIST_BACK, carried, listed_back, named_for_next, passive_again, reacted, said_on
from factcheck.reading.clause import Clause
from factcheck.reading.companions import alongside, implied_of_named, presupposed
from factcheck.reading.dated import dated_event, led_event, on_each_event, same_event_same_date
from factcheck.reading.each import said_of_each
from factcheck.reading.frames import describing, spelled_out, uncontracted, unframed
from factcheck.reading.gapped import one_word_answers
from factcheck.reading.grammar import COMMENT, MAY_CHOOSE, PROMISED, clauses
from factcheck.reading.lists import coordinated_head, coordinated_tail
from factcheck.reading.marking import index_map, marked
from factcheck.reading.names import Mention
from factcheck.reading.nearest import nearest, nearest_framing
from factcheck.reading.negation import (
    NEGATION_REACH,
    after_relative,
    apposed,
    hedged,
    lead_end,
    negate,
    negated,
    never_did,
    scope_start,
    weaker,
)
from factcheck.reading.openings import opens_on_pronoun
from factcheck.reading.order import in_acting_order, relative_object, relative_pronoun, shared_heads, uninverted
from factcheck.reading.owners import other_party_acts, owned_by_another, owners_written, tight_written, unbroken
from factcheck.reading.parallel import parallel
from factcheck.reading.parties import contrasted, names_other_party
from factcheck.reading.phrases import Match, Vocabulary, events_named, named_in, names_topic, overlap, within
from factcheck.reading.pointing import named_back, object_back, pointed_object, said_of_named
from factcheck.reading.questions import asks_of_its, mutual
from factcheck.reading.readings import Context, Reading, deduplicated, describe, governing, measured
from factcheck.reading.respective import events_in_order, respective
from factcheck.reading.roles import country_of, governed, subjects_of
from factcheck.reading.speakers import speaker_of
from factcheck.reading.tallies import outside_tally, tallied
from factcheck.reading.text import NEG, Token, fold, tokens
from factcheck.reading.topics import TopicMatch, alternatives_dropped, topics_in
from factcheck.reading.when import CUSTOMARY, HABITUAL, date_in, plural_spans, sentence_date

__all__ = ["Context", "Reading", "Vocabulary", "describe", "names_topic", "read"]


# The longest sentence read (README, "Limits"); a longer one is not (check calls it unreadable): linear time
MAX_READ_CHARS = 3000


def read(vocabulary: Vocabulary, text: str, document_date: FuzzyDate | None = None,
         previous: list[str] | None = None, context: Context | None = None) -> list[Reading]:
    """Every claim a careful reader finds in the text (a statement or one sentence); `previous` are
    the subjects of the sentence before, for a sentence that opens with "it" or "they"; `context`
    carries what earlier sentences of the same document named ("that vote")."""
    context = context if context is not None else Context()
    if len(text) > MAX_READ_CHARS:
        return []
    asked, mark, answered = text.partition("?")
    if mark and answered.strip() and not is_question(answered):
        # "did X vote on ES-11/6? no, it stayed away": the answer, about what the question named
        return answer_to(vocabulary, asked, answered, document_date, context, read)
    if is_question(text):
        return []
    folded = unframed(uncontracted(fold(text)), vocabulary.spotter)
    mentions = describing(vocabulary, folded, vocabulary.spotter.mentions(folded))
    readings: list[Reading] = []
    previous_subjects: list[str] = list(previous or [])
    last: list[Reading] = []
    # one specific event named anywhere in the sentence is the event of each of its clauses
    sentence_stems = vocabulary.text_stems(folded)
    named = events_named(vocabulary, sentence_stems)
    sentence_event = named[0] if len(named) == 1 else context.asked
    whole_date = sentence_date(folded, document_date)
    in_order = events_in_order(vocabulary, sentence_stems) if len(named) > 1 else []
    before: Clause | None = None
    for clause in parallel(vocabulary, folded, clauses(folded), mentions):
        found = _read_clause(vocabulary, folded, clause, mentions, previous_subjects, document_date, context,
                             sentence_event, whole_date, tuple(sentence_stems))
        # "Baku, as usual, stayed away from the vote on ES-11/6": the vote, and the habit it is one of (the habit
        # named in the clause, or in a lead that names no one: "True to its habit of abstaining, X abstained on …")
        lead = (clause.whole[0], clause.start) if clause.whole else (0, 0)
        if (CUSTOMARY.search(folded, clause.start, clause.end) or CUSTOMARY.match(folded, *lead) and not any(
                lead[0] <= m.start < lead[1] for m in mentions)) and any(r.topic in vocabulary.events for r in found):
            found += [r for r in _read_clause(vocabulary, folded, clause, mentions, previous_subjects, document_date,
                                              context, sentence=tuple(sentence_stems), customary=True)
                      if r.topic not in {f.topic for f in found} and named_in(vocabulary, sentence_stems, r.topic)]
        if not found and before is not None:
            found = said_of_named(vocabulary, folded, clause, before, document_date, _reread)
        before = clause
        if not found and last and LIST_BACK.match(folded, clause.start):
            found = listed_back(vocabulary, clause, mentions, last)
        if not found and last:
            found = carried(vocabulary, folded, clause, last) or \
                passive_again(vocabulary, folded, clause, mentions, last) or \
                reacted(vocabulary, folded, clause, mentions, last, document_date, _reread) or \
                said_on(vocabulary, folded, clause, speaker_of(folded, clause, mentions, previous_subjects), last) or \
                object_back(vocabulary, folded, clause, last, document_date, _reread)
        if not found:
            found = named_back(vocabulary, folded, clause, mentions, document_date, _reread)
        found = one_word_answers(vocabulary, folded, clause, last, found, sentence_event, document_date, _reread)
        found = pointed_object(vocabulary, folded, clause, found, document_date, sentence_event, _reread)
        if context.asked is None:  # (a piece read on the event its "the first" points to holds that "the first")
            found = respective(vocabulary, folded, clause, in_order, document_date, previous_subjects, _reread) or found
        each = said_of_each(vocabulary, folded, clause, last, named, document_date, previous_subjects,
                            _reread) if context.asked is None else None
        found = found if each is None else each
        found = on_each_event(vocabulary, folded, clause, found, last, document_date, _reread)
        if found:
            last = found
            events = [r.topic for r in found if vocabulary.ledger.topics[r.topic].fixed]
            context.event = events[-1] if events else context.event
            previous_subjects = list(dict.fromkeys(r.subject for r in found if r.voice == "asserted"
                                                   or r.subject)) or previous_subjects
        else:
            previous_subjects = named_for_next(vocabulary.ledger, text, clause, mentions, previous_subjects)
        readings += found
    readings = tallied(vocabulary, folded, readings, sentence_event, whole_date)
    # (no actor stands in relation to itself: the West is no partner of the West, nor the EU its own supplier)
    readings = [r for r in readings if r.subject != vocabulary.ledger.topics[r.topic].object
                and not (vocabulary.ledger.topics[r.topic].value_type == "entity" and r.subject == r.answer)]
    return deduplicated(presupposed(vocabulary, implied_of_named(vocabulary, mentions, same_event_same_date(
        vocabulary, alongside(vocabulary, folded, mentions, readings)))))


def _reread(vocabulary: Vocabulary, text: str, document_date: FuzzyDate | None, event: str | None,
            previous: list[str] | None = None) -> list[Reading]:
    """A clause retold from the one before (or a piece of one), read on the event that one spoke of, said of
    the subjects named before it, if given."""
    return read(vocabulary, text, document_date, previous, Context(asked=event))


# "that vote", "the same resolution": the event named before
_BACK_REFERENCE = re.compile(r"\b(?:that|the same|this|the said)\s+(?:vote|ballot|resolution|text|session)\b",
                             re.IGNORECASE)

def _read_clause(vocabulary: Vocabulary, text: str, clause: Clause, mentions: list[Mention],
                 previous: list[str], document_date: FuzzyDate | None, context: Context,
                 sentence_event: str | None = None,
                 whole_date: tuple[FuzzyDate | None, str] = (None, ""),
                 sentence: tuple[str, ...] = (), customary: bool = False) -> list[Reading]:
    ledger = vocabulary.ledger
    body = text[clause.start:clause.end]
    words = tokens(spelled_out(body, [(m.start - clause.start, m.end - clause.start) for m in mentions
                                      if clause.start <= m.start < clause.end]))
    aside = clause.aside  # "X, the minister said, has …": the speaker named inside is not part of what is said
    inside = [Mention(m.entity, m.text, m.start - clause.start, m.end - clause.start, m.how)
              for m in mentions if clause.start <= m.start < clause.end and not aside[0] <= m.start < aside[1]]
    stems, index_of, acting = in_acting_order(*uninverted(*relative_object(*relative_pronoun(*shared_heads(
        vocabulary.canon(marked(words, inside, body)), index_map(words, inside, body))))))
    if asks(body):
        return []
    plural = plural_spans(body)  # ("the resolutions condemning Russia": words for one event that name them all)

    def matched(found: list[str]) -> list[Match]:
        # (read as the habit it is one of, a clause's words for the one event it names are set aside)
        return alternatives_dropped(outside_tally([m for m in vocabulary.matches(found) if not ((customary or any(
            a <= index_of[m.first][0] < b for a, b in plural)) and ledger.topics[m.cue.topic].fixed)
            and owners_written(m, index_of, words, body) and tight_written(m, index_of, body)
            and unbroken(m, index_of, body)], index_of, body), found)

    matches = matched(stems)
    # a misspelt word ("suporter") is read as the word it nearly is if what is written says nothing or it completes
    # an answer ("join the sanctoins"); a real word ("flight") stays
    corrected = vocabulary.correct(stems, {w.norm for w in words[1:] if w.text[:1].isupper()})
    if corrected != stems:
        fixed = matched(corrected)
        changed = {i for i, (a, b) in enumerate(zip(stems, corrected, strict=True)) if a != b}
        if not any(m.cue.answer is not None for m in matches) or any(
                m.cue.answer is not None and changed & set(m.at) for m in fixed):
            stems, matches = corrected, fixed
    if (any(pair in _PLANNED for pair in zip(stems, stems[1:], strict=False)) or PROMISED.search(body)
            or MAY_CHOOSE.search(body)) and not never_did(stems):
        return []  # "X is due in Baku to …", "has vowed to …", "could yet choose to": no claim (but "never did")
    event = context.event if context.event and _BACK_REFERENCE.search(body) else sentence_event
    habit = (customary or bool(HABITUAL.search(body))) and not context.asked
    # (and a clause whose words for an event all describe a plural names no one event)
    spread = habit or bool(plural) and not any(ledger.topics[m.cue.topic].fixed and m.cue.answer is None
                                               for m in matches)
    if spread:
        event = None  # "it mostly abstained but backed the 2023 text": a habit, not the one event named
    # a topic one assertion names, its parallels speak to ("X never votes on these, Y abstains"), and one named
    # before a colon or a contrast ("… at the UN: X abstains, while Y …")
    whole = vocabulary.text_stems(text[clause.whole[0]:clause.whole[1]]) if clause.whole else list(sentence)
    named = set(vocabulary.named(whole)) - (set(vocabulary.events) if spread else set())
    event = event or (None if spread else led_event(vocabulary, text, clause.start))
    if event is None and not spread and clause.whole and len(named & set(vocabulary.events)) == 1:
        event = next(iter(named & set(vocabulary.events)))  # "…, yet stayed away when the Assembly condemned …"
    around = frozenset(s for s in sentence if s.startswith("@"))  # every actor the sentence names
    # (a habit read off one dated event is not dated by it)
    date, date_words = date_in(body, document_date) if not customary else (None, "")
    if date is None and not habit and not (whole_date[1] and (text.startswith(whole_date[1], clause.end)
                                                              or _COMMENTED.match(text, clause.end))):
        # (but not the date of a later clause: "…, and this month he spoke up for …", "…, which makes Y's
        # stance since 2014 odd")
        date, date_words = whole_date  # "Last October, when …, Armenia abstained": the sentence's one date
    if date is None and not habit and clause.speaker_span and clause.speaker_span[1] <= clause.start:
        # "X told reporters this month that …": what was said holds as of when it was said
        date, date_words = date_in(text[clause.speaker_span[0]:clause.start], document_date)
    if event is None and date is not None:
        # the words before the date and the first of its own ("By February" holds its "by")
        lead = (text[:max(0, text.find(date_words))] if date_words else "") + " " + date_words.split(" ")[0] + " "
        event = dated_event(vocabulary, date, lead, matches)
    chosen = topics_in(vocabulary, matches, stems, event, named, around) if matches else []
    if not chosen:
        # no phrase of the vocabulary whole: the topic the clause's telling words point to, if one stands out
        guess = nearest(vocabulary, stems, matches)
        chosen = [guess] if guess else []
    if not any(t.topic.kind == "framing" for t in chosen) and not text[:clause.start].rstrip().endswith(":"):
        # (not in what a colon spells out: "X stands to profit: Europe queues for its gas, Y …" is about X)
        framing = nearest_framing(vocabulary, stems)
        chosen += [framing] if framing else []
    if not chosen:
        return []
    speaker = speaker_of(text, clause, mentions, previous)
    readings: list[Reading] = []
    # a date topic may be answered with a month or a year ("locked up in 2021") where no other topic reads its
    # words ("became treaty allies in June 2021" may be another alliance than the one dated to the day)
    # (a shorter word inside its own, "arrest" in "arrested on his return", reads nothing else)
    coarse = {t.topic.id for t in chosen if t.topic.value_type == "date" and not any(
        (overlap(m, t.word) or overlap(m, t.answer)) and not within(m, t.word) for m in matches
        if m.cue.topic != t.topic.id)}
    for _ in range(2):
        barren: list[str] = []
        for match in chosen:
            found = _claims_of(vocabulary, match, words, stems, inside, index_of, previous, speaker, clause, body,
                               acting, match.topic.id in coarse)
            barren += [] if found else [match.topic.id]
            for reading in found:
                reading.start, reading.end = clause.start, clause.end
                if date is not None and match.topic.value_type != "date":
                    reading.as_of = date  # (a date that answers the topic is no date of the claim)
                    reading.why["date"] = date_words
                readings.append(reading)
        if not barren:
            break
        # a topic that gave no claim ("jailed" names an imprisonment, but of no one named) leaves its words
        # to the topics it had set aside ("rounded up and jailed a number of Azerbaijanis")
        spent = [m for m in chosen if m.topic.id in barren]
        # (an answer within the words it spent answered that topic, not another: "end its dependence on
        # Russian gas" is no reliance on Russia)
        # (and a word inside the name it spent named that, not a topic of its own: "its humanitarian toll")
        matches = [m for m in matches if m.cue.topic not in barren and not (m.cue.answer is not None and any(
            overlap(m, t.answer) or overlap(m, t.word) for t in spent)) and not any(
            t.word and t.word.first <= m.first and m.last <= t.word.last for t in spent)]
        done = {r.topic for r in readings}
        chosen = [t for t in topics_in(vocabulary, matches, stems, event, named, around) if t.topic.id not in done]
    return governing(text, measured(vocabulary, readings))


# a predicate set off by a comma right after an actor ("Yerevan, (now) cooling on Moscow, …") describes that actor
_SET_OFF_AFTER = re.compile(r"\s*,\s*(?:(?:now|still|already|increasingly|quietly|openly)\s+)?")
_ASIDE_CLOSES = re.compile(r"[^,;.]*,")  # (an aside, closed before the clause goes on)


# verbs that let another act ("letting Moscow referee"): a negation before them denies the other's doing
_LETTING = {"let", "allow", "permit"}


def _claims_of(vocabulary: Vocabulary, found: TopicMatch, words: list[Token], stems: list[str],
               mentions: list[Mention], index_of: list[tuple[int, int]], previous: list[str], speaker: str,
               clause: Clause, body: str, acting: int | None = None, coarse: bool = False) -> list[Reading]:
    ledger = vocabulary.ledger
    topic = found.topic
    match = found.answer or found.word
    assert match is not None
    # in characters: the stems may stand in another order than the words ("X gets backing from Y")
    spans = [index_of[i] for m in (found.answer, found.word) if m for i in m.at]
    phrase_start, phrase_end = min(a for a, _ in spans), max(b for _, b in spans)
    reach = stems[max(0, match.first - NEGATION_REACH):match.first]
    hedge = topic.kind == "stance" and hedged(body, phrase_start, phrase_end)
    if _SPECULATED in reach and not hedge:
        return []  # "X might sanction Russia one day": a possibility, not a claim
    # "Moscow denied that its missiles …": the speaker says the opposite of the clause
    scope = scope_start(body, index_of, match.first)
    opens = lead_end(body, index_of, stems)
    # (a negative phrase right after another negation is denied: "has never refused to recognise", "no longer declines")
    denies = (not match.cue.negative and negated(stems, match, max(scope, after_relative(body, index_of, match.first)),
                                                 opens, found.word.last if found.word else -1,
                                                 apposed(body, phrase_start, phrase_end))
              or match.cue.negative and match.first > 0 and stems[match.first - 1] == NEG) != clause.denied
    if found.answer is not None and _NONE_AFTER.match(body, index_of[found.answer.last][1]):
        denies = not denies  # "abstained on none of them", "backed neither of the texts": done to none
    if found.answer is None and denies and any(s in _LETTING and stems[i + 1].startswith("@")
                                               for i, s in enumerate(stems[scope:match.first - 1], scope)):
        return []  # "has stopped letting Moscow referee its talks": what is denied is another's doing
    # actors named by the phrase itself are part of what is said, not who says or does it
    named = {index_of[i][0] for m in (found.answer, found.word) if m for i in m.at if stems[i].startswith("@")
             and names_other_party(topic, m, stems[i])}
    free = [m for m in mentions if m.start not in named]
    # "Europe has found a replacement for Russian gas in Azerbaijan": the one the word order moves is the subject,
    # so the answer is another (but where the topic asks of "its" ally, the one moved is the ally: the answer)
    answering = [m for m in free if m.start != acting] \
        if topic.value_type == "entity" and acting is not None and not asks_of_its(topic) else free
    only_of = vocabulary.sole_subject.get(topic.id)
    answering = [m for m in answering if only_of not in (m.entity, country_of(ledger, m.entity))] or answering
    # ("a pro-Moscow billionaire", "the Kremlin-friendly billionaire": a leaning, no answer)
    answering = [m for m in answering
                 if not _LEANING.search(body, 0, m.start) and not _LEANING_AFTER.match(body, m.end)]
    answer, denied, how = answer_of(topic, found.answer, denies, answering, phrase_start, phrase_end, ledger, body,
                                    coarse)
    if hedge and answer and not denies:
        answer, how = weaker(topic, answer), how + " (hedged)"  # "may yet have won a friend": a leaning
    roles = {role: index_of[match.at[i]][0] for i, role in match.cue.roles}
    if "answer" in roles:
        # a labelled example names its answer: the actor standing where the example's answer stands
        answer = next((m.entity for m in mentions if m.start == roles["answer"]), answer)
    given: list[Mention] = []
    at = next((i for i, m in enumerate(mentions) if m.start == acting), None)
    # only for a phrase before that actor: the words the word order is about, not a later verb of the clause
    if at is not None and (phrase_start < mentions[at].start and phrase_end <= mentions[at].end
                           or _FRONTED_IN.match(body[:mentions[at].start])) and \
            country_of(ledger, mentions[at].entity) not in (topic.object, answer):
        # "Kyiv is backed by Ankara", "Brussels sees a partner in Baku", "In Ankara, Kyiv has found …": the one
        # the word order says acts (those listed with it, but never the other party: "In Ankara, Kyiv …")
        given = [m for m in coordinated_head(mentions[at:], body)
                 if country_of(ledger, m.entity) not in (topic.object, answer)]
    if "subject" in roles:
        # where the example has its subject stands this one's, with any actors listed together with it
        at = next((i for i, m in enumerate(mentions) if m.start == roles["subject"]), None)
        if at is not None:
            given = coordinated_tail(mentions[:at + 1], body) + coordinated_head(mentions[at:], body)[1:]
    head = [m for m in free if m.start < index_of[scope][0] and country_of(ledger, m.entity) != topic.object
            and not governed(body, m.start)]
    if scope and not given and head and not any(index_of[scope][0] <= m.start < phrase_start for m in free) \
            and not opens_on_pronoun(body):  # ("his country backs Kyiv's … and will never …": the pronoun's)
        # "X has not backed Y at the UN, skipping every vote": the predicate after the comma is the clause's
        # subject's, the first actor named (with those listed with it)
        # (but one set off right after an actor describes that actor: "…, as Yerevan, cooling on Moscow, turns …")
        right = [m for m in head if _SET_OFF_AFTER.fullmatch(body, m.end, index_of[scope][0])
                 and _ASIDE_CLOSES.match(body, phrase_end)]
        given = [right[-1]] if right and right[-1] is not head[0] else coordinated_head(head, body)
    if answer is None or owned_by_another(ledger, topic, mentions, body, phrase_start, phrase_end) or \
            other_party_acts(ledger, topic, match, mentions, body, phrase_start):
        return []
    if at is not None and topic.object and country_of(ledger, mentions[at].entity) == topic.object and \
            phrase_start < mentions[at].start and not given and not mutual(topic):
        return []  # "Azerbaijan found a supporter in Ukraine": the topic's other party is the one who acts
    if topic.value_type == "entity" and named and not topic.object:
        # "the closest ally of Ukraine is Georgia": the one the phrase names is the one asked about
        # (a region the phrase names, "closest South Caucasus ally", is where it is asked, not of whom)
        free = [m for m in mentions if m.start in named and ledger.entities[m.entity].kind != "group"] + \
            [m for m in free if m.entity != answer]
    if match.cue.origin == "nearest" and topic.kind == "framing" and not given:
        # a framing told by words strewn over the clause is said of the clause's own subject, its first actor
        head = [m for m in free if country_of(ledger, m.entity) != topic.object and not governed(body, m.start)]
        given = coordinated_head(head, body) if head else []
    if given:
        subjects = list(dict.fromkeys(vocabulary.stands_for(topic.id, m.entity) for m in given))
        subject_words = {s: m.text for s, m in zip(subjects, given, strict=False)}
    else:
        subjects, subject_words = subjects_of(vocabulary, topic, free, phrase_start, answer, speaker, previous,
                                            clause, body, phrase_end)
    sole = not subjects and topic.id in vocabulary.sole_body
    if topic.id in vocabulary.person_topics:
        # a topic asked of people ("who rules Georgia"): a country is never its subject ("Kyiv … ruling party");
        # when the clause's subject is a country, the person or body it names elsewhere is the one meant
        kinds = vocabulary.subject_kinds[topic.id] - {"country"}
        subjects = [s for s in subjects if ledger.entities[s].kind in kinds]
        bodies = [m for m in free if ledger.entities[m.entity].kind in kinds]
        if not subjects and bodies:
            subjects, subject_words = subjects_of(vocabulary, topic, bodies, phrase_start, answer, speaker, [],
                                                  clause, body)
        elif not subjects and speaker and ledger.entities[speaker].kind != "country" and \
                vocabulary.sole_body.get(topic.id, speaker) == speaker:
            # "SOCAR said its stations had handed out 100 tonnes": the body speaking of its own doing (but not
            # one the ledger never asks it of: "only countries hold that right, Kuleba said" is the law's)
            subjects, subject_words = [speaker], {speaker: "(the speaker)"}
    if topic.id in vocabulary.sole_body and not subjects and (sole or all(governed(body, m.start) for m in free)):
        # the ledger asks this only of one body (the UN's count of resolutions): no one named means it (nor does
        # one named only after a preposition: "the emergency session on Ukraine adopted six resolutions")
        subjects = [vocabulary.sole_body[topic.id]]
        subject_words = {subjects[0]: "(none named: the only one the ledger asks this of)"}
    readings = []
    cue = found.answer or found.word
    assert cue is not None
    cue_span = (clause.start + min(index_of[i][0] for i in cue.at), clause.start + max(index_of[i][1] for i in cue.at))
    phrase_words = body[cue_span[0] - clause.start:cue_span[1] - clause.start]
    # "X gave fifteen million, Y a mere 315,000": one amount per actor
    paired = amounts_by_actor(body, free, topic) if topic.value_type == "number" else []
    each = [(country_of(ledger, m.entity), amount, words) for m, amount, words in paired] or \
        [(subject, answer, how) for subject in subjects]
    for subject, said, said_how in each:
        why = {"subject": subject_words.get(subject, ""), "topic": phrase_words, "answer": said_how}
        if cue.cue.origin == "nearest":
            why["nearest"] = "no phrase of the topic's vocabulary occurs whole; its telling words point to it"
        if clause.reported and speaker:
            why["voice"] = "reported by " + ledger.entities[speaker].name
        readings.append(Reading(subject, topic.id, said, denied, "reported" if clause.reported and speaker
                                else "asserted", speaker if clause.reported else "", why=why, cue=cue_span,
                                negative=denies or match.cue.negative))
    # "unlike X, Y has not": X has; "unlike X, which shut …, Y": Y has not
    within = clause.contrast is not None and clause.contrast[0] <= cue_span[0] < clause.contrast[1]
    for subject in contrasted(vocabulary, topic, mentions, clause, subjects):
        flipped = denied if denied is not None else negate(topic, answer) if within else None
        if flipped is not None and flipped != answer:
            readings.append(Reading(subject, topic.id, flipped, None, cue=cue_span,
                                    why={"subject": "unlike …", "topic": phrase_words, "answer": "the contrast"}))
    return readings


_SPECULATED = "might"
_LEANING = re.compile(r"\b(?:pro|anti)-?\s?$", re.IGNORECASE)
_LEANING_AFTER = re.compile(r"-(?:friendly|leaning|minded|aligned|backed|allied)\b", re.IGNORECASE)
_FRONTED_IN = re.compile(r"^\s*in\s+$", re.IGNORECASE)
_NONE_AFTER = re.compile(r"\s+(?:(?:on|for|in|at|with|to|against|from|behind)\s+)?(?:none|neither)\s+of\b",
                         re.IGNORECASE)
_COMMENTED = re.compile(r"(?:,|\s[-—–]+)?\s*" + COMMENT, re.IGNORECASE)
# "is due to", "is expected to", "is unlikely to", "has vowed to": what is to happen or may not, not what has
_PLANNED = {("be", "due"), ("be", "expect"), ("be", "unlik"), (NEG, "might")}  # (and "has not ruled out", "vowed to")
