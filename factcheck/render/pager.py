"""A pager as git has one: long output on a terminal goes through $FACTCHECK_PAGER, else $PAGER, else less.

LESS defaults to FRX (quit when the text fits one screen, pass colour escapes through, leave the screen as it
is), so colour works and short output does not page. Never when stdout is not a terminal; --no-pager turns it
off; a pager of "" or "cat" means none."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import TextIO


class Capture(io.StringIO):
    """A buffer that stands in for a terminal: renderers style and wrap for it as they would for the screen."""

    def __init__(self, width: int, height: int):
        super().__init__()
        self.terminal_width = width
        self.terminal_height = height


def is_terminal(stream: TextIO) -> bool:
    """Whether the stream is an interactive terminal (tests replace this to exercise the pager)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def pager_command() -> str:
    """$FACTCHECK_PAGER, else $PAGER, else less."""
    for name in ("FACTCHECK_PAGER", "PAGER"):
        value = os.environ.get(name)
        if value is not None:
            return value
    return "less"


def screen() -> os.terminal_size:
    """The terminal's size (COLUMNS and LINES win, as for every other program)."""
    return shutil.get_terminal_size()


def output(write: Callable[[TextIO], None], pager: bool | None, out: TextIO | None = None) -> None:
    """Call `write` on stdout, or on a buffer that is then paged when it is longer than the screen.

    pager: None pages when stdout is a terminal and the text does not fit; False never pages; True pages
    whenever stdout is a terminal."""
    out = out or sys.stdout
    command = pager_command().strip()
    if pager is False or not is_terminal(out) or command in ("", "cat"):
        write(out)
        return
    size = screen()
    buffer = Capture(size.columns, size.lines)
    write(buffer)
    text = buffer.getvalue()
    if pager is None and text.count("\n") < size.lines:
        out.write(text)
        out.flush()
        return
    run_pager(command, text, out)


def run_pager(command: str, text: str, out: TextIO) -> None:
    """Hand `text` to the pager; if it cannot start, write the text as it is."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    out.flush()
    try:
        # through the shell, as git does: PAGER may carry options ("less -S")
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)  # noqa: S602
    except OSError:
        out.write(text)
        return
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end
        pass
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:  # as git does: Ctrl-C belongs to the pager
            continue
    if process.returncode in (126, 127):  # the shell found no such pager: show the text unpaged
        out.write(text)
        out.flush()
