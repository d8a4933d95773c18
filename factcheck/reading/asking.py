"""Whether a text asks rather than asserts: questions, marked or not, hypotheticals, and open questions inside a
clause ("whether …"); and the statement a yes/no question asks about."""
from __future__ import annotations

import re

_QUESTION = re.compile(r"\?\s*$")
_HYPOTHETICAL = re.compile(r"^\s*(?:if|whether|will|would|could|should|might|may|can|does|do|did|is|are|was|were|"
                           r"has|have|how|why|what|when|who)\b", re.IGNORECASE)

# a question typed without its mark ("is armenia still a russian ally"), a condition ("If Armenia were to …")
_UNMARKED_QUESTION = re.compile(r"^\s*(?:(?:will|would|could|should|might|can|does|do|did|is|are|was|were|has|have|"
                                r"had)\s+(?!not\b)\w|(?:what|why|how|who|which|when|where)\s+(?:is|are|was|were|"
                                r"does|do|did|has|have|will|would|can|could)\b|(?:if|unless|suppose|imagine)\s|"
                                # ("what if armenia quit the csto", "what happens to the talks if …")
                                r"(?:what|how)\s+(?:if|about)\b|what\s+(?:happens|happened)\s+(?:to|if|when)\b)",
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


# the words that answer a question yes or no
_YES = r"yes|yeah|yep|indeed|correct|right"
_NO = r"no|nope"
# "no, …", "yes —": the word that answers a question, before what it says
ANSWER_WORD = re.compile(rf"\s*(?:{_YES}|{_NO})\b[\s,.:;!-]*", re.IGNORECASE)
_SAID_NO = re.compile(rf"\s*(?:{_NO}|not at all|never)\b", re.IGNORECASE)
_SAID_YES = re.compile(rf"\s*(?:{_YES})\b", re.IGNORECASE)
_THE = re.compile(r"the\s+", re.IGNORECASE)


def answered_statement(question: str, answer: str, names: list[tuple[int, int]]) -> str:
    """ "Did Georgia join the sanctions? No." as the statement it answers, "Georgia did not join the sanctions"
    (the auxiliary, denied for a "no", put back after its subject, the first of the `names` (spans) and right
    after it); "" when the answer is no bare yes or no, or the question no yes-or-no one of a subject named."""
    auxiliary = _YES_NO_QUESTION.match(question)
    no, yes = _SAID_NO.match(answer), _SAID_YES.match(answer)
    if auxiliary is None or not (no or yes):
        return ""
    the = _THE.match(question, auxiliary.end())  # (a subject may take "the")
    opens = (auxiliary.end(), the.end() if the else auxiliary.end())
    subject_end = next((end for start, end in names if start in opens), None)
    if subject_end is None:
        return ""
    verb = auxiliary.group().strip() + (" not" if no else "")
    return question[auxiliary.end():subject_end] + " " + verb + question[subject_end:].rstrip().rstrip("?")


# "whether Ankara would keep …", "I wonder if …": an open question inside a sentence asserts nothing
_OPEN_QUESTION = re.compile(r"\b(?:whether|wonders? if|wondering if|wondered if|asks? if|asked if|unclear if|"
                            r"not clear if)\b", re.IGNORECASE)


def asks(clause_text: str) -> bool:
    """Whether a clause holds an open question ("whether …") rather than an assertion; "…, whether Moscow
    likes it or not" concedes, it asks nothing."""
    return bool(_OPEN_QUESTION.search(_WHETHER_OR_NOT.sub(" ", clause_text)))


_WHETHER_OR_NOT = re.compile(r",\s*whether\b[^,;]{1,40}?\bor not\b|\bwhether\s+[\w'’]+(?:\s+[\w'’]+)?\s+"
                             r"(?:like|likes|liked)\s+it\s+or\s+not\b", re.IGNORECASE)


# "Who …?", "Which country …?": the question's subject is the one the answer names
_WHO = re.compile(r"\s*(?:who|(?:which|what)\s+(?:[\w-]+\s+)?(?:country|countries|state|states|government|capital|"
                  r"nation|neighbou?r|one))\b", re.IGNORECASE)
_OTHER_QUESTION = re.compile(r"\s*(?:what|why|how|when|where|which|whose|whom)\b", re.IGNORECASE)
# what may stand beside the names an answer gives: "Belarus, hands down.", "Azerbaijan, of course!"
_ONLY_NAMES = re.compile(r"[\s,.;:!—–-]*(?:(?:and|or|the|hands\s+down|of\s+course|naturally|obviously|clearly|surely|"
                         r"certainly|easily|by\s+far|no\s+contest|no\s+question|no\s+doubt|without\s+(?:a\s+)?doubt|"
                         r"as\s+ever|as\s+always|once\s+again|again|apparently)[\s,.;:!—–-]*)*", re.IGNORECASE)


# "Penalties on Russia? None from Azerbaijan, none, for that matter, from Turkey.": from whom (or from whom not)
_FROM = re.compile(r"[\s,.;:!—–-]*(?:(?:and|or|but)\s+)?(?:(?P<no>none|nothing|zero|"
                   r"not(?:\s+(?:one|any|a\s+single(?:\s+one)?))?|no\s+[\w-]+)\b[\s,]*"
                   r"(?:(?:at\s+all|whatsoever|either|for\s+that\s+matter|even)[\s,]*)*)?(?:from|by)\s+(?:the\s+)?",
                   re.IGNORECASE)


def _from_whom(asked: str, answer: str, names: list[tuple[int, int]], gaps: list[tuple[int, int]]) -> str:
    """ "Penalties on Russia? None from X, none from Y." as "No penalties on Russia from X and Y"; "" unless
    each name is so given, all alike (`gaps`: the spans before each name and after the last)."""
    given = [_FROM.fullmatch(answer, start, end) for start, end in gaps[:-1]]
    denied = {bool(g.group("no")) for g in given if g}
    if not all(given) or len(denied) != 1 or not _ONLY_NAMES.fullmatch(answer, *gaps[-1]):
        return ""
    named = [answer[a:b] for a, b in names]
    listed = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]
    return ("No " if denied == {True} else "") + f"{asked[0].lower()}{asked[1:]} from {listed}"


def named_statement(question: str, answer: str, names: list[tuple[int, int]]) -> str:
    """ "The Kremlin's most loyal friend? Belarus, hands down." as the statement it makes, "Belarus is the
    Kremlin's most loyal friend" ("Who …? X." puts X for "who"; "Penalties? None from X." says from whom); ""
    unless the answer only names actors (`names`, spans in it), or says from (or not from) each."""
    asked = question.strip().rstrip("?").rstrip()
    ends = [0] + [point for span in names for point in span] + [len(answer)]
    gaps = list(zip(ends[::2], ends[1::2], strict=True))  # around the names: before each, and after the last
    if not names or _YES_NO_QUESTION.match(asked) or not asked:
        return ""
    if not all(_ONLY_NAMES.fullmatch(answer, start, end) for start, end in gaps):
        return "" if _OTHER_QUESTION.match(asked) or _WHO.match(asked) else _from_whom(asked, answer, names, gaps)
    named = answer[names[0][0]:names[-1][1]]
    who = _WHO.match(asked)
    if who:
        return named + asked[who.end():]
    if _OTHER_QUESTION.match(asked):
        return ""
    return f"{named} is {asked[0].lower()}{asked[1:]}"
