"""Writing the ledger without losing anything.

* Text-level insertion that keeps comments and formatting. Where to insert is found from the
  positions of the parsed YAML nodes, not from a pattern over lines, so every valid spelling of a
  section ("sources:", '"sources":', "? sources", an indentless list, "sources: []", an empty value)
  is understood; anything else (a flow-style list, a flow-style ledger) is refused.
* A lock: writers hold an advisory lock (flock) on the ledger's folder from reading the ledger to
  renaming the new one into place, so concurrent writers take turns instead of losing each other's work.
* One commit: the new source file and the new ledger are written to temporary files, fsynced, then
  put in place together; on any failure both are removed and the ledger is as it was.
* The file's form is kept: byte-order mark, line endings, mode (and owner, where allowed); a
  symlinked ledger is written through to the file it points to."""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError, WriteConflict
from factcheck.ledger.files import check_settings, setting
from factcheck.textsafe import inert

BOM = b"\xef\xbb\xbf"
LOCK_TIMEOUT_SECONDS = setting("FACTCHECK_LOCK_TIMEOUT", 10)
_NULLS = {"", "~", "null", "Null", "NULL"}


class WriteFailed(FactcheckError):
    """The operating system refused a write (full disk, read-only, permission); nothing was written."""

    exit_code = WriteConflict.exit_code


def digest(data: bytes) -> str:
    """SHA-256 of bytes, as hex."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Form:
    """How a ledger file is written: byte-order mark, line ending."""

    bom: bool
    newline: str

    @classmethod
    def of(cls, data: bytes) -> Form:
        first = data.find(b"\n")
        crlf = first > 0 and data[first - 1:first] == b"\r"
        return cls(data.startswith(BOM), "\r\n" if crlf else "\n")

    def encode(self, text: str) -> bytes:
        return (BOM if self.bom else b"") + text.encode("utf-8")


# -- the lock ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def locked(*folders: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on each folder (in a fixed order, so two writers never deadlock).

    Locking the folder leaves no lock file behind; every writer of a ledger in that folder (and of
    its seeds/) takes the same lock. A writer that waits longer than the timeout gives up: exit 3."""
    import fcntl

    timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    check_settings()
    held: list[int] = []
    try:
        for folder in sorted({os.path.realpath(f) for f in folders}):
            try:
                fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            except FileNotFoundError:
                continue  # no folder, no ledger: reading it says so
            except OSError as exc:
                raise WriteFailed(f"cannot lock the ledger's folder: {exc.strerror or exc}; nothing was written",
                                  folder) from None
            held.append(fd)
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise WriteConflict(f"another factcheck has been writing to this folder for {timeout:g} s; "
                                            "nothing was written (run the command again)", folder) from None
                    time.sleep(0.01)
                except OSError as exc:
                    if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP):  # a file system without locks
                        break
                    raise WriteFailed(f"cannot lock the ledger's folder: {exc.strerror or exc}; nothing was written",
                                      folder) from None
        yield
    finally:
        for fd in reversed(held):
            os.close(fd)  # closing the descriptor releases its lock


# -- the commit -------------------------------------------------------------------------------------


@dataclass
class NewFile:
    """A file to create beside the ledger change (a new source); never overwrites."""

    path: Path
    data: bytes


def _write_temp(folder: Path, name: str, data: bytes, like: os.stat_result | None) -> Path:
    # the process id and a random part: a temporary file left by a killed writer never blocks the next
    tmp = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        if like is not None:
            os.fchmod(fd, stat.S_IMODE(like.st_mode))
            with contextlib.suppress(OSError):
                os.fchown(fd, like.st_uid, like.st_gid)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink()
        raise
    os.close(fd)
    return tmp


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def commit(path: Path, text: str, form: Form, expected_sha: str | None, new_file: NewFile | None = None) -> None:
    """Put the new ledger text (and a new file beside it) in place together, or neither.

    `path` may be a symlink: the file it points to is replaced, the link kept. Refuse (exit 3) if the
    ledger no longer has the bytes it was read with; on any failure nothing is left behind."""
    real = Path(os.path.realpath(path))
    shown = str(path)
    temps: list[Path] = []
    placed: Path | None = None
    made_folder: Path | None = None
    done = False
    try:
        try:
            like = os.stat(real)
        except FileNotFoundError:
            like = None
        if like is not None and not like.st_mode & 0o222:  # someone made it read-only: respect that
            raise WriteFailed(f"the ledger is read-only (mode {stat.S_IMODE(like.st_mode):04o}); nothing was written",
                              shown)
        new_tmp = None
        if new_file is not None:
            folder = new_file.path.parent
            if folder.exists() and not folder.is_dir():
                raise WriteFailed("is not a folder; nothing was written", str(folder))
            if not folder.is_dir():
                folder.mkdir()
                made_folder = folder
            new_tmp = _write_temp(folder, new_file.path.name, new_file.data, None)
            temps.append(new_tmp)
        ledger_tmp = _write_temp(real.parent, real.name, form.encode(text), like)
        temps.append(ledger_tmp)
        if expected_sha is not None:
            try:
                with open(real, "rb") as handle:
                    current = digest(handle.read())
            except FileNotFoundError:
                current = None
            if current != expected_sha:
                raise WriteConflict("the ledger changed since it was read; nothing was written "
                                    "(run the command again)", shown)
        if new_file is not None and new_tmp is not None:
            try:
                os.link(new_tmp, new_file.path)  # exclusive: never overwrite a source
            except FileExistsError:
                raise FactcheckError("a source file of that name is already there; nothing was changed",
                                     str(new_file.path)) from None
            placed = new_file.path
            _fsync_folder(new_file.path.parent)
        os.replace(ledger_tmp, real)
        done = True
        _fsync_folder(real.parent)
    except OSError as exc:
        raise WriteFailed(f"cannot write the ledger: {exc.strerror or exc}; nothing was written",
                          exc.filename if isinstance(exc.filename, str) else shown) from None
    finally:
        for tmp in temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if not done:
            if placed is not None:
                with contextlib.suppress(OSError):
                    placed.unlink()
            if made_folder is not None:
                with contextlib.suppress(OSError):
                    made_folder.rmdir()


def atomic_write(path: Path, text: str, expected_sha: str | None) -> None:
    """Replace `path` with `text` atomically (temp file, fsync, rename), if it is still as it was read."""
    commit(path, text, Form(False, "\n"), expected_sha)


# -- where to insert --------------------------------------------------------------------------------


def yaml_items(items: list[dict[str, Any]], indent: int = 2) -> str:
    """Render mappings as block-style YAML list items, indented to sit under a section key."""
    out = []
    for item in items:
        body = yaml.safe_dump(item, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
        if inert(body) != body or "\u2028" in body or "\u2029" in body:
            # control or bidi characters: written as escapes (\\e, \\u202E), never raw, in the ledger too
            body = yaml.safe_dump(item, sort_keys=False, allow_unicode=False, width=1_000_000,
                                  default_flow_style=False)
        lines = body.rstrip("\n").split("\n")
        pad = " " * indent
        out.append(f"{pad}- {lines[0]}")
        out.extend(f"{pad}  {line}" for line in lines[1:])
    return "\n".join(out) + "\n"


def _content_end(node: yaml.Node) -> int:
    """Where the text of a node ends (a block collection's own end mark lies at the next token)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        key, value = node.value[-1]
        return max(_content_end(key), _content_end(value))
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1])
    return int(node.end_mark.index)


def _after_line(text: str, index: int) -> int:
    """The start of the line after the one holding `index` (the end of the text if there is none)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def _reindent(block: str, indent: int) -> str:
    """Shift a block of lines so that its least-indented line starts at column `indent`."""
    lines = block.splitlines(keepends=True)
    least = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    if least == indent:
        return block
    return "".join(" " * indent + line[least:] if line.strip() else line for line in lines)


def append_to_section(text: str, section: str, block: str, shown: str, newline: str = "\n") -> str:
    """Insert a block of list items (YAML text) at the end of a top-level section, leaving all else as it was.

    The block is re-indented to the section's own list and given the file's line endings."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {exc}", shown) from None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise FactcheckError("the ledger is written in flow style ({...}); write it as a block mapping to add to it",
                             shown, 1)

    def fitted(indent: int) -> str:
        return _reindent(block, indent).replace("\n", newline)

    for key, value in root.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value == section):
            continue
        line = value.start_mark.line + 1
        if isinstance(value, yaml.SequenceNode) and not value.flow_style:
            at = _after_line(text, _content_end(value))
            lead = "" if at == 0 or text[at - 1] == "\n" else newline
            return text[:at] + lead + fitted(value.start_mark.column) + text[at:]
        empty_list = isinstance(value, yaml.SequenceNode) and not value.value
        null = isinstance(value, yaml.ScalarNode) and not value.style and value.value in _NULLS
        if empty_list or null:
            start, end = value.start_mark.index, value.end_mark.index
            if start < end:  # take out "[]", "~" or "null", and the spaces before it
                while start > 0 and text[start - 1] in " \t":
                    start -= 1
                text = text[:start] + text[end:]
            at = _after_line(text, start)
            lead = "" if at == 0 or text[at - 1] == "\n" else newline
            return text[:at] + lead + fitted(2) + text[at:]
        if isinstance(value, yaml.SequenceNode):
            raise FactcheckError(f"'{section}' is written in flow style; write it as a block list to add to it",
                                 shown, line)
        raise FactcheckError(f"'{section}' is not a list; nothing was changed", shown, line)
    lead = "" if not text or text.endswith("\n") else newline
    return text + lead + f"{section}:{newline}" + fitted(2)
