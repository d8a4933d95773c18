"""Reading files and stdin: only regular files, every read bounded while reading, and every way a read
can fail turned into one UnusableInput naming the file."""
from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import UnusableInput

SETTING_PROBLEMS: list[str] = []  # environment settings that are not numbers: refused at the first read


def setting(name: str, default: float) -> float:
    """A positive number from the environment; anything else is noted (and refused at the first read)."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        SETTING_PROBLEMS.append(f"${name} must be a positive number, not {raw!r}")
        return default
    return value


def check_settings() -> None:
    """Refuse to read with a setting that is not a number."""
    if SETTING_PROBLEMS:
        raise UnusableInput(SETTING_PROBLEMS[0])


MAX_LEDGER_BYTES = int(setting("FACTCHECK_MAX_LEDGER_MB", 32) * 1024 * 1024)
MAX_SOURCE_BYTES = int(setting("FACTCHECK_MAX_SOURCE_MB", 32) * 1024 * 1024)
MAX_STATEMENT_BYTES = 1024 * 1024  # one line of `check -`
_CHUNK = 1 << 20


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def os_reason(exc: OSError) -> str:
    """A reader's phrase for an operating-system failure."""
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a symlink loop?)"
    return exc.strerror or str(exc)


class NotRegular(Exception):
    """The path names something other than a regular file (a FIFO, a device, a socket)."""

    def __init__(self, kind: str):
        self.kind = kind
        super().__init__(kind)


class TooBig(Exception):
    """The file holds more than the limit (`size` is None when it grew while being read)."""

    def __init__(self, size: int | None):
        self.size = size
        super().__init__(size)


def raw_read(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, never more than `limit`: OSError, NotRegular or TooBig otherwise.

    The file is opened without blocking, so a FIFO where a file should be is refused instead of
    waiting for a writer that never comes."""
    check_settings()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(_kind(info.st_mode))
        if info.st_size > limit:
            raise TooBig(info.st_size)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = _bounded(handle, limit)
    finally:
        os.close(fd)
    if data is None:  # it grew while being read
        raise TooBig(None)
    return data


def read_bytes(path: Path, what: str = "file", limit: int | None = None) -> bytes:
    """The bytes of a regular file, bounded while reading; every failure is one UnusableInput."""
    shown = str(path)
    limit = MAX_SOURCE_BYTES if limit is None else limit
    try:
        return raw_read(path, limit)
    except FileNotFoundError:
        raise UnusableInput(f"no such {what}", shown) from None
    except IsADirectoryError:
        raise UnusableInput(f"is a directory, not a {what}", shown) from None
    except PermissionError:
        raise UnusableInput(f"cannot read the {what}: permission denied", shown) from None
    except OSError as exc:
        raise UnusableInput(f"cannot read the {what}: {os_reason(exc)}", shown) from None
    except NotRegular as exc:
        raise UnusableInput(f"is {exc.kind}, not a {what} (only regular files are read)", shown) from None
    except TooBig as exc:
        raise _too_big(what, limit, shown, exc.size) from None


def _too_big(what: str, limit: int, shown: str, size: int | None = None) -> UnusableInput:
    env = "FACTCHECK_MAX_LEDGER_MB" if what == "ledger" else "FACTCHECK_MAX_SOURCE_MB"
    measured = f"is {size / 2**20:.1f} MB, " if size is not None else "is "
    return UnusableInput(f"the {what} {measured}more than the {limit // 2**20} MB this factcheck reads "
                         f"(set {env} to raise it)", shown)


def _bounded(handle: BinaryIO, limit: int) -> bytes | None:
    """Up to `limit` bytes from a stream; None when there are more."""
    chunks: list[bytes] = []
    held = 0
    while held <= limit:
        chunk = handle.read(min(_CHUNK, limit + 1 - held))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        held += len(chunk)
    return None


def stdin_binary(shown: str = "<stdin>") -> BinaryIO:
    """The standard input as bytes; a closed stdin is unusable input, not a traceback."""
    stream = sys.stdin
    if stream is None or getattr(stream, "buffer", None) is None:
        raise UnusableInput("standard input is closed", shown)
    return stream.buffer


def read_stdin(what: str = "ledger", limit: int | None = None) -> bytes:
    """Standard input, bounded while reading (`yes | factcheck compare --claims -` stops at the limit)."""
    limit = (MAX_LEDGER_BYTES if what == "ledger" else MAX_SOURCE_BYTES) if limit is None else limit
    check_settings()
    try:
        data = _bounded(stdin_binary(), limit)
    except OSError as exc:
        raise UnusableInput(f"cannot read standard input: {os_reason(exc)}", "<stdin>") from None
    if data is None:
        raise _too_big(what, limit, "<stdin>")
    return data


def stdin_lines(limit: int = MAX_STATEMENT_BYTES) -> Iterator[str]:
    """Standard input one line at a time (so `check -` answers as lines come), each line bounded."""
    stream = stdin_binary()
    number = 0
    while True:
        try:
            line = stream.readline(limit + 1)
        except OSError as exc:
            raise UnusableInput(f"cannot read standard input: {os_reason(exc)}", "<stdin>") from None
        if not line:
            return
        number += 1
        if len(line) > limit:
            raise UnusableInput(f"a line is longer than the {limit // 2**20} MB this factcheck reads", "<stdin>",
                                number)
        try:
            yield line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise UnusableInput(f"not UTF-8 text (byte 0x{line[exc.start]:02x})", "<stdin>", number) from None


def read_text(path: Path, what: str = "file", limit: int | None = None) -> str:
    """Read a UTF-8 text file, turning every way it can fail into UnusableInput."""
    return decode(read_bytes(path, what, limit), str(path))


def decode(data: bytes, shown: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped), naming the line of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnusableInput(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                            shown, line) from None
