"""The command group: help, version, and the one place where errors become exit codes."""
from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

import click

from factcheck.errors import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, FactcheckError
from factcheck.textsafe import one_line


class FactcheckGroup(click.Group):
    """A group that turns library errors, Ctrl-C, operating-system failures and a closed stdout into
    exit codes and one line on stderr, never tracebacks."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:  # while the arguments are parsed (click would say "Aborted!", exit 1)
            say("factcheck: interrupted")
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except click.UsageError as exc:
            raise _usage(exc) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # a subcommand's arguments: one line too, not click's three
            raise _usage(exc) from None
        except FactcheckError as exc:
            say(f"factcheck: error: {one_line(str(exc))}")
            raise click.exceptions.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            say("factcheck: interrupted")
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None
        except SystemExit as exc:
            # rich turns a closed stdout into SystemExit(1) (Console.on_broken_pipe): a closed stdout is 0
            if isinstance(exc.__context__, BrokenPipeError):
                silence_stdout()
                raise click.exceptions.Exit(EXIT_OK) from None
            raise
        except OSError as exc:
            # reads and ledger writes say what failed themselves; what is left is the output (a full
            # disk, /dev/full, a terminal gone away)
            silence_stdout()
            where = f"{exc.filename}: " if isinstance(exc.filename, str) else ""
            say(f"factcheck: error: {one_line(where)}cannot write the output: {one_line(exc.strerror or str(exc))}")
            raise click.exceptions.Exit(EXIT_USAGE) from None


def _usage(exc: click.UsageError) -> click.exceptions.Exit:
    """Bad usage as one line naming the command's help, and the exit code for it."""
    command = exc.ctx.command_path if exc.ctx is not None else "factcheck"
    say(f"factcheck: error: {one_line(exc.format_message())} (see '{command} --help')")
    return click.exceptions.Exit(EXIT_USAGE)


def say(line: str) -> None:
    """One line on stderr; if stderr itself cannot be written, there is no one to tell."""
    with contextlib.suppress(OSError, ValueError):
        click.echo(line, err=True)


def silence_stdout() -> None:
    """After the reader of stdout went away, point stdout at /dev/null so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
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
    """Entry point when imported directly (the console script goes through factcheck._entry)."""
    run(None)


_UNRAISABLE = sys.unraisablehook


def _interrupt_later(unraisable: Any) -> None:
    """Ctrl-C that lands where Python cannot raise it (a callback of the import machinery) is not printed as
    "Exception ignored …": the interrupt is sent again, to end the command where it can."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        # sent from another thread, so that it lands once this hook has returned, not inside it
        resend = threading.Timer(0.01, os.kill, (os.getpid(), signal.SIGINT))
        resend.daemon = True
        resend.start()
        return
    _UNRAISABLE(unraisable)


def run(quiet_interrupt: Callable[[int, Any], None] | None) -> None:
    """Run the command line; `quiet_interrupt` is the SIGINT handler to restore once it is done."""
    # A short-lived process whose objects form almost no cycles: the cyclic collector would only
    # rescan a large ledger's objects again and again (it nearly doubles load time at 100,000 claims).
    gc.disable()
    if quiet_interrupt is not None:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a writer cleans up on KeyboardInterrupt
    sys.unraisablehook = _interrupt_later
    code: int | str | None = EXIT_OK
    try:
        cli.main(prog_name="factcheck")
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:
        say("factcheck: interrupted")
        code = EXIT_INTERRUPTED
    except Exception as exc:  # a bug of factcheck's, whatever the input: one line, not a traceback
        if os.environ.get("FACTCHECK_DEBUG", "") not in ("", "0"):
            raise
        say(f"factcheck: internal error: {type(exc).__name__}: {one_line(str(exc))[:200]} (a bug in factcheck, "
            f"not in your input; FACTCHECK_DEBUG=1 shows where)")
        code = EXIT_BUG
    finally:
        if quiet_interrupt is not None:
            signal.signal(signal.SIGINT, quiet_interrupt)
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except (OSError, ValueError) as exc:
        silence_stdout()
        if code == EXIT_OK:
            say(f"factcheck: error: cannot write the output: {getattr(exc, 'strerror', None) or exc}")
            code = EXIT_USAGE
    sys.exit(code)
