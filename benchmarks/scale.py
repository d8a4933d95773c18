"""Scale benchmark: wall time and peak memory of `validate` and `compare --json` at 25,000, 50,000
and 100,000 claims, for each shape of generated ledger, against the time PyYAML's C loader takes
just to parse the same file.

Run:  python benchmarks/scale.py [--sizes 25000 50000 100000] [--shapes uniform hot copied]
                                 [--workdir /tmp/factcheck-bench]
Shapes (benchmarks/generate.py): uniform, hot (thousands of sources on one subject and topic),
copied (the shipped ledger copied until it holds that many claims). Each figure is one run in a
fresh process (the whole run takes several minutes). Targets (issue 12), as ratios measured in the
same run, for every shape: compare --json at the largest size within 1.5x the parse; twice the
claims at most 2.2x the time; peak memory under 800 MB; `factcheck --help` within 2x
`python -c "import click"`.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import SHAPES, generate  # noqa: E402

PARSE_RATIO = 1.5  # compare --json at the largest size, against the C-loader parse of the same file
GROWTH_PER_DOUBLING = 2.2  # twice the claims, at most this much the time
PEAK_MB = 800

# Runs a command as a child and reports its wall time and peak resident memory.
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
                  "rc": done.returncode}))
"""


def measure(argv: list[str]) -> dict:
    """Wall seconds, CPU seconds and peak MB of one command, run in a fresh process.

    The ledger size limit is raised to 64 MB: the shipped ledger copied to 100,000 claims is about 35 MB."""
    env = {**os.environ, "FACTCHECK_MAX_LEDGER_MB": "64"}
    out = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True,
                         env=env)
    return json.loads(out.stdout)


def best_of(argv: list[str], runs: int) -> dict:
    """The fastest of several runs (start-up times are noisy)."""
    return min((measure(argv) for _ in range(runs)), key=lambda m: m["wall"])


def count_claims(ledger: Path) -> int:
    """How many claims a generated ledger holds (a copied ledger holds a little more than asked)."""
    count, in_claims = 0, False
    with ledger.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith((" ", "-")):
                in_claims = line.startswith("claims:")
            elif in_claims and line.lstrip().startswith("- id: "):
                count += 1
    return count


def run_shape(shape: str, sizes: list[int], workdir: Path) -> list[tuple]:
    """Generate (once) and measure each size of one shape: (claims, parse, validate, compare) per size."""
    py = sys.executable
    rows = []
    for size in sizes:
        ledger = workdir / shape / str(size) / "claims.yaml"
        if not ledger.exists():
            generate(size, ledger.parent, shape=shape)
        parse = measure([py, "-c", "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'), "
                                   "Loader=yaml.CSafeLoader)", str(ledger)])
        validate = measure([py, "-m", "factcheck", "validate", "--claims", str(ledger)])
        compare = measure([py, "-m", "factcheck", "compare", "--json", "--claims", str(ledger)])
        for name, m in (("validate", validate), ("compare", compare)):
            if m["rc"] not in (0, 1):
                raise SystemExit(f"{name} failed on the {shape} shape at {size} claims (exit {m['rc']})")
        rows.append((count_claims(ledger), parse, validate, compare))
    return rows


def report(shape: str, rows: list[tuple]) -> bool:
    """Print one shape's table and its targets; whether every target was met."""
    print(f"shape: {shape}")
    print(f"{'claims':>8} {'yaml parse':>11} {'validate':>9} {'peak MB':>8} {'compare':>9} {'peak MB':>8} "
          f"{'compare/parse':>14} {'(cpu)':>7}")
    for size, parse, validate, compare in rows:
        print(f"{size:>8} {parse['wall']:>10.2f}s {validate['wall']:>8.2f}s {validate['rss_mb']:>8.0f} "
              f"{compare['wall']:>8.2f}s {compare['rss_mb']:>8.0f} {compare['wall'] / parse['wall']:>13.2f}x "
              f"{compare['cpu'] / parse['cpu']:>6.2f}x")
    ok = True
    last_size, last_parse, _, last_compare = rows[-1]
    ratio = last_compare["wall"] / last_parse["wall"]
    print(f"  compare --json at {last_size} claims: {ratio:.2f}x the parse (target {PARSE_RATIO}x): "
          f"{'ok' if ratio <= PARSE_RATIO else 'MISSED'} (in CPU time "
          f"{last_compare['cpu'] / last_parse['cpu']:.2f}x: on a shared machine, the steadier figure)")
    ok &= ratio <= PARSE_RATIO
    for (s1, _, _, c1), (s2, _, _, c2) in zip(rows, rows[1:], strict=False):
        growth = c2["wall"] / c1["wall"]
        allowed = GROWTH_PER_DOUBLING ** math.log2(s2 / s1)
        print(f"  {s1} -> {s2} claims: {growth:.2f}x the time (target at most {allowed:.2f}x): "
              f"{'ok' if growth <= allowed else 'MISSED'} (CPU time {c2['cpu'] / c1['cpu']:.2f}x)")
        ok &= growth <= allowed
    print(f"  peak memory at {last_size} claims: {last_compare['rss_mb']:.0f} MB (target under {PEAK_MB}): "
          f"{'ok' if last_compare['rss_mb'] < PEAK_MB else 'MISSED'}")
    return ok and last_compare["rss_mb"] < PEAK_MB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25000, 50000, 100000])
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-bench")
    parser.add_argument("--no-help-check", action="store_true", help="skip timing factcheck --help")
    args = parser.parse_args()
    ok = True
    for shape in args.shapes:
        ok &= report(shape, run_shape(shape, args.sizes, args.workdir))
    if not args.no_help_check:
        py = sys.executable
        click = best_of([py, "-c", "import click"], 7)
        helped = best_of([py, "-m", "factcheck", "--help"], 7)
        ratio = helped["wall"] / click["wall"]
        print(f"factcheck --help {helped['wall']:.3f}s vs import click {click['wall']:.3f}s: {ratio:.2f}x "
              f"(target 2x): {'ok' if ratio <= 2 else 'MISSED'}")
        ok &= ratio <= 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
