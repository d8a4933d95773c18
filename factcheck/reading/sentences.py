"""Splitting a source into sentences with exact offsets, and telling page clutter from text."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations and initials whose full stop does not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "vs", "etc", "no",
                  "u.s", "u.k", "u.n", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx"}
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"\S+")
# A line that starts the block of unrelated teasers or links at the foot of a page.
_FOOTER = re.compile(r"^\s*(you may also like|related (posts|articles|stories)|read more|more from|"
                     r"recommended for you|most popular)\b", re.IGNORECASE)
_CLUTTER = re.compile(r"^\s*(connect with us|hi, what are you looking for|share this|this article is shared|"
                      r"subscribe|sign up|follow us|advertisement|\*\*)|\bphoto (by|credit)\b|\s>\s",
                      re.IGNORECASE)

MIN_WORDS = 6
# a short line that is still a sentence: three words or more, a capital first, a full stop or "!" last
_A_SHORT_SENTENCE = re.compile(r"^[A-Z\u00c0-\u00de][^.!?]*(?:\s+\S+){2,}[.!]$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source: its exact text, character span and line."""

    text: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Line:
    """One line of a source and why it is or is not clutter."""

    number: int
    start: int
    text: str
    clutter: str  # '' when the line is text; otherwise the reason


def classify_lines(text: str) -> list[Line]:
    """Every line of a source, each marked as text or clutter (with the reason)."""
    lines: list[Line] = []
    offset = 0
    footer = False
    for number, raw in enumerate(text.splitlines(keepends=True), 1):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        reason = ""
        if footer:
            reason = "after the page's footer"
        elif _FOOTER.match(stripped):
            footer, reason = True, "start of the page's footer"
        elif not stripped:
            reason = "blank"
        elif stripped.endswith(("...", "…")):
            reason = "teaser cut short"
        elif _CLUTTER.search(stripped):
            reason = "page furniture"
        elif len(stripped.split()) < MIN_WORDS and not _A_SHORT_SENTENCE.match(stripped) or \
                stripped[-1] not in ".!?\"”’')" and len(stripped.split()) < 15:
            reason = "heading or label"  # (but "Poland supports Ukraine." is a sentence, short as it is)
        elif stripped.endswith("?") and len(stripped.split()) < 15 and stripped.count("?") == 1:
            reason = "heading or label"  # "Why is Armenia Drifting from Russia?"
        lines.append(Line(number, offset, body, reason))
        offset += len(raw)
    return lines


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of the source's text lines (clutter left out), with exact spans."""
    sentences = []
    for line in classify_lines(text):
        if line.clutter:
            continue
        sentences.extend(_split_line(line))
    return sentences


def _split_line(line: Line) -> list[Sentence]:
    found = []
    begin = 0
    body = line.text
    for match in _END.finditer(body):
        if _is_abbreviation(body, match.start()):
            continue
        found.append((begin, match.end()))
        begin = match.end()
    found.append((begin, len(body)))
    result = []
    for a, b in found:
        chunk = body[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if len(_WORD.findall(chunk)) >= 3:
            start = line.start + a + lead
            result.append(Sentence(chunk, start, start + len(chunk), line.number))
    return result


def _is_abbreviation(body: str, dot: int) -> bool:
    word = body[:dot].split()[-1] if body[:dot].split() else ""
    word = word.lstrip("(\"“‘").casefold()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Anthony B. Kim"
    return word in _ABBREVIATIONS
