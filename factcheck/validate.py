"""Cross-reference checks, source files and their hashes, and anchoring every quote."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .anchor import FoldedText, closest_passage, fold
from .dates import parse_date
from .errors import UnusableInput
from .loader import decode
from .model import Claim, Ledger, Source, Topic
from .schema import Checker, suggest

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


def check_ledger(ledger: Ledger, check: Checker, check_sources: bool = True) -> None:
    """Check references between sections, the source files, and every quote's anchor."""
    for entity in ledger.entities.values():
        if entity.iso and not (entity.iso.isalpha() and entity.iso.isupper() and len(entity.iso) in (2, 3)):
            check.add(entity.line, f"entity '{entity.id}': iso '{entity.iso}' is not valid ({_BAD_ISO})")
        if entity.country and entity.country not in ledger.entities:
            check.add(entity.line, f"entity '{entity.id}': unknown country '{entity.country}'",
                      suggest(entity.country, ledger.entities))
    folded: dict[str, FoldedText] = {}
    if check_sources:
        for source in ledger.sources.values():
            text = _read_source(ledger, source, check)
            if text is not None:
                folded[source.id] = FoldedText.of(text)
    for claim in ledger.claims:
        _check_claim(ledger, claim, check)
        if claim.source in folded:
            _anchor(claim, folded[claim.source], check)


def _read_source(ledger: Ledger, source: Source, check: Checker) -> str | None:
    where = f"source '{source.id}'"
    try:
        path = resolve_source_path(ledger.path.parent, source.file)
    except ValueError as exc:
        check.add(source.line, f"{where}: file '{source.file}' {exc}")
        return None
    source.path = path
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        check.add(source.line, f"{where}: file '{source.file}' not found")
        return None
    except IsADirectoryError:
        check.add(source.line, f"{where}: '{source.file}' is a directory, not a file")
        return None
    except OSError as exc:
        check.add(source.line, f"{where}: cannot read '{source.file}': {exc.strerror or exc}")
        return None
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        check.add(source.line, f"{where}: source changed since its claims were written "
                  f"(sha256 of '{source.file}' is {digest[:12]}…, the ledger has {source.sha256[:12]}…)")
    try:
        source.text = decode(data, source.file)
    except UnusableInput as exc:
        check.add(source.line, f"{where}: {exc.message}")
        return None
    return source.text


def _check_claim(ledger: Ledger, claim: Claim, check: Checker) -> None:
    where = f"claim '{claim.id}'"
    if claim.source not in ledger.sources:
        check.add(claim.line_of("source"), f"{where}: unknown source '{claim.source}'",
                  suggest(claim.source, ledger.sources))
    for key in ("subject", "object", "attributed_to"):
        ref = getattr(claim, key)
        if ref and ref not in ledger.entities:
            check.add(claim.line_of(key), f"{where}: unknown {key.replace('_', ' ')} '{ref}'",
                      suggest(ref, ledger.entities))
    if claim.voice == "reported" and not claim.attributed_to:
        check.add(claim.line_of("voice"), f"{where}: a reported claim needs 'attributed_to' "
                  "(whose claim the source reports)")
    if claim.cue and fold(claim.cue).strip() not in fold(claim.quote):
        check.add(claim.line_of("cue"), f"{where}: cue '{claim.cue}' is not part of the quote")
    topic = ledger.topics.get(claim.topic)
    if topic is None:
        check.add(claim.line_of("topic"), f"{where}: unknown topic '{claim.topic}'",
                  suggest(claim.topic, ledger.topics))
        return
    if topic.kind == "stance":
        _check_stance(claim, topic, check)
    else:
        _check_value(ledger, claim, topic, check)


def _check_stance(claim: Claim, topic: Topic, check: Checker) -> None:
    where = f"claim '{claim.id}'"
    if claim.value is not None:
        check.add(claim.line_of("value"), f"{where}: topic '{topic.id}' is a stance topic: "
                  "give a 'stance', not a 'value'")
    if claim.stance is None:
        check.add(claim.line, f"{where}: is missing the field 'stance' (topic '{topic.id}' "
                  f"takes one of {', '.join(p.id for p in topic.scale)})")
    elif topic.point(claim.stance) is None:
        check.add(claim.line_of("stance"), f"{where}: stance '{claim.stance}' is not on the scale "
                  f"of topic '{topic.id}' ({', '.join(p.id for p in topic.scale)})",
                  suggest(claim.stance, [p.id for p in topic.scale]))


def _check_value(ledger: Ledger, claim: Claim, topic: Topic, check: Checker) -> None:
    where = f"claim '{claim.id}'"
    line = claim.line_of("value")
    if claim.stance is not None:
        check.add(claim.line_of("stance"), f"{where}: topic '{topic.id}' is a {topic.kind} topic: "
                  "give a 'value', not a 'stance'")
    if claim.value is None:
        check.add(claim.line, f"{where}: is missing the field 'value' (topic '{topic.id}' is a {topic.kind})")
        return
    value = claim.value
    if topic.value_type == "entity" and value not in ledger.entities:
        check.add(line, f"{where}: value '{value}' is not a known entity", suggest(value, ledger.entities))
    elif topic.value_type == "number" and (isinstance(value, bool) or not isinstance(value, (int, float))):
        check.add(line, f"{where}: value must be a number for topic '{topic.id}'")
    elif topic.value_type == "date":
        try:
            parse_date(value)
        except ValueError as exc:
            check.add(line, f"{where}: {exc}")
    elif topic.values and value not in topic.values:
        check.add(line, f"{where}: value '{value}' is not one of {', '.join(map(str, topic.values))}",
                  suggest(value, topic.values))


def _anchor(claim: Claim, source: FoldedText, check: Checker) -> None:
    claim.anchor = source.find(claim.quote)
    if claim.anchor is not None:
        return
    line = claim.line_of("quote")
    near = closest_passage(source, claim.quote)
    if near is None:
        check.add(line, f"claim '{claim.id}': quote not found in its source")
        return
    check.add(line, f"claim '{claim.id}': quote not found in its source; closest passage "
              f"(line {near.line}, {near.similarity:g}% similar): \"{near.passage}\"")
