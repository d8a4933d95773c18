"""Two `factcheck add`s started at the same moment on one ledger, many times over: nothing may be lost.

    python benchmarks/concurrent_add.py [TRIALS]      # default 100

Each trial copies the mini fixture ledger, starts two `add`s of different files together and checks
that every `add` that reported success (exit 0) is in the ledger, and that one that was refused
(exit 3) is not. tests/test_writer.py runs the same check with 10 trials."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_writer import concurrent_adds  # noqa: E402


def main() -> int:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        lost = concurrent_adds(Path(folder), trials)
    for line in lost:
        print(line)
    print(f"{trials} trials of two concurrent adds: {len(lost)} lost or failed "
          f"({time.monotonic() - started:.1f} s)")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
