"""Reading claims.yaml into the model, collecting every problem at once."""
from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.errors import LedgerInvalid, Problem, UnusableInput
from factcheck.ledger.anchor import FoldedText
from factcheck.ledger.dates import parse_date
from factcheck.ledger.files import MAX_LEDGER_BYTES, read_text
from factcheck.ledger.model import Claim, Correction, Entity, Ledger, Outline, ScalePoint, Source, Topic
from factcheck.ledger.schema import (
    CLAIM_FIELDS,
    CORRECTION_FIELDS,
    ENTITY_FIELDS,
    OPTIONAL_SECTIONS,
    SECTIONS,
    SOURCE_FIELDS,
    SUPPORTED_VERSIONS,
    TOPIC_FIELDS,
    Checker,
    describe,
    suggest,
)
from factcheck.ledger.validate import anchor_claim, check_claim, check_entities, check_vocabulary, read_source
from factcheck.ledger.yamlio import LineDict, LineList, parse_yaml

# Ledger texts seen in this process, newest last, each with its parsed tree pickled once it is seen a
# second time: a program (or a test suite) that loads one ledger again and again unpickles a fresh tree
# in a tenth of the time parsing takes, and a command that loads it once pays nothing.
_SEEN: dict[str, bytes | None] = {}
_KEEP = 4


def _parse_tree(text: str, shown: str) -> object:
    """The text's YAML tree: a fresh copy of the kept one when this text was parsed before."""
    seen = text in _SEEN
    kept = _SEEN.pop(text, None)
    if kept is not None:
        data = pickle.loads(kept)
    else:
        data = parse_yaml(text, shown)
        kept = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL) if seen else None
    while len(_SEEN) >= _KEEP:
        del _SEEN[next(iter(_SEEN))]
    _SEEN[text] = kept
    return data


def parse_ledger_text(text: str, shown: str) -> LineDict:
    """Parse the ledger's YAML and check its outer shape and version."""
    if not text.strip():
        raise UnusableInput("the ledger is empty", shown)
    data = _parse_tree(text, shown)
    if not isinstance(data, LineDict):
        raise UnusableInput(f"the ledger must be a mapping with 'version' and {', '.join(SECTIONS)}, "
                            f"not {describe(data)}", shown, getattr(data, "line", 1) or 1)
    version = data.get("version")
    if version is None:
        raise UnusableInput("the ledger has no 'version' (this factcheck reads version 1)", shown, 1)
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        raise UnusableInput(f"ledger version {version!r} is not one this factcheck reads "
                            f"(it reads {', '.join(map(str, SUPPORTED_VERSIONS))})",
                            shown, data.line_of("version"))
    return data


def load_ledger(path: Path, text: str | None = None, shown: str | None = None) -> tuple[Ledger, list[Problem]]:
    """Load a ledger, read its sources and anchor every quote; return it with every problem found.

    The ledger holds only what loaded whole: a source that cannot be read, or a claim with a broken
    reference or a quote not found, is left out and reported. Raise UnusableInput if the file
    cannot be read or parsed at all."""
    shown = shown or str(path)
    if text is None:
        text = read_text(path, "ledger", MAX_LEDGER_BYTES)
    elif len(text) > MAX_LEDGER_BYTES:
        raise UnusableInput(f"the ledger is more than the {MAX_LEDGER_BYTES // 2**20} MB this factcheck reads",
                            shown)
    data = parse_ledger_text(text, shown)
    check = Checker(shown)
    for key in data:
        if key != "version" and key not in SECTIONS and key not in OPTIONAL_SECTIONS:
            check.add(data.line_of(key), f"unknown section '{key}'", suggest(key, SECTIONS + OPTIONAL_SECTIONS))
    sections = {}
    for name in SECTIONS:
        value = data.get(name)
        if value is None:
            check.add(data.line_of(name) if name in data else 1, f"the ledger has no '{name}' section")
            value = LineList()
        elif not isinstance(value, list):
            check.add(data.line_of(name), f"'{name}' must be a list, not {describe(value)}")
            value = LineList()
        sections[name] = value
    entities = _build_entities(sections["entities"], check)
    topics = _build_topics(sections["topics"], check)
    source_specs = _build_sources(sections["sources"], check)
    claim_specs = _build_claims(sections["claims"], check)
    check_entities(entities, check)
    check_vocabulary(topics, entities, check)
    sources = {}
    folded: dict[str, FoldedText] = {}
    shared: dict[Path, tuple[str, FoldedText]] = {}  # sources of one file share its text and its folding
    for spec in source_specs.values():
        found = read_source(path.parent, spec, check)
        if found is not None:
            file_path, text = found
            known = shared.get(file_path)
            if known is None or known[0] != text:
                known = shared[file_path] = (text, FoldedText.of(text))
            sources[spec["id"]] = Source(**spec, text=known[0], path=file_path)
            folded[spec["id"]] = known[1]
    ledger = Ledger(path=path, version=data["version"], sources=sources, entities=entities, topics=topics,
                    claims=[], synonyms=_build_synonyms(data, check))
    for spec in claim_specs:
        # a claim whose source could not be read is not reported again: its source's problem says why
        usable = check_claim(spec, source_specs, entities, topics, check)
        if usable and spec["source"] in folded:
            anchor = anchor_claim(spec, folded[spec["source"]], check)
            if anchor is not None:
                ledger.claims.append(Claim(**spec, anchor=anchor))
    return ledger, check.problems


def outline(text: str, shown: str) -> Outline:
    """The ids and files a ledger names, without reading its sources: what a writer must not repeat."""
    data = parse_ledger_text(text, shown)
    sources, claims = data.get("sources"), data.get("claims")
    return Outline(
        source_ids={s["id"] for s in _dicts(sources) if isinstance(s.get("id"), str)},
        source_files={s["file"] for s in _dicts(sources) if isinstance(s.get("file"), str)},
        claim_ids={c["id"] for c in _dicts(claims) if isinstance(c.get("id"), str)})


def _dicts(section: Any) -> list[dict[str, Any]]:
    return [item for item in section if isinstance(item, dict)] if isinstance(section, list) else []


def load_valid_ledger(path: Path, text: str | None = None, shown: str | None = None) -> Ledger:
    """Load a ledger that must be free of problems; raise LedgerInvalid otherwise."""
    ledger, problems = load_ledger(path, text, shown)
    if problems:
        raise LedgerInvalid(problems)
    return ledger


def _items(section: Any) -> Iterator[tuple[Any, int]]:
    lines = getattr(section, "item_lines", None) or [getattr(section, "line", 0)] * len(section)
    return zip(section, lines, strict=True)


def _register(store: dict[str, Any], item_id: str, obj: Any, what: str, line: int, check: Checker) -> None:
    if item_id in store:
        first = store[item_id]
        first_line = first["line"] if isinstance(first, dict) else first.line
        check.add(line, f"duplicate {what} id '{item_id}' (first defined on line {first_line})")
        return
    store[item_id] = obj


def _build_sources(section: list[Any], check: Checker) -> dict[str, dict[str, Any]]:
    """Each source's fields, checked; its file is read later, with the other checks on files."""
    specs: dict[str, dict[str, Any]] = {}
    for raw, line in _items(section):
        item = check.fields(raw, SOURCE_FIELDS, "source", line)
        if item is None:
            continue
        try:
            published = parse_date(item["published"], bool(item.get("approximate", False)))
        except ValueError as exc:
            check.add(raw.line_of("published"), f"source '{item['id']}': {exc}")
            continue
        spec = dict(id=item["id"], file=item["file"], kind=item["kind"], title=item["title"],
                    published=published, sha256=item["sha256"].lower(),
                    outlet=item.get("outlet", ""), url=item.get("url", ""),
                    author=item.get("author", ""), short=item.get("short", ""),
                    date_note=item.get("date_note", ""), note=item.get("note", ""), line=line)
        _register(specs, spec["id"], spec, "source", line, check)
    return specs


def _build_synonyms(data: LineDict, check: Checker) -> dict[str, list[str]]:
    """The optional `synonyms` mapping: each word with the single words the reader reads as it."""
    value = data.get("synonyms")
    if value is None:
        return {}
    line = data.line_of("synonyms")
    if not isinstance(value, dict) or not all(
            isinstance(word, str) and _one_word(word) and isinstance(variants, list)
            and all(isinstance(v, str) and _one_word(v) for v in variants) for word, variants in value.items()):
        check.add(line, "'synonyms' must map each word to a list of single words read as it",
                  "synonyms: {condemn: [denounce, decry]}")
        return {}
    return {word: list(variants) for word, variants in value.items()}


def _one_word(text: str) -> bool:
    return bool(text.strip()) and len(text.split()) == 1


def _build_entities(section: list[Any], check: Checker) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for raw, line in _items(section):
        item = check.fields(raw, ENTITY_FIELDS, "entity", line)
        if item is None:
            continue
        aliases = item.get("aliases", [])
        if not all(isinstance(a, str) for a in aliases):
            check.add(raw.line_of("aliases"), f"entity '{item['id']}': every alias must be a string")
            continue
        entity = Entity(id=item["id"], kind=item["kind"], name=item["name"], iso=item.get("iso", ""),
                        aliases=list(aliases), country=item.get("country", ""),
                        members=[str(m) for m in item.get("members", [])],
                        note=item.get("note", ""), line=line)
        _register(entities, entity.id, entity, "entity", line, check)
    return entities


def _scale(raw: LineDict, topic_id: str, check: Checker) -> list[ScalePoint] | None:
    points = raw.get("scale") or []
    size = len(points)
    result = []
    for index, point in enumerate(points):
        if isinstance(point, str):
            point_id, label = point, point.replace("-", " ")
        elif isinstance(point, dict) and isinstance(point.get("id"), str):
            point_id, label = point["id"], str(point.get("label", point["id"]))
        else:
            check.add(raw.line_of("scale"), f"topic '{topic_id}': each scale point must be a string "
                      "or a mapping with 'id' and 'label'")
            return None
        # ranks are doubled so that an even-sized scale still has whole-number ranks
        result.append(ScalePoint(point_id, label, 2 * index - (size - 1)))
    ids = [p.id for p in result]
    if len(set(ids)) != len(ids):
        check.add(raw.line_of("scale"), f"topic '{topic_id}': the scale repeats a point")
        return None
    return result


def _build_topics(section: list[Any], check: Checker) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    for raw, line in _items(section):
        item = check.fields(raw, TOPIC_FIELDS, "topic", line)
        if item is None:
            continue
        kind = item["kind"]
        if kind == "stance" and len(item.get("scale") or []) < 2:
            check.add(raw.line_of("scale"), f"topic '{item['id']}': a stance topic needs a 'scale' "
                      "of at least two points, ordered from one pole to the other")
            continue
        if kind != "stance" and "scale" in item:
            check.add(raw.line_of("scale"), f"topic '{item['id']}': only a stance topic has a scale")
            continue
        scale = _scale(raw, item["id"], check) if kind == "stance" else []
        if scale is None:
            continue
        topic = Topic(id=item["id"], question=item["question"], kind=kind, scale=scale,
                      value_type=item.get("value_type", "text"), unit=item.get("unit", ""),
                      tolerance=float(item.get("tolerance", 0)), fixed=item.get("fixed", False),
                      minor=item.get("minor", False), note=item.get("note", ""), line=line,
                      values=list(item.get("values", [])), object=item.get("object", ""),
                      words=list(item.get("words", [])), event=item.get("event", ""),
                      answers={_answer_key(k): v for k, v in (item.get("answers") or {}).items()},
                      negation={_answer_key(k): _answer_key(v) for k, v in (item.get("negation") or {}).items()},
                      presupposes={str(k): _answer_key(v) for k, v in (item.get("presupposes") or {}).items()},
                      implies_of_named=str(item.get("implies_of_named") or ""))
        _register(topics, topic.id, topic, "topic", line, check)
    return topics


def _answer_key(key: object) -> str:
    # YAML 1.1 reads an unquoted yes or no as true or false; as an answer it means the word
    if isinstance(key, bool):
        return "yes" if key else "no"
    return str(key)


def _build_claims(section: list[Any], check: Checker) -> list[dict[str, Any]]:
    """Each claim's fields, checked; references and anchors are checked once the sources are read."""
    specs: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for raw, line in _items(section):
        item = check.fields(raw, CLAIM_FIELDS, "claim", line)
        if item is None:
            continue
        correction = None
        if "correction" in item:
            fixed = check.fields(raw["correction"], CORRECTION_FIELDS,
                                 f"claim '{item['id']}' correction", raw.line_of("correction"))
            if fixed is None:
                continue
            correction = Correction(fixed["should_read"], fixed["why"], fixed.get("subject", ""),
                                    fixed.get("stance"), fixed.get("value"))
        as_of = None
        if "as_of" in item:
            try:
                as_of = parse_date(item["as_of"])
            except ValueError as exc:
                check.add(raw.line_of("as_of"), f"claim '{item['id']}': {exc}")
                continue
        spec = dict(id=item["id"], source=item["source"], subject=item["subject"],
                    topic=item["topic"], quote=item["quote"], stance=item.get("stance"),
                    value=item.get("value"), object=item.get("object", ""),
                    voice=item.get("voice", "asserted"), attributed_to=item.get("attributed_to", ""),
                    cue=item.get("cue", ""), as_of=as_of, correction=correction,
                    weak=item.get("weak", ""), note=item.get("note", ""),
                    unreviewed=item.get("unreviewed", False), line=line,
                    field_lines=getattr(raw, "key_lines", {}))
        if spec["id"] in seen:
            check.add(line, f"duplicate claim id '{spec['id']}' (first defined on line {seen[spec['id']]})")
            continue
        seen[spec["id"]] = line
        specs.append(spec)
    return specs
