"""Time taken on hostile long input: a 1 MB line given to `check` and `extract`, and the search for the
closest passage to a long quote that is not in its source.

Run:  python benchmarks/long_input.py
Targets (the hostile-input issue): the 1 MB line read by check and extract together in under 15 s (it ran
past five minutes before the reader was bounded); the closest passage to a 2,000-word quote in a
20,000-word source in under 2 s (it took 111 s before the search was bounded). Exit status 1 when a
target is missed. The suite checks what these commands answer; this benchmark checks how fast.
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LINE_TARGET_S = 15.0
PASSAGE_TARGET_S = 2.0


def long_line_seconds() -> float:
    """check and extract on one line just under 1 MB, names and cues all along it."""
    unit = "Azerbaijan backs Ukraine firmly, says Baku and "
    line = (unit * (1000000 // len(unit)) + "\n").encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_bytes(line)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "check", "-"], input=line, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        subprocess.run([sys.executable, "-m", "factcheck", "extract", str(path)], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return time.perf_counter() - started


def closest_passage_seconds() -> float:
    """The closest passage to a 2,000-word quote absent from a 20,000-word source."""
    from factcheck.ledger.anchor import FoldedText, closest_passage

    rng = random.Random(1)
    vocab = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(2, 8))) for _ in range(3000)]
    source = FoldedText.of(" ".join(rng.choice(vocab) for _ in range(20000)))
    quote = " ".join(rng.choice(vocab) for _ in range(2000))
    started = time.perf_counter()
    closest_passage(source, quote)
    return time.perf_counter() - started


def main() -> int:
    line = long_line_seconds()
    passage = closest_passage_seconds()
    print(f"1 MB line, check + extract: {line:.1f} s (target < {LINE_TARGET_S:.0f} s)")
    print(f"closest passage, 2,000-word quote: {passage:.2f} s (target < {PASSAGE_TARGET_S:.0f} s)")
    return 0 if line < LINE_TARGET_S and passage < PASSAGE_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
