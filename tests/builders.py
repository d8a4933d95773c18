"""Building small in-memory ledgers for engine tests, without files."""
from __future__ import annotations

from pathlib import Path

from factcheck.ledger.dates import parse_date
from factcheck.ledger.model import Anchor, Claim, Entity, Ledger, ScalePoint, Source, Topic

SCALE = ["opposes", "leans-against", "neutral", "leans-toward", "supports"]


def stance_topic(topic_id: str = "backs", fixed: bool = False, minor: bool = False) -> Topic:
    points = [ScalePoint(p, p, 2 * i - (len(SCALE) - 1)) for i, p in enumerate(SCALE)]
    return Topic(topic_id, f"Question {topic_id}?", "stance", scale=points, fixed=fixed, minor=minor)


def source(source_id: str, date: str, kind: str = "article", approximate: bool = False) -> Source:
    return Source(source_id, f"{source_id}.txt", kind, source_id.title(), parse_date(date, approximate),
                  "0" * 64, text="", path=Path(f"{source_id}.txt"), short=source_id.title())


def ledger(claims: list[dict], sources: list[Source] | None = None, topics: list[Topic] | None = None) -> Ledger:
    """A ledger of the given claims; claim dicts need id, source, topic and stance or value."""
    sources = sources or [source("a", "2022-07-20"), source("b", "2023-05", approximate=True),
                          source("r", "2026-01-01", kind="record")]
    topics = topics or [stance_topic(), Topic("count", "How many?", "fact", value_type="number"),
                        Topic("why", "Why?", "framing"),
                        Topic("vote", "Vote?", "fact", fixed=True, values=["yes", "absent"])]
    entities = [Entity("x", "country", "Xland", "XL"), Entity("y", "country", "Yland", "YL"),
                Entity("boss", "person", "The Boss", country="x")]
    made = []
    # a claim's quote and place in its source follow its id, not its place in the list (as in a real source)
    place = {claim_id: i for i, claim_id in enumerate(sorted(c["id"] for c in claims))}
    for spec in claims:
        i = place[spec["id"]]
        spec = {"subject": "x", "quote": f"quote {i}", **spec}
        as_of = spec.pop("as_of", None)
        at = spec.pop("at", i)  # where the quote stands in its source: by default, the claim's place in the list
        made.append(Claim(**spec, anchor=Anchor(at + 1, 1, 10 * at, 10 * at + 5, at + 1),
                          as_of=parse_date(as_of) if as_of else None, line=i + 1))
    return Ledger(Path("claims.yaml"), 1, {s.id: s for s in sources}, {e.id: e for e in entities},
                  {t.id: t for t in topics}, made)
