"""The console script's entry point: Ctrl-C is quiet from the first moment, before the command line is imported.

Until `factcheck.cli.main` takes over (where Ctrl-C becomes KeyboardInterrupt, so that a writer can
clean up), an interrupt ends the process at once with exit code 130: there is nothing to clean up yet."""
from __future__ import annotations

import os
import signal


def _interrupted(signum: int, frame: object) -> None:
    try:
        os.write(2, b"factcheck: interrupted\n")
    finally:
        os._exit(130)


# Installed as this module is imported (the console script imports it first thing), unless Ctrl-C is
# ignored (a background job started by a shell): then it stays ignored.
_QUIET = signal.getsignal(signal.SIGINT) is signal.default_int_handler
if _QUIET:
    signal.signal(signal.SIGINT, _interrupted)


def main() -> None:
    """Import the command line (an interrupt meanwhile ends quietly), then run it."""
    from factcheck.cli.app import run

    run(_interrupted if _QUIET else None)
