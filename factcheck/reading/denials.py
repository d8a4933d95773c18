"""Denials: a claim dismissed after it ("…, which Baku denies", "…, but that is untrue"), called untrue ("the idea
that … is nonsense"), rejected ("rejects claims that …"), or charged in the passive ("X is accused of …")."""
from __future__ import annotations

import re
from dataclasses import replace

from factcheck.reading.clause import Clause

# a verb of saying in the passive, and the one it is said by
PASSIVE_SAYING = re.compile(r"\b(?:is|are|was|were|be|been|being|stands?|stood)\s+(?:\w+ly\s+)?(?:accused|charged|"
                             r"alleged|said|reported|suspected|blamed)\b(?:\s+by\s+(?P<who>[^,;]{2,60}?)(?=\s+(?:of|with|for|"
                             r"to|that|as)\b))?", re.IGNORECASE)

# waving, swatting or batting a charge away (or off): the verbs both ways of dismissing one take
_SWATTING = r"(?:wave[sd]?|waving|swat(?:s|ted|ting)?|bat(?:s|ted|ting)?)"
_UNTRUE = (r"\s+as\s+(?:an?\s+|pure\s+|sheer\s+|a\s+pure\s+)?(?:invention|fabrication|fiction|lies?|nonsense|slander|"
           r"propaganda|fake|falsehood|baseless|groundless|untrue|false|provocation)")
# "…, which Baku waves away", "…, an accusation Bayramov dismisses out of hand": the one named denies it (after
# "which", only if it is dismissed as untrue: "which he dismissed as quasi-states" dismisses the states)
_DISMISSED = re.compile(r",\s*(?:(?P<which>which)|a(?:n)?\s+(?:accusation|charge|claim|allegation|assertion|version)s?"
                        r"(?:\s+that)?)\s+(?P<who>[^,;]{1,60}?)\s+(?:(?:has|have|had|always)\s+)?(?:\w+ly\s+)?"
                        r"(?:den(?:y|ies|ied)|" + _SWATTING + r"\s+away|"
                        r"(?:brush(?:es|ed)?|sweeps?|swept)\s+(?:off|aside)|shrug(?:s|ged)?\s+off|"
                        r"rebut(?:s|ted)?|refute[sd]?|(?:dismiss(?:es|ed)?|reject(?:s|ed)?)(?(which)" + _UNTRUE + r"))"
                        # (and what the one denying goes on to say: "…, insisting Russia bears no blame")
                        r"\b[^,;]*(?:,\s*(?:insisting|saying|arguing|adding|claiming|stressing|maintaining)\b[^;]*)?$",
                        re.IGNORECASE)


# "…, but that is untrue": the writer denies the clause before
_UNTRUE_AFTER = re.compile(r"\s*(?:(?:but|yet)\s+)?(?:that|this|it|the\s+(?:claim|charge|story|report))\s+(?:is|was|"
                           r"has\s+proved|proved|turned\s+out\s+to\s+be)\s+(?:\w+ly\s+)?(?:untrue|false|wrong|nonsense|"
                           r"a\s+myth|a\s+lie|not\s+so|not\s+the\s+case|baseless|groundless)\b[\s.!]*$", re.IGNORECASE)


def dismissed(text: str, found: list[Clause]) -> list[Clause]:
    """Each clause a trailing "…, which X denies" follows, ended there, and the same words denied by X (what no
    one named charges, "X is accused of …, which it denies", is then only denied); a clause that "…, but that is
    untrue" follows, denied."""
    out: list[Clause] = []
    for clause in found:
        if _UNTRUE_AFTER.match(text, clause.start, clause.end) and out and not out[-1].reported:
            out[-1] = replace(out[-1], denied=not out[-1].denied)
            continue
        dismissal = _DISMISSED.search(text, clause.start, clause.end)
        if dismissal is None or not text[clause.start:dismissal.start()].strip():
            out.append(clause)
            continue
        if not PASSIVE_SAYING.search(text, clause.start, dismissal.start()):
            out.append(replace(clause, end=dismissal.start()))
        out.append(Clause(clause.start, dismissal.start(), True, dismissal.span("who"), denied=True))
    return out


CALLED_UNTRUE = re.compile(r"\s*it\s+(?:(?:is|was|'s)\s+(?:(?:simply|just|surely|certainly|clearly|plainly)\s+)?"
                            # ("it is simply not plausible that X, who …, has …": the judgement denies the whole)
                            r"(?:not\s+(?:true|so|plausible|credible|believable|conceivable|realistic|the\s+case)|"
                            r"implausible|inconceivable|unthinkable|"
                            # ("it is wrong to say that …", "it would be false to claim that …")
                            r"(?:wrong|false|untrue|misleading|inaccurate)\s+to\s+(?:say|claim|suggest|argue|think)|"
                            r"(?:wrong|false|untrue|misleading|inaccurate))|"
                            r"would\s+be\s+(?:wrong|false|misleading|inaccurate)\s+to\s+(?:say|claim|suggest))"
                            r"\s+that\s+(?P<judged>.+)$|"
                            r"\s*the\s+(?:idea|claim|notion|suggestion|assertion|story|charge|allegation)\s+that\s+"
                            r"(?P<said>.+?)\s+(?:(?:is|was|remains)\s+(?:\w+\s+)?(?:nonsense|false|untrue|a myth|a lie|"
                            r"absurd|baseless|groundless|wrong|fiction|fantasy|laughable|ludicrous|preposterous|"
                            r"far-fetched|fanciful)|"
                            # ("the claim that X … does not hold up / holds no water")
                            r"(?:does\s+not|doesn't|did\s+not|didn't)\s+(?:hold\s+up|stand\s+up|hold\s+water|"
                            r"survive\s+scrutiny))\b|"
                            # ("Azerbaijan's support for Ukraine is a myth", "calling X Y's friend is a stretch": a
                            # thing said to be, at the clause's end)
                            r"\s*(?P<thing>[^,;]{3,80}?)\s+(?:is|was|remains|has\s+proved|proved)\s+(?:\w+\s+)?(?:a\s+|an\s+)?"
                            r"(?:myth|fiction|fantasy|illusion|mirage|pipe\s+dream|stretch|misnomer|exaggeration|"
                            r"wishful\s+thinking)[\s.!]*$|"
                            # ("X has imposed sanctions in name only", "… amount to nothing": done only in show)
                            r"\s*(?P<hollow>[^,;]{3,80}?)\s+(?:in\s+name\s+only|in\s+words\s+only|only\s+in\s+words|"
                            r"only\s+on\s+paper|on\s+paper\s+only|(?:amounts?|amounted)\s+to\s+(?:nothing|little)|"
                            r"for\s+show|only\s+in\s+the\s+loosest\s+sense|in\s+words,?\s+not\s+(?:in\s+)?deeds|"
                            # ("X is Y no more", "X may once have been Y, but no longer": no longer so)
                            r"no\s+more|,?\s+but\s+no\s+longer)[\s.!]*$", re.IGNORECASE)
# "rejects claims that", "dismissed reports that", "scoffed at suggestions that": a denial of what follows
REJECTED_CLAIM = re.compile(r"\b(?:rejects?|rejected|rejecting|dismiss(?:es|ed|ing)?|refutes?|refuted|denies|denied|"
                             r"deny(?:ing)?|disputes?|disputed|scoff(?:s|ed)? at|brush(?:es|ed)? (?:off|aside)|"
                             + _SWATTING + r" (?:away|off)|(?:sweeps?|swept) aside|"
                             r"laugh(?:s|ed)? off|ridicules?|ridiculed)\s+(?:as\s+\w+\s+)?"
                             r"(?:the\s+|any\s+|all\s+)?(?:(?P<owner>[\w-]+)(?:'s?|’s?)\s+|[\w'-]+\s+)?"
                             r"(?:claims?|allegations?|suggestions?|reports?|"
                             r"accusations?|charges?|idea|notion|talk|assertions?|rumou?rs?)"
                             # ("the accusation, levelled by Baku's envoy, that …": whose it is, set off)
                             r"(?:\s*,\s*(?:levell?ed|made|raised|voiced|aired|put\s+forward)\s+by\s+"
                             r"(?P<by>[^,;]{2,60}?)\s*,)?\s+that\b", re.IGNORECASE)
