"""Reading files as text: every way a read can fail becomes one UnusableInput naming the file."""
from __future__ import annotations

import os
from pathlib import Path

from factcheck.errors import UnusableInput

MAX_LEDGER_BYTES = int(os.environ.get("FACTCHECK_MAX_LEDGER_MB", "32")) * 1024 * 1024


def read_text(path: Path, what: str = "file", limit: int | None = None) -> str:
    """Read a UTF-8 text file, turning every way it can fail into UnusableInput."""
    shown = str(path)
    try:
        if limit is not None and path.is_file() and path.stat().st_size > limit:
            raise UnusableInput(f"the {what} is {path.stat().st_size / 2**20:.1f} MB, more than the "
                                f"{limit // 2**20} MB this factcheck reads (set FACTCHECK_MAX_LEDGER_MB to raise it)",
                                shown)
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnusableInput(f"no such {what}", shown) from None
    except IsADirectoryError:
        raise UnusableInput(f"is a directory, not a {what}", shown) from None
    except PermissionError:
        raise UnusableInput(f"cannot read the {what}: permission denied", shown) from None
    except OSError as exc:
        raise UnusableInput(f"cannot read the {what}: {exc.strerror or exc}", shown) from None
    return decode(data, shown)


def decode(data: bytes, shown: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped), naming the line of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnusableInput(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                            shown, line) from None
