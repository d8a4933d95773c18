"""Wall time of everyday commands on the shipped ledger, including interpreter start.

Run:  python benchmarks/startup.py [--runs 15]
Target (issue 3): `factcheck compare` well under 0.5 s; `factcheck --help` within 2x `python -c "import click"`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c 'import click'": [sys.executable, "-c", "import click"],
    "factcheck --help": [sys.executable, "-m", "factcheck", "--help"],
    "factcheck compare": [sys.executable, "-m", "factcheck", "compare"],
    "factcheck compare --json": [sys.executable, "-m", "factcheck", "compare", "--json"],
    "factcheck show azerbaijan": [sys.executable, "-m", "factcheck", "show", "azerbaijan"],
}


def timed(argv: list[str], runs: int) -> list[float]:
    """Run a command `runs` times (after one warm-up) and return the wall times."""
    env = {**os.environ, "NO_COLOR": "1"}
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    medians = {}
    print(f"{'command':<28} {'median':>8} {'min':>8}")
    for name, argv in COMMANDS.items():
        times = timed(argv, args.runs)
        medians[name] = statistics.median(times)
        print(f"{name:<28} {medians[name]:>7.3f}s {min(times):>7.3f}s")
    ratio = medians["factcheck --help"] / medians["python -c 'import click'"]
    ok_compare = medians["factcheck compare"] < 0.5
    print(f"compare under 0.5 s: {'yes' if ok_compare else 'NO'}; --help / import click: {ratio:.2f}x "
          f"({'within' if ratio <= 2 else 'OVER'} 2x)")
    return 0 if ok_compare else 1


if __name__ == "__main__":
    sys.exit(main())
