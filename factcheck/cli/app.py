"""The command group: help, version, and the one place where errors become exit codes."""
from __future__ import annotations

import gc
import os
import sys

import click

from factcheck.errors import EXIT_INTERRUPTED, EXIT_OK, FactcheckError
from factcheck.textsafe import one_line


class FactcheckGroup(click.Group):
    """A group that turns library errors, Ctrl-C and a closed stdout into exit codes, never tracebacks."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {one_line(str(exc))}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None


def silence_stdout() -> None:
    """After the reader of stdout went away, point stdout at /dev/null so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass



@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", package_name="factcheck", prog_name="factcheck",
                      message="%(prog)s %(version)s")
def cli() -> None:
    """Check what a handful of articles claim against each other and the public record.

    \b
    Example:
      factcheck compare                 # the annotated report on the embedded ledger
      factcheck show azerbaijan         # everything the sources say about one actor
      factcheck compare --json | jq '.findings[0]'
    """


def main() -> None:
    """Entry point for the console script and `python -m factcheck`."""
    # A short-lived process whose objects form almost no cycles: the cyclic collector would only
    # rescan a large ledger's objects again and again (it nearly doubles load time at 100,000 claims).
    gc.disable()
    try:
        cli.main(prog_name="factcheck")
    except SystemExit:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
        raise
