"""Word order: clauses whose grammatical subject is not the one acting ("A gets N from B", "A is backed by
B") have their stems put in the order of who acts on whom, so that a topic's phrases read them; the words
keep their places in the text (each stem keeps its span)."""
from __future__ import annotations

from factcheck.reading.ellipsis import ACCEPTING, REFUSING
from factcheck.reading.text import NEG, PREPOSITIONS
from factcheck.reading.text import stem as stem_of

Spans = list[tuple[int, int]]
# the stems in acting order, their spans, and where (in characters) the actor now acting stands, if moved
Ordered = tuple[list[str], Spans, int | None]

# "Ukraine gets no backing from Tbilisi", "Armenia has received weapons from Russia": what is received
_RECEIVING = {"get", "receiv", "enjoy", "obtain", "gain", "draw", "win", "attract"}


def in_acting_order(stems: list[str], index_of: Spans) -> Ordered:
    """The stems of "A gets N from B" (and "A lost N to B") put in the order "B N A" ("Tbilisi no backing
    Ukraine"), and those of a passive in the order of its agent acting; each stem keeps its span."""
    for i, stem in enumerate(stems):
        verbs = [j for j in range(i + 1, min(i + 4, len(stems))) if stems[j] in _RECEIVING | {"lose"}]
        if not stem.startswith("@") or not verbs:
            continue
        j = verbs[-1]
        governed = i and stems[i - 1] in PREPOSITIONS
        # (a relative pronoun may stand between: "Armenia, which lost the war to Azerbaijan, …")
        if any(not s.startswith("@") and s not in ("have", "be", NEG, "who", "which") and s not in _RECEIVING
               for s in stems[i + 1:j]):
            continue
        # "Georgia lost Abkhazia to Russia": the one it was lost to holds it
        towards = "to" if stems[j] == "lose" else "from"
        source = next((k for k in range(j + 1, min(j + 8, len(stems) - 1)) if stems[k] == towards), None)
        if source is None and towards == "to":
            continue
        if source is None:
            giver = _giver_before_noun(stems, j)
            if giver is not None:
                # "Ukraine enjoys Turkish backing": the one named before the noun gives it
                k, end = giver
                order = list(range(i)) + [k] + [n for n in range(i + 1, j) if stems[n] == NEG] + \
                    list(range(j + 1, k)) + list(range(k + 1, end)) + [i] + list(range(end, len(stems)))
                return [stems[n] for n in order], [index_of[n] for n in order], index_of[k][0]
            continue
        if not stems[source + 1].startswith("@"):
            continue
        if governed:
            # an actor after a preposition is no receiver: what is received goes to all the clause names before
            # it ("the text on aid for Ukraine drew a yes from X" reads in place); only a negation of what is
            # received is put before the whole ("Sanctions on Russia get no backing from X": X no backing sanctions
            # on Russia)
            if NEG not in stems[j + 1:source]:
                continue
            order = [source + 1, *range(j + 1, source)] + [n for n in range(j) if stems[n] != NEG] + \
                list(range(source + 2, len(stems)))
            return [stems[n] for n in order], [index_of[n] for n in order], index_of[source + 1][0]
        order = list(range(i)) + [source + 1] + [n for n in range(i + 1, j) if stems[n] == NEG] + \
            list(range(j + 1, source)) + [i] + list(range(source + 2, len(stems)))
        return [stems[n] for n in order], [index_of[n] for n in order], index_of[source + 1][0]
    moved = _passive(stems, index_of)
    return moved if moved[2] is not None else _found_in(stems, index_of)


_FRONTED_OBJECT = {"a", "one", "singl"}  # what opens a noun after "Not": "Not a single sanction has X imposed"
_PLACE_WORDS = {"in", "on", "at", "from", "to", "with", "for", "by", "and", "of"}
# the auxiliary an inverted negation puts before its subject ("Not once has X voted", "Never did X …")
_INVERTING = {"have", "do", "doe", "be", "will", "would", "can", "could"}


def uninverted(stems: list[str], index_of: Spans) -> tuple[list[str], Spans]:
    """ "Not once since the war began has X cast a ballot" put in the order "… has X not cast a ballot": a
    negation that opens the clause, its verb inverted, stands before that verb, however far the subject is."""
    if not stems or stems[0] != NEG or stems[1:2] and stems[1].startswith("@"):
        return stems, index_of  # ("Neither X nor Y will say Crimea is Russian": the subject follows, no inversion)
    for i in range(1, len(stems) - 1):
        if stems[i] in _INVERTING and stems[i + 1].startswith("@"):
            j = i + 1
            while j < len(stems) and (stems[j].startswith("@") or stems[j] in ("and", "deleg", "govern",
                                                                            "diplomat", "leader", "offici")):
                j += 1  # the subject, with those listed with it and who act for it ("Azerbaijan's delegation")
            order = list(range(1, j)) + [0] + list(range(j, len(stems)))
            if stems[1] in _FRONTED_OBJECT:
                # "Not a single sanction has Georgia imposed on Russia": the fronted object goes after its verb
                order = list(range(i, j)) + [0] + list(range(j, len(stems))) + list(range(1, i))
            return [stems[n] for n in order], [index_of[n] for n in order]
        if stems[i] == NEG:
            break
    return stems, index_of


def _giver_before_noun(stems: list[str], verb: int) -> tuple[int, int] | None:
    """Where the giver named as an adjective stands after a verb of receiving, and where the noun after it
    ends: "enjoys (strong) Turkish (military) backing"."""
    for k in range(verb + 1, min(verb + 4, len(stems) - 1)):
        if stems[k].startswith("@"):
            end = k + 1
            while end < min(k + 3, len(stems)) and not stems[end].startswith("@") and stems[end] not in _PLACE_WORDS:
                end += 1
            return (k, end) if end > k + 1 else None
    return None


# "Kyiv has a staunch ally in Warsaw", "Brussels sees a partner in Baku", "Moscow has lost an ally in Yerevan"
_FINDING = {"have", "see", "find", "gain", "win", "enjoy", "acquir", "pick", "obtain", "secur"}
# (and a modal: "Kyiv may yet have won a friend in Baku")
_BETWEEN = {"have", "be", NEG, "alway", "long", "now", "onc", "still", "also", "may", "might", "could", "yet"}


_OF_THE_NOUN = {"for", "to", "of", "against"}


def _found_in(stems: list[str], index_of: Spans) -> Ordered:
    """The stems of "A has/sees/finds an N in B" put in the order "B N of A": B is A's N."""
    fronted = _fronted_in(stems, index_of)
    if fronted[2] is not None:
        return fronted
    for i, stem in enumerate(stems):
        if not stem.startswith("@"):
            continue
        j = i + 1
        while j < len(stems) and stems[j] in _BETWEEN - {"have"} | ({"have"} if j + 1 < len(stems) and
                                                                  stems[j + 1] in _FINDING else set()):
            j += 1
        if j >= len(stems) or stems[j] not in _FINDING:
            continue
        if stems[j] == "have" and stems[j + 1:j + 2] == ["be"]:
            continue  # "has been handing out fuel in Ukraine": an auxiliary, no having
        k = next((n for n in range(j + 2, min(j + 7, len(stems) - 1)) if stems[n] == "in"), None)
        # (an actor inside the noun after a preposition, "a replacement for Russian gas", is part of the N)
        # (but "no better friend in the South Caucasus than X": the one after "in" is where, and X is the friend)
        if k is None or not stems[k + 1].startswith("@") or stems[k + 2:k + 3] == ["than"] or any(
                s.startswith("@") and stems[n - 1] not in _OF_THE_NOUN for n, s in enumerate(stems[j + 1:k], j + 1)):
            continue
        order = list(range(i)) + [k + 1] + [n for n in range(i + 1, j) if stems[n] == NEG] + \
            list(range(j + 1, k)) + [k, i] + list(range(k + 2, len(stems)))
        reordered = [stems[n] for n in order]
        reordered[order.index(k)] = "of"
        return reordered, [index_of[n] for n in order], index_of[k + 1][0]
    return stems, index_of, None


def _fronted_in(stems: list[str], index_of: Spans) -> Ordered:
    """"In B, A has found an N" put in the order "B N of A", as "A has found an N in B" is."""
    if len(stems) < 5 or stems[0] != "in" or not stems[1].startswith("@"):
        return stems, index_of, None
    # ("In Poland, Turkey and in Azerbaijan, Kyiv has found …": B may be a list, A the last actor of the run)
    run = 1
    while run < len(stems) and (stems[run].startswith("@") or stems[run] in ("and", "in")):
        run += 1
    a = run - 1
    if a < 2 or not stems[a].startswith("@"):
        return stems, index_of, None
    j = a + 1
    while j < len(stems) and stems[j] in _BETWEEN:
        j += 1
    if j >= len(stems) or stems[j] not in _FINDING:
        return stems, index_of, None
    end = j + 1
    while end < min(j + 6, len(stems)) and not stems[end].startswith("@") and stems[end] not in _PLACE_WORDS:
        end += 1
    order = list(range(1, a)) + list(range(j + 1, end)) + [0, a] + list(range(end, len(stems)))
    reordered = [stems[n] for n in order]
    reordered[order.index(0)] = "of"
    return reordered, [index_of[n] for n in order], index_of[1][0]


def _passive(stems: list[str], index_of: Spans) -> Ordered:
    """The stems of "A is backed by B (and C)" put in the order "B (and C) back A", so that phrases read the
    agent as acting; the words keep their places in the text."""
    for i, stem in enumerate(stems):
        if not stem.startswith("@"):
            continue
        j = i + 1
        while j < len(stems) and stems[j] in ("have", "be", NEG):
            j += 1
        if "be" not in stems[i + 1:j] or j + 2 >= len(stems) or stems[j + 1] != "by" or \
                not stems[j + 2].startswith("@"):
            continue
        end = _agents_end(stems, j + 2)
        order = list(range(i)) + list(range(j + 2, end)) + [n for n in range(i + 1, j) if stems[n] == NEG] + \
            [j, i] + list(range(end, len(stems)))
        return [stems[n] for n in order], [index_of[n] for n in order], index_of[j + 2][0]
    return _passive_of_thing(stems, index_of)


def _agents_end(stems: list[str], start: int) -> int:
    """Where the list of actors after a passive's "by" (at `start`) ends: "by Russia and Belarus"."""
    end = start
    while end < len(stems) and (stems[end].startswith("@") or stems[end] == "and"):
        end += 1
    return end


_TAKING_SIDES = {stem_of(w) for w in ACCEPTING + REFUSING}


def _passive_of_thing(stems: list[str], index_of: Spans) -> Ordered:
    """ "Russia's claim to Crimea has been rejected by Kazakhstan": a passive whose subject is a thing, its agent
    and verb put before the clause ("Kazakhstan reject Russia claim to Crimea")."""
    for j in range(1, len(stems) - 2):
        # (only a verb of accepting or refusing: with any other the thing's words may name the one acted on, "chunks
        # of Azerbaijan's economy are owned by Russian firms")
        # (and "is rejected in Astana and Ankara": where the ones who do it sit)
        if stems[j - 1] != "be" or stems[j + 1] not in ("by", "in") or not stems[j + 2].startswith("@") or \
                stems[j] not in _TAKING_SIDES:
            continue
        first = j - 1
        while first > 0 and stems[first - 1] in ("have", "be", NEG):
            first -= 1
        end = _agents_end(stems, j + 2)
        order = list(range(j + 2, end)) + [n for n in range(first, j) if stems[n] == NEG] + [j] + \
            list(range(first)) + list(range(end, len(stems)))
        return [stems[n] for n in order], [index_of[n] for n in order], index_of[j + 2][0]
    return stems, index_of, None


# "neither military nor diplomatic help": the noun after the second of two joined modifiers is the first's too
_JOINING = {"nor", "and", "or"}


def shared_heads(stems: list[str], index_of: Spans) -> tuple[list[str], Spans]:
    """The stems with the noun that two joined modifiers share written after the first as well ("militari
    help nor diplomat help"), so that a phrase of the first ("military help") is found; the copy keeps the
    noun's span."""
    out: list[str] = []
    spans: Spans = []
    for n, stem in enumerate(stems):
        out.append(stem)
        spans.append(index_of[n])
        if n + 3 < len(stems) and stems[n + 1] in _JOINING and _modifier(stem) and _modifier(stems[n + 2]) \
                and _modifier(stems[n + 3]) and (n == 0 or stems[n - 1] in (NEG, "both", "either", "neither")):
            out.append(stems[n + 3])
            spans.append(index_of[n + 3])
    return out, spans


_NO_MODIFIER = {"them", "it", "the", "a", "an", "its", "their", "this", "that", "these", "those", "him", "her", "us",
                "also", "other"}


def _modifier(stem: str) -> bool:
    return not stem.startswith("@") and stem != NEG and stem.isalpha() and stem not in _JOINING | _NO_MODIFIER


# who acts in an object's relative clause ("Crimea, which he will not accept as Russian")
_RELATIVE_SUBJECTS = {"he", "she", "it", "they", "we"}
# what may stand between that subject and its verb
_BEFORE_VERB = {"have", "be", "will", "would", "can", "could", "do", "doe", "did", "still", "alway", "long", "ever",
                "now", "yet", "also", "simpli", "flatli", "firmli", NEG}


def relative_object(stems: list[str], index_of: Spans) -> tuple[list[str], Spans]:
    """ "N, which he will not accept as Russian" put in the order "which he will not accept N as Russian": the
    noun a relative clause takes as its object stands after that clause's verb (or its "refuse to V")."""
    for i in range(len(stems) - 3):
        if stems[i + 1] != "which" or not (stems[i + 2] in _RELATIVE_SUBJECTS or stems[i + 2].startswith("@")):
            continue
        j = i + 3
        while j < len(stems) and stems[j] in _BEFORE_VERB:
            j += 1
        while j + 2 < len(stems) and stems[j + 1] == "to":
            j += 2  # "which Baku refuses to recognise": the last verb takes the object
        if j >= len(stems) or stems[j].startswith("@"):
            continue
        order = list(range(i)) + list(range(i + 1, j + 1)) + [i] + list(range(j + 1, len(stems)))
        return [stems[n] for n in order], [index_of[n] for n in order]
    return stems, index_of


# an object pronoun in a relative clause about one actor that stands for another ("them": the Azerbaijanis)
_OBJECT_PRONOUNS = {"them", "him", "her", "us"}


def relative_pronoun(stems: list[str], index_of: Spans) -> tuple[list[str], Spans]:
    """ "Azerbaijanis remember the Ukrainian volunteers who stood with them" (or "how Ukrainian volunteers stood
    with them"): the relative clause's "them" is the actor the clause opens on (another than the one "who" stands
    for), written in its place (with its span)."""
    first = next((n for n, stem in enumerate(stems) if stem.startswith("@")), None)
    if first is None:
        return stems, index_of
    for k in range(first + 2, len(stems)):
        other = stems[max(first + 1, k - 3):k] if stems[k] == "who" else \
            stems[k + 1:k + 3] if stems[k] in ("how", "that") else []
        # ("… remember how Ukrainian volunteers stood with them", "… that Ukrainian groups came to their aid")
        if not any(s.startswith("@") and s != stems[first] for s in other):
            continue
        pronouns = _OBJECT_PRONOUNS | ({"their"} if stems[k] != "who" else set())
        them = next((m for m in range(k + 1, min(k + 7, len(stems))) if stems[m] in pronouns), None)
        if them is not None:
            return stems[:them] + [stems[first]] + stems[them + 1:], index_of
    return stems, index_of

