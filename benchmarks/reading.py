"""The reading benchmark: how well factcheck reads statements and sentences it was never tuned on.

    python benchmarks/reading.py            # the parts worked on: tune and dev to dev33
    python benchmarks/reading.py --part held --part held5  # held parts (any of held..held33): scores only
    python benchmarks/reading.py --part tune --show   # misses of the tune part, one per line

Accuracy per field (subject, topic, answer, voice, date) and per category, counted over the claims
a careful reader expects (benchmarks/reading/README.md); "extra" counts claims the reader found that
the labels do not have, and "flips" counts negated items read with the opposite polarity."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.ledger.dates import parse_date  # noqa: E402
from factcheck.ledger.load import load_valid_ledger  # noqa: E402
from factcheck.reading.reader import Vocabulary, read  # noqa: E402

FIELDS = ("subject", "topic", "answer", "voice", "date")
SETS = ROOT / "benchmarks" / "reading"
# read, measured and tuned on
WORKED = ("tune", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
          "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
          "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32",
          "dev33")
# never opened while tuning: scored only, as a whole
HELD = ("held", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12",
        "held13", "held14", "held15", "held16", "held17", "held18", "held19", "held20", "held21", "held22",
        "held23", "held24", "held25", "held26", "held27", "held28", "held29", "held30", "held31", "held32",
        "held33")


def score_part(vocabulary: Vocabulary, items: list[dict], show: bool) -> dict:
    """Per field and per category, how many expected claims the reader got right."""
    right: Counter[str] = Counter()
    total = 0
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    extra = flips = noclaim_ok = noclaim = 0
    misses: Counter[str] = Counter()  # why an expected claim was missed: kinds only, never which item
    for item in items:
        date = parse_date(item["source_date"]) if item.get("source_date") else None
        readings = read(vocabulary, item["text"], date)
        # a reading that only denies an answer ("never voted against") gives that answer no more than "not" it
        got = [{"subject": r.subject, "topic": r.topic, "voice": r.voice,
                "answer": f"not {r.answer}" if r.denies_only else r.answer,
                "date": r.as_of.iso() if r.as_of else None} for r in readings]
        category = by_category[item["category"]]
        if not item["expect"]:
            noclaim += 1
            noclaim_ok += not got
            category["items"] += 1
            category["right"] += not got
            if show and got:
                print(f"{item['id']} EXTRA {item['text']!r} -> {got}")
            continue
        used: set[int] = set()
        for want, at in _pair(item["expect"], got):
            total += 1
            category["items"] += 1
            g = got[at] if at >= 0 else {}
            if at >= 0:
                used.add(at)
            for field in FIELDS:
                ok = bool(g) and _same(want, g, field)
                right[field] += ok
            full = bool(g) and all(_same(want, g, f) for f in ("subject", "topic", "answer"))
            category["right"] += full
            if not full:
                misses[_miss_kind(want, g)] += 1
            if item["category"] == "negated" and g and g.get("topic") == want["topic"] and \
                    g.get("answer") != want["answer"] and _opposite(g.get("answer"), want["answer"]):
                flips += 1
                if show:
                    print(f"{item['id']} FLIP {item['text']!r} want {want['subject']}/{want['topic']}={want['answer']}")
            if show and not full:
                print(f"{item['id']} MISS {item['text']!r} want {want['subject']}/{want['topic']}={want['answer']}"
                      f" got {[(x['subject'], x['topic'], x['answer']) for x in got]}")
        extra += len(got) - len(used)
        if show and len(got) > len(used):
            unpaired = [(x["subject"], x["topic"], x["answer"]) for n, x in enumerate(got) if n not in used]
            print(f"{item['id']} EXTRA {item['text']!r} -> {unpaired}")
    return {"claims": total, "fields": {f: right[f] / total for f in FIELDS},
            "categories": {c: v["right"] / v["items"] for c, v in sorted(by_category.items())},
            "noclaim_clean": noclaim_ok / noclaim if noclaim else 1.0, "extra": extra, "flips": flips,
            "misses": misses}


def _miss_kind(want: dict, got: dict) -> str:
    """What went wrong with a missed claim: nothing read for it, or which field of the nearest reading."""
    if not got:
        return "nothing read"
    if not _same(want, got, "topic"):
        return "other topic"
    if not _same(want, got, "answer"):
        return "other answer"
    return "other subject"


def _pair(expect: list[dict], got: list[dict]) -> list[tuple[dict, int]]:
    """Each expected claim with the reading it is scored against (-1: none): first the readings right on
    subject, topic and answer, then, for the rest, the reading agreeing on the most fields; a reading counts
    once, so one reading is never taken from the claim it reads right to excuse another."""
    at = [-1] * len(expect)
    used: set[int] = set()
    for rank in (("subject", "topic", "answer"), FIELDS):
        for n, want in enumerate(expect):
            if at[n] >= 0:
                continue
            scored = [(sum(_same(want, g, f) for f in FIELDS), -i) for i, g in enumerate(got)
                      if i not in used and (rank == FIELDS or all(_same(want, g, f) for f in rank))]
            if scored:
                at[n] = -max(scored)[1]
                used.add(at[n])
    return list(zip(expect, at, strict=True))


def _same(want: dict, got: dict, field: str) -> bool:
    if field == "date":
        return (want.get("as_of") or None) == got.get("date")
    if field == "answer":  # a framing's answer is text, and the ledger's values are compared without case
        return str(want[field]).casefold() == str(got.get(field)).casefold()
    return str(want[field]) == str(got.get(field))


def _opposite(a: object, b: object) -> bool:
    pairs = {("yes", "no"), ("no", "yes"), ("accepts", "rejects"), ("rejects", "accepts")}
    return (a, b) in pairs or (a in ("supports", "close-ally") and b in ("neutral", "distancing"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=[*WORKED, *HELD, "all"], action="append",
                        help="a part to score (repeatable); default: the parts worked on; all: every part")
    parser.add_argument("--show", action="store_true", help="print the misses (never use with the held part)")
    args = parser.parse_args()
    asked = args.part or list(WORKED)
    parts = [*WORKED, *HELD] if "all" in asked else [p for p in (*WORKED, *HELD) if p in asked]
    parts = [p for p in parts if (SETS / f"{p}.jsonl").exists()]
    if args.show and set(parts) & set(HELD):
        parser.error("--show prints misses; it is for the parts worked on only (the held parts stay unseen)")
    vocabulary = Vocabulary(load_valid_ledger(ROOT / "claims.yaml"))
    for part in parts:
        items = [json.loads(line) for line in (SETS / f"{part}.jsonl").open()]
        result = score_part(vocabulary, items, args.show)
        fields = "  ".join(f"{f} {v:.0%}" for f, v in result["fields"].items())
        print(f"{part}: {len(items)} items, {result['claims']} expected claims: {fields}")
        print(f"  no-claim items read as nothing: {result['noclaim_clean']:.0%}; extra claims: {result['extra']}; "
              f"polarity flips on negated items: {result['flips']}")
        print("  by category (subject, topic and answer all right): " +
              ", ".join(f"{c} {v:.0%}" for c, v in result["categories"].items()))
        print("  misses by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(result["misses"].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
