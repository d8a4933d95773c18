"""The grammar a careful reader uses, independent of any topic: clauses, reported speech and lists of
actors (dates in the text are in reading/when.py)."""
from __future__ import annotations

import re
from dataclasses import replace

from factcheck.reading.clause import Clause
from factcheck.reading.colons import WHO_ASKED
from factcheck.reading.denials import CALLED_UNTRUE, PASSIVE_SAYING, REJECTED_CLAIM, dismissed
from factcheck.reading.negating import JUDGING, TAKEN_BACK
from factcheck.reading.text import fold
from factcheck.reading.trailing import SAID_ASIDE, SPEAKER_THEN_CLAUSE, trailing_speaker

# "by its own account", "in their own telling": the one named before speaks for itself
OWN_ACCOUNT = r"(?:in|by)\s+(?:its|his|her|their)\s+own\s+(?:account|telling)"
# "has vowed (promised, pledged, threatened, plans) to …": what is to be done, not what has been
PROMISED = re.compile(r"(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\btheir )(?<!' )(?<!’ )(?<!'s )(?<!’s )"
                      r"\b(?:plans|planned|plan|promised|promises|vow(?:s|ed)?|pledged?|pledges|threaten(?:s|ed)?|"
                      r"intends?|intended) to\b", re.IGNORECASE)
# "could yet choose to …", "may decide to …": a choice that might be made, no claim
MAY_CHOOSE = re.compile(r"\b(?:could|might|may|would)\s+(?:yet\s+|still\s+|well\s+|one\s+day\s+|soon\s+)?"
                        r"(?:choose|decide|opt|elect)\s+to\b", re.IGNORECASE)
# a comment on all that went before: "which is why", "which makes", "a point lost on"
# (and "which may explain why", "one more sign of how …", "the latest blow to …")
COMMENT = (r"(?:which\s+(?:(?:may|might|would|could|must|surely|perhaps|partly|largely|helps?(?:\s+to)?)\s+)?"
           r"(?:is\s+why|explains?|makes|made|means|meant)\b|"
           r"(?:a|the)\s+(?:point|fact|lesson|truth)\s+(?:lost|ignored|forgotten)\b|"
           r"(?:one\s+more|another|yet\s+another|the\s+latest|a\s+further|a\s+clear|a\s+sure)\s+"
           r"(?:sign|blow|example|proof|indication|symptom|mark|reminder)\s+(?:of|to|that)\b)")
# Where one assertion ends in a sentence (not at a colon or dash before a name alone, "…: Baku.", or "A, B among them")
_CLAUSE_BREAK = re.compile(r";|(?:,|\s[-—–]+)\s+(?=" + COMMENT + ")|"
                           # "…, unlike Georgia, which voted yes": what the one contrasted did is a clause of its own
                           r",\s+unlike\s+[^,;]{1,40}?,\s+(?=(?:which|who)\b)|"
                           # "…, thanks to the words he aimed at the Kremlin": the cause told apart from its effect
                           r",\s+(?=(?:in\s+part\s+|partly\s+|largely\s+|not\s+least\s+)?thanks\s+to\b)|"
                           r":\s(?![^,;:.!?\s]+(?:\s+[^,;:.!?\s]+){0,3}[.!?]?\s*$)(?![^;:.!?]{1,80}?\bamong them\b)|"
                           r"(?<=\bamong them)\s+-+\s+|"
                           # "X never votes …, and Armenia says that's because …": a speaker of its own
                           # (an aside or a place between: "…, and Bayramov, his top diplomat, has said …", "…, and in
                           # Washington the Heritage Foundation's analyst describes …")
                           r",\s+and\s+(?=(?:(?:in|at|from)\s+[\w'’.-]+,?\s+)?(?:[\w'’.-]+\s+){0,6}[\w'’.-]+"
                           r"(?:,\s+[^,;]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:says|said|claims|claimed|insists|insisted|"
                           r"argues|argued|maintains|maintained|believes|reckons|contends|alleges|accuses|accused|describes|described|"
                           r"repeats|repeated|told|tells|stressed|stresses|warned|warns|wrote|writes|declared|declares)\b)|"
                           # "X downed the plane, Hajiyev alleged, and ties soured …"
                           + SPEAKER_THEN_CLAUSE + r"|"
                           # "…, and among the ayes were X and Y": an inverted clause with a subject of its own
                           r",\s+and\s+(?=among\s+(?:the|its|their)\s+[\w-]+\s+(?:were|was)\b)|"
                           # "…, and Moscow, by its own account, felt …", "…, which the Russians took as a snub"
                           r"(?:,|\s+-+)\s+(?:and|which)\s+(?=[^,;]{1,40},\s*" + OWN_ACCOUNT + r"\s*,|"
                           r"[^,;]{1,40}?\s(?:took|takes|saw|sees|regard(?:s|ed)|view(?:s|ed)|"
                           r"treat(?:s|ed))\s+(?:it\s+|that\s+|this\s+)?as\s+an?\s)|"
                           r"(?<!anything)(?<!\ball)(?<!days)(?<!could)(?<!\bmay)(?<!might)(?<!would)(?<!\bcan)(?<!\bwill)"
                           # ("has not yet sanctioned": the adverb, no conjunction)
                           r"(?<!\bnot)(?<!n't)(?<!\bnever),?\s+"
                           # ("yet again", "yet another": an adverb, no conjunction)
                           r"(?:but|yet(?!\s+(?:again|another|more)\b)|while|whereas|although|though|when|even\s+as)"
                           r"\s+(?!to\b)"
                           # (", but no longer" closing a clause takes back the clause, and opens none)
                           r"(?!(?:no longer|not any ?more|no more|" + TAKEN_BACK + r")\s*[.!]?\s*$)"
                           # (nor does ", but in the end never did": what went before was not done)
                           r"(?!(?:in the end |ultimately |eventually |then )?(?:never|not) (?:did|has|have|does)"
                           r"\s*[.!]?\s*$)"
                           # ("nowhere to be found when it came to sanctioning": what follows is what it is absent from)
                           # (nor is "there was a time when X was Y": a time that is over, and X is Y no more)
                           r"(?<!\bfound when )(?<!\bseen when )(?<!\ba time when )(?<!\bdays when )(?<!\byears when )|"
                           # "…, much as Moscow has had in Armenia …": a comparison with a verb of its own
                           r",\s+(?:much|just|exactly)\s+as\s+(?!(?:[\w'’.-]+\s+){1,3}(?:does|did|do|has|have|had|is|are|was|"
                           r"were)\b(?:\s+(?:done|so|too|likewise))?(?:\s+(?:ever\s+)?(?:since|for|in|before|until)(?:\s+[\w'’-]+"
                           r"){1,3})?\s*(?:[,;.!?]|$))(?=(?:[\w'’.-]+\s+){3})|"
                           # a full stop, but not an initial's ("Anthony B. Kim"), a title's ("Mr. Aliyev") nor a
                           # month's before its day or year ("22 Feb. 2022")
                           r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)\."
                           r"(?!(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.)\s+\d)(?!(?<=\bsept\.)\s+\d)\s+",
                           re.IGNORECASE)
# how a text passed ("adopted over the no votes of X", "passed with Y abstaining"): of a vote, not of an actor
PASSED = r"(?:adopted|passed|approved|carried)"
# the prepositions a lead of place or occasion opens on ("On ES-11/4, …", "…, and at the Assembly, …")
LEAD_PREPOSITION = r"(?:on|in|at|over|for)"
# what may qualify the "as" of a comparison of two actors' doing ("just as Moscow does", "exactly as Yerevan did")
AS_QUALIFIER = r"(?:just\s+|much\s+|exactly\s+)?"
# ("said yes", "says no" casts a ballot or turns something down: nothing is reported)
_BALLOT_SAID = r"(?!(?:says?|said|saying)\s+(?:yes|no|aye|nay)\b)"
# Verbs of saying: what follows is reported, not asserted.
_SAYING = _BALLOT_SAID + (r"(?:says?|said|claims?|claimed|insists?|insisted|argues?|argued|asserts?|asserted|"
           r"maintains?|maintained|accuses?|accused|told|tells|states?(?=\s+that\b)|stated|announced?|announces|alleges?|alleged|"
           r"stresses|stressed|declared?|declares|(?<!\bto )believes?|believed|thinks?|thought|denies|denied|deny|"
           r"warns?|warned|writes?|wrote|reports?|reported|notes?|noted|"
           # ("would rather not see its record examined" sees, it does not hold a view)
           # ("saw to it that his delegation voted no" made sure of it: it says nothing)
           r"(?<!\bto )(?<!\bnot )(?<!\bwould )(?<!\brather )(?<!\bthan )(?:see|sees|saw)(?!\s+to\s+it\b)|"
           r"view|views|viewed|"
           r"regards?|regarded|describes?|described|(?<!so-)(?<!so )(?:calls?\b(?!\s+to\b)|called)|"
           r"considers?|considered|"
           r"hopes?|hoped|adds|added|recalls?|recalled|points? out|pointed out|acknowledges?|acknowledged|complains?|"
           r"complained|reiterates?|reiterated|emphasi[sz]es?|emphasi[sz]ed|underlines?|underlined|observes?|observed|"
           r"remarks?|remarked|explains?(?!\s+(?:why|how)\b)|explained(?!\s+(?:why|how)\b)|confirms?|confirmed|"
           r"reveals?|revealed|boasts?|boasted|laments?|"
           r"lamented|counters?|countered|retorts?|retorted|assures?|assured|vows?|vowed|pledges?|pledged|"
           r"concludes?|concluded|reckons?|reckoned|charge[sd]?(?=\s+that\b)|(?:repeat|reaffirm)(?:s|ed)?(?=\s+that\b)|"
           r"restate[sd]?(?=\s+that\b)|suggest(?:s|ed)?(?=\s+that\b)|"
           r"protest(?:s|ed)?(?=\s+that\b)|disput(?:es?|ed)(?=\s+that\b)|contest(?:s|ed)?(?=\s+that\b))")
# "states" reports only before "that": "as states, Kazakhstan …" and "the Baltic States, Romania" are nouns
# ("told reporters that", "says, …", "says it …", "declared on 25 February that"; a pronoun only right after the
# verb: in "says Armenia has frozen its membership" what was said starts at Armenia; what X "calls" before a
# comma is its object: "refused to call Crimea Russian, and …" reports nothing)
_REPORTED_AFTER = re.compile(rf"\b(?:{_SAYING})\b(?:(?:\s+\w+){{0,3}}?\s+that\b|"
                             # ("has declared, more than once, that …": an aside between)
                             r"\s*,[^,;]{1,30},\s*that\b|"
                             r"(?=\s+(?:on|in|during|last|early|late)(?:\s+[\w-]+){1,5}?\s+that\b)|"
                             # (not "X, Y alleged, and Z …": what was said stands before, and "and" goes on)
                             r"(?<!\bcall)(?<!\bcalls)(?<!\bcalled)(?:\s+\w+){0,3}?\s*,(?![^,;]{1,40},\s+that\b)"
                             r"(?!\s*(?:and|but|while|whereas|yet)\s)|"
                             r"\s+(?=it\b|they\b|its\b|their\b))|"
                             # "told a press conference in Ankara that": whom and where it was told
                             # (and an aside after them: "told a St Petersburg audience, Putin among them, that")
                             r"\b(?:told|tells)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+(?:\s*,[^,;]{1,40},)?\s+that\b|"
                             # "told CNN his firm will never …": what was told opens on the owner's pronoun
                             r"\b(?:told|tells)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,3}?(?=(?:his|her|its|their)\s)|"
                             # "X renewed his charge that …", "X's claim that …": the owner's words; and "made a point
                             # of noting that …"
                             r"(?:\b(?:his|her|its|their)\s+(?:[\w-]+\s+)?|(?<=['’]s\s))(?:claim|charge|accusation|"
                             r"assertion|allegation|insistence|contention)\s+that\b|"
                             # (not after a comma: "…, arguing that …" goes on from a clause of its own)
                             r"(?<!, )(?<!,)\b(?:noting|stressing|insisting|arguing|claiming|saying|pointing\s+out)"
                             r"\s+that\b|"
                             # "Yerevan is convinced that …": a belief is reported as words are
                             r"\b(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?(?:convinced|certain|adamant|"
                             r"persuaded|confident)\s+that\b")
# "keeps insisting", "kept saying": a verb of going on before a gerund of saying
_KEPT_ON = r"(?<=keeps )|(?<=kept )|(?<=keep )"
# verbs that can only report: what follows them is what was said, "that" or not ("Ankara says Crimea is ...")
_ONLY_SAYING = re.compile(r"\b" + _BALLOT_SAID + r"(?:says|said|claims|claimed|insists?|insisted|argues?|argued|"
                          r"asserts|asserted|maintains?|maintained|stresses|stressed|warns?|warned|alleges?|alleged|denies|denied|"
                          r"accuses|accused|accuse|admits?|admitted|concedes?|conceded|contends?|contended|"
                          r"reckons?|reckoned|believes|thinks|swears|swore|"
                          r"(?:" + _KEPT_ON + r"|(?<=is )|(?<=are )|(?<=was )|(?<=been ))"
                          r"(?:insisting|claiming|alleging)|"
                          # ("keeps saying": said again and again; "is saying so" says nothing new)
                          r"(?:" + _KEPT_ON + r")(?:saying|repeating|stressing|arguing|warning)|"
                          # ("has blamed X for the crash": an accusation is the accuser's word)
                          r"blames?|blamed|"
                          r"made clear|makes clear|make clear|quoted as saying|"
                          # "has called Azerbaijan an alternative supplier": what X is called is what was said
                          # (not "calls to recognise the …": a noun, the calls)
                          r"(?<!so-)(?<!so )(?:calls|called|call)(?!\s+(?:to|for)\b)"
                          r"(?=\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+(?:a|an|the)\s)|"
                          # "described Azerbaijan as Ukraine's closest ally": so too what X is described as
                          r"(?:describes|described|describe)(?=\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+as\s)|"
                          # "Baku casts itself as a foe of Russian influence": what X says it is
                          r"(?:casts?|presents?|presented|portrays?|portrayed|styles?|styled|paints?|painted|"
                          r"bills?|billed)\s+(?:itself|themselves|himself|herself)\s+as|"
                          # "Ukrainians talk of Aliyev as a friend": what X is spoken of as
                          r"(?:talks|talked|talk|speaks|spoke|speak)\s+of(?=\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+as\s))"
                          r"\s+(?:repeatedly\s+|again\s+|publicly\s+|that\s+)?")
_JUDGED_INFINITIVE = re.compile(r"\s*to\s+" + JUDGING + r"\b", re.IGNORECASE)
_QUOTED = re.compile(r'\s*"(?P<said>[^"]{3,}?)[,.]?"\s*,?\s*(?P<who>(?:[\w\'.-]+\s+){0,6}?)(?:said|says|told|tells|'
                     r"added|adds|insisted|insists|claimed|argued|noted|stressed|wrote|warned|explained|announced|"
                     r"declared|replied)\b")
# 'The minister said: "…"': the clause after the colon is what was said
_SAID_COLON = re.compile(r"\b(?:said|says|told\s+\w+|added|declared|wrote|stated|insisted|announced)\s*:\s*$")
# ("per Lavrov, …", but not "per cent")
_REPORTED_LEAD = re.compile(r"\b(?:according to|per(?!\s+(?:cent|capita|annum|head|day|week|month|year)\b)|"
                            r"in the words of|in the view of|(?:in|by) the account of|in the telling of)\b",
                            re.IGNORECASE)
# "In Anthony Kim's view, …", "By Washington's account, …": the owner speaks
_OWNED_LEAD = re.compile(r"\s*(?:in|by|to)\s+(?P<who>[^,;]{1,40}?)['’]s?\s+(?:own\s+)?(?:view|opinion|words|telling|"
                         r"account|reckoning|estimation|mind)\s*,", re.IGNORECASE)
# "X, in the account of Y, did …", "X, by Y's account, …": Y said so; "X, by its own account, …": X did
_ACCOUNT_ASIDE = re.compile(r",\s*(?:(?P<own>" + OWN_ACCOUNT + r")|"
                            r"(?:in|by)\s+the\s+(?:account|telling)\s+of\s+[^,]{1,80}?|"
                            r"(?:in|by)\s+[^,]{1,40}?(?:'s?|’s?)\s+(?:own\s+)?(?:account|telling))\s*,(?=\s*\S)",
                            re.IGNORECASE)
# "rather than X", "instead of X": X is what was not done, and is no claim
_SET_ASIDE = re.compile(r",?\s+(?:rather than|instead of)\s+", re.IGNORECASE)
# where the sentence goes on past what is set aside: "By buying X's gas instead of Y's, Brussels has …"
_SET_ASIDE_END = re.compile(r"[^,;:]{1,60}?[,;:]\s+(?!and\b|or\b|nor\b)(?=(?:\S+\s+){3})", re.IGNORECASE)
# and "Instead of sanctioning Russia, Georgia …": set aside before the clause begins
# (and "Pressed by Washington, Georgia …", "Despite pressure from Moscow, …": who presses leads, it does not act)
SET_ASIDE_LEAD = re.compile(r"^\s*(?:rather than|instead of|far from|(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+by|(?:despite|"
                            r"in spite of|notwithstanding|in the face of|under)\s+(?:(?:heavy|mounting|strong|much|"
                            r"all\s+the|the)\s+)?(?:pressure|calls|demands|appeals|pleas|threats|warnings|lobbying)\s+"
                            r"(?:from|by))\s[^,;:]*[,;:]", re.IGNORECASE)
_CONTRAST = (r"(?:unlike|in\s+(?:(?:stark|sharp|marked|striking)\s+)?contrast\s+(?:to|with)|as\s+opposed\s+to|"
             r"contrary\s+to)\b")
_CONTRAST_LEAD = re.compile(r"^\s*" + _CONTRAST, re.IGNORECASE)
# "X, in stark contrast to Y, has never …", "… , unlike Y.": a contrast set off between commas or at the end
_CONTRAST_ASIDE = re.compile(r"(?:,|\s-+)\s*(?!contrary)" + _CONTRAST + r"[^,;:]*?(?=\s*(?:,|\s-+\s|[.!]?\s*$))",
                             re.IGNORECASE)

# "X accuses Y of doing Z, and Y did …": the charge's "of" takes a verb in -ing, so a clause with a subject and verb
# of its own after ", and" is the writer's, not the accuser's (", and of …", ", and Moscow of …" go on with the charge)
_CHARGE_CLOSED = re.compile(r"\b(?:accus(?:es|ed|e|ing)|charg(?:es|ed|e|ing)|suspect(?:s|ed)?)\s+[^,;:]{1,60}?\s+of\s+"
                            r"[\w'’-]+ing\b[^,;:]*,\s+and\s+(?!of\b)(?![^,;:]{1,40}?\sof\s+[\w'’-]+ing\b)",
                            re.IGNORECASE)


def clauses(text: str) -> list[Clause]:
    """The clauses of a sentence, each with where its speaker stands if it reports someone."""
    folded = fold(text)
    aside = _SET_ASIDE.search(folded)
    resumed_at = _SET_ASIDE_END.match(folded, aside.end()) if aside else None
    skipped = (aside.start(), resumed_at.end()) if aside and resumed_at else (0, 0)  # (0, 0): none
    if aside and not resumed_at:
        folded = folded[:aside.start()]
    breaks = [m for m in (*_CLAUSE_BREAK.finditer(folded), *WHO_ASKED.finditer(folded),
                          *_CHARGE_CLOSED.finditer(folded))
              if not skipped[0] <= m.start() < skipped[1]]
    # "X described A as B and said C", "X told … that A, and Y added that B": each verb of saying opens a clause
    first = _verb_of_saying(folded)
    if first is not None:
        breaks += [m for m in _NEXT_REPORTER.finditer(folded, first.end())
                   if (said := _verb_of_saying(folded[m.end():])) is not None
                   and said.start() <= m.end("lead") - m.end()]
    # "X, which says it backs Y, has never …": what the relative clause reports ends where the main verb resumes
    resumed = [m.end() for m in _REPORTING_RELATIVE.finditer(folded)]
    lead = SET_ASIDE_LEAD.match(folded)
    first_start = lead.end() if lead else 0
    bounds = sorted({first_start, *[b for b in (*[m.end() for m in breaks], *resumed, *skipped) if b > first_start],
                     len(folded)})
    # "X never showed up when the Assembly voted on Y": the time clause names what the other is about
    # and so does a clause before a semicolon ("X refuses to treat Crimea as Russian; Y has endorsed the claim")
    timed = {m.end() for m in breaks if _WHEN.search(m.group()) or m.group() == ";"}
    found: list[Clause] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if end <= start or not folded[start:end].strip() or (start, end) == skipped:
            continue
        clause = _clause(folded, start, end)
        if clause.reported and clause.speaker_span and clause.speaker_span[0] == start:
            # "Baku, which has been curbing Russian media, accuses Moscow of …": the speaker's relative clause
            # is asserted of the speaker
            relative = _ASSERTED_RELATIVE.search(folded, start, clause.speaker_span[1]) or \
                _DOING_ASIDE.match(folded, start, clause.speaker_span[1])
            if relative:
                found.append(Clause(start, relative.end()))
            elif _DID_AND_SAID.search(folded, start, clause.speaker_span[1]):
                # "X seized on an interview to lambaste Moscow and to restate that …": what X did, X is not said to
                # say; and the one who says it is X, who did it, not Moscow
                found.append(Clause(start, clause.speaker_span[1]))
                named = _NAMED.match(folded, start)
                if named:
                    clause = replace(clause, speaker_span=(start, named.end()))
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
        charged = REJECTED_CLAIM.search(folded, clause.speaker_span[0], clause.start) \
            if clause.denied and clause.speaker_span else None
        # (not when what is charged opens on a pronoun: in "Baku rejects Moscow's claims that it arms Kyiv" it is
        # Baku, whom only the denial's speaker stands for)
        owner = charged and ("owner" if charged.group("owner") else "by" if charged.group("by") else None)
        if charged and owner and not _PRONOUN_OPENS.match(folded, clause.start):
            # "Peskov dismissed Baku's charge that Russian missiles downed the jet": Baku says they did
            found.append(Clause(clause.start, clause.end, True, charged.span(owner)))
    return dismissed(folded, found)


_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
_PRONOUN_OPENS = re.compile(r"\s*(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)
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
# one closed again before the main verb: "Georgia, which always backs Kyiv, voted yes"
CLOSED_RELATIVE = re.compile(r",\s*(?:who|whose|which)\b[^,;]*,", re.IGNORECASE)
_ASSERTED_RELATIVE = re.compile(r"^[^,;]{1,60}?,\s*(?:which|who|whose)\b(?!\s+(?:" + _SAYING + r")\b)[^,;]{3,}?,",
                                re.IGNORECASE)
# "Erdogan, welcoming Aliyev - his treaty ally - to Ankara, repeated that …": what the speaker is doing meanwhile
_DOING_ASIDE = re.compile(r"[^,;]{1,60}?,\s*[a-z]+ing\b(?!\s+(?:" + _SAYING + r")\b)[^,;]{3,}?,", re.IGNORECASE)
# the capitalised words a (folded) clause opens on: the one it names first ("Anthony B. Kim")
_NAMED = re.compile(r"\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}")
# a deed of its own before "and (to) say": "… to lambaste Moscow's manners and to restate that"
_DID_AND_SAID = re.compile(r"\s(?:[a-z]+ed|to\s+[a-z]+)\s+(?:[^,;]+\s)?and\s+(?:to\s+)?$", re.IGNORECASE)
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
    owned = _OWNED_LEAD.match(body)
    if owned:
        return Clause(start + owned.end(), end, True, (start + owned.start("who"), start + owned.end("who")))
    conceded = _CONCESSION.search(body)
    if conceded and body[:conceded.start()].strip():
        # "X, whatever Moscow claims, backs Y": the one conceded to is set aside, and nothing is reported
        return Clause(start, end, False, (start + conceded.start(), start + conceded.end()))
    account = _ACCOUNT_ASIDE.search(body)
    if account and body[:account.start()].strip():
        # (by its own account: the one named before the aside speaks)
        return Clause(start, end, True, (start, start + account.start()) if account.group("own")
                      else (start + account.start(), start + account.end()))
    aside = SAID_ASIDE.search(body)
    if aside and body[:aside.start()].strip():
        # "Kyiv, Zelenskyy said, has always condemned …": what was said runs around the speaker
        return Clause(start, end, True, (start + aside.start(), start + aside.end()))
    trailing = trailing_speaker(body)
    if trailing:
        # "Armenia is Russia's ally, the minister said": what was said comes first
        return Clause(start, start + trailing.start(), True, (start + trailing.start(), end))
    untrue = CALLED_UNTRUE.match(body)
    if untrue:
        # "The idea that Georgia sanctioned Russia is nonsense": what the idea holds is denied
        part = next(name for name in ("said", "thing", "hollow", "judged") if untrue.group(name))
        return Clause(start + untrue.start(part), start + untrue.end(part), denied=True)
    rejected = REJECTED_CLAIM.search(body)
    if rejected and body[:rejected.start()].strip():
        # "Baku rejects claims that it arms Russia", "Moscow dismissed reports that …": the one named denies it
        return Clause(start + rejected.end(), end, True, (start, start + rejected.start()), denied=True)
    passive = PASSIVE_SAYING.search(body)
    if passive and body[:passive.start()].strip():
        # "X is accused by Washington of arming Moscow": the agent speaks of the subject; with no agent ("X is said
        # to …") no one named does, and the subject is no speaker
        who = passive.span("who") if passive.group("who") else None
        return Clause(start, end, True, (start + who[0], start + who[1])) if who else Clause(start, end)
    saying = _verb_of_saying(body)
    # ("To describe X as Y would be misleading": no one speaks; the verb is the infinitive a judgement is passed on)
    if saying and saying.start() > 0 and not _JUDGED_INFINITIVE.match(body):
        said = saying.end()
        if saying.group().rstrip().endswith(",") and len(body[said:].split()) < 3:
            # "Aliyev says Crimea is Ukraine, period": what follows the comma only stresses what was said
            said = saying.start() + len(saying.group().split()[0])
        # "X denied that …", "X has never once conceded that …": what follows is what X denies
        # (and "no longer disputes that …", "has never denied that …": a denial denied)
        denied = bool(_DENYING.match(saying.group())) != bool(_NEVER_SAID.search(body, 0, saying.start()))
        if _REFLEXIVE.match(saying.group()):
            said = saying.start()  # "casts itself as …": what is said is said of the speaker (its verb opens it)
        return Clause(start + said, end, True, (start, start + saying.start()), denied=denied)
    contrast = _CONTRAST_LEAD.match(body)
    if contrast:
        comma = body.find(",", contrast.end())
        if comma > 0 and RELATIVE_CLAUSE.match(body, comma):
            # "Unlike X, which shut …, Y has …": what the relative clause says of X is part of the contrast
            comma = body.find(",", comma + 1)
        if comma > 0:
            return Clause(start, end, contrast=(start, start + comma + 1))
    contrast = _CONTRAST_ASIDE.search(body)
    if contrast and body[:contrast.start()].strip():
        return Clause(start, end, contrast=(start + contrast.start(), start + contrast.end()))
    return Clause(start, end)


# a word before a verb of saying that makes it a noun: "the 24 states that", "Russia's claim to"
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|this|its|their|his|her|our|some|many|all|other|such|"
                          r"one|two|three|four|five|\d+)|'s?|s')\s+$", re.IGNORECASE)
# "the three South Caucasus states,": a plural noun after a number or a quantifier a few words before
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|hundreds?|dozens?|both|several|many|"
                      r"all|these|those|other|member)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_DENYING = re.compile(r"\s*(?:den(?:y|ies|ied)|disput(?:es?|ed)|contest(?:s|ed)?)\b", re.IGNORECASE)
# ("nobody would call X an ally", "few would describe X as …": the modal between is part of the denial)
_NEVER_SAID = re.compile(r"\b(?:never|not|n't|no longer|nobody|no one|nothing|(?<!\ba )(?<!\bthe )few|hardly anyone)\s+"
                         r"(?:(?:would|will|could|can|might|once|ever|yet|publicly|seriously)\s+)*$|"
                         # "No one in Baku believes …", "No Azerbaijani official has ever said …": a subject that is
                         # no one
                         r"^\s*(?:no one|nobody|not one|no(?!\s+(?:wonder|doubt|surprise|matter|question|less|"
                         r"sooner)\b))\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:(?:has|have|would|will|could|can|ever|once|publicly|seriously)\s+)*$|"
                         # "has refused all along to concede that …": a refusal to say it denies it
                         r"\b(?:refus(?:es|ed|e|ing)|declin(?:es|ed|e|ing)|unwilling|reluctant|loath),?\s+"
                         r"(?:[\w'’-]+,?\s+){0,3}?to\s+$|"
                         # "No longer does Armenia see Russia as …": the denial opens the clause, the verb inverted
                         r"^\s*(?:no longer|never|not once|at no (?:point|time)|seldom|rarely)\s+"
                         r"(?:does|did|do|has|have|had|will|would)\s+(?:[\w'’.-]+\s+){1,4}$", re.IGNORECASE)


_REFLEXIVE = re.compile(r"\w+\s+(?:itself|themselves|himself|herself)\s+as\b", re.IGNORECASE)


# "the very influence it (claims to resist)": a noun phrase and a pronoun, a relative clause with no "that"
_CLAIMED_IN_RELATIVE = re.compile(r"\b(?:the|a|an|that|this)\s+(?:[a-z-]+\s+){0,3}(?:it|they|he|she)\s+$",
                                  re.IGNORECASE)


def _verb_of_saying(body: str) -> re.Match[str] | None:
    """The first verb of saying in a clause, passing over the same words used as nouns."""
    for pattern in (_REPORTED_AFTER, _ONLY_SAYING):
        for found in pattern.finditer(body):
            plural = found.group().rstrip(" ,:").split(" ")[0].endswith("s") and _COUNTED.search(body[:found.start()])
            # "ready to concede Karabakh": an infinitive with an object, not a report ("forced to concede that" is)
            infinitive = pattern is _ONLY_SAYING and re.search(r"\bto\s+$", body[:found.start()]) is not None \
                and not found.group().rstrip().endswith("that")
            # ("the very influence it claims to resist": a relative clause with no "that", no report)
            relative = _CLAIMED_IN_RELATIVE.search(body[:found.start()]) and re.match(r"\s*claim(?:s|ed)?\s+to\s",
                                                                                       body[found.start():])
            if not _NOUN_BEFORE.search(body[:found.start()]) and not plural and not infinitive and \
                    not _CONCEDING.search(body[:found.start()]) and not relative:
                return found
    return None
