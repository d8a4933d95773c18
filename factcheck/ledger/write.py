"""Writing the ledger without losing anything: text-level insertion that keeps comments and
formatting, atomic replacement, and refusal to write over a ledger that changed since it was read."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError, WriteConflict

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def digest(data: bytes) -> str:
    """SHA-256 of bytes, as hex."""
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, text: str, expected_sha: str | None) -> None:
    """Replace `path` with `text` atomically (temp file, fsync, rename), if it is still as it was read."""
    data = text.encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if expected_sha is not None:
            current = digest(path.read_bytes()) if path.exists() else None
            if current != expected_sha:
                raise WriteConflict("the ledger changed since it was read; nothing was written "
                                    "(run the command again)", str(path))
        os.replace(tmp, path)
    except OSError as exc:
        raise FactcheckError(f"cannot write the ledger: {exc.strerror or exc}", str(path)) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    try:  # make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def yaml_items(items: list[dict[str, Any]], indent: int = 2) -> str:
    """Render mappings as block-style YAML list items, indented to sit under a section key."""
    out = []
    for item in items:
        body = yaml.safe_dump(item, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
        lines = body.rstrip("\n").split("\n")
        pad = " " * indent
        out.append(f"{pad}- {lines[0]}")
        out.extend(f"{pad}  {line}" for line in lines[1:])
    return "\n".join(out) + "\n"


def append_to_section(text: str, section: str, block: str, shown: str) -> str:
    """Insert a block of list items at the end of a top-level section, leaving all else as it was."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start = next((i for i, line in enumerate(lines)
                  if (key := _TOP_KEY.match(line)) and key.group(1) == section), None)
    if start is None:
        return "".join(lines) + f"\n{section}:\n{block}"
    rest = lines[start].split(":", 1)[1].strip()
    if rest.startswith("[]"):
        lines[start] = f"{section}:\n"
    elif rest and not rest.startswith("#"):
        raise FactcheckError(f"'{section}' is written in flow style; write it as a block list to add to it",
                             shown, start + 1)
    end = next((i for i in range(start + 1, len(lines)) if _TOP_KEY.match(lines[i])), len(lines))
    insert = end
    # comments and blank lines just before the next section belong to that section
    while insert > start + 1 and (not lines[insert - 1].strip() or lines[insert - 1].startswith("#")):
        insert -= 1
    return "".join(lines[:insert] + [block] + lines[insert:])
