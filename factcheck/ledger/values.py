"""What a claim says on its topic: a comparable key, a reader's label, and how two answers relate."""
from __future__ import annotations

import datetime as dt

from factcheck.ledger.model import Claim, Ledger, Topic
from factcheck.vocabulary import Relation


def value_key(topic: Topic, claim: Claim) -> str:
    """A canonical key for the claim's answer: equal keys mean the same answer."""
    return answer_key(topic, claim.stance, claim.value)


def answer_key(topic: Topic, stance: str | None, value: object) -> str:
    """A canonical key for an answer given as a stance (stance topics) or a value (fact and framing topics)."""
    if topic.kind == "stance":
        return str(stance)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if topic.value_type == "number" and isinstance(value, (int, float)):
        return repr(value)
    return " ".join(str(value).split()).casefold() if topic.kind == "framing" else str(value).strip()


def meant_reading(topic: Topic, claim: Claim) -> tuple[str, str] | None:
    """What a garbled claim meant, as (subject, answer key), where its correction says; else None."""
    fix = claim.correction
    if fix is None or (not fix.subject and fix.stance is None and fix.value is None):
        return None
    stance = fix.stance if fix.stance is not None else claim.stance
    value = fix.value if fix.value is not None else claim.value
    return fix.subject or claim.subject, answer_key(topic, stance, value)


def value_label(ledger: Ledger, topic: Topic, key: str, raw: object = None) -> str:
    """How the answer reads to a person: the scale label, an entity's name, a number with its unit."""
    if topic.kind == "stance":
        point = topic.point(key)
        return point.label if point else key
    if topic.value_type == "entity" and key in ledger.entities:
        return ledger.entities[key].name
    if topic.value_type == "number":
        number = float(key)
        text = f"{int(number):,}" if number.is_integer() else f"{number:g}"
        return f"{text} {topic.unit}".strip()
    return str(raw) if raw is not None and topic.kind == "framing" else key


def rank(topic: Topic, key: str) -> int | None:
    """The signed (doubled) distance of a stance from the scale's midpoint."""
    point = topic.point(key) if topic.kind == "stance" else None
    return point.rank if point else None


def relation(topic: Topic, a: str, b: str) -> Relation:
    """How two answers to the same question relate: same, tension, contradiction or framing."""
    if a == b:
        return Relation.SAME
    if topic.kind == "stance":
        ra, rb = rank(topic, a), rank(topic, b)
        assert ra is not None and rb is not None
        steps = abs(ra - rb) // 2
        sides_differ = (ra > 0) - (ra < 0) != (rb > 0) - (rb < 0)
        # the midpoint is a side of its own: neutral against a pole contradicts
        return Relation.CONTRADICTION if sides_differ and steps >= 2 else Relation.TENSION
    if topic.kind == "fact":
        if topic.value_type == "number" and abs(float(a) - float(b)) <= topic.tolerance:
            return Relation.SAME
        return Relation.CONTRADICTION
    return Relation.FRAMING


def steps_apart(topic: Topic, a: str, b: str) -> int:
    """How many scale steps separate two stances (0 for non-stance topics)."""
    ra, rb = rank(topic, a), rank(topic, b)
    return abs(ra - rb) // 2 if ra is not None and rb is not None else 0
