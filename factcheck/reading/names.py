"""Names: the actors a text mentions, and what a user types ('azerbijan', 'Baku', 'AZ') resolved to an entity."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from factcheck.errors import UnusableInput
from factcheck.ledger.model import Entity, Ledger

# A fuzzy match must score at least this (0-100) to be taken without asking.
FUZZY_CUTOFF = 85.0


def normalise(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'")
    text = "".join(c if c.isalnum() or c == " " else " " for c in text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Resolution:
    """An entity found for a name, and how it was found."""

    entity: Entity
    matched: str
    how: str  # 'exact', 'alias', 'fuzzy'


class UnknownName(UnusableInput):
    """No entity answers to the name; carries the closest suggestions."""

    def __init__(self, name: str, suggestions: list[str]):
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no country, person or organisation called '{name}' in the ledger{hint}")


def name_index(ledger: Ledger) -> dict[str, Entity]:
    """Every normalised name of every entity, mapped to the entity (first definition wins)."""
    index: dict[str, Entity] = {}
    for entity in ledger.entities.values():
        for name in entity.names():
            index.setdefault(normalise(name), entity)
    return index


def resolve_entity(ledger: Ledger, name: str) -> Resolution:
    """Find the entity a name means: exactly, by alias, or by a close spelling."""
    from rapidfuzz import fuzz, process  # lazy: costs import time only when used

    wanted = normalise(name)
    index = name_index(ledger)
    if wanted in index:
        entity = index[wanted]
        how = "exact" if wanted in (normalise(entity.id), normalise(entity.name)) else "alias"
        return Resolution(entity, name, how)
    candidates = [n for n in index if len(n) > 3]  # codes are matched exactly, never guessed
    scored = process.extract(wanted, candidates, scorer=fuzz.ratio, limit=5) if wanted else []
    if scored and scored[0][1] >= FUZZY_CUTOFF:
        best = index[scored[0][0]]
        rivals = {index[n].id for n, score, _ in scored if score >= scored[0][1] - 2}
        if rivals == {best.id}:
            return Resolution(best, scored[0][0], "fuzzy")
    suggestions = list(dict.fromkeys(index[n].name for n, score, _ in scored if score >= 60))[:3]
    raise UnknownName(name, suggestions)


FUZZY_MENTION_CUTOFF = 85.0


# English words of two letters, which a body's code must not be read as when written in lower case
_SHORT_WORDS = {"am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my", "no",
                "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we"}


@dataclass(frozen=True)
class Mention:
    """An entity named in a text, where, and how it was recognised."""

    entity: str
    text: str
    start: int
    end: int
    how: str  # 'name', 'near-miss' or 'compatriots' ("his countrymen")


_OWNING = re.compile(r"['’]s?\s+")
_COMPATRIOTS = re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:fellow\s+)?(?:countrymen|countrywomen|compatriots|"
                          r"citizens|nationals)\b", re.IGNORECASE)


def only_named(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether text[start:end] is nothing but actors named and what lists them."""
    left = text[start:end]
    for m in sorted((m for m in mentions if start <= m.start and m.end <= end), key=lambda m: -m.start):
        left = left[:m.start - start] + " " + left[m.end - start:]
    return not re.sub(r"[\s,.;:!?]|\band\b|\bthe\b", "", left, flags=re.IGNORECASE)


class Spotter:
    """Finds mentions of a ledger's entities: by any name, or by a near-miss spelling."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        names: dict[str, str] = {}
        codes: dict[str, str] = {}
        for entity in ledger.entities.values():
            for name in [entity.name, *entity.aliases]:
                # codes only in capitals ("US", not "us"); but a body's two-letter code that is no English
                # word is typed in lower case too ("at the un", "the eu")
                if len(name) <= 3 and name.isupper() and (entity.kind == "country" or len(name) > 2
                                                          or name.casefold() in _SHORT_WORDS):
                    codes.setdefault(name, entity.id)
                else:
                    names.setdefault(name.casefold(), entity.id)
            if entity.iso:
                codes.setdefault(entity.iso, entity.id)
        self.names, self.codes = names, codes
        ordered = sorted(names, key=len, reverse=True)
        # (and a possessive typed without its apostrophe: "kyivs only friend", "russias war")
        self.name_re = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?:s(?!\w))?(?!\w)",
                                  re.IGNORECASE) if ordered else None
        self.code_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
                                  + r")\b") if codes else None
        self.fuzzy_pool = {normalise(n): e for n, e in names.items() if len(n) >= 5 and " " not in n}
        # "Azerbaijan's state oil company" is the name of an entity of Azerbaijan's: "its state oil company",
        # after Azerbaijan is named, is that entity too
        self.its: dict[str, list[tuple[str, str]]] = {}
        for entity in ledger.entities.values():
            country = ledger.entities.get(entity.country) if entity.country else None
            owners = {n.casefold() for n in [country.name, *country.aliases]} if country else set()
            for alias in entity.aliases:
                owner, mark, rest = alias.casefold().partition("'s ")
                if mark and owner in owners:
                    self.its.setdefault(rest, []).append((entity.id, entity.country))
        owned_names = "|".join(re.escape(n) for n in sorted(self.its, key=len, reverse=True))
        self.its_re = re.compile(rf"\b(?:its|their)\s+({owned_names})\b", re.IGNORECASE) if self.its else None

    def mentions(self, text: str, exact: bool = False) -> list[Mention]:
        """Every mention in the text, in order, overlapping ones resolved to the longest; with `exact`, names
        only as written (no near-misses: the ledger's own phrases are spelt as meant)."""
        found: list[Mention] = []
        # one sorted list of spans per pass (finditer's matches come in order and never overlap each
        # other), so that asking whether a span is taken is a binary search, not a scan: linear overall
        taken: list[_Spans] = []
        for regex, table, fold in ((self.name_re, self.names, True), (self.code_re, self.codes, False)):
            if regex is None:
                continue
            spans = _Spans()
            taken.append(spans)
            for m in regex.finditer(text):
                if any(t.overlaps(m.start(), m.end()) for t in taken):
                    continue
                key = m.group(1).casefold() if fold else m.group(1)
                found.append(Mention(table[key], m.group(1), m.start(), m.end(), "name"))
                spans.add(m.start(), m.end())
        if not exact:
            found.extend(self._near_misses(text, taken))
        found = self._owned(text, sorted(found, key=lambda m: m.start))
        return self._its(text, self._compatriots(text, found)) if not exact else found

    def _its(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "Azerbaijan …, and its state oil company …": an entity named by its country's pronoun, once that
        country has been named before it."""
        added = []
        for m in self.its_re.finditer(text) if self.its_re else ():
            before = {f.entity for f in found if f.end <= m.start()}
            owned = [entity for entity, country in self.its[m.group(1).casefold()] if country in before]
            if len(owned) == 1 and not any(f.start < m.end() and m.start() < f.end for f in found):
                added.append(Mention(owned[0], m.group(), m.start(), m.end(), "its"))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _compatriots(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "Bayramov protested that … detained his countrymen": the people of the person named before."""
        added = []
        for m in _COMPATRIOTS.finditer(text):
            person = next((p for p in reversed(found) if p.end <= m.start()
                           and self.ledger.entities[p.entity].kind == "person"), None)
            country = self.ledger.entities[person.entity].country if person else None
            if country:
                added.append(Mention(country, m.group(), m.start(), m.end(), "compatriots"))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _owned(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "Aliyev's Azerbaijan": a leader's possessive before their own country is one mention of the country."""
        merged: list[Mention] = []
        for mention in found:
            if merged:
                owner = self.ledger.entities[merged[-1].entity]
                if owner.kind != "country" and owner.country == mention.entity and \
                        _OWNING.fullmatch(text, merged[-1].end, mention.start):
                    start = merged[-1].start
                    merged[-1] = Mention(mention.entity, text[start:mention.end], start, mention.end, mention.how)
                    continue
            merged.append(mention)
        return merged

    def _near_misses(self, text: str, taken: list[_Spans]) -> list[Mention]:
        from rapidfuzz import fuzz, process  # lazy: only claim spotting needs it

        result = []
        pool = list(self.fuzzy_pool)
        # the word without its possessive ("ukriane's"), so that the name is scored alone
        for m in re.finditer(r"\b[A-Za-z][\w’']{4,}?(?=(?:['’]s?)?\b)", text):
            if any(t.overlaps(m.start(), m.end()) for t in taken) or not pool:
                continue
            # one letter wrong or two swapped in a name of seven or more ("ukriane") is still the name
            best = process.extractOne(normalise(m.group()), pool, scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_MENTION_CUTOFF)
            if best:
                result.append(Mention(self.fuzzy_pool[best[0]], m.group(), m.start(), m.end(), "near-miss"))
        return result


class _Spans:
    """Non-overlapping spans added in increasing order; overlap queries by binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        return index > 0 and self.ends[index - 1] > start
