"""The command line: parse arguments, call the core, hand results to a renderer, map errors to exit codes.

Each module registers its commands on the one group in `app`."""
from __future__ import annotations

from factcheck.cli import authoring, check, report  # noqa: F401  (each registers its commands)
from factcheck.cli.app import cli, main

__all__ = ["cli", "main"]
