"""Spotted candidate claims and coverage gaps, as ready-to-paste YAML, plain text or JSON."""
from __future__ import annotations

import textwrap

from factcheck.ledger.model import Ledger
from factcheck.ledger.write import yaml_items
from factcheck.reading.reader import describe
from factcheck.reading.spotting import Candidate
from factcheck.render.jsonout import SCHEMA_VERSION, dumps
from factcheck.render.words import counted
from factcheck.textsafe import one_line


def _why(candidate: Candidate) -> str:
    return f"score {candidate.score}: " + "; ".join(candidate.reasons)


def candidates_yaml(ledger: Ledger, name: str, candidates: list[Candidate], entries: list[dict],
                    unregistered: bool) -> str:
    """Ranked candidates as ledger YAML, each preceded by a comment that explains its rank."""
    by_id = {e["id"]: e for e in entries}
    out = [f"# {len(candidates)} candidate claims spotted in {one_line(name)}, best first.",
           "# Review each one (subject, topic, stance or value) before it goes into the ledger."]
    if unregistered:
        out.append("# This file is not a registered source: register it with 'factcheck add' and "
                   "replace NEW-SOURCE with its id.")
    out.append("claims:")
    for candidate in candidates:
        out.append(f"  # line {candidate.sentence.line}, {one_line(_why(candidate))}")
        if candidate.id in by_id:
            out.append(yaml_items([by_id[candidate.id]]).rstrip("\n"))
        else:
            missing = "a subject" if candidate.topic else "a topic from the lexicon"
            out.append(f"  # (no claim proposed: needs {missing}) “{one_line(candidate.sentence.text)}”")
    return "\n".join(out) + "\n"


def _candidate_json(candidate: Candidate, entry: dict | None) -> dict:
    s = candidate.sentence
    return {"score": candidate.score, "reasons": candidate.reasons, "line": s.line, "start": s.start,
            "end": s.end, "sentence": s.text, "subject": candidate.subject, "topic": candidate.topic,
            "answer": candidate.answer, "cue": candidate.cue or None,
            "mentions": [{"entity": m.entity, "text": m.text, "how": m.how} for m in candidate.mentions],
            "reading": describe(candidate.reading) if candidate.reading else None,
            "claim": entry}


def candidates_json(ledger: Ledger, name: str, candidates: list[Candidate], entries: list[dict]) -> str:
    """The `extract --json` document."""
    by_id = {e["id"]: e for e in entries}
    return dumps({"schema_version": SCHEMA_VERSION, "source": name,
                  "candidates": [_candidate_json(c, by_id.get(c.id)) for c in candidates]})


def coverage_text(ledger: Ledger, gaps: dict[str, list[Candidate]], width: int = 80) -> str:
    """Per source, the uncovered check-worthy sentences with their lines and scores, wrapped to `width`
    with hanging indents."""
    out = []
    for source_id, found in gaps.items():
        source = ledger.sources[source_id]
        sentences = counted(len(found), "check-worthy sentence")
        out += _wrapped(f"{one_line(source.label)} ({one_line(source.file)}): {sentences} no claim covers",
                        width, 0)
        for candidate in found:
            out += _wrapped(f"line {candidate.sentence.line:>3}  score {candidate.score}  "
                            f"{one_line(candidate.sentence.text)}", width, 2, 22)
            out += _wrapped(one_line("; ".join(candidate.reasons)), width, 22)
        out.append("")
    return "\n".join(out)


def _wrapped(text: str, width: int, indent: int, hang: int | None = None) -> list[str]:
    """Lines of at most `width` columns: the first indented by `indent`, the rest by `hang`."""
    hang = indent if hang is None else hang
    return textwrap.wrap(text, width=max(width, hang + 20), initial_indent=" " * indent,
                         subsequent_indent=" " * hang, break_long_words=False, break_on_hyphens=False)


def coverage_json(ledger: Ledger, gaps: dict[str, list[Candidate]]) -> str:
    """The `coverage --json` document."""
    return dumps({"schema_version": SCHEMA_VERSION,
                  "sources": [{"source": sid, "uncovered": [_candidate_json(c, None) for c in found]}
                              for sid, found in gaps.items()]})
