"""Words as a reader compares them: typography folded, British and American spelling made one,
inflections reduced to a stem, and the words of negation made one token.

Only orthography and grammar live here; what a topic's answers sound like is the ledger's data."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from factcheck.reading.negating import NEGATING_PHRASES

NEG = "NOT"  # the one token every word of negation becomes

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
                       "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
# a word: letters (with inner apostrophes or hyphens), or a number or code such as 77/284, ES-11/1, 8.2
_WORD = re.compile(r"[A-Za-z]{1,4}-\d+/\d+|\d+(?:[.,/]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*'?")
_POSSESSIVE = re.compile(r"'s?$|s'$")
# British spellings made American, so that recognise and recognize are one word
_SPELLING = [(re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
             (re.compile(r"(?<=\w{3})ys(e|es|ed|ing)$"), r"yz\1"),
             (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites)?$"), r"or\1"),
             (re.compile(r"(?<=\w{3})tre(s)?$"), r"ter\1"),
             (re.compile(r"^(def|off|lic)ence(s)?$"), r"\1ense\2"),
             # "fuelled", "travelling": the l doubled (never of a word of one syllable, "spelled", "quelling")
             (re.compile(r"(?<=\w{2})(?<!qu)(?<!sp)(?<!sm)(?<!dw)(?<!sw)(?<!sh)(?<!kn)ell(ed|ing|ers?)$"), r"el\1")]
# words of negation; "n't" is split off by the tokenizer. Multi-word forms are joined first.
# "nor" is not among them: in "neither X nor Y" the one negation is "neither"
_NEGATORS = {"not", "never", "no", "none", "neither", "nobody", "nothing", "nowhere", "cannot", "hardly", "barely",
             "scarcely"}
# irregular forms a stemmer cannot reduce (English grammar, not any topic's vocabulary)
_IRREGULAR = {
    "won": "win", "took": "take", "taken": "take", "sat": "sit", "gave": "give", "given": "give", "told": "tell",
    "held": "hold", "stood": "stand", "began": "begin", "begun": "begin", "went": "go", "gone": "go",
    "made": "make", "found": "find", "lost": "lose", "got": "get", "gotten": "get", "kept": "keep",
    "left": "leave", "sent": "send", "built": "build", "brought": "bring", "shot": "shoot", "fought": "fight",
    "sought": "seek", "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw", "fell": "fall",
    "fallen": "fall", "froze": "freeze", "frozen": "freeze", "broke": "break", "broken": "break",
    "spoke": "speak", "spoken": "speak", "swung": "swing", "struck": "strike", "withdrew": "withdraw",
    "withdrawn": "withdraw", "saw": "see", "seen": "see", "ran": "run", "rose": "rise", "risen": "rise",
    "led": "lead", "meant": "mean", "paid": "pay", "said": "say", "sold": "sell", "thought": "think",
    "wrote": "write", "written": "write", "became": "become", "came": "come", "did": "do", "done": "do",
    "had": "have", "has": "have", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
    "thrown": "throw", "threw": "throw", "slid": "slide", "forgave": "forgive", "bought": "buy",
    "fled": "flee", "dealt": "deal", "felt": "feel", "met": "meet", "put": "put", "set": "set", "cut": "cut",
    "hit": "hit", "shut": "shut", "spent": "spend", "stuck": "stick", "won't": "not", "oks": "ok",
    "okd": "ok", "okayed": "ok", "ok'd": "ok", "okay": "ok", "shown": "show", "showed": "show",
    "grew": "grow", "grown": "grow", "knew": "know", "known": "know", "flew": "fly", "flown": "fly",
    "drove": "drive", "driven": "drive", "rode": "ride", "ridden": "ride", "shook": "shake", "shaken": "shake",
    "arose": "arise", "arisen": "arise", "hid": "hide", "hidden": "hide", "swore": "swear", "sworn": "swear",
    "tore": "tear", "torn": "tear", "wore": "wear", "worn": "wear", "bore": "bear", "borne": "bear",
    "stole": "steal", "stolen": "steal", "sank": "sink", "sunk": "sink", "caught": "catch", "taught": "teach",
    "understood": "understand", "undertook": "undertake", "undertaken": "undertake", "upheld": "uphold",
    "withheld": "withhold", "overcame": "overcome", "forbade": "forbid", "forbidden": "forbid", "lent": "lend",
    "laid": "lay", "hung": "hang", "fed": "feed", "bred": "breed", "blew": "blow", "blown": "blow",
    "forgot": "forget", "forgotten": "forget", "forgiven": "forgive", "woke": "wake", "woken": "wake",
    "overtook": "overtake", "overtaken": "overtake", "beaten": "beat", "bitten": "bite", "bit": "bite",
    "sprang": "spring", "sprung": "spring", "stung": "sting", "strove": "strive", "striven": "strive",
    "wept": "weep", "swept": "sweep", "slept": "sleep", "crept": "creep", "leapt": "leap", "dug": "dig",
    "spun": "spin", "mistook": "mistake", "mistaken": "mistake", "let": "let", "does": "do", "goes": "go"}
# the verb forms no suffix rule finds ("lost", "held"): other modules tell a verb by them ("…, it lost …")
IRREGULAR_FORMS = frozenset(_IRREGULAR)
_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True)
class Token:
    """One word of a text: as written, its stem for matching, and where it stands."""

    text: str
    norm: str  # the stem, or NEG for a word of negation
    start: int
    end: int
    possessive: bool = False  # written with 's (Russia's)


def fold(text: str) -> str:
    """Typographic quotes, apostrophes and dashes as ASCII."""
    return text.translate(_FOLD)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem a word is compared by: lower case, American spelling, inflection removed."""
    word = word.casefold()
    if word in _NEGATORS:
        return NEG
    word = _IRREGULAR.get(word, word)
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    if any(c.isdigit() for c in word):
        return word
    if word in _KEPT_APART:
        return _KEPT_APART[word]
    stemmed = str(_STEMMER.stemWord(word))
    if len(stemmed) > 4 and stemmed.endswith("ff"):
        stemmed = stemmed[:-1]  # the stemmer undoubles "rebuffed" to "rebuf" but leaves "rebuff": one stem
    return _DERIVED.get(stemmed, stemmed)


# words the stemmer would merge with another word of other meaning ("aide" is no "aid"; a "protector" is one
# who protects another, where "protects itself" is no one's)
_KEPT_APART = {"aide": "aide", "aides": "aide", "protector": "protector", "protectors": "protector"}
# a noun and the verb it is made from, which the stemmer leaves apart ("recognition", "recognize"): English
# word formation, one stem for both
_DERIVED = {"recognit": "recogn", "abstent": "abstain", "withdrawal": "withdraw", "denial": "deni"}


# a comparative: "more", "closer", "heavier" (not the words that only end like one: "other", "never", …)
_COMPARATIVE = (r"(?:more|less|better|worse|(?!(?:other|never|under|over|ever|neither|either|rather|whether|after|"
                r"power|member|border|number|later|longer|water|order|leader|partner|supplier|foreigner)\b)[a-z]{2,}er)")
# "could not ask for a more obedient neighbour than X": X is the most obedient one there is
_WISHED = r"(?:ask|wish|hope)\s+for|(?:find|have)(?=\s+(?:a|an)\s)"
# "misses no chance to", "never fails to", "wasted no time in": a double negative, so eagerness
_EAGER = ("|".join(rf"(?<=\b{verb} )no" for verb in (
    "miss", "misses", "missed", "missing", "waste", "wastes", "wasted", "wasting", "lose", "loses", "lost", "losing",
    "spare", "spares", "spared", "sparing")) + r"(?= (?:chance|opportunity|occasion|time|effort|pains)\b)|"
          # ("never misses a chance to"; but "has not missed a single vote" denies missing it)
          r"(?:never|not|(?:hardly|scarcely|rarely|seldom)(?: ever)?)(?= (?:miss|misses|missed) (?:a |an |any )?"
          r"(?:single )?(?:chance|opportunity|occasion|"
          r"beat|trick)\b)|")
_NEVER_FAILS = re.compile(r"\b(?:never|not) fail(?:s|ed)? to\b", re.IGNORECASE)
# "no country except X", "none but X", "nobody other than X": X is the exception, the one it is true of; and
# "for nothing" and "at no charge" are free of charge
# (only a category before "except" / "but": "no sanctions but a warning" still denies the sanctions)
_EXCEPT = (r"(?:no|none|nobody)(?=\s+(?:other\s+)?(?:(?:country|countr|state|nation|government|capital|member|"
           r"neighbou?r|one|leader)\w*\s+)?(?:else\s+)?(?:except|but|save|other than|apart from)\s+\w)|"
           r"(?<=\bno )one(?=\s+(?:else\s+)?(?:except|but|other than)\s)|(?<=\bfor )nothing\b|"
           r"(?<=\bat )no(?=\s+(?:extra\s+)?(?:charge|cost)\b)|"  # ("at no charge": free)
           # "no other state borders both … except X", "… the way X does": the exception comes at the end
           r"(?:no|none)(?=\s+other\s[^,;.]{0,100}?\b(?:(?:except|save|other than|apart from|besides)\s+\w|"
           r"(?:the way|as|like|but)\s+(?:[\w'-]+\s+){1,3}?(?:does|did|has|have|do|is|was)\b))|")
# "Not / never since X has any war drawn such censure / been fought on such a scale", "no war has drawn such
# censure": a superlative, not a negation ("never since 1991 has X voted for it" still denies);
# "not only", "not merely", "made no secret of", "it hardly needs saying": an emphasis; "no better friend than
# X", "no war has drawn as much condemnation as X": a comparison that makes X the most, not a negation
_NOT_NEGATING = re.compile(r"(?:^\s*|(?<=[;:] ))(?:not|never)(?= since\b[^;.]{0,160}?\b(?:such|so|as \S+ as|more|"
                           r"\w{3,}er than|scale|size|magnitude)\b)|"
                           # "not long after the vote", "not long ago": a time, not a denial
                           r"\bnot(?= (?:long|much|many (?:days|weeks|months|years)) (?:after|before|later|earlier|"
                           r"ago|afterwards?)\b)|"
                           # "there is no doubt that X", "no one doubts that X", "few doubt": X is affirmed
                           r"\b(?:no|few|nobody)(?=(?: one| observer| analyst| expert)? doubts?\b)|"
                           # "is not, and never was, …": one denial, said twice
                           r"(?:(?<=\bnot, and )|(?<=\bnot, or )|(?<=n't, and )|(?<=n't, or ))never(?= (?:was|were|has|"
                           r"have|had|did|will|is|are)\b)|"
                           # "Not Armenia, not Georgia: neither has …": the "not"s list those the denial is said of
                           r"(?:^\s*|(?<=, )|(?<=[;:] ))not(?= [\w'’-]+(?: [\w'’-]+)?(?:, not [\w'’-]+(?: [\w'’-]+)?)*"
                           r"(?:\s*:|\s+-)\s*(?:neither|none|nobody|no one|not one)\b)|"
                           # "only states, not regions, have the right": the "not" sets an alternative aside
                           # (not in a series of "not"s: "not yes, not no, not even an abstention")
                           r"(?<=\w, )not(?= (?:the |a |an )?[\w'’-]+(?: [\w'’-]+)?, (?!not\b|nor\b))|"
                           # "few countries are as close to Moscow as X", "no state is as loyal to Kyiv as X": X is the
                           # most so
                           r"(?:^\s*|(?<=[,;:] )|(?<=\band ))(?:no|few)(?=\s(?:other\s)?(?:countr(?:y|ies)|states?|"
                           r"capitals?|governments?|nations?|one)\s+(?:is|are|has|have|was|were)\s+(?:been\s+)?as\s+"
                           r"[a-z]+\s+(?:to|with|of|toward|towards)\s[^,;.]{1,40}?\bas\b)|"
                           # "No country has such close ties to Moscow as X" (not "X has no such pact as Y")
                           r"(?:^\s*|(?<=[,;:] )|(?<=\band ))(?:no|none)(?=\s[^,;.]{0,90}?\bsuch\b[^,;.]{0,60}?\bas\b|"
                           # "none since Iran and Iraq went to war has been fought on such a scale"
                           r"\s(?:[^,;.]{0,30}?\s)?since\s[^,;.]{0,120}?\bsuch\b|"
                           # "no war of this size has been fought since …"
                           r"\s[^,;.]{0,60}?\b(?:this|that|such an?|of this|of that)\s(?:size|scale|magnitude)\b"
                           r"[^,;.]{0,80}?\bsince\b|"
                           # "no war … has been bigger since Iran and Iraq fought"
                           r"\s[^,;.]{0,90}?\b" + _COMPARATIVE + r"\s+since\b)|"
                           r"(?:no|none)(?=\s[^,;.]{3,60}?\b(?:has|have|had)\s+(?:ever\s+)?(?:drawn|seen|met|faced|"
                           r"provoked|triggered|attracted|earned|received|been)\s+(?:\w+\s+)?such\b)|"
                           r"\b(?:not\s+(?:only|merely|just|simply)\b|(?<=\blike )no(?=\s+other\b)|"
                           r"(?:(?<=\bmade )|(?<=\bmakes )|(?<=\bmake )|(?<=\bmaking )|(?<=\bis )|(?<=\bwas ))"
                           r"no(?= secret\b)|"
                           + _EAGER + _EXCEPT +
                           r"(?<=\bit )hardly(?= needs? (?:saying|to be said|repeating)\b)|"
                           # "hardly surprising, given that X", "no wonder X": a comment on X, which is affirmed
                           r"(?:hardly|scarcely|little|no|not)(?= (?:(?:at all|entirely|altogether|exactly|really|"
                           r"very|so|that|too|particularly|much of) )?(?:an? )?(?:surpris\w*|unexpected\w*|"
                           r"coincidence|coincidental|accident|accidental|wonder|shock\w*|astonish\w*|strange|"
                           r"odd|remarkable|unusual)\b)|"
                           # "X isn't alone in recognising them", "is not the only one to …": X does it too
                           r"(?:not|\w+n['’]t|(?:is|are|was|were)nt)(?= (?:alone|the only (?:one|country|state|"
                           r"capital|government|nation)s?) (?:in|to)\b)|"
                           # "has not forgiven the raid", "never forgot the help": what is not forgiven happened
                           r"(?:not|never|\w+n['’]t|(?:has|have|had|did|does|do|wo|is|was)nt)"
                           r"(?= (?:yet |quite |entirely |fully |easily )?(?:forgiv\w*|forgave|forget\w*|forgot\w*|"
                           r"regret\w*|overlook\w*)\b)|"
                           r"(?<=\bsecond to )none\b|(?:no|none|not(?=\s+(?:a\s+single|one|" + _WISHED + r")\b))"
                           r"(?=\s[^,;.]{0,90}?\b(?:as\s+\w+|other|" + _COMPARATIVE +
                           r")\b[^,;.]{0,40}?\b(?:than|then|as)\b))", re.IGNORECASE)


# "no country is under more sanctions than X": X is under the most; the comparative reads as the superlative
# (and "not a single nation labours under more … than X")
_COMPARED = re.compile(r"\b(?:no|none|not\s+(?:a\s+single|one|" + _WISHED + r"))\s[^,;.]{0,60}?\b(" + _COMPARATIVE +
                       r")\b[^,;.]{0,40}?\b(?:than|then)\b", re.IGNORECASE)


# "no war has drawn such censure as X", "never since … has a war drawn such censure as X": X drew the most
_SUCH_AS = re.compile(r"\b(?:no|none|never|not)\b[^;.]{0,160}?\b(such)\b[^;.]{0,60}?\bas\b", re.IGNORECASE)


def _superlative(comparative: str) -> str:
    """ "heavier" -> "heaviest", "closer" -> "closest", "more" -> "most"."""
    if comparative in _SUPERLATIVE:
        return _SUPERLATIVE[comparative]
    return comparative[:-3] + "iest" if comparative.endswith("ier") else comparative[:-2] + "est"


_SUPERLATIVE = {"more": "most", "less": "least", "greater": "greatest", "bigger": "biggest", "larger": "largest",
                "better": "best", "closer": "closest", "worse": "worst", "stronger": "strongest", "firmer": "firmest"}


_BACK_THEN = re.compile(r"(?:^|[,;:]\s*|\band\s+)(back)\s+(?:in|then|when|during|before|around)\b", re.IGNORECASE)
_BACK_PARTICLE = re.compile(r"\b(?:pare|pared|paring|cut|cuts|cutting|scale|scaled|scaling|roll|rolled|rolling|pull|"
                            r"pulled|pulling|step|stepped|stepping|fight|fought|fighting|hit|hits|hitting|hold|held|"
                            r"holding|push|pushed|pushing|dial|dialled|dialed|wind|wound|winding|claw|clawed|win|won|"
                            r"winning|strike|struck|striking)\s+(back)\b", re.IGNORECASE)
_NOT_RULED_OUT = re.compile(r"(?:\bnot|\bnever|n't)\s+(ruled?|rules|ruling)\s+out\b", re.IGNORECASE)
_FRIENDLY_MATCH = re.compile(r"\b(?:a|the)\s+(friendly)(?=\s+(?:in|against|with|at|on|match|game|fixture|played)\b|"
                             r"\s*[.,;])", re.IGNORECASE)
# "got round to sanctioning": doing it at last, not getting round (evading) anything
_ROUND_TO = re.compile(r"\b(?:get|gets|got|gotten|getting)\s+(a?round)\s+to\b", re.IGNORECASE)
# a noun named in the first half of a pair, and "one" standing for it in the second
_PAIRED_ONE = re.compile(r"\b(?:both|either|neither)\s+the\s+([a-z]+)\b[^.;:]{0,120}?\b(?:and|or|nor)\s+the\s+"
                         r"(?:[a-z-]+\s+){1,2}?(one)\b", re.IGNORECASE)
# "has wanted Putin arrested", "wants him jailed": a wish for the deed, which has not been done
_WANTED_DONE = re.compile(r"\b(?:want|wants|wanted|wanting|wish|wishes|wished|like|likes|liked)\s+"
                          r"(?:[\w'’.-]+\s+){1,3}?(arrested|jailed|detained|imprisoned|locked up|extradited|tried|"
                          r"prosecuted|punished|sanctioned)\b", re.IGNORECASE)
# "has not lifted a finger to sanction": the idiom for doing nothing, no lifting of sanctions
_LIFT_A_FINGER = re.compile(r"\b(lift(?:s|ed|ing)?)(?=\s+(?:not\s+|so much as\s+|even\s+)?(?:a|one)\s+(?:[\w-]+\s+)?"
                            r"finger\b)", re.IGNORECASE)
_CANNOT = re.compile(r"can(?:not|'t|t)", re.IGNORECASE)
_CURRENCY = {"€": "euros", "$": "dollars", "£": "pounds"}
_CURRENCY_SIGN = re.compile("[€$£]")


# "24/03/2022", "2022-03-24", "24.03.2022": a date in figures (a full stop after it may end the sentence)
# (a clipped year, "24.02.22", is of this century)
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?:(\d{1,2})([/.])(\d{1,2})\2((?:19|20)?\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d))"
                          r"(?![\d/-]|\.\d)")
# prepositions, as stems: an actor after one is its object, and a verb followed by one has no object there
PREPOSITIONS = frozenset({"in", "on", "at", "from", "to", "with", "for", "of", "by", "into", "over", "against",
                          "toward", "about", "after"})
MONTH_STEMS = tuple(stem(name.casefold()) for name in calendar.month_name[1:])  # (when.MONTHS's names, as stems)


def day_in_figures(match: re.Match[str]) -> tuple[int, int, int] | None:
    """Year, month and day of a NUMERIC_DATE match: year first in ISO order, else day first (as in Europe)
    unless the second figure cannot be a month ("03/24/2022"); None if there is no such day."""
    if match.group(5):
        year, month, day = int(match.group(5)), int(match.group(6)), int(match.group(7))
    else:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        year += 2000 if year < 100 else 0
        day, month = (second, first) if second > 12 else (first, second)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return year, month, day


def _in_words(match: re.Match[str]) -> list[Token]:
    """A day in figures as the words that write it ("22/02/2022" is read as "22 February 2022"), each on a
    figure of its own (in the order day, month, year, whatever the order of the figures)."""
    day = day_in_figures(match)
    if day is None:
        return []
    year, month, date = day
    figures = list(re.finditer(r"\d+", match.group()))
    words = (str(date), MONTH_STEMS[month - 1], str(year))
    return [Token(f.group(), word, match.start() + f.start(), match.start() + f.end())
            for f, word in zip(figures, words, strict=True)]


_TYPED_AND = re.compile(r"(?<=[a-z] )n(?= [a-z])")
_NO_COMPOUND = re.compile(r"\bno-(?!one\b)([a-z]+)\b", re.IGNORECASE)


def tokens(text: str) -> list[Token]:
    """The words of a text with their stems; a negating phrase ("has yet to", "won't") is one NEG token."""
    # a ledger's phrases are tokenized once in a process, however many ledgers sharing them are compiled; a
    # sentence is not kept (kept tokens cost memory and the collector's time)
    return list(_tokens(text) if len(text) <= _REMEMBERED_CHARS else _tokens.__wrapped__(text))


_REMEMBERED_CHARS = 120


@lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[Token, ...]:
    """tokens(), as a tuple that may be shared."""
    folded = fold(text)
    # words read as another where the grammar around them says so ("no better friend" as "best")
    read_as = {m.start(1): _superlative(m.group(1).lower()) for m in _COMPARED.finditer(folded)}
    read_as.update({m.start(1): "most" for m in _SUCH_AS.finditer(folded)})
    # "Back in 2014, …", "back then": a time, not backing anyone
    read_as.update({m.start(1): "back-then" for m in _BACK_THEN.finditer(folded)})
    # "pared back", "scaled back", "fought back": a particle of the verb, not backing anyone
    read_as.update({m.start(1): "back-then" for m in _BACK_PARTICLE.finditer(folded)})
    # "has not ruled out joining": a possibility, as "might" is
    read_as.update({m.start(1): "might" for m in _NOT_RULED_OUT.finditer(folded)})
    # "drew with Hungary in a friendly": a match, not a friend
    read_as.update({m.start(1): "friendly-match" for m in _FRIENDLY_MATCH.finditer(folded)})
    read_as.update({m.start(1): "lift-finger" for m in _LIFT_A_FINGER.finditer(folded)})
    read_as.update({m.start(1): "round-to" for m in _ROUND_TO.finditer(folded)})
    read_as.update({m.start(1): "wished-done" for m in _WANTED_DONE.finditer(folded)})
    read_as.update({m.start(): "and" for m in _TYPED_AND.finditer(folded)})  # "oil n gas", typed in haste
    # "both the resolution condemning X and the humanitarian one": the "one" is the noun named first
    read_as.update({m.start(2): m.group(1) for m in _PAIRED_ONE.finditer(folded)})
    folded = _NEVER_FAILS.sub(lambda m: " " * len(m.group()), _NOT_NEGATING.sub(_blank_negation, folded))
    negations = [Token(m.group(), NEG, m.start(), m.end()) for m in NEGATING_PHRASES.finditer(folded)
                 if not _CANNOT.fullmatch(m.group())]
    found = list(negations)
    # "€15 million": a currency sign is the word for its currency
    found += [Token(m.group(), stem(_CURRENCY[m.group()]), m.start(), m.end()) for m in _CURRENCY_SIGN.finditer(folded)]
    days = [t for m in NUMERIC_DATE.finditer(folded) for t in _in_words(m)]
    # "a no-show", "a no-fly zone": a noun of its own, no negation
    compounds = [Token(m.group(), "no-" + stem(m.group(1)), m.start(), m.end()) for m in _NO_COMPOUND.finditer(folded)]
    found += days + compounds
    taken = negations + days + compounds  # (words already read as something else)
    for match in _WORD.finditer(folded):
        if taken and any(n.start < match.end() and match.start() < n.end for n in taken):
            continue
        if _CANNOT.fullmatch(match.group()):
            # "can't count on X" is "can count on X" denied: the modal stays a word beside the negation
            found += [Token(match.group(), "can", match.start(), match.start() + 1),
                      Token(match.group(), NEG, match.start() + 1, match.end())]
            continue
        word = match.group()
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        base = _POSSESSIVE.sub("", word) if possessive else word
        base = read_as.get(match.start(), base)
        found.append(Token(word, stem(base), match.start(), match.end(), possessive))
    found.sort(key=lambda t: t.start)
    # "voted no" answers as "voted against" does, and so do "the only no votes" and "drew a no from X": that "no"
    # is a ballot
    return tuple(Token(t.text, "against", t.start, t.end) if t.norm == NEG and t.text.lower() == "no" and n and (
        found[n - 1].norm == "vote" or n + 1 < len(found) and found[n + 1].norm == "vote"
        and (found[n - 1].norm in _BALLOT_COUNTERS or found[n - 1].norm.isdigit())
        or found[n - 1].norm == "a" and n + 1 < len(found) and found[n + 1].norm in ("from", "on")) else t
        for n, t in enumerate(found))


# words before "no votes" that make it a count of ballots cast against ("the only no votes", "five no votes")
_BALLOT_COUNTERS = {"the", "onli", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "mani", "few", "sever", "those", "these"}


def _blank_negation(match: re.Match[str]) -> str:
    """The negating word of an emphasis blanked out, keeping every offset."""
    word = match.group()
    cut = len(word.split()[0])
    return " " * cut + word[cut:]


def phrase_stems(phrase: str) -> tuple[str, ...]:
    """A vocabulary phrase as the stems it is matched by."""
    return tuple(t.norm for t in tokens(phrase))
