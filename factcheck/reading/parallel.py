"""Clauses split where one assertion follows another: "Armenia abstained, Brazil voted yes", "X abstained
and Y stayed away", "Whereas X did …, Y did …"."""
from __future__ import annotations

import re

from factcheck.reading.clause import Clause
from factcheck.reading.colons import across_colons
from factcheck.reading.ellipsis import PASSIVE_AGAIN, PASSIVE_BEFORE, elliptical, without_aside
from factcheck.reading.gapped import ANSWERED, GAPPED, LIST_JOIN
from factcheck.reading.grammar import AS_QUALIFIER, LEAD_PREPOSITION, PASSED
from factcheck.reading.names import Mention, only_named
from factcheck.reading.negating import INVERTED_AUXILIARY
from factcheck.reading.phrases import Vocabulary, events_named
from factcheck.reading.pointing import CLOSING_PRONOUN, OBJECT_BACK
from factcheck.reading.text import IRREGULAR_FORMS
from factcheck.reading.when import TIME_LEAD, date_in

# "Armenia abstained, Brazil voted yes", "X abstained and Y stayed away": parallel assertions
# (and "…, and that even Armenia had …": a second thing said, its actor after "that" or "even")
_JOIN = re.compile(r",\s*(?:and\s+|while\s+)?(?:that\s+)?(?:even\s+)?|\s+(?:and|&)\s+(?:then\s+|that\s+)?(?:even\s+)?",
                   re.IGNORECASE)
# "it watched Armenia, and China too, vote in favour": an actor added in passing joins the list
_ADDED = re.compile(r"(?:[\w'’.-]+\s+){1,3}?(?:too|as well|also)\s*,", re.IGNORECASE)
# a verb in a form no suffix rule finds ("lost", "held")
_IRREGULAR_PAST = "|".join(re.escape(w) for w in sorted(IRREGULAR_FORMS, key=len, reverse=True) if w.isalpha())
# "…, and it has …", "…, and - to the dismay of many - it has …": a pronoun opening a verb of its own
# (and past a time it opens with, which opens the clause with it: "…, and this month he spoke up …")
# (and "…, nor has it joined …": the auxiliary inverted after "nor")
_PRONOUN_SUBJECT = re.compile(r"(?:-[^-;]{1,120}-\s*)?"
                              r"(?P<lead>" + TIME_LEAD + r"|(?P<nor>nor\s+" + INVERTED_AUXILIARY + r"\s+))?"
                              # (after "nor will" the verb is bare: "nor will it recognise")
                              r"(?=(?P<pronoun>it|they|he|she)\s+(?(nor)[a-z]{2,}|(?:has|have|had|is|are|was|were|"
                              r"did|does|do|will|would|can|could|never|still|also|now|no longer|[a-z]{2,}(?:s|ed)|"
                              + _IRREGULAR_PAST + r"))\b)",
                              re.IGNORECASE)
_NOR_PRONOUN = re.compile(r"nor\s+" + INVERTED_AUXILIARY + r"\s+(?:it|they|he|she)\b", re.IGNORECASE)
# "borders both Russia and Iran", "between Baku and Yerevan": the "and" of a pair joins two names
# (once: in "between yes and abstain and X …" the pair has its "and", and the next joins a clause)
_PAIRED = re.compile(r"\b(?:both(?!\s+times\b)|between)\s+(?:(?!\band\b)[\w'’. -]){1,30}$", re.IGNORECASE)
# "… a yes from X and an abstention from Y": each answer with the actor it came from
# (and "… and no vote at all from Z")
_GIVEN_FROM = re.compile(r"(?:(?:a|an|no)\s+[\w-]+(?:\s+(?:at\s+all|whatsoever))?|(?:[\w-]+\s+)?[\w-]+s)\s+from\s+"
                         r"(?:the\s+)?", re.IGNORECASE)
# "… as Azerbaijan's troops erected …": an "as" that opens a clause of its own, its subject named
_AS_WHILE = re.compile(r"(?<!\bsuch)(?<!\bas well)(?<!\bjust)(?<!\bso)\s+as\s+(?:the\s+|most\s+|many\s+|some\s+)?",
                       re.IGNORECASE)
# "even as most Georgians cheer for Kyiv": a people named in the plural, and the verb after them
_PEOPLE_PLURAL = re.compile(r"(?:ans|anis|ks)$", re.IGNORECASE)
_PEOPLE_VERB = re.compile(r"\s+(?!(?:and|or|nor|of|in|on|with|to|for|at|by|from|as|than|who|which|that)\b)"
                          r"(?:\w+ly\s+)?[a-z]+\b")
_AS_DOES = re.compile(r",?\s+" + AS_QUALIFIER + r"(?P<as>as)\s+(?:the\s+)?", re.IGNORECASE)
_BARE_AUXILIARY = re.compile(r"\s+(?:(?:\w+ly|still|also|always)\s+)?" + INVERTED_AUXILIARY + r"(?:n['’]?t)?\b"
                             r"(?:\s+not\b)?(?:\s+(?:too|so|likewise|before))?\s*(?:[,.;:!?]|\s-|$)", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"[\s.;:!?]*$|\s*(?:and|but|while|whereas)\b", re.IGNORECASE)
_NONE_OTHER = re.compile(r"\s*(?:no|none|nobody|not one|few)\b", re.IGNORECASE)
_TIME_TAIL = re.compile(r",\s*(?:[\w-]+\s+){0,3}(?:before|after|until)\s+(?:the\s+)?", re.IGNORECASE)
# ", then in April voted", ", and then abstained": a verb of the clause's own subject after a comma
_THEN_VERB = re.compile(r",\s*(?:and\s+)?then\s+(?=(?:" + TIME_LEAD + r")?(?:[a-z]+ed|" + _IRREGULAR_PAST + r")\b)",
                        re.IGNORECASE)
_CAPITALISED = re.compile(r"(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3}")
# where the next clause opens after an ellipsis: "Y is doing likewise, and only Z, which …, has …"
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s", re.IGNORECASE)
_AS_SERIES = re.compile(r",?\s+as\s+(?:it|they)\s+(?:has|have|had)\s+(?:never|always|not)\b[^,;]*?"
                        r"\b(?:any|every|each|all)\b", re.IGNORECASE)
_FINITE = re.compile(r"\s+(?:seems?|seemed|appears?|appeared|remains?|remained|stays?|stayed|is|are|was|were|has|"
                     r"have|had|will|would|can|could|"
                     r"must|may|might)\b", re.IGNORECASE)
_OWN_VERB = re.compile(r"(?:'s?\s+[a-z]+\s+)?(?:[a-z]+ed|" + _IRREGULAR_PAST + r")\b", re.IGNORECASE)
_DASH = re.compile(r"\s+-+\s+")
# "- adopted over the no votes of …", ", which was passed with …": how a text passed, an aside of its own
_PASSED_ASIDE = re.compile(r"(?:\s+-+\s+|,\s*(?:which|that)\s+(?:was|were)\s+)(?=" + PASSED + r"\b)", re.IGNORECASE)
# an owner's pronoun, its noun, and a verb of their own: "its delegation simply never turned up"
_OWNER_SUBJECT = re.compile(r"(?:its|their|his|her)\s+[a-z]+\s+(?:(?:simply|just|never|not|still|also|even|"
                            r"\w+ly)\s+)*(?:has|have|had|is|was|are|were|did|does|[a-z]+ed)\b", re.IGNORECASE)
_COLON = re.compile(r":\s+")
_NEITHER = re.compile(r"(?:neither|not even|nor)\s+", re.IGNORECASE)
# "Having sided with Armenia in the dispute, the Kremlin …": a participle's phrase says what the main clause's
# subject did; it is no assertion of its own
# (not the prepositions that end as a participle does: "During the war, …", "Following the vote, …")
_PARTICIPLE_LEAD = re.compile(r"\s*(?:having\s+(?:long\s+|once\s+|always\s+)?[a-z]+(?:ed|en|t)|"
                              r"(?!during|including|regarding|concerning|following|according|notwithstanding|pending|"
                              r"excluding|considering|barring)[a-z]+ing)\b[^,;:]*,\s*", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "won Tbilisi's and Ankara's support": an owner whose noun the next owner shares joins no new clause
_BARE_OWNER = re.compile(r"['’]s?\s*$")
# "no longer needs, or wants, Russian go-betweens": a verb set in between commas shares the object that follows
_ALTERNATIVE_VERB = re.compile(r"\b[a-z]+(?:s|ed),\s*(?:or|and|nor)\s+(?:even\s+|perhaps\s+)?[a-z]+(?:s|ed)\s*$")
# "Whereas X did …, Y did …": the subordinate clause ends at its comma
# (and, with no comma, where an owner's pronoun opens the main clause: "whenever the UN votes on the war its seat
# is empty")
_SUBORDINATE_LEAD = re.compile(r"\s*(?:whereas|while|although|though|when|whenever|as|after|before|since)\b"
                               r"(?:[^,]*,|[^,]*?(?=\s(?:its|their)\s[a-z]+\s(?:is|was|are|were|has|have|had|"
                               r"stays?|stayed|remains?|remained)\b))",
                               re.IGNORECASE)


_AND_WAS = re.compile(r"\s*,\s*and\s+(?:was|were)\s", re.IGNORECASE)


def parallel(vocabulary: Vocabulary, text: str, found: list[Clause], mentions: list[Mention]) -> list[Clause]:
    """Clauses split where one assertion follows another without a conjunction of contrast: at a comma
    or "and" that an actor follows, when each side says something on its own."""
    out: list[Clause] = []
    for clause in across_colons(text, found, mentions):
        lead = _SUBORDINATE_LEAD.match(text, clause.start)
        cuts = [lead.end()] if lead and lead.end() < clause.end and not clause.reported else []
        aside = clause.aside  # "X, the minister said, has …": the speaker's words are no assertion of their own
        pronouns: set[int] = set()
        marks: set[int] = set()  # cuts at a dash an actor follows
        forced: set[int] = set()  # cuts that open a clause of their own whatever it says
        for join in _JOIN.finditer(text, clause.start, clause.end):
            pronoun = _pronoun_at(text, join.end(), aside)
            if pronoun is not None and join.start() > clause.start:
                cuts.append(pronoun)  # "…, and — to everyone's dismay — it has not …": a new subject
                pronouns.add(pronoun)
                if _NOR_PRONOUN.match(text, pronoun) and vocabulary.matches(vocabulary.text_stems(
                        text[pronoun:clause.end])):
                    forced.add(pronoun)  # "…, nor does it treat X as states": a denial of its own on its topic
            # (never within brackets: "none of the three (X, Y or Z)" is one list)
            elif any(m.start in (join.end(), _after_so(text, join.end())) or
                     _led_to(vocabulary, text, join, m.start, mentions) for m in mentions) and \
                    join.start() > clause.start and \
                    not aside[0] <= join.end() <= aside[1] and not _ADDED.match(text, join.end()) and \
                    not ("," not in join.group() and _PAIRED.search(text, clause.start, join.start())) and \
                    not _PARTICIPLE_LEAD.fullmatch(text, clause.start, join.end()) and \
                    not _BARE_OWNER.search(text, clause.start, join.start()) and \
                    not _ALTERNATIVE_VERB.search(text, clause.start, join.start()) and \
                    not _list_goes_on(text, join, mentions) and not _led_list(text, clause.start, join, mentions) and \
                    text.count("(", clause.start, join.start()) <= text.count(")", clause.start, join.start()) and \
                    not ("," not in join.group() and any(m.end == join.start() and _THE_BEFORE.search(text, 0, m.start)
                                                         for m in mentions) and not _one_verb(text, join, mentions)):
                # (but "the Armenian and Azerbaijani seats": an "and" between two names after "the" joins them)
                cuts.append(join.end())
                if "and" in join.group().casefold() and ("," in join.group() and any(
                        m.start in (join.end(), _after_so(text, join.end())) and _FINITE.match(text, m.end)
                        or _led_to(vocabulary, text, join, m.start, mentions) and _OWN_VERB.match(text, m.end + 1)
                        for m in mentions) or _one_verb(text, join, mentions)):
                    # "…, and the Kremlin seems content to …", "…, and on 23 April Baku set up …": a subject and verb
                    forced.add(join.end())
            elif (given := _GIVEN_FROM.match(text, join.end()) or _NEITHER.match(text, join.end())
                  or _COUNTED_ANSWERS.match(text, join.end())) and \
                    join.start() > clause.start and any(m.start == given.end() for m in mentions):
                # "drew a yes from Tbilisi and an abstention from Yerevan"; "…, and neither X nor Y has …"
                cuts.append(join.end())
        for mark in [*_DASH.finditer(text, clause.start, clause.end), *_COLON.finditer(text, clause.start, clause.end)]:
            # "Armenia did not win the 2020 war - it lost most of the ground …", "Baku is not neutral: it backs
            # Ukraine": a pronoun with its verb after a dash or a colon opens a clause of its own, outside the
            # negation before
            # (and an owner's pronoun with a verb of its own after a dash: "X did not so much as abstain - its
            # delegation never turned up - while …")
            if _pronoun_at(text, mark.end(), aside) == mark.end() or mark.re is _DASH and \
                    _OWNER_SUBJECT.match(text, mark.end()) and not aside[0] <= mark.end() <= aside[1]:
                cuts.append(mark.end())
                pronouns.add(mark.end())
            elif mark.re is _DASH and any(m.start == mark.end() for m in mentions) and \
                    not aside[0] <= mark.end() <= aside[1] and \
                    len(_DASH.findall(text, clause.start, mark.start())) % 2 == 0:  # (not one closing an aside)
                cuts.append(mark.end())  # "Russia recognises them - Kazakhstan and Turkey don't"
                marks.add(mark.end())
        for passed in _PASSED_ASIDE.finditer(text, clause.start, clause.end):
            # "X backed ES-11/1 - adopted over the no votes of Y and Z -": how the text passed is said of others
            if passed.start() > clause.start and not aside[0] <= passed.start() <= aside[1]:
                cuts.append(passed.end())
        for again in PASSIVE_AGAIN.finditer(text, clause.start, clause.end):
            # "recognised by Moscow, rejected by Astana": a second passive opens a clause of its own
            # (or a passive with its own auxiliary after ", and": "got abstentions from X, and was opposed by Y")
            if again.start() > clause.start and (PASSIVE_BEFORE.search(text, clause.start, again.start())
                                                 or _AND_WAS.match(again.group())) and \
                    not aside[0] <= again.start() <= aside[1]:
                cuts.append(again.start())
                pronouns.add(again.start())
                forced.add(again.start())
        for as_ in _AS_DOES.finditer(text, clause.start, clause.end):
            # "Minsk votes no on every text, just as Moscow does": an ellipsis after "as" (kept when it is one)
            named = next((m for m in mentions if m.start == as_.end()), None)
            bare = _BARE_AUXILIARY.match(text, named.end) if named is not None else None
            # (not after "no other …": "No other state borders both as Azerbaijan does" is said of Azerbaijan alone;
            # nor one set off before the verb it compares with: "Yerevan, just as Minsk does, votes …")
            if as_.start() > clause.start and bare is not None and not _NONE_OTHER.match(text, clause.start) and \
                    _CLAUSE_ENDS.match(text, bare.end(), clause.end):
                cuts.append(as_.start("as"))
        for tail in _TIME_TAIL.finditer(text, clause.start, clause.end):
            # "X did A, three days before the Assembly passed B": a time clause with a subject and verb of its own
            # (its subject named, or a body named with capitals: "before the General Assembly passed …")
            body = _CAPITALISED.match(text, tail.end())
            subject_end = next((m.end for m in mentions if m.start == tail.end()), body.end() if body else None)
            if tail.start() > clause.start and subject_end is not None and _OWN_VERB.match(text, subject_end + 1) and \
                    not aside[0] <= tail.start() <= aside[1]:
                cuts.append(tail.start() + 1)
                pronouns.add(tail.start() + 1)
                forced.add(tail.start() + 1)
        for then in _THEN_VERB.finditer(text, clause.start, clause.end):
            # "X abstained in March, then in April voted against …": a second verb of the same subject
            if then.start() > clause.start and not aside[0] <= then.start() <= aside[1]:
                cuts.append(then.end())
        for as_ in _AS_WHILE.finditer(text, clause.start, clause.end):
            # "X's peacekeepers stood idly by as Azerbaijan's troops erected a post": the "as" clause has its own
            # subject and verb
            named = next((m for m in mentions if m.start == as_.end()), None)
            # (or a pronoun with a verb of its own on a whole series: ", as it has never voted on any text")
            series = _AS_SERIES.match(text, as_.start(), clause.end)
            if as_.start() > clause.start and (named is not None and (
                    _OWN_VERB.match(text, named.end) or _PEOPLE_PLURAL.search(named.text)
                    and _PEOPLE_VERB.match(text, named.end)) or series):
                cuts.append(as_.start())
                pronouns.add(as_.start())  # (it needs nothing said before it either)
        pieces, begin = [], clause.start
        ordered = sorted(set(cuts))
        elided: set[int] = set()  # where an ellipsis opens, which says something before the next cut
        for n, cut in enumerate(ordered):
            rest = text[cut:clause.end]
            # (an ellipsis may be followed by a clause of its own: "Y is doing likewise, and Z has …")
            # (or by one the next actor does not open: "…, and only Z, which …, has …")
            following = _NEXT_CLAUSE.search(text, cut, clause.end)
            own = text[cut:min(ordered[n + 1] if n + 1 < len(ordered) else clause.end,
                               following.start() if following else clause.end)]
            before = text[begin:cut]
            # "public opinion in Georgia and Azerbaijan runs …": an "and" after words that answer nothing
            # joins two names, not two assertions
            joined = re.search(r"[^,\s]\s+and\s+$", before, re.IGNORECASE) is not None
            # (a pronoun opening its own verb needs nothing said before it: it stands for the actor named there; nor
            # does an "as" clause with a subject of its own)
            # (or one verbless answer of its own: "Turkey yes, Kazakhstan abstained")
            said_before = cut in pronouns or begin in elided or bool(ANSWERED.match(before)) or (
                _answers_something(vocabulary, before) if joined else _speaks(vocabulary, before))
            if not said_before:
                continue
            whole, alone = (elliptical(vocabulary.text_stems(without_aside(part)), vocabulary.text_stems(before))
                            is not None for part in (rest, own))
            if (
                    _answers_something(vocabulary, rest) or OBJECT_BACK.search(rest) or GAPPED.match(rest)
                    or (cut in marks and CLOSING_PRONOUN.search(rest))  # "friends - A and B stand by it"
                    or ANSWERED.match(rest) or whole or alone or cut in forced
                    # (a pronoun with a verb of its own that names a topic: "…, and by March it was the most
                    # sanctioned country on earth" is said of the subject before, not of the object near it)
                    # (never an "it" that stands for what follows: "it would be astonishing if …")
                    or (cut in pronouns and _speaks(vocabulary, own) and not _EXPLETIVE.match(own)
                        and not _THAT_BEFORE.search(text, clause.start, cut))
                    # (a lead that answers of its own is its own clause: "Since X's troops pushed into Armenia, …")
                    or (lead is not None and cut == lead.end() and _answers_something(vocabulary, before)
                        and any(m.start >= cut for m in mentions))):
                pieces.append((begin, cut))
                begin = cut
                if alone and not whole:
                    elided.add(cut)
        pieces.append((begin, clause.end))
        if len(pieces) == 1:
            out.append(clause)
            continue
        for a, b in pieces:
            contrast = clause.contrast if clause.contrast and a <= clause.contrast[0] < b else None
            out.append(Clause(a, b, clause.reported, clause.speaker_span, contrast, clause.denied,
                              (clause.start, clause.end)))
    return out


_EXPLETIVE = re.compile(r"it\s+(?:is|was|would\s+be|will\s+be|seems|seemed|remains)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:that|if|to|whether|when|worth\s+[a-z]+ing)\b", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)


# "…, and only five noes: X, Y and Z": a count of one answer, then those who gave it
_COUNTED_ANSWERS = re.compile(r"(?:(?:only|just|a\s+mere|merely)\s+)?(?:[\w-]+\s+)?(?:noes|nays|no\s+votes|yes\s+votes|"
                              r"yeses|ayes|abstentions)\s*:\s*", re.IGNORECASE)


# "…, and so has Turkey", "and so does Ankara", "and neither has Armenia": the same said again of another
_SO_AUXILIARY = re.compile(r"(?:so|neither|nor)\s+" + INVERTED_AUXILIARY + r"\s+", re.IGNORECASE)


# "…, and only Belarus remains …", "and even Baku has …": a word of focus before the next clause's actor
_FOCUS = re.compile(r"(?:only|even|now|just)\s+", re.IGNORECASE)
# "…, and the government in Tbilisi has …": those who act for the actor named after them
_ACTING_FOR = re.compile(r"(?:the\s+)?(?:government|leadership|authorities|regime|rulers?)\s+(?:in|of)\s+",
                         re.IGNORECASE)


# "…, and the Russian peacekeepers nearby lifted not a finger": an actor named as an adjective after "the" (not a
# people, "the Russians", nor a name that takes "the", "the Kremlin")
_THE_ADJECTIVE = re.compile(r"the\s+(?=(?-i:[A-Z])[a-z]+(?:an|ani|ish|ese|ian|i)\s+[a-z])", re.IGNORECASE)
# "…, the Armenians did": a people named in the plural after "the", with a bare auxiliary (not "…, the Armenians
# were crushed", where what came before describes them)
_THE_PEOPLE = re.compile(r"the\s+(?=[a-z]+(?:ans|anis|ks)\b" + _BARE_AUXILIARY.pattern + ")", re.IGNORECASE)


def _one_verb(text: str, join: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether the actor after an "and" has a verb in the singular of its own: "a partner of the West and Armenia
    is edging towards it" joins no list of two (two would take "are")."""
    return any(m.start == join.end() and _SINGULAR.match(text, m.end) for m in mentions)


_SINGULAR = re.compile(r"\s+(?:is|was|has|remains|seems|appears|stays)\b", re.IGNORECASE)


def _after_so(text: str, at: int) -> int:
    """Where the actor stands after a "so has" (or "the government in") at `at`; -1 if there is none."""
    so = _SO_AUXILIARY.match(text, at) or _ACTING_FOR.match(text, at) or _THE_ADJECTIVE.match(text, at) or \
        _FOCUS.match(text, at) or _THE_PEOPLE.match(text, at)
    return so.end() if so else -1


# "…, and on ES-11/4, Armenia abstained": a lead of its own before the next clause's actor
_PLACE_LEAD = re.compile(LEAD_PREPOSITION + r"\s+[^,;:]{1,60}?(?P<comma>,)?\s*", re.IGNORECASE)


def _led_to(vocabulary: Vocabulary, text: str, join: re.Match[str], actor: int, mentions: list[Mention]) -> bool:
    """Whether a lead of its own ("on ES-11/4, ") runs from the join to the actor at `actor`: set off by a comma,
    or after "and" naming an event or a date, and no one ("and in mid-March Baku and Yerevan …")."""
    at = join.end()
    lead = _PLACE_LEAD.fullmatch(text, at, actor) if at < actor <= at + 70 else None
    if lead is None or lead.group("comma"):
        return lead is not None
    if "and" not in join.group().lower() or re.search(r"\b(?:and|or)\b", lead.group(), re.IGNORECASE) or \
            any(at <= m.start < actor for m in mentions):
        return False
    stems = vocabulary.text_stems(lead.group())
    # (a month with no year is a date too: "and on 23 April Azerbaijan …")
    return date_in(lead.group(), None)[0] is not None or bool(re.match(TIME_LEAD, lead.group(), re.IGNORECASE)) or \
        bool(events_named(vocabulary, stems))


def _pronoun_at(text: str, at: int, aside: tuple[int, int]) -> int | None:
    """Where a pronoun opening a verb of its own stands from `at` (past an aside between dashes), unless `at` is
    within the speaker's words."""
    pronoun = _PRONOUN_SUBJECT.match(text, at)
    if pronoun is None or aside[0] <= at <= aside[1]:
        return None
    return pronoun.start("lead") if pronoun.group("lead") else pronoun.start("pronoun")


def _list_goes_on(text: str, join: re.Match[str], mentions: list[Mention]) -> bool:
    """ "passed with China, India and Brazil voting in favour": a comma between a preposition's actor and a list
    going on after it ("India and Brazil") joins one list, unless what follows is a verbless clause of its own
    ("sides with Moscow, Poland with Kyiv")."""
    if not any(m.end == join.start() and _GOVERNING.search(text, 0, m.start) for m in mentions):
        return False
    after = next((m for m in mentions if m.start >= join.end()), None)
    if after is None:
        return False
    rest = text[join.end():]
    # (the list's last one after "and": "from Turkey and Brazil, …", not "and Armenia has …")
    goes_on = _LIST_END.match(text, after.end) if "," not in join.group() else LIST_JOIN.match(text, after.end) and any(
        m.start > after.end and LIST_JOIN.fullmatch(text, after.end, m.start) for m in mentions)
    own = GAPPED.match(rest) or ANSWERED.match(rest)
    # (a verbless clause's list names actors only: "Brazil, abstentions from …" is no list of two)
    return bool(goes_on) and not (own and only_named(text, join.end() + own.start("who"), join.end() + own.end("who"),
                                                      mentions))


_LEAD_WORDS = re.compile(r"\s*(?:on|in|at|over|for|during|after|before)\s+(?:[^\s,;]+\s+){1,5}$", re.IGNORECASE)


def _led_list(text: str, start: int, join: re.Match[str], mentions: list[Mention]) -> bool:
    """ "on ES-11/1 China, India and Brazil voted yes": a comma after the one actor a lead opens on, and a list
    going on after it to its "and", joins one list."""
    first = next((m for m in mentions if start <= m.start < join.start()), None)
    if first is None or first.end != join.start() or "," not in join.group() or \
            not _LEAD_WORDS.fullmatch(text, start, first.start):
        return False
    after = [m for m in mentions if m.start >= join.end()][:2]
    return len(after) == 2 and after[0].start == join.end() and LIST_JOIN.fullmatch(text, after[0].end,
                                                                                      after[1].start) is not None


_GOVERNING = re.compile(r"\b(?:with|from|by|among|including)\s+(?:the\s+)?$", re.IGNORECASE)
# (or the next answer's "and no vote at all from …")
_LIST_END = re.compile(r"\s*(?:[,;.:]|$)|\s+and\s+(?=" + _GIVEN_FROM.pattern + ")", re.IGNORECASE)


def _speaks(vocabulary: Vocabulary, text: str) -> bool:
    stems = vocabulary.text_stems(text)
    return bool(vocabulary.matches(stems))


def _answers_something(vocabulary: Vocabulary, text: str) -> bool:
    stems = vocabulary.text_stems(text)
    return any(m.cue.answer is not None for m in vocabulary.matches(stems))
