"""The checks loading applies: cross-references, source files and their hashes, every quote's anchor."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck.errors import UnusableInput
from factcheck.ledger.anchor import CLOSEST_SEARCHES, FoldedText, closest_passage, fold
from factcheck.ledger.dates import parse_date
from factcheck.ledger.files import MAX_SOURCE_BYTES, NotRegular, TooBig, decode, os_reason, raw_read
from factcheck.ledger.model import TALLY, Anchor, Correction, Entity, Topic
from factcheck.ledger.schema import Checker, suggest

_BAD_ISO = "an ISO 3166-1 code is two or three capital letters"


def resolve_source_path(ledger_dir: Path, file: str) -> Path:
    """Resolve a source's file against the ledger's folder; refuse paths that leave it."""
    candidate = Path(file)
    if candidate.is_absolute():
        raise ValueError("must be a path relative to the ledger's folder, not an absolute path")
    root = ledger_dir.resolve()
    resolved = (root / candidate).resolve()
    if resolved != root and root not in resolved.parents:
        raise ValueError("points outside the ledger's folder")
    return resolved


def check_entities(entities: dict[str, Entity], check: Checker) -> None:
    """ISO codes well formed; a person's or body's country known."""
    for entity in entities.values():
        if entity.iso and not (entity.iso.isalpha() and entity.iso.isupper() and len(entity.iso) in (2, 3)):
            check.add(entity.line, f"entity '{entity.id}': iso '{entity.iso}' is not valid ({_BAD_ISO})")
        if entity.country and entity.country not in entities:
            check.add(entity.line, f"entity '{entity.id}': unknown country '{entity.country}'",
                      suggest(entity.country, entities))
        for member in entity.members:
            if member not in entities:
                check.add(entity.line, f"entity '{entity.id}': unknown member '{member}'", suggest(member, entities))
        if entity.members and entity.kind != "group":
            check.add(entity.line, f"entity '{entity.id}': only a group has members")


def check_vocabulary(topics: dict[str, Topic], entities: dict[str, Entity], check: Checker) -> None:
    """A topic's vocabulary: phrases are strings, answers and their negations are the topic's own."""
    for topic in topics.values():
        where = f"topic '{topic.id}'"
        if topic.object and topic.object not in entities:
            check.add(topic.line, f"{where}: unknown object '{topic.object}'", suggest(topic.object, entities))
        if topic.event and topic.event not in topics:
            check.add(topic.line, f"{where}: unknown event '{topic.event}' (the topic of the vote it counts)",
                      suggest(topic.event, topics))
        for other, answer in topic.presupposes.items():
            if other not in topics:
                check.add(topic.line, f"{where}: presupposes unknown topic '{other}'", suggest(other, topics))
            elif topics[other].answer_ids() and answer not in topics[other].answer_ids():
                check.add(topic.line, f"{where}: presupposes '{answer}', no answer of topic '{other}'",
                          suggest(answer, topics[other].answer_ids()))
        implied = topic.implies_of_named
        if implied and implied not in topics:
            check.add(topic.line, f"{where}: implies_of_named unknown topic '{implied}'", suggest(implied, topics))
        elif implied and topics[implied].value_type != "entity":
            check.add(topic.line, f"{where}: implies_of_named '{implied}', a topic whose answer is no actor "
                                  f"(value_type: {topics[implied].value_type})")
        listed = topic.answer_ids()
        phrases = [topic.words, *topic.answers.values()]
        if not all(isinstance(group, list) and all(isinstance(p, str) and p.strip() for p in group)
                   for group in phrases):
            check.add(topic.line, f"{where}: 'words' and each answer in 'answers' must be a list of phrases")
        for answer in [*topic.answers, *topic.negation, *topic.negation.values()]:
            if listed and str(answer) not in listed:
                check.add(topic.line, f"{where}: '{answer}' in its vocabulary is not one of its answers "
                          f"({', '.join(listed)})", suggest(str(answer), listed))


def read_source(ledger_dir: Path, source: dict[str, Any], check: Checker) -> tuple[Path, str] | None:
    """A source's resolved path and decoded text, its hash checked; None (and a problem) if unreadable."""
    where = f"source '{source['id']}'"
    file, line = source["file"], source["line"]
    try:
        path = resolve_source_path(ledger_dir, file)
    except ValueError as exc:
        check.add(line, f"{where}: file '{file}' {exc}")
        return None
    try:
        data = raw_read(path, MAX_SOURCE_BYTES)
    except FileNotFoundError:
        check.add(line, f"{where}: file '{file}' not found")
        return None
    except IsADirectoryError:
        check.add(line, f"{where}: '{file}' is a directory, not a file")
        return None
    except OSError as exc:
        check.add(line, f"{where}: cannot read '{file}': {os_reason(exc)}")
        return None
    except NotRegular as exc:
        check.add(line, f"{where}: '{file}' is {exc.kind}, not a file (only regular files are read)")
        return None
    except TooBig:
        check.add(line, f"{where}: '{file}' is more than the {MAX_SOURCE_BYTES // 2**20} MB this factcheck reads "
                  "(set FACTCHECK_MAX_SOURCE_MB to raise it)")
        return None
    digest = hashlib.sha256(data).hexdigest()
    if digest != source['sha256']:
        check.add(line, f"{where}: source changed since its claims were written "
                  f"(sha256 of '{file}' is {digest[:12]}…, the ledger has {source['sha256'][:12]}…)")
    try:
        return path, decode(data, file)
    except UnusableInput as exc:
        check.add(line, f"{where}: {exc.message}")
        return None


def check_claim(claim: dict[str, Any], sources: dict[str, Any], entities: dict[str, Entity], topics: dict[str, Topic],
                check: Checker) -> bool:
    """References, voice, cue and answer of one claim's fields; whether it can enter the ledger."""
    where = f"claim '{claim['id']}'"
    before = len(check.problems)
    lines: dict[str, int] = claim["field_lines"]
    own_line: int = claim["line"]

    def line_of(key: str) -> int:
        return lines.get(key, own_line)

    if claim["source"] not in sources:
        check.add(line_of("source"), f"{where}: unknown source '{claim['source']}'", suggest(claim["source"], sources))
    for key in ("subject", "object", "attributed_to"):
        ref = claim[key]
        if ref and ref not in entities:
            check.add(line_of(key), f"{where}: unknown {key.replace('_', ' ')} '{ref}'", suggest(ref, entities))
    if claim["voice"] == "reported" and not claim["attributed_to"]:
        check.add(line_of("voice"), f"{where}: a reported claim needs 'attributed_to' "
                  "(whose claim the source reports)")
    if claim["cue"] and fold(claim["cue"]).strip() not in fold(claim["quote"]):
        check.add(line_of("cue"), f"{where}: cue '{claim['cue']}' is not part of the quote")
    topic = topics.get(claim["topic"])
    if topic is None:
        check.add(line_of("topic"), f"{where}: unknown topic '{claim['topic']}'", suggest(claim["topic"], topics))
    elif topic.kind == "stance":
        _check_stance(claim, topic, check, line_of)
    else:
        _check_value(entities, claim, topic, check, line_of)
    correction = claim["correction"]
    if correction is not None and topic is not None:
        _check_meaning(correction, topic, entities, check, line_of("correction"), where)
    return len(check.problems) == before


def _check_stance(claim: dict[str, Any], topic: Topic, check: Checker, line_of: Callable[[str], int]) -> None:
    where = f"claim '{claim['id']}'"
    if claim["value"] is not None:
        check.add(line_of("value"), f"{where}: topic '{topic.id}' is a stance topic: give a 'stance', not a 'value'")
    stance = claim["stance"]
    if stance is None:
        check.add(claim["line"], f"{where}: is missing the field 'stance' (topic '{topic.id}' "
                  f"takes one of {', '.join(p.id for p in topic.scale)})")
    elif topic.point(stance) is None:
        check.add(line_of("stance"), f"{where}: stance '{stance}' is not on the scale "
                  f"of topic '{topic.id}' ({', '.join(p.id for p in topic.scale)})",
                  suggest(stance, [p.id for p in topic.scale]))


def _check_value(entities: dict[str, Entity], claim: dict[str, Any], topic: Topic, check: Checker,
                 line_of: Callable[[str], int]) -> None:
    where = f"claim '{claim['id']}'"
    if claim["stance"] is not None:
        check.add(line_of("stance"), f"{where}: topic '{topic.id}' is a {topic.kind} topic: "
                  "give a 'value', not a 'stance'")
    if claim["value"] is None:
        check.add(claim["line"], f"{where}: is missing the field 'value' (topic '{topic.id}' is a {topic.kind})")
        return
    problem = value_problem(entities, topic, claim["value"])
    if problem:
        check.add(line_of("value"), f"{where}: {problem[0]}", problem[1])


def value_problem(entities: dict[str, Entity], topic: Topic, value: object) -> tuple[str, str | None] | None:
    """What is wrong with a value given on a fact or framing topic (message and hint), or None."""
    if topic.value_type == "entity" and value not in entities:
        return f"value '{value}' is not a known entity", suggest(value, entities)
    if topic.value_type == "number" and (isinstance(value, bool) or not isinstance(value, (int, float))):
        return f"value must be a number for topic '{topic.id}'", None
    if topic.value_type == "tally" and not (isinstance(value, str) and TALLY.fullmatch(value)):
        return f"value '{value}' is not a tally: write it 'for / against / abstaining', as '122 / 5 / 18'", None
    if topic.value_type == "date":
        try:
            parse_date(value)
        except ValueError as exc:
            return str(exc), None
    elif topic.values and value not in topic.values:
        return f"value '{value}' is not one of {', '.join(map(str, topic.values))}", suggest(value, topic.values)
    return None


def _check_meaning(correction: Correction, topic: Topic, entities: dict[str, Entity], check: Checker,
                   line: int, where: str) -> None:
    """What a corrected claim meant must itself be a valid subject and answer."""
    if correction.subject and correction.subject not in entities:
        check.add(line, f"{where}: correction: unknown subject '{correction.subject}'",
                  suggest(correction.subject, entities))
    if correction.stance is not None and (topic.kind != "stance" or topic.point(correction.stance) is None):
        check.add(line, f"{where}: correction: stance '{correction.stance}' is not on the scale of topic '{topic.id}'")
    if correction.value is not None:
        problem = value_problem(entities, topic, correction.value) if topic.kind != "stance" else \
            (f"topic '{topic.id}' is a stance topic: give a 'stance', not a 'value'", None)
        if problem:
            check.add(line, f"{where}: correction: {problem[0]}", problem[1])


def anchor_claim(claim: dict[str, Any], source: FoldedText, check: Checker) -> Anchor | None:
    """Where the claim's quote stands in its source; None (and a problem naming the closest passage)."""
    anchor = source.find(claim["quote"])
    if anchor is not None:
        return anchor
    line = claim["field_lines"].get("quote", claim["line"])
    searched = source.searches_left > 0
    near = closest_passage(source, claim["quote"])
    if near is None:
        why = "" if searched else f" (closest passage shown for the first {CLOSEST_SEARCHES} missing quotes only)"
        check.add(line, f"claim '{claim['id']}': quote not found in its source{why}")
        return None
    check.add(line, f"claim '{claim['id']}': quote not found in its source; closest passage "
              f"(line {near.line}, {near.similarity:g}% similar): \"{near.passage}\"")
    return None
