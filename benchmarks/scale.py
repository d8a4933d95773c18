"""Scale benchmark: wall time and peak memory of `validate` and `compare --json` at 1,000, 10,000
and 100,000 claims, against the time PyYAML's C loader takes just to parse the same file.

Run:  python benchmarks/scale.py [--sizes 1000 10000 100000] [--workdir /tmp/factcheck-bench]
Each figure is one run in a fresh process (the largest takes a few minutes in all). Targets, as
ratios measured in the same run: compare --json at 100,000 claims within 2x the parse; 10x the
claims at most 12x the time; peak memory under 1 GB at 100,000 claims; `factcheck --help` within 2x
`python -c "import click"`.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

# Runs a command as a child and reports its wall time and peak resident memory.
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "rc": done.returncode}))
"""


def measure(argv: list[str]) -> dict:
    """Wall seconds and peak MB of one command, run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def best_of(argv: list[str], runs: int) -> dict:
    """The fastest of several runs (start-up times are noisy)."""
    return min((measure(argv) for _ in range(runs)), key=lambda m: m["wall"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-bench")
    args = parser.parse_args()
    py = sys.executable
    rows = []
    for size in args.sizes:
        ledger = args.workdir / str(size) / "claims.yaml"
        if not ledger.exists():
            generate(size, ledger.parent)
        parse = measure([py, "-c", "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'), "
                                   "Loader=yaml.CSafeLoader)", str(ledger)])
        validate = measure([py, "-m", "factcheck", "validate", "--claims", str(ledger)])
        compare = measure([py, "-m", "factcheck", "compare", "--json", "--claims", str(ledger)])
        for name, m in (("validate", validate), ("compare", compare)):
            if m["rc"] not in (0, 1):
                print(f"{name} failed at {size} claims (exit {m['rc']})")
                return 2
        rows.append((size, parse, validate, compare))
    print(f"{'claims':>8} {'yaml parse':>11} {'validate':>9} {'peak MB':>8} {'compare':>9} {'peak MB':>8} "
          f"{'compare/parse':>14}")
    for size, parse, validate, compare in rows:
        print(f"{size:>8} {parse['wall']:>10.2f}s {validate['wall']:>8.2f}s {validate['rss_mb']:>8.0f} "
              f"{compare['wall']:>8.2f}s {compare['rss_mb']:>8.0f} {compare['wall'] / parse['wall']:>13.2f}x")
    ok = True
    last_size, last_parse, _, last_compare = rows[-1]
    ratio = last_compare["wall"] / last_parse["wall"]
    verdict = "ok" if ratio <= 2 else "MISSED"
    print(f"compare --json at {last_size} claims: {ratio:.2f}x the parse (target 2x): {verdict}")
    ok &= ratio <= 2
    for (s1, _, _, c1), (s2, _, _, c2) in zip(rows, rows[1:], strict=False):
        growth = c2["wall"] / c1["wall"]
        print(f"{s1} -> {s2} claims: {growth:.1f}x the time (target at most {12 * s2 // (10 * s1)}x): "
              f"{'ok' if growth <= 12 * s2 / (10 * s1) else 'MISSED'}")
        ok &= growth <= 12 * s2 / (10 * s1)
    print(f"peak memory at {last_size} claims: {last_compare['rss_mb']:.0f} MB (target under 1024): "
          f"{'ok' if last_compare['rss_mb'] < 1024 else 'MISSED'}")
    ok &= last_compare["rss_mb"] < 1024
    click = best_of([py, "-c", "import click"], 7)
    helped = best_of([py, "-m", "factcheck", "--help"], 7)
    ratio = helped["wall"] / click["wall"]
    print(f"factcheck --help {helped['wall']:.3f}s vs import click {click['wall']:.3f}s: {ratio:.2f}x "
          f"(target 2x): {'ok' if ratio <= 2 else 'MISSED'}")
    ok &= ratio <= 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
