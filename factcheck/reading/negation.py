"""Negation and its scope: whether a negation governs a phrase, where a phrase's stretch of the clause
begins, and what denying an answer amounts to."""
from __future__ import annotations

import re

from factcheck.ledger.model import Topic
from factcheck.reading.grammar import CLOSED_RELATIVE
from factcheck.reading.marking import EACH_NOT
from factcheck.reading.phrases import Match
from factcheck.reading.text import NEG

NEGATION_REACH = 8  # how many words before its phrase a negation still governs


def scope_start(body: str, index_of: list[tuple[int, int]], first: int) -> int:
    """Where the stretch of a clause that a phrase at `first` belongs to begins: after a comma that opens a
    new predicate ("has not stood with Ukraine, sitting out every vote": "sitting out" is not denied; "X never
    propped Y up, it was Y that …")."""
    for i in range(first, 0, -1):
        if "," in body[index_of[i - 1][1]:index_of[i][0]] and (
                _NEW_PREDICATE.match(body, index_of[i][0]) or _ABSOLUTE_LEAD.match(body, 0, index_of[i - 1][1])):
            return i
        if _AND_AUXILIARY.match(body, index_of[i - 1][0]):
            return i  # "can no longer bank on X and is loosening its ties": a second verb of its own
    return 0


# "With Moscow's peacekeepers doing nothing, the EU sent monitors": a lead of its own, no part of the clause's verb
_ABSOLUTE_LEAD = re.compile(r"\s*(?:with|without)\s[^,;]*$", re.IGNORECASE)
_AND_AUXILIARY = re.compile(r"and\s+(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|must|"
                            # (and a verb that goes on doing: "refuses to accept X and keeps selling Y")
                            r"may|might|keeps|kept|continues|continued|goes\s+on|went\s+on)\b", re.IGNORECASE)
# a gerund, "only", or a pronoun with its verb after a comma goes on with a predicate of its own
_NEW_PREDICATE = re.compile(r"(?:[a-z]+ing|only|(?:it|they|he|she)\s+(?:is|was|has|had|are|were|have|did|does)|"
                            r"instead|rather)\b", re.IGNORECASE)


# a phrase set off between commas (or dashes) right after a name: "X, the Kremlin's ally, …"
_APPOSED_BEFORE = re.compile(r"\w\s*(?:,|\s[-—–]+)\s*(?:(?:the|a|an|its|their|his|her|long|ever|once|still)\s+){0,2}$",
                             re.IGNORECASE)
_APPOSED_AFTER = re.compile(r"\s*(?:,|[-—–]+\s)")


def apposed(body: str, phrase_start: int, phrase_end: int) -> bool:
    """Whether the phrase is set off between commas right after a name ("Belarus, the Kremlin's most devoted ally,
    has not …"): said of that name, so what the clause then denies is not the phrase."""
    return bool(_APPOSED_BEFORE.search(body, 0, phrase_start) and _APPOSED_AFTER.match(body, phrase_end))


# ("whose president no longer needs, or wants, …": a comma before "or" joins, it closes nothing)
_JOINED = re.compile(r"(?:or|and|nor|but)\b", re.IGNORECASE)


def after_relative(body: str, index_of: list[tuple[int, int]], first: int) -> int:
    """Where the main verb resumes after a relative clause closed before the phrase at `first` ("X, who refused
    to call Crimea Russian, now speaks …": a negation inside the relative clause does not reach the verb)."""
    for i in range(first, 0, -1):
        between = body[index_of[i - 1][1]:index_of[i][0]]
        if "," in between and not _JOINED.match(body, index_of[i][0]):
            comma = index_of[i - 1][1] + between.index(",") + 1
            opened = body.rfind(",", 0, comma - 1)  # (the comma before: a relative clause holds no other)
            if opened >= 0 and CLOSED_RELATIVE.fullmatch(body, opened, comma):
                return i
    return 0


def lead_end(body: str, index_of: list[tuple[int, int]], stems: list[str]) -> int:
    """Where a clause's own words begin after a lead set off by a comma that names no one ("Five months into
    the war, none of …"); 0 where there is none."""
    for i in range(1, min(len(stems), NEGATION_REACH)):
        if stems[i - 1].startswith("@"):
            return 0
        if "," in body[index_of[i - 1][1]:index_of[i][0]]:
            return i
    return 0


def negated(stems: list[str], match: Match, start: int = 0, opens: int = 0, named_last: int = -1,
            apposed: bool = False) -> bool:
    """Whether a negation governs the phrase: an odd number of negations shortly before it (within its
    stretch of the clause, from `start`), a clause that opens with one, after any lead that ends at `opens`
    ("None of the three states has …"), or a loss ("has lost a friend in X"); `named_last`: where the words
    naming the topic end, when they follow the phrase ("voting for the resolution on … out of the question");
    `apposed`: the phrase is set off between commas after a name, so a denial after it is not of it."""
    stems = [s if n >= start else "" for n, s in enumerate(stems)]
    # "is not only for ambulances": "not only" adds, it denies nothing
    stems = [("" if s == NEG and stems[n + 1:n + 2] and stems[n + 1] in _NOT_ONLY else s) for n, s in enumerate(stems)]
    reach = stems[max(0, match.first - NEGATION_REACH): match.first]
    # (a negation does not reach past a conjunction that opens another clause: "never sells to Russia because it
    # stands with Ukraine")
    # (nor past the reason it is done for: "will sell none to Moscow, out of support for Kyiv")
    reach = reach[max([n + 1 for n, s in enumerate(reach) if s in CLAUSE_OPENERS or _reason_pair_at(reach, n)],
                      default=0):]
    inner = stems[match.first: match.last + 1]
    count = reach.count(NEG) + inner.count(NEG)
    listed = [n for n in range(match.first) if stems[n] == EACH_NOT]
    if listed:
        # "none of them — not X, not Y — has …": the list's "not"s and the negation it spells out are one
        reach = stems[listed[-1]: match.first]
        count = 1 + reach.count(NEG) + inner.count(NEG)
    elif any(n < len(stems) and stems[n] == NEG and match.first - n > NEGATION_REACH
             and not _reasoned(stems[n:match.first]) for n in {0, opens}) and NEG not in reach:
        count += 1  # the negation opens the clause: it governs all of it
    elif NEG not in reach and "nor" in reach:
        # "neither X nor Y has lent Kyiv any real backing": the "neither" before the list reaches past its end
        nor = max(0, match.first - NEGATION_REACH) + len(reach) - 1 - reach[::-1].index("nor")
        count += int(NEG in stems[max(0, nor - NEGATION_REACH):nor])
    if count % 2 and reach.count(NEG) and _ALONE & set(stems[match.last + 1: match.last + 5]):
        count -= 1  # "did not keep the fuel for ambulances alone": what is denied is the "alone"
    if any(stems[r] in _PREVENTING and "from" in stems[r + 1:max(match.first, r + 6)] for r in range(match.first)):
        count += 1  # "stopped X from joining", "nothing barred X from filling up": kept from doing it
    after = stems[match.last + 1: match.last + 4]
    # what the phrase names had no part in it: "its air defences played no part in the crash"
    no_part = tuple(after[:1] + after[2:3]) in _NO_PART and after[1:2] == [NEG]
    # (and "victory in the 2020 war did not go to Yerevan": an auxiliary denied later, before any actor)
    upto = next((n for n in range(match.last + 1, len(stems)) if stems[n].startswith("@")), len(stems))
    opening = stems[match.last + 1: min(upto, match.last + 9)]
    later_denied = match.first == 0 and any(a in _AUXILIARIES and b == NEG
                                            for a, b in zip(opening, opening[1:], strict=False))
    denied_after = match.first <= 1 and bool(after) and after[0] in _AUXILIARIES and NEG in after and NEG not in reach
    if (denied_after or later_denied) and not apposed or no_part:
        count += 1  # the phrase is what the clause denies: "sanctions on Russia were not on the table"
    if not _LOSS & set(match.cue.stems) and any(
            stems[i] in _LOSS and (stems[i + 1] in _DETERMINERS or stems[i + 1].startswith("@") and stems[i + 2:i + 3]
                                   == ["as"]) for i in range(max(0, match.first - NEGATION_REACH), match.first)):
        # losing what the phrase names ("has lost a friend in X", "has lost X as an ally"): no longer having it
        count += 1
    # "was rejected as Russian", "dismisses Crimea as Russian": what the "as" says is turned down
    rejected_as = match.cue.answer is not None and any(
        stems[r] in _REJECTING and r not in match.at and any(
            stems[j] == "as" for j in range(r + 1, min(r + 4, match.last + 1)))
        for r in range(max(0, match.first - 3), match.last))
    if rejected_as or match.first and (stems[match.first - 1] in _REJECTING or (
            match.first > 1 and stems[match.first - 1] in _DETERMINERS and stems[match.first - 2] in _REJECTING)
            or match.first > 1 and tuple(stems[match.first - 2:match.first]) in _REJECTING_PAIRS
            or stems[match.first - 1] == "against" and _STANDING & set(stems[max(0, match.first - 3):match.first - 1])):
        # (and what only names the topic, rejected: "Ankara rejects the two republics" recognises none; and an
        # answer so turned down: "Yerevan boycotts the Moscow-led bloc" is no close ally)
        count += 1
    if match.cue.stems[-1] in _HAVING and after[:1] == [NEG] and match.cue.answer is None:
        count += 1  # "the security services hold no file on him": having none of what follows
    tail = stems[match.last + 1:]
    while tail and tail[-1] in _ANY_MORE:
        tail = tail[:-1]
    if tail[-2:] == ["but", NEG] and not count % 2:
        count += 1  # "X may once have been Y's ally, but no longer": taken back as the clause ends (once)
    elif not count % 2 and never_did(tail):
        count += 1  # "was slow to sanction Russia, and in the end never did": what it was slow to, it did not do
    later = stems[match.last + 1: match.last + 11]
    named_after = stems[named_last + 1: named_last + 5] if named_last > match.last else []
    if _RULED_OUT.match(" ".join(later[:4])) or _RULED_OUT.match(" ".join(named_after)):
        count += 1  # "deems backing Ukraine out of the question", "considers it unthinkable"
    if any(s == "be" and _REMOVED & set(later[n + 1:n + 3]) for n, s in enumerate(later)) and NEG not in later:
        count += 1  # what the phrase names has been taken away: "the Russian mediator's chair … has been removed"
    elif _VANISHED & set(later[:4]) and NEG not in later[:4]:
        count += 1  # what the phrase names has gone: "Moscow's role as go-between has quietly evaporated"
    return count % 2 == 1


def never_did(stems: list[str]) -> bool:
    """Whether the words end on "…, and (in the end) never did" said of the same subject: what went before was
    not done ("was slow to sanction Russia, and in the end never did", "promised to, but never did")."""
    return len(stems) > 2 and stems[-2:] in ([NEG, "do"], [NEG, "doe"], [NEG, "have"]) and any(
        s in ("and", "but", "yet") and not any(w.startswith("@") for w in stems[n:]) for n, s in enumerate(stems))


# what the phrase names is not to be done ("… out of the question", "… unthinkable", "… off the table")
_RULED_OUT = re.compile(r"(?:be )?(?:out of the question|unthink|off the tabl|a non-start|non-start|taboo)\b")
# what may close "but not …": "any more", "anymore"
_ANY_MORE = {"ani", "more", "anymor"}
# conjunctions (as stems) that open a clause of their own, past which a negation does not reach
CLAUSE_OPENERS = {"becaus", "sinc", "wherea", "although", "though", "while", "unless", "whi"}
# (those that open nothing but a clause: "since" and "while" may open a time, "has, since the tanks rolled in, …")
_REASON_OPENERS = CLAUSE_OPENERS - {"sinc", "while"}
# (and two words that open a reason: "out of support for …", "in solidarity with …")
_REASON_PAIRS = {("out", "of"), ("in", "support"), ("in", "solidar")}
# after "out of", a determiner names a place one is kept from, not a reason ("out of the sanctions")
_OUT_OF_PLACE = {"the", "a", "an", "it", "their", "his", "her", "ani", "all", "everi", "these", "those", "this"}
# what after a negation makes it add rather than deny: "not only", "not merely", "not just"
_NOT_ONLY = {"onli", "mere", "just", "simpli", "sole", "exclus"}
# what after the phrase makes a negation deny only a restriction: "not for ambulances alone"
_ALONE = {"alon", "sole", "exclus"}
# verbs that keep one "from" doing what follows: a negation of their own ("barred X from filling up")
_PREVENTING = {"bar", "stop", "prevent", "block", "forbid", "ban", "deter", "hinder", "restrain"}
# losing or lessening what the phrase names ("has lost a friend in X", "loosen its dependence on Moscow")
_LOSS = {"lose", "loosen", "reduc", "lessen", "weaken", "shed", "end", "abandon", "sever", "cut", "forfeit"}
# taken away, said of what the phrase names in the passive ("has been removed", "was scrapped")
_REMOVED = {"remov", "scrap", "abolish", "withdraw", "abandon", "drop", "lift", "end"}
# gone of itself, said of what the phrase names ("has evaporated", "faded away", "let … quietly lapse")
_VANISHED = {"evapor", "vanish", "disappear", "fade", "dissolv", "melt", "wither", "crumbl", "collaps", "gone", "laps",
             "wane", "atrophi", "dwindl", "expir", "erod"}
# verbs that turn down what they take: said of what only names a yes/no topic, they answer no
_REJECTING = {"reject", "refus", "dismiss", "oppos", "condemn", "disown", "disavow", "shun", "boycott", "scorn",
              "disput", "contest", "challeng", "resist", "protest", "refut",
              # (and those that pass it by: "skipped the sanctions", "snubbed the bloc", "ducked the question")
              "skip", "snub", "spurn", "shirk", "duck", "dodg", "sidestep", "eschew", "ignor", "avoid"}
# and two words that do so ("objects to", "balks at", "takes issue with", "is against", "spoke out against"; but not
# the "against" of an action's target: "a crackdown against Russian outlets")
_REJECTING_PAIRS = {("object", "to"), ("balk", "at"), ("issu", "with")}
_STANDING = {"be", "stand", "out"}  # ("is against", "stands firmly against", "spoke out against")
# verbs whose object "no …" denies the clause ("holds no file", "has no ally", "shows no sign")
_HAVING = {"have", "hold", "keep", "show", "see", "find", "offer", "give", "get", "receiv"}
# "played no part in", "had no hand in", "bears no responsibility for": the one named did not do it
_NO_PART = {("play", "part"), ("play", "role"), ("have", "hand"), ("have", "part"), ("bear", "respons"),
            ("have", "involv")}
_AUXILIARIES = {"be", "have", "do", "will", "would", "can", "could", "should", "might", "may", "must"}
_DETERMINERS = {"a", "an", "it", "their", "his", "her", "one", "anoth", "the", "ani", "all", "everi"}


def negate(topic: Topic, answer: str) -> str:
    """What denying an answer amounts to: the topic says, else a yes/no swap where those are the only
    answers, else the scale's middle; else the answer itself, denied only ("did not vote for it" is not which
    of no, abstain or absent: a reading whose answer is the one it denies)."""
    if answer in topic.negation:
        return topic.negation[answer]
    if answer in ("yes", "no") and {str(v) for v in topic.values} <= {"yes", "no"}:
        return "no" if answer == "yes" else "yes"
    if topic.kind == "stance":
        middle = min(topic.scale, key=lambda p: (abs(p.rank), p.rank))
        return middle.id
    return answer


# "Kyiv may yet have won a friend in Baku", "he could yet turn into an ally": a modal before the verb
# (and "might yet" before any verb: "might yet take Kyiv's side" leans that way)
_HEDGE = re.compile(r"(?<!\bin )(?<!\bof )(?<!\bsince )\b(?:might|may|could)\s+(?:(?:yet\s+|one day\s+|well\s+|"
                    r"eventually\s+|soon\s+|still\s+)?(?:have|become|turn|prove|emerge|be)|yet\s+[a-z]+)\b",
                    re.IGNORECASE)


# "a potential ally of Ukraine", "a would-be partner": a noun hedged by its adjective
_HEDGED_NOUN = re.compile(r"\b(?:potential|possible|would-be|prospective|budding|nascent|putative)\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)


# "a friend in the making", "a partner-in-waiting": a noun hedged by what follows it
_HEDGED_AFTER = re.compile(r"\b(?:in[\s-]the[\s-]making(?! of)|in[\s-]waiting|of sorts)\b", re.IGNORECASE)


# "X may be Russia's ally, but …": a concession, granted before the "but", is no hedge
_CONCEDED = re.compile(r"[^,;:]*(?:,|\s[-—–]+)\s*(?:but|yet)\s*$", re.IGNORECASE)


def hedged(body: str, phrase_start: int, phrase_end: int) -> bool:
    """Whether the phrase is hedged by a modal shortly before it or within it ("may yet have won a friend"), or
    its noun by an adjective ("a potential ally of") or by what follows it ("a friend in the making"); a
    concession ("X may be Y's ally, but …") is not."""
    modal = _HEDGE.search(body, max(0, phrase_start - 60), phrase_end)
    if modal and modal.group().split()[-1].lower() == "be" and _CONCEDED.match(body, phrase_end):
        modal = None
    return modal is not None or \
        _HEDGED_NOUN.search(body, max(0, phrase_start - 30), phrase_start) is not None or \
        _HEDGED_AFTER.search(body, phrase_start, phrase_end + 20) is not None


def weaker(topic: Topic, answer: str) -> str:
    """A stance said with a hedge: one step toward the scale's middle, short of it ("supports" hedged is
    "leans-toward")."""
    rank = next((p.rank for p in topic.scale if p.id == answer), 0)
    # (a hedge weakens a firm stance to a leaning, never a leaning to no stance: "may have found a new friend")
    nearer = [p for p in topic.scale if 0 < abs(p.rank) < abs(rank) and p.rank * rank > 0]
    return max(nearer, key=lambda p: abs(p.rank)).id if nearer else answer


def _reason_pair_at(stems: list[str], n: int) -> bool:
    """Whether the two stems from `n` open a reason ("out of support for …"; not "kept X out of the sanctions"; and
    "since" or "as" before a subject and its verb: "…, since Turkey is on Ukraine's side")."""
    if stems[n] in ("sinc", "as") and n + 2 < len(stems) and stems[n + 2] in _FINITE and (
            stems[n + 1].startswith("@") or stems[n + 1] in _SUBJECT_PRONOUNS):
        return True
    return tuple(stems[n:n + 2]) in _REASON_PAIRS and not (
        stems[n] == "out" and n + 2 < len(stems) and (stems[n + 2] in _OUT_OF_PLACE or stems[n + 2].startswith("@")))


_SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we"}
_FINITE = {"be", "have", "do", "doe", "will", "would", "can", "could", "must", "should", "stand", "side"}


def _reasoned(stems: list[str]) -> bool:
    """Whether the stems open a reason ("because …", "out of support for …"), where a negation before stops."""
    return bool(_REASON_OPENERS & set(stems)) or any(_reason_pair_at(stems, n) for n in range(len(stems)))
