"""Which worked benchmark items a change reads differently: every item of the worked parts read by the code
and ledger of a git revision and by the working tree, and each difference shown with what the labels expect.

Run:  python benchmarks/reading_changes.py              # against HEAD
      python benchmarks/reading_changes.py --base 38e1eee

A score can hide a regression behind a gain elsewhere; this lists them item by item. Only the worked parts
are read (benchmarks/reading.py's WORKED): the held-out parts are never opened here. Each difference is marked
"better" (more expected claims read, or as many with fewer unexpected ones), "worse" (the reverse) or
"other" (as many right and as many wrong, but different). Exit status 1 when any item reads worse.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "benchmarks" / "reading"
sys.path.insert(0, str(ROOT / "benchmarks"))

from reading import WORKED  # noqa: E402

# run in a fresh interpreter with the code of the tree it is given, so that two versions never share a module
_READ_ALL = r"""
import json, sys
root, sets = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
from pathlib import Path
from factcheck.ledger.dates import parse_date
from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.reader import Vocabulary, read
vocabulary = Vocabulary(load_valid_ledger(Path(root) / "claims.yaml"))
out = {}
for part in sys.argv[3:]:
    for line in open(Path(sets) / f"{part}.jsonl", encoding="utf-8"):
        item = json.loads(line)
        date = parse_date(item["source_date"]) if item.get("source_date") else None
        out[item["id"]] = sorted({(r.subject, r.topic, ("not " if r.denies_only else "") + str(r.answer))
                                  for r in read(vocabulary, item["text"], date)})
print(json.dumps(out))
"""


def readings_of(root: Path) -> dict[str, set[tuple[str, ...]]]:
    """Every worked item's claims (subject, topic, answer) as the code and ledger under `root` read them."""
    done = subprocess.run([sys.executable, "-c", _READ_ALL, str(root), str(SETS), *WORKED],
                          capture_output=True, text=True, check=True)
    return {k: {tuple(c) for c in v} for k, v in json.loads(done.stdout).items()}


def verdict(before: set[tuple[str, ...]], after: set[tuple[str, ...]], expected: set[tuple[str, ...]]) -> str:
    """Whether a changed reading is better, worse or other, judged by the claims the labels expect."""
    right = len(after & expected) - len(before & expected)
    wrong = len(after - expected) - len(before - expected)
    if right > 0 or (right == 0 and wrong < 0):
        return "better"
    if right < 0 or wrong > 0:
        return "worse"
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="the git revision to compare with (default HEAD)")
    base = parser.parse_args().base
    items: dict[str, dict] = {}
    for part in WORKED:
        for line in (SETS / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            items[item["id"]] = item
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", base], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
        before = readings_of(Path(tree))
    after = readings_of(ROOT)
    counts = {"better": 0, "worse": 0, "other": 0}
    for key, item in items.items():
        if before.get(key) == after.get(key):
            continue
        # (answers compared without case, as benchmarks/reading.py compares them)
        expected = {(e["subject"], e["topic"], str(e["answer"]).casefold()) for e in item["expect"]}
        mark = verdict(*({(s, t, a.casefold()) for s, t, a in claims} for claims in (before[key], after[key])),
                       expected)
        counts[mark] += 1
        print(f"{mark:6} {key} {item['text'][:110]!r}")
        print(f"         was {sorted(before[key] - after[key])}")
        print(f"         now {sorted(after[key] - before[key])}")
    print(f"against {base}: {counts['better']} better, {counts['worse']} worse, {counts['other']} other, "
          f"{len(items) - sum(counts.values())} of {len(items)} worked items unchanged")
    return 1 if counts["worse"] else 0


if __name__ == "__main__":
    sys.exit(main())
