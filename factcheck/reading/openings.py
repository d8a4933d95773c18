"""How a clause opens: on a pronoun ("it has …", "what it has not done is …") or on its verb ("…, but won't
sanction Moscow"), so that its subject is one named before, not an actor it names."""
from __future__ import annotations

import re

from factcheck.reading.grammar import PASSED
from factcheck.reading.negating import INVERTED_AUXILIARY
from factcheck.reading.when import TIME_LEAD

PRONOUN_START = re.compile(r"^\s*(?:(?:while|and|but|as|whereas|although|though|yet)\s+)?"
                           r"(?:nor\s+" + INVERTED_AUXILIARY + r"\s+)?"
                           # "time and again it …", "once more they …", "instead, it …": an adverb first
                           r"(?:(?:time and again|again and again|once again|once more|yet again|instead|in the end|"
                           r"since then|ever since|even so|all the same|in turn|in return|by contrast|likewise)"
                           # ("what it has not done is …": the pronoun of a cleft)
                           r"\s*,?\s+|" + TIME_LEAD + r")?(?:what\s+(?=(?:it|they|he|she)\b))?"
                           r"(?:it|its|they|their|he|his|she|her|"
                           # ("what was once careful balancing has given way to …": the subject's own ways)
                           r"what(?=\s+(?:was|were|had|has|used|began|started)\b))\b", re.IGNORECASE)
# "it was Russian missiles that …": the "it" of a cleft stands for no one; what follows "was" is the subject
CLEFT = re.compile(r"^\s*it\s+(?:is|was|has been)\s+[^,;]{1,60}?\s+(?:that|who|which)\b", re.IGNORECASE)
# "…, has not cast a single vote": a clause opening on its verb goes on with the subject before
# (or a verb in the past, not a passive's, "…, but backed the April text", nor how a text passed, "adopted over …")
VERB_START = re.compile(r"^\s*,?\s*(?:then\s+)?(?:" + TIME_LEAD + r")?"  # ("then in April voted …")
                        r"(?:has|have|had|is|are|was|were|did|does|remains|remained|"
                        r"(?!" + PASSED + r"\b)[a-z]{3,}ed\b(?!\s+by\b)|"
                        r"[a-z]{3,}\s+(?:itself|themselves|himself|herself)\b|"
                        # ("…, but won't sanction Russia", "…, yet refuses to …": a modal, or a verb taking "to";
                        # not a sentence adverb, "Still, these plans …")
                        r"(?:will|would|won['’]?t|can|cannot|can['’]t|could|should|must|may|might|never|still)\b(?!\s*,)|"
                        # ("…, now speaks bluntly …": an adverb of time, and a verb in lower case)
                        r"(?:now|also|today|lately|increasingly)\s+(?-i:[a-z]{3,}(?:s|ed))\b|"
                        # ("…, but keeps trading with Moscow": a verb of going on, and what goes on)
                        r"(?:keeps|kept|continues|continued|goes\s+on|went\s+on)\s+[a-z]{3,}ing\b|"
                        r"(?!(?:calls|plans|moves|efforts|attempts|bids|hopes|talks|steps)\b)[a-z]{3,}s\s+to\b)",
                        re.IGNORECASE)


def opens_on_pronoun(body: str) -> bool:
    """Whether the clause's subject is a pronoun ("it has …", "his country …"), not an actor it names."""
    return bool(PRONOUN_START.match(body)) and not CLEFT.match(body)
