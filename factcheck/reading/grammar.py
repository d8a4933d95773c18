"""The grammar a careful reader uses, independent of any topic: clauses, reported speech, lists of
actors, and dates in the text resolved against the date of the document."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.text import fold

# Where one assertion ends and another begins within a sentence.
# a colon that only names what the words before it describe ("… among its allies: Baku.") ends no clause
_CLAUSE_BREAK = re.compile(r";|:\s(?![^,;:.!?\s]+(?:\s+[^,;:.!?\s]+){0,3}[.!?]?\s*$)|"
                           r"(?<!anything)(?<!\ball)(?<!days),?\s+(?:but|yet|while|whereas|although|though|when)\s+(?!to\b)|"
                           # a full stop, but not an initial's ("Anthony B. Kim") nor a title's ("Mr. Aliyev")
                           r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)\.\s+",
                           re.IGNORECASE)
# words that set one clause's time apart from another's ("in 2022 …, but now …")
_TIME_CONTRAST = re.compile(r"\b(?:but|yet|while|whereas|although|though|now|today|no longer|since then|still|"
                            r"again|until|before|after)\b", re.IGNORECASE)
_OTHER_TIME = re.compile(r"\b(?:now|today|no longer|since then|still|until|before|after|these days|later)\b",
                         re.IGNORECASE)
# Verbs of saying: what follows is reported, not asserted.
_SAYING = (r"says?|said|claims?|claimed|insists?|insisted|argues?|argued|asserts?|asserted|maintains?|"
           r"maintained|accuses?|accused|told|tells|states?(?=\s+that\b)|stated|announced?|announces|alleges?|alleged|"
           r"stresses|stressed|declared?|declares|believes?|believed|thinks?|thought|denies|denied|"
           r"warns?|warned|writes?|wrote|reports?|reported|notes?|noted|see|sees|saw|view|views|viewed|"
           r"regards?|regarded|describes?|described|(?<!so-)(?<!so )(?:calls?|called)|considers?|considered|"
           r"hopes?|hoped|adds|added|recalls?|recalled|points? out|pointed out|acknowledges?|acknowledged|complains?|"
           r"complained|reiterates?|reiterated|emphasi[sz]es?|emphasi[sz]ed|underlines?|underlined|observes?|observed|"
           r"remarks?|remarked|explains?|explained|confirms?|confirmed|reveals?|revealed|boasts?|boasted|laments?|"
           r"lamented|counters?|countered|retorts?|retorted|assures?|assured|vows?|vowed|pledges?|pledged|"
           r"concludes?|concluded|reckons?|reckoned|charge[sd]?(?=\s+that\b)|suggest(?:s|ed)?(?=\s+that\b)")
# "states" reports only before "that": "as states, Kazakhstan …" and "the Baltic States, Romania" are nouns
# ("told reporters that", "says, …", "says it …"; a pronoun only right after the verb: in "says Armenia has
# frozen its membership" what was said starts at Armenia)
# (what X "calls" before a comma is its object: "refused to call Crimea Russian, and …" reports nothing)
_REPORTED_AFTER = re.compile(rf"\b(?:{_SAYING})\b(?:(?:\s+\w+){{0,3}}?\s+that\b|"
                             r"(?<!\bcall)(?<!\bcalls)(?<!\bcalled)(?:\s+\w+){0,3}?\s*,|"
                             r"\s+(?=it\b|they\b|its\b|their\b))|"
                             # "told a press conference in Ankara that": whom and where it was told
                             r"\b(?:told|tells)\s+(?:[\w'’-]+\s+){1,8}?that\b|"
                             # "Yerevan is convinced that …": a belief is reported as words are
                             r"\b(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?(?:convinced|certain|adamant|"
                             r"persuaded|confident)\s+that\b")
# verbs that can only report: what follows them is what was said, "that" or not ("Ankara says Crimea is ...")
_ONLY_SAYING = re.compile(r"\b(?:says|said|claims|claimed|insists?|insisted|argues?|argued|asserts|asserted|"
                          r"maintains?|maintained|stresses|stressed|warns?|warned|alleges?|alleged|denies|denied|"
                          r"accuses|accused|accuse|admits?|admitted|concedes?|conceded|contends?|contended|"
                          r"reckons?|reckoned|believes|thinks|"
                          r"made clear|makes clear|make clear|"
                          # "has called Azerbaijan an alternative supplier": what X is called is what was said
                          r"(?<!so-)(?<!so )(?:calls|called|call)(?=\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+(?:a|an|the)\s)|"
                          # "described Azerbaijan as Ukraine's closest ally": so too what X is described as
                          r"(?:describes|described|describe)(?=\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+as\s))"
                          r"\s+(?:repeatedly\s+|again\s+|publicly\s+|that\s+)?")
_SAID_ASIDE = re.compile(r",\s*(?:[\w'’.-]+\s+){1,5}?(?:says|said|claims|claimed|insists|insisted|argues|argued|"
                         r"believes|believed|notes|noted|adds|added|maintains|maintained|told\s+\w+)\s*,(?=\s*\S)")
_TRAILING_SAYING = re.compile(r",\s*(?!which\b|who\b)(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|tells|added|adds|"
                              r"insisted|insists|claimed|argued|noted|stressed|wrote|warned|explained|announced)\b"
                              # (", insists that …" goes on with what is said: the speaker stands before)
                              r"(?!\s+that\b)[^,;]{0,40}$")
_QUOTED = re.compile(r'\s*"(?P<said>[^"]{3,}?)[,.]?"\s*,?\s*(?P<who>(?:[\w\'.-]+\s+){0,6}?)(?:said|says|told|tells|'
                     r"added|adds|insisted|insists|claimed|argued|noted|stressed|wrote|warned|explained|announced|"
                     r"declared|replied)\b")
# 'The minister said: "…"': the clause after the colon is what was said
_SAID_COLON = re.compile(r"\b(?:said|says|told\s+\w+|added|declared|wrote|stated|insisted|announced)\s*:\s*$")
_REPORTED_LEAD = re.compile(r"\b(?:according to|in the words of|in the view of)\b", re.IGNORECASE)
_QUESTION = re.compile(r"\?\s*$")
_HYPOTHETICAL = re.compile(r"^\s*(?:if|whether|will|would|could|should|might|may|can|does|do|did|is|are|was|were|"
                           r"has|have|how|why|what|when|who)\b", re.IGNORECASE)
# and "Georgia's government nor Armenia's": an owner's noun left out after the second owner
_COORDINATION = re.compile(r"^(?:'s?\s+(?:[a-z]+\s+){1,2}(?=(?:and|or|nor)\b))?"
                           r"\s*(?:(?:,|and|or|nor|&|as well as|both|neither|either|all|in|for|of|from|even)\s*)*$",
                           re.IGNORECASE)
# "rather than X", "instead of X": X is what was not done, and is no claim
_SET_ASIDE = re.compile(r",?\s+(?:rather than|instead of)\s+", re.IGNORECASE)
_CONTRAST_LEAD = re.compile(r"^\s*(?:unlike|in contrast to|contrary to)\b", re.IGNORECASE)

MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("may",)), key=len, reverse=True))
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
_ORDINAL_DAY = {word: n for n, word in enumerate(_ORDINALS, 1)} | {
    f"{tens}-{unit}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
    for n, unit in enumerate(_ORDINALS[:9], 1)} | {"thirtieth": 30}
# "the second of March", "the first day of May (2022)": a day written as an ordinal word
_ORDINAL_DATE = re.compile(rf"\bthe\s+({'|'.join(sorted(_ORDINAL_DAY, key=len, reverse=True))})\s+(?:day\s+)?of\s+"
                           rf"({_MONTH})\b(?:,?\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|since|from|by|during|of|after|until|before)?\s*((?:19|20)\d\d)\b", re.IGNORECASE)
# "in March", "last April", and "the April resolution": a month before the event's noun dates it
_BARE_MONTH = re.compile(rf"\b(?:in|since|by|last|this|early|late|mid-?|during|from|on|the)\s+({_MONTH})\b",
                         re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:(the previous|last|this|the past|earlier this|later that|that same|the same) "
                       r"(month|year)|(yesterday)|(\w+) (months|years) ago)\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "a": 1, "a few": 3}
NUMBER = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|"
                    r"millions?|billions?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    """One assertion of a sentence: its span, and whether (and by whom, as text) it is reported."""

    start: int
    end: int
    reported: bool = False
    speaker_span: tuple[int, int] | None = None  # where the speaker is named, when reported
    contrast_end: int = 0  # end of a leading "unlike X," that holds the opposite of the clause
    denied: bool = False  # the speaker denies what the clause says ("Moscow denied that …")
    whole: tuple[int, int] | None = None  # for one of parallel assertions, the span of all of them

    @property
    def aside(self) -> tuple[int, int]:
        """Where a speaker set inside the clause stands ("Kyiv, Zelenskyy said, has …"); (0, 0) if none."""
        span = self.speaker_span
        return span if span and self.start <= span[0] < self.end else (0, 0)


def clauses(text: str) -> list[Clause]:
    """The clauses of a sentence, each with where its speaker stands if it reports someone."""
    folded = fold(text)
    aside = _SET_ASIDE.search(folded)
    if aside:
        folded = folded[:aside.start()]
    breaks = list(_CLAUSE_BREAK.finditer(folded))
    # "X described A as B and said C", "X told … that A, and Y added that B": each verb of saying opens a clause
    first = _verb_of_saying(folded)
    if first is not None:
        breaks += [m for m in _NEXT_REPORTER.finditer(folded, first.end())
                   if (said := _verb_of_saying(folded[m.end():])) is not None
                   and said.start() <= m.end("lead") - m.end()]
    # "X, which says it backs Y, has never …": what the relative clause reports ends where the main verb resumes
    resumed = [m.end() for m in _REPORTING_RELATIVE.finditer(folded)]
    bounds = sorted({0, *[m.end() for m in breaks], *resumed, len(folded)})
    # "X never showed up when the Assembly voted on Y": the time clause names what the other is about
    # and so does a clause before a semicolon ("X refuses to treat Crimea as Russian; Y has endorsed the claim")
    timed = {m.end() for m in breaks if _WHEN.search(m.group()) or m.group() == ";"}
    found: list[Clause] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if end <= start or not folded[start:end].strip():
            continue
        clause = _clause(folded, start, end)
        if clause.reported and clause.speaker_span and clause.speaker_span[0] == start:
            # "Baku, which has been curbing Russian media, accuses Moscow of …": the speaker's relative clause
            # is asserted of the speaker
            relative = _ASSERTED_RELATIVE.search(folded, start, clause.speaker_span[1])
            if relative:
                found.append(Clause(start, relative.end()))
        if found and not clause.reported and _SAID_COLON.search(folded, found[-1].start, start):
            clause = Clause(clause.start, clause.end, True, (found[-1].start, start))
        if found and clause.reported and found[-1].reported and found[-1].speaker_span and clause.speaker_span \
                and _GOES_ON.fullmatch(folded, *clause.speaker_span):
            # "… and said C": the speaker of the clause before goes on
            clause = replace(clause, speaker_span=found[-1].speaker_span)
        if found and start in timed:
            whole = (found[-1].whole or (found[-1].start, found[-1].end))[0], clause.end
            found[-1] = replace(found[-1], whole=whole)
            clause = replace(clause, whole=whole)
        found.append(clause)
    return found


_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
# "…, and Fidan added that …", "… and said …": where a second verb of saying may take over
_GOES_ON = re.compile(r"[\s,]*(?:and\b)?[\s,]*", re.IGNORECASE)
_NEXT_REPORTER = re.compile(r",?\s+(?=and\s+(?P<lead>(?:[\w'’.-]+\s+){0,3}?)(?:" + _SAYING + r")\b)", re.IGNORECASE)
# "whatever his critics say, X has …": a concession reports nothing the sentence goes on to say
_CONCEDE = (r"\b(?:whatever|no matter what|regardless of what|however (?:hard|much|often|strongly|loudly)|"
            r"whether\b[^,;]{1,40}?\bor not)\b[^,;]*")
# "X backs Y, whatever Moscow claims, …" and "X backs Y whether Moscow likes it or not": set aside
_CONCESSION = re.compile(r",\s*" + _CONCEDE + r"(?:,|\s*[.!]?\s*$)", re.IGNORECASE)
_CONCEDING = re.compile(_CONCEDE + "$", re.IGNORECASE)
# ", which …", ", whose …": a relative clause opens (of the actor just before it)
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whose|which)\b", re.IGNORECASE)
_ASSERTED_RELATIVE = re.compile(r"^[^,;]{1,60}?,\s*(?:which|who)\b(?!\s+(?:" + _SAYING + r")\b)[^,;]{3,}?,",
                                re.IGNORECASE)
_REPORTING_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:(?:has|have|had|is|was|did|does)\s+)?(?:(?:never|not|once|"
                                 r"always|long|repeatedly|\w+ly)\s+){0,2}(?:" + _SAYING + r"|conceded|admitted)\b"
                                 r"[^,;:]*(?=,\s+(?:has|have|had|is|are|was|were|did|does|do|remains?|remained|still|"
                                 r"never|not|also|went|goes|now|\w+ed)\b)", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> Clause:
    body = text[start:end]
    quoted = _QUOTED.match(body)
    if quoted:
        # '"…," the minister said': the words in quotes are what was said
        return Clause(start + quoted.start("said"), start + quoted.end("said"), True,
                      (start + quoted.start("who"), start + quoted.end("who")))
    lead = _REPORTED_LEAD.search(body)
    if lead and lead.start() < 3:
        # "According to Kyiv, ...": the speaker runs to the first comma
        comma = body.find(",", lead.end())
        if comma > 0:
            return Clause(start + comma + 1, end, True, (start + lead.end(), start + comma))
    conceded = _CONCESSION.search(body)
    if conceded and body[:conceded.start()].strip():
        # "X, whatever Moscow claims, backs Y": the one conceded to is set aside, and nothing is reported
        return Clause(start, end, False, (start + conceded.start(), start + conceded.end()))
    aside = _SAID_ASIDE.search(body)
    if aside and body[:aside.start()].strip():
        # "Kyiv, Zelenskyy said, has always condemned …": what was said runs around the speaker
        return Clause(start, end, True, (start + aside.start(), start + aside.end()))
    trailing = _TRAILING_SAYING.search(body)
    if trailing:
        # "Armenia is Russia's ally, the minister said": what was said comes first
        return Clause(start, start + trailing.start(), True, (start + trailing.start(), end))
    saying = _verb_of_saying(body)
    if saying and saying.start() > 0:
        said = saying.end()
        if saying.group().rstrip().endswith(",") and len(body[said:].split()) < 3:
            # "Aliyev says Crimea is Ukraine, period": what follows the comma only stresses what was said
            said = saying.start() + len(saying.group().split()[0])
        # "X denied that …", "X has never once conceded that …": what follows is what X denies
        denied = bool(_DENYING.match(saying.group())) or bool(_NEVER_SAID.search(body, 0, saying.start()))
        return Clause(start + said, end, True, (start, start + saying.start()), denied=denied)
    contrast = _CONTRAST_LEAD.match(body)
    if contrast:
        comma = body.find(",", contrast.end())
        if comma > 0 and RELATIVE_CLAUSE.match(body, comma):
            # "Unlike X, which shut …, Y has …": what the relative clause says of X is part of the contrast
            comma = body.find(",", comma + 1)
        if comma > 0:
            return Clause(start, end, contrast_end=start + comma + 1)
    return Clause(start, end)


# a word before a verb of saying that makes it a noun: "the 24 states that", "Russia's claim to"
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|this|its|their|his|her|our|some|many|all|other|such|"
                          r"one|two|three|four|five|\d+)|'s?|s')\s+$", re.IGNORECASE)
# "the three South Caucasus states,": a plural noun after a number or a quantifier a few words before
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|hundreds?|dozens?|both|several|many|"
                      r"all|these|those|other|member)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_DENYING = re.compile(r"\s*den(?:y|ies|ied)\b", re.IGNORECASE)
_NEVER_SAID = re.compile(r"\b(?:never|not|n't)\s+(?:once\s+|ever\s+|yet\s+|publicly\s+)?$", re.IGNORECASE)


def _verb_of_saying(body: str) -> re.Match[str] | None:
    """The first verb of saying in a clause, passing over the same words used as nouns."""
    for pattern in (_REPORTED_AFTER, _ONLY_SAYING):
        for found in pattern.finditer(body):
            plural = found.group().rstrip(" ,:").split(" ")[0].endswith("s") and _COUNTED.search(body[:found.start()])
            # "ready to concede Karabakh": an infinitive with an object, not a report ("forced to concede that" is)
            infinitive = pattern is _ONLY_SAYING and re.search(r"\bto\s+$", body[:found.start()]) is not None \
                and not found.group().rstrip().endswith("that")
            if not _NOUN_BEFORE.search(body[:found.start()]) and not plural and not infinitive and \
                    not _CONCEDING.search(body[:found.start()]):
                return found
    return None


# a question typed without its mark ("is armenia still a russian ally"), a condition ("If Armenia were to …")
_UNMARKED_QUESTION = re.compile(r"^\s*(?:(?:will|would|could|should|might|can|does|do|did|is|are|was|were|has|have|"
                                r"had)\s+(?!not\b)\w|(?:what|why|how|who|which|when|where)\s+(?:is|are|was|were|"
                                r"does|do|did|has|have|will|would|can|could)\b|(?:if|unless|suppose|imagine)\s)",
                                re.IGNORECASE)


def is_question(text: str) -> bool:
    """A question or a hypothetical asserts nothing."""
    return bool(_QUESTION.search(text)) or bool(_HYPOTHETICAL.match(text) and "?" in text) or \
        bool(_UNMARKED_QUESTION.match(text))


_YES_NO_QUESTION = re.compile(r"^\s*(?:will|would|could|should|can|does|do|did|is|are|was|were|has|have|had)\s+"
                              r"(?=\w)", re.IGNORECASE)


def declarative(question: str) -> str | None:
    """The statement a yes/no question asks about ("Is X Y's ally?" -> "X Y's ally"), else None."""
    if not _YES_NO_QUESTION.match(question):
        return None
    return _YES_NO_QUESTION.sub("", question, count=1).rstrip().rstrip("?").rstrip()


# "whether Ankara would keep …", "I wonder if …": an open question inside a sentence asserts nothing
_OPEN_QUESTION = re.compile(r"\b(?:whether|wonders? if|wondering if|wondered if|asks? if|asked if|unclear if|"
                            r"not clear if)\b", re.IGNORECASE)


def asks(clause_text: str) -> bool:
    """Whether a clause holds an open question ("whether …") rather than an assertion; "…, whether Moscow
    likes it or not" concedes, it asks nothing."""
    return bool(_OPEN_QUESTION.search(_WHETHER_OR_NOT.sub(" ", clause_text)))


_WHETHER_OR_NOT = re.compile(r",\s*whether\b[^,;]{1,40}?\bor not\b|\bwhether\s+[\w'’]+(?:\s+[\w'’]+)?\s+"
                             r"(?:like|likes|liked)\s+it\s+or\s+not\b", re.IGNORECASE)


# "China, India and — to Moscow's dismay — Armenia": an aside between dashes leaves the list whole
_DASHED_ASIDE = re.compile(r"\s[-—–]{1,2}\s.{1,60}?\s[-—–]{1,2}\s")


# "not Tbilisi, not Yerevan, not Baku": each item of the list repeats the "not" that opened it
_NOT_ITEM = re.compile(r"^\s*,\s*(?:(?:and|or|nor)\s+)?not\s+$", re.IGNORECASE)
_NOT_OPENED = re.compile(r"\bnot\s+$", re.IGNORECASE)


def coordinated(gap: str, before: str = "") -> bool:
    """Whether the text between two actors joins them into one list ("X, Y and Z"); `before` is the text
    ahead of the first of them."""
    if _NOT_ITEM.match(gap) and _NOT_OPENED.search(before):
        return True
    return bool(_COORDINATION.match(_DASHED_ASIDE.sub(" ", gap)))


def sentence_date(text: str, document_date: FuzzyDate | None) -> tuple[FuzzyDate | None, str]:
    """The date a sentence gives all its clauses ("In March 2022 X abstained and Y stayed away"), unless its
    clauses may speak of different times."""
    if _TIME_CONTRAST.search(text):
        # a date before the first comma ("In March, X voted yes, but Y stayed away"; "X voted yes in March, and Y
        # …, but …") frames the whole sentence, unless a later clause moves to another time ("…, but now Y …")
        date, words = date_in(text.split(",", 1)[0], document_date)
        if date is None or "," not in text or _OTHER_TIME.search(text):
            return None, ""
        return date, words
    return date_in(text, document_date)


def date_in(text: str, document_date: FuzzyDate | None) -> tuple[FuzzyDate | None, str]:
    """The date the text itself gives its claim, resolved against the document's date; and the words."""
    folded = fold(text)
    ordinal = _ORDINAL_DATE.search(folded)
    if ordinal and ordinal.group(3):
        return FuzzyDate(int(ordinal.group(3)), MONTHS[ordinal.group(2).casefold()],
                         _ORDINAL_DAY[ordinal.group(1).casefold()]), ordinal.group()
    match = _DAY_MONTH_YEAR.search(folded)
    if match:
        return FuzzyDate(int(match.group(3)), MONTHS[match.group(2).casefold()], int(match.group(1))), match.group()
    match = _MONTH_DAY_YEAR.search(folded)
    if match:
        return FuzzyDate(int(match.group(3)), MONTHS[match.group(1).casefold()], int(match.group(2))), match.group()
    match = _MONTH_YEAR.search(folded)
    if match:
        return FuzzyDate(int(match.group(2)), MONTHS[match.group(1).casefold()]), match.group()
    relative = _RELATIVE.search(folded)
    if relative and document_date is not None:
        return _relative(relative, document_date), relative.group()
    match = ordinal or _DAY_MONTH.search(folded) or _MONTH_DAY.search(folded)
    if match and document_date is not None:
        # "on 24 March", "March 24th", "the second of March": the last such day on or before the document's date
        day, name = (match.group(1), match.group(2)) if match.re is not _MONTH_DAY else (match.group(2), match.group(1))
        day = str(_ORDINAL_DAY.get(day.casefold(), day))
        month = MONTHS[name.casefold()]
        year = document_date.year - (document_date.month is not None and (month, int(day)) > (
            document_date.month, document_date.day or 31))
        if calendar.monthrange(year, month)[1] >= int(day) >= 1:
            return FuzzyDate(year, month, int(day)), match.group()
    match = _BARE_MONTH.search(folded)
    if match and document_date is not None:
        month = MONTHS[match.group(1).casefold()]
        year = document_date.year
        if document_date.month is not None and month > document_date.month and "this" not in match.group().lower():
            year -= 1  # "in November", written in July: last November
        return FuzzyDate(year, month), match.group()
    match = _YEAR.search(folded)
    if match:
        return FuzzyDate(int(match.group(1))), match.group().strip()
    return None, ""


def _relative(match: re.Match[str], today: FuzzyDate) -> FuzzyDate | None:
    which, unit, yesterday, count, units = match.groups()
    if yesterday:
        if today.day is None or today.month is None:
            return None
        import datetime as dt

        day = dt.date(today.year, today.month, today.day) - dt.timedelta(days=1)
        return FuzzyDate(day.year, day.month, day.day)
    if count:
        number = _NUMBER_WORDS.get(count.casefold()) or (int(count) if count.isdigit() else None)
        if number is None:
            return None
        if units.casefold() == "years":
            return FuzzyDate(today.year - number)
        if today.month is None:
            return None
        month = today.month - number
        return FuzzyDate(today.year + (month - 1) // 12, (month - 1) % 12 + 1)
    which = which.casefold()
    back = 0 if which in ("this", "earlier this", "that same", "the same", "later that") else 1
    if unit.casefold() == "year":
        return FuzzyDate(today.year - back)
    if today.month is None:
        return None
    month = today.month - back
    return FuzzyDate(today.year + (month - 1) // 12, (month - 1) % 12 + 1)
