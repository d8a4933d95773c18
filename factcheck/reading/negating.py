"""The phrases that deny what follows them: a negating phrase ("has yet to", "refused to", "shied away from",
"far from") is read as one NEG token (text.tokens). Grammar only: no topic is named here."""
from __future__ import annotations

import re

_STOPPING = "stop|stops|stopped|stopping"
# the roles one may hold towards another, and hold no longer ("once its ally", "a former friend")
_ROLE = r"ally|allies|friends?|partners?|backers?|champions?|clients?|satellites?|vassals?|protectors?|patrons?"
# the auxiliaries a clause may invert after "nor" ("…, nor has it joined …")
INVERTED_AUXILIARY = r"(?:has|have|had|does|do|did|is|are|was|were|will|would|can|could)"
# how often a refusal is repeated ("refused again and again to", "has declined time and again to")
_HOW_OFTEN = r" again and again| time and again| once more| again| still| so far| ever"
# the verbs of calling a thing something ("it would be wrong to call X Y", "To describe X as Y is misleading")
JUDGING = r"(?:call|describe|label|brand|term|regard|see|count|portray|paint|cast|depict|present)"
# "X was long Y's ally, but that era has ended": what closes a clause after "but" to take it back
TAKEN_BACK = (r"(?:that|this) (?:era|time|period|phase) (?:has|is) (?:ended|over|gone|past)|"
              r"(?:those|these) days are (?:over|gone|past)|that (?:is|was) no longer (?:so|the case|true)|"
              r"that has (?:changed|ended)")
NEGATING_PHRASES = re.compile(
    r"\b(?:no longer|has yet to|have yet to|had yet to|is yet to|are yet to|yet to|"
    # "…, nor has it joined …": "nor" before its inverted auxiliary denies what follows
    r"nor(?= " + INVERTED_AUXILIARY + r" (?:it|they|he|she)\b)|"
    # ("refused outright to", "flatly declined to": an adverb between)
    # (and "refused both to sanction Moscow and to …": one refusal of two things)
    # (or an aside: "declining, as it always has, to accept")
    r"(?:refus|declin)\w*(?:,[^,]{1,40},|(?: outright| point-blank| flatly| \w+ly|" + _HOW_OFTEN + r"| ever since)+)?"
    r"(?: both)? to|"
    r"fail\w* to|(?:stopp?\w*|f[ae]ll\w*) short of|refrain\w* from|avoid\w*|steer\w* clear of|opt\w* out of|"
    r"(?:stay|stays|stayed|staying|keep|keeps|kept|keeping) out of|"
    r"(?:stay|stays|stayed|staying) (?:well )?clear of|"
    # (keeping another clear: "kept Turkey well clear of the sanctions")
    r"(?:keep|keeps|kept|keeping)(?: [\w'’-]+){0,2}? (?:well |safely )?clear of|"
    # avoiding what follows: "shied away from sanctioning", "held off on", "resisted calls to", "opted against"
    # (not "dodge" or "sidestep": the vocabulary's "dodge the vote" is an absence of its own)
    r"(?:shy|shies|shied|shying) away from|(?:hold|holds|held|holding) off on|"
    r"(?:resist|resists|resisted|resisting) (?:calls|pressure|demands) to|"
    # aversion, delay or fear of doing what follows: "shrinks from", "balked at", "fought shy of", "is a long way
    # from", "turned its back on", "has given up on", "dragged its feet on", "has put off recognising", "keeps
    # postponing", "is wary of backing", "dead set against", "resists recognising", "objects to sanctioning"
    r"(?:(?:shrink|shrinks|shrank|shrunk|shrinking) from|(?:balk|balks|balked|balking|baulk\w*) at"
    r"(?: the (?:idea|thought|prospect|notion) of)?|"
    r"(?:fight|fights|fought|fighting) shy of|(?:a long way|far away|miles away) from|"
    r"(?:turn|turns|turned|turning|keep|keeps|kept|keeping) (?:its|their|his|her) (?:back on|distance from)|"
    r"(?:give|gives|gave|given|giving) up on|(?:drag|drags|dragged|dragging) (?:its|their|his|her) feet (?:on|over)|"
    r"(?:withhold|withholds|withheld|withholding) (?:its |their |his |her )?support (?:from|for)|"
    r"(?:put|puts|putting) off|(?:postpon|delay|defer)\w*|(?:wary|afraid|scared|fearful|leery|chary) of|"
    r"set against|resist|resists|resisted|resisting|(?:object|objects|objected|objecting) to)(?= \w+ing\b)|"
    # (and "abandoned any idea of", "too timid to")
    r"(?:abandon|abandons|abandoned|abandoning|drop|drops|dropped|dropping) (?:any|all|the) "
    r"(?:idea|thought|notion|plans?)s? of|"
    r"too (?:\w+ly )?(?:cautious|timid|afraid|scared|weak|wary|fearful|nervous|careful|frightened|cowed) to|"
    # and reluctance: "X's reluctance to", "was quick to deny doing", "everything short of"
    r"(?:reluctance|unwillingness|refusal|failure|inability) to|(?<=\bto )deny(?= \w+ing\b)|"
    r"(?:cease[sd]?|ceasing) to|less and less|"
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bbe ))the last thing(?= \w)|"
    # "X, once Russia's closest ally, …": a role it held once, and no longer
    r"(?:(?<=, )|(?<=^)|(?<=[-—–] ))once(?= (?:[\w'’-]+ ){0,4}(?:" + _ROLE + r"|supporters?)\b[^,;.]{0,40}[,;—–-])|"
    r"(?:everything|anything|all) short of|"
    r"(?:spurn\w*|ignor\w*) (?:[\w'-]+ ){0,3}(?:requests?|calls?|demands?|pleas?|appeals?|pressure) to|"
    # "turned down Moscow's request to recognise", "declined an invitation to": what was asked is not done
    r"(?:turn(?:s|ed|ing)? down|declin\w*|reject\w*|refus\w*|rebuff\w*) (?:[\w'-]+ ){0,3}(?:requests?|"
    r"invitations?|calls?|demands?|pleas?|offers?|pressure|appeals?) to|"
    r"(?:opt|opts|opted|opting|decide|decides|decided|deciding) against|"
    # unwillingness: "reluctant to", "loath to", "little appetite for", "abstained from <doing>" (not "object to":
    # a ledger's vocabulary may use it for a stance of its own)
    r"(?:reluctant|unwilling|loath|loth|unable|disinclined|averse) to|"
    r"little (?:appetite|desire|inclination|enthusiasm) (?:for|to)|(?:neglect|omit)\w* to|"
    # ("finds little support in Tbilisi", "scant backing": not much of it, as good as none)
    # (and "precious little in the way of diplomatic cover": a kind of it named between)
    r"(?<!\ba )(?:(?:precious |very |too )?little|scant|scarcely any|hardly any)(?=(?: in the way of| by way of)?"
    r"(?: [a-z]+)? (?:support|help|backing|sympathy|aid|assistance|solidarity|cover|protection|encouragement)\b)|"
    # "there is little sign that X will …", "has done little to help", "the last country to recognise"
    r"little (?:sign|chance|indication|prospect|likelihood|evidence) (?:that|of)|"
    r"(?:do|does|did|done|doing) little to|(?:(?<=\bwould be the )|(?<=\bwill be the )|(?<=\bwould have been the ))"
    r"last (?:(?:country|state|nation|one|government|capital|leader|man|person) )?to(?= \w)|"
    r"(?:withhold|withholds|withheld|withholding)(?= (?:its|their|his|her) )|"
    # "imposed zero sanctions": "zero" before a noun as "no" (not "zero-sum")
    r"zero(?= [a-z])|"
    # "it is false that …", "it is a myth that …": what follows is denied
    r"(?:it is|it's|it was) (?:false|untrue|a myth|a lie|nonsense|not the case|wrong|absurd) (?:to say )?that|"
    r"(?:lack|lacks|lacked|lacking)(?= (?:any|a|an|the)\b)|"
    r"(?:abstain|abstains|abstained|abstaining) from(?= \w+ing\b)|"
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere ))against(?= \w+ing\b)|"
    r"(?:froze|frozen|freezes|freezing|freeze|mothball(?:s|ed|ing)?)"
    r"(?= (?:[\w'-]+ ){0,3}(?:membership|involvement|participation|role)\b)|"
    r"(?:skip|skips|skipped|skipping|" + _STOPPING + r"|cease[sd]?|ceasing|quit|quits|quitting)"
    r"(?= \w+ing\b)|(?:put|puts|putting)(?= (?:[\w'-]+ ){1,8}on (?:hold|ice)\b)|"
    r"(?:keep|keeps|kept|keeping)(?= (?:[\w']+ ){1,3}out of\b)|(?:hold|holds|held|holding) back from|"
    r"(?<!\ba )(?<!\bthe )few(?= \w)|"
    r"anything but|anything other than|nothing other than|"
    r"(?:hard|difficult|impossible) to (?:imagine|picture|believe)(?: that)?|"
    r"(?:inconceivable|unthinkable|implausible) that|"
    r"by no means|in no way|gone are the days (?:when|of)|waver\w*(?: in)?|budg\w*(?: from)?|hesitat\w* (?:to|in)|"
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?:ruled?|rules|ruling) out|"
    r"far from|not once|won't|wont|hasn't|(?:let|lets|letting|eas\w+) up(?: on)?|"
    r"haven't|hadn't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|can't|couldn't|wouldn't|shouldn't|"
    r"hasnt|havent|isnt|arent|wasnt|doesnt|dont|didnt|cant|ain't|aint|"
    # "Nor has Georgia sanctioned Russia": a "nor" that opens a clause denies it
    r"(?:^|(?<=[;,:] )|(?<=\. ))nor(?= (?:has|have|had|is|are|was|were|did|does|do|will|would|can|could)\b)|"
    # "Seldom has Georgia backed …", "rarely does X side with …": a rarity that opens the clause, verb inverted
    r"(?:^|(?<=[;,:] )|(?<=\. ))(?:seldom|rarely|scarcely ever|hardly ever)(?= (?:has|have|had|is|are|was|"
    r"were|did|does|do)\b)|"
    # "who seldom puts any daylight between himself and Putin": a rarity before the verb it denies
    r"\b(?:seldom|rarely)(?= [a-z]+(?:s|ed)\b)|"
    # "soldiers are barred from the free fuel", "army trucks are turned away": kept from what follows
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=\bbeen )|(?<=\bnot )|(?<=n't ))"
    r"(?:barred|banned|excluded|kept|"
    r"shut out|turned away|locked out) from|"
    # "stop / prevent X (from) doing": X's doing is denied ("did nothing to stop them setting up a post" affirms it)
    r"(?:" + _STOPPING + r"|prevent|prevents|prevented|preventing)(?= (?:[\w'’-]+ ){1,4}(?:from )?\w+ing\b)|"
    # what is passed up, turned away from or thought better of: "passed up the chance to", "let every chance to …
    # slip", "washed its hands of", "turned a deaf ear to calls to", "draws the line at", "held aloof from", "backed
    # away from", "backtracked on", "reversed course on", "walked back its pledge to", "far be it from X to"
    r"(?:pass|passes|passed|passing) up (?:the|a|every|any|its|their) (?:chance|opportunity) to|"
    r"(?:let|lets|letting) (?:the|a|every|each|any) (?:chance|opportunity)(?= to )|"
    r"(?:wash|washes|washed|washing) (?:its|their|his|her) hands of|"
    r"(?:turn|turns|turned|turning) a deaf ear to (?:[\w'-]+ ){0,3}(?:calls?|pleas?|appeals?|demands?|requests?) to|"
    r"(?:draw|draws|drew|drawn|drawing) the line at|(?:think|thinks|thought|thinking) better of|"
    r"(?:hold|holds|held|holding|stand|stands|stood|standing|keep|keeps|kept|keeping|remain\w*|stay\w*) aloof from|"
    r"(?:(?:back|backs|backed|backing|pull|pulls|pulled|pulling) (?:away|back) from|"
    r"(?:backtrack\w*|back-?pedal\w*) on|(?:reverse|reverses|reversed|reversing) course on)(?= \w+ing\b)|"
    r"(?:walk|walks|walked|walking|row|rows|rowed|rowing) back (?:on )?(?:its|their|his|her|the) "
    r"(?:pledge|promise|plan|decision|commitment|offer)s? to|far be it from(?= [\w'-]+(?: [\w'-]+)? to\b)|"
    # what came close, but did not happen: "came close to recognising", "on the verge of", "almost backed"
    r"(?:(?:come|comes|came|coming) close to|(?:on|to) the (?:verge|brink) of)(?= \w+ing\b)|"
    r"absent from the (?:list|ranks|roster) of|(?<=\bbut )(?:" + TAKEN_BACK + r")(?=\s*[.!]?\s*$)|"
    # "was nowhere to be found when it came to sanctioning": absent from what follows
    # (alone, "nowhere to be seen" is an absence the vocabulary may name: "was nowhere to be seen at the vote")
    r"nowhere to be (?:found|seen) when it (?:came|comes|come) to|"
    # a time that is over: "there was a time when", "the days when X was … are over", "used to be", "the opposite of"
    r"there (?:was|were) (?:a time|days|years) when|the days when(?=[^.;]{1,80}\b(?:are|is) (?:over|gone|past)\b)|"
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bget )(?<!\bgot )(?<!\bbecome )used to(?= (?:be|have|back|support|"
    r"stand|side|count|rely|lean)\b)|(?:the (?:very )?opposite|a poor excuse) (?:of|for)|"
    r"(?:(?<=\bwould be )|(?<=\bis )|(?<=\bit's ))(?:wrong|misleading|a mistake|inaccurate|unfair) to " + JUDGING +
    r"|"
    # "To describe X as Y would be misleading": the same, with the verb first
    r"(?:(?<=^)|(?<=^ )|(?<=[,;:] ))to " + JUDGING +
    r"(?=[^.;]{1,80}?\b(?:would be|is|was) (?:wrong|misleading|a mistake|inaccurate|unfair|an exaggeration|"
    r"a stretch|absurd|laughable|nonsense|going too far)\b)|"
    # (but "is losing its former ally": the loss says it already)
    r"(?<!\blosing its )(?<!\blost its )(?<!\bloses its )(?<!\blose its )(?:former|erstwhile|one-time|onetime)"
    r"(?= (?:[\w'-]+ )?(?:" + _ROLE + r")\b)|"
    r"(?:almost|nearly)(?= [a-z]+ed\b)|"
    # "instead of sanctioning Russia, …": what is done instead of is not done
    r"(?:instead of|rather than)(?= \w+ing\b))\b",
    re.IGNORECASE)
