"""Frames that say nothing of their own: a cleft ("it is X that has become Kyiv's closest ally" says X has),
what a relative clause tells of a resolution ("ES-11/4, which rejected Moscow's annexation, …" is no vote of
Moscow's), and a short aside between dashes that spells out the clause ("- not even to abstain -")."""
from __future__ import annotations

import re

from factcheck.reading.names import Mention, Spotter
from factcheck.reading.phrases import Vocabulary, events_named

# "it is X (, not Y,) that / who <verb>": X is the subject of the verb (an aside set off by commas, often the one
# it is not, goes with the "it is")
_CLEFT = re.compile(r"\bit(?:'s|\s+is|\s+was|\s+has\s+been|\s+had\s+been|\s+will\s+be|\s+remains)\s+"
                    r"(?P<who>[^,;:.!?]{2,60}?)(?P<aside>\s*,[^,;:.!?]{1,80},)?\s+(?P<that>that|who|which)\s+"
                    r"(?=(?:has|have|had|is|was|are|were|will|would|can|could|did|does|do|still|now|stands?|"
                    r"remains?|keeps?|[a-z]+ed|[a-z]+s)\b)", re.IGNORECASE)


def unframed(text: str, spotter: Spotter) -> str:
    """The text with each subject cleft undone by blanking its frame ("it is", an aside, "that"), offsets kept:
    "it is Baku, not Tbilisi, that has become …" reads "Baku has become …"."""
    out = text
    for cleft in _CLEFT.finditer(text):
        who = cleft.group("who")
        # (only an actor: "it is clear that", "it is time that" are no clefts; nor is "it is Baku's view that …",
        # nor one whose "that" opens on another actor, "it was Armenia that Belarus backed")
        if not spotter.mentions(who) or re.search(r"['’]s\s+\w+$", who) or any(
                m.start == 0 for m in spotter.mentions(text[cleft.end():cleft.end() + 40])):
            continue
        spans = [(cleft.start(), cleft.start("who")), cleft.span("that")]
        if cleft.group("aside"):
            spans.append(cleft.span("aside"))
        for a, b in spans:
            out = out[:a] + " " * (b - a) + out[b:]
    return out


# ", which condemned …": a relative clause whose verb tells what a text did (generic verbs of resolutions)
_WHAT_IT_DID = re.compile(r",\s*(?:which|that)\s+(?:\w+ly\s+)?(?:condemn|deplor|demand|reject|declar|call|urg|suspend|"
                          r"affirm|reaffirm|denounc|recogni[sz]|back|support|concern|deal|cover|address|sought|seek|"
                          r"insist|ask|request|expel|strip)\w*\b[^,;]*?(?=,|\s-|;|[.!?]?$)", re.IGNORECASE)
_TEXT_NOUN = re.compile(r"\b(?:resolutions?|texts?|motions?|measures?|declarations?)\s*$", re.IGNORECASE)


def describing(vocabulary: Vocabulary, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions outside what a relative clause tells of a resolution: in "ES-11/4, which rejected Moscow's
    annexation, drew …" Moscow is told of, and is no one acting."""
    told: list[tuple[int, int]] = []
    for relative in _WHAT_IT_DID.finditer(text):
        before = re.split(r"[,;:]", text[:relative.start()])[-1]
        stems = vocabulary.text_stems(before)
        if _TEXT_NOUN.search(before) or events_named(vocabulary, stems):
            told.append(relative.span())
    return [m for m in mentions if not any(a <= m.start < b for a, b in told)]


# "Yerevan's been arming …", "yerevans been …": the "'s" of "has", no owner's
# (without the apostrophe only after a name's worth of letters: never the "s" of "has", "was" or "this")
_HAS_CONTRACTED = re.compile(r"(?<=\w)['’]s(?=\s+(?:been|got)\b)|(?<=\b[a-zA-Z]{4})s(?=\s+(?:been|got)\b)|"
                             r"(?<=[a-zA-Z]{5})(?<!ss)s(?=\s+(?:been|got)\b)")


# one word set in single quotes ("voted 'no'", "the 'republics'"): the quotes are no apostrophes
_QUOTED_WORD = re.compile(r"(?<![\w'])'([A-Za-z][\w-]*)'(?![\w'])")


# an aside that only pads the clause: ", for that matter,", ", mind you," (not ", as usual,", which tells a habit)
# (and one that only remarks on it: ", to the surprise of many,", ", tellingly,")
_PADDING = re.compile(r",\s*(?:for\s+that\s+matter|mind\s+you|of\s+course|to\s+be\s+sure|"
                      r"to\s+(?:the\s+)?surprise\s+of\s+(?:many|most|some|all|everyone|observers)|"
                      r"to\s+(?:everyone|many)['’]s\s+surprise|(?:perhaps\s+|somewhat\s+)?(?:un)?surprisingly|"
                      r"tellingly|notably|interestingly|crucially)\s*,(?=\s)", re.IGNORECASE)


# "the peacekeepers posted there to prevent that did not lift a finger": who they are, between the subject and
# its verb (an auxiliary, a negation or an adverb in -ly opens the verb again)
_SENT_TO = re.compile(r"(?:(?<=[a-z]s )|(?<=contingent )|(?<=force )|(?<=mission ))"
                      r"(?:posted|sent|deployed|stationed|charged|tasked|meant|supposed|assigned|dispatched)\s+"
                      r"(?:there\s+|in\s+\w+\s+)?(?:to|with)\s+[^,;:.!?]{1,60}?"
                      r"(?=\s(?:did|does|do|has|have|had|was|were|is|are|would|could|never|not|[a-z]+ly)\s)")


def uncontracted(text: str) -> str:
    """The text with the "'s" that stands for "has" blanked, offsets kept, so that its actor is read as the
    subject and no owner; with the single quotes around one word blanked ("voted 'no'"); and with an aside that
    only pads the clause (", for that matter,") and a participle saying who the subject is ("the peacekeepers
    posted there to prevent it did nothing") blanked."""
    text = _HAS_CONTRACTED.sub(lambda m: " " * len(m.group()), text)
    text = _PADDING.sub(lambda m: " " * len(m.group()), text)
    text = _SENT_TO.sub(lambda m: " " * len(m.group()), text)
    return _QUOTED_WORD.sub(lambda m: f" {m.group(1)} ", text)


# "— yes, no or abstain —", "— not even to abstain —": a short aside between dashes
_SPELLING_OUT = re.compile(r"\s[-–—]{1,2}\s((?:[\w'’,]+\s){0,5}[\w'’]+)\s[-–—]{1,2}\s")


def spelled_out(body: str, names: list[tuple[int, int]]) -> str:
    """The clause with a short aside between dashes blanked where it names no one (`names`: where actors stand):
    it spells out what the clause says ("has not cast a ballot - not even to abstain - on …"), and is no phrase
    of its own."""
    for aside in _SPELLING_OUT.finditer(body):
        if not any(aside.start(1) <= start < aside.end(1) for start, _ in names):
            body = body[:aside.start(1)] + " " * (aside.end(1) - aside.start(1)) + body[aside.end(1):]
    return body
