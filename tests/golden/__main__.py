"""Reformat a `compare --json` document read on stdin into the reviewable golden form."""
import sys

from tests.test_compare_cli import reviewable

sys.stdout.write(reviewable(sys.stdin.read()))
