"""Changing a ledger: a working copy of the default, registering a source, appending spotted claims."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError, UnusableInput
from factcheck.ledger.dates import parse_date
from factcheck.ledger.files import MAX_LEDGER_BYTES, decode, read_bytes
from factcheck.ledger.load import outline
from factcheck.ledger.locate import embedded_ledger
from factcheck.ledger.model import Outline
from factcheck.ledger.write import Form, NewFile, WriteFailed, append_to_section, commit, digest, locked, yaml_items
from factcheck.textsafe import inert, one_line


def init_workspace(target: Path) -> Path:
    """Copy the embedded ledger and its sources into `target`, which must not hold a ledger yet.

    All or nothing: on any failure (a full disk, a read-only folder) what was made is removed."""
    source = embedded_ledger()
    if source is None:
        raise UnusableInput("no embedded ledger found in this installation")
    ledger_path = target / "claims.yaml"
    if ledger_path.exists() or ledger_path.is_symlink():
        raise FactcheckError("a ledger is already there; nothing was changed", str(ledger_path))
    made: list[Path] = []
    try:
        for folder in (target, target / "seeds"):
            if not folder.is_dir():
                folder.mkdir(parents=True)
                made.append(folder)
        for file in sorted((source.parent / "seeds").iterdir()):
            destination = target / "seeds" / file.name
            if destination.exists() or destination.is_symlink():
                raise FactcheckError("a source file is already there; nothing was changed", str(destination))
        for file in [*sorted((source.parent / "seeds").iterdir()), source]:
            destination = ledger_path if file == source else target / "seeds" / file.name
            with open(file, "rb") as reader, open(destination, "xb") as writer:
                made.append(destination)
                shutil.copyfileobj(reader, writer)
    except BaseException as exc:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                path.rmdir() if path.is_dir() else path.unlink()
        if isinstance(exc, OSError):
            raise WriteFailed(f"cannot write the working copy: {exc.strerror or exc}; nothing was left behind",
                              str(exc.filename or target)) from None
        raise
    return ledger_path


def writable_ledger(path: Path) -> None:
    """Refuse to change the embedded default (it lives inside the installed package)."""
    embedded = embedded_ledger()
    if embedded is not None and path.resolve() == embedded.resolve() and "_data" in embedded.parts:
        raise UnusableInput("the embedded default ledger is read-only: run 'factcheck init DIR' for a copy "
                            "you can change, or pass --claims PATH", str(path))


@dataclass
class Snapshot:
    """A ledger as read for a change: its text, the hash of its bytes, its form and its loaded form."""

    path: Path
    text: str
    sha: str
    form: Form
    outline: Outline


def snapshot(path: Path) -> Snapshot:
    """Read the ledger for a change (once: the hash and the text come from the same bytes); it must
    parse (problems inside it are the user's to fix later)."""
    writable_ledger(path)
    data = read_bytes(path, "ledger", MAX_LEDGER_BYTES)
    text = decode(data, str(path))
    return Snapshot(path, text, digest(data), Form.of(data), outline(text, str(path)))


def slug(text: str) -> str:
    """A lowercase id-friendly form of text."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "source"


def source_text(data: bytes, shown: str) -> str:
    """A new source must be text this factcheck reads back as it is: UTF-8, not binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnusableInput("is UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)", shown)
    try:
        text = decode(data, shown)
    except UnusableInput as exc:
        raise UnusableInput(f"{exc.message}: binary or another encoding; a source must be UTF-8 text "
                            "(convert it first, e.g. iconv -t UTF-8)", exc.path, exc.line) from None
    binary = re.search("[\x00-\x08\x0e-\x1a\x1c-\x1f]", text)
    if binary:
        line = text.count("\n", 0, binary.start()) + 1
        raise UnusableInput(f"looks binary, not text (control character U+{ord(binary.group()):04X}); "
                            "a source must be UTF-8 text", shown, line)
    return text


def add_source(path: Path, file: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """Copy `file` unchanged into the ledger's seeds/ and register it; refuse existing ids or files.

    The copy and the ledger change are one commit, under the ledger folder's lock."""
    data = read_bytes(file, "source file")
    source_text(data, str(file))
    if inert(file.name) != file.name or "\t" in file.name or "\n" in file.name or file.name.startswith("."):
        raise UnusableInput("the file's name has control characters, or starts with '.'; rename it first",
                            one_line(str(file)))
    try:
        published = parse_date(meta["published"], meta.get("approximate", False))
    except ValueError as exc:
        raise UnusableInput(f"--published: {exc}") from None
    seeds = path.parent / "seeds"
    with locked(path.parent, Path(os.path.realpath(path)).parent):
        snap = snapshot(path)
        source_id = meta.get("id") or slug(f"{meta.get('outlet') or file.stem}-{published.year}")
        if source_id in snap.outline.source_ids:
            raise FactcheckError(f"a source with id '{source_id}' is already in the ledger; nothing was changed "
                                 "(choose another with --id)", str(path))
        target = seeds / file.name
        relative = f"seeds/{file.name}"
        if relative in snap.outline.source_files or target.exists() or target.is_symlink():
            raise FactcheckError("a source file of that name is already there; nothing was changed", str(target))
        entry = {"id": source_id, "short": meta.get("short") or f"{meta.get('outlet') or file.stem} {published.year}",
                 "file": relative, "kind": meta.get("kind", "article"), "title": meta.get("title") or file.stem}
        for key in ("outlet", "url", "author"):
            if meta.get(key):
                entry[key] = meta[key]
        entry["published"] = published.iso()
        if published.approximate:
            entry["approximate"] = True
        entry["sha256"] = digest(data)
        new_text = append_to_section(snap.text, "sources", yaml_items([entry]), str(path), snap.form.newline)
        _check_still_loads(snap, new_text, "sources", [source_id])
        commit(path, new_text, snap.form, snap.sha, NewFile(target, data))
    return entry


def append_claims(path: Path, entries: list[dict[str, Any]]) -> None:
    """Append claim entries to the ledger atomically, with a dated comment marking them unreviewed."""
    if not entries:
        return
    with locked(path.parent, Path(os.path.realpath(path)).parent):
        snap = snapshot(path)
        clash = [e["id"] for e in entries if e["id"] in snap.outline.claim_ids]
        if clash:
            raise FactcheckError(f"claim id '{clash[0]}' is already in the ledger; nothing was changed", str(path))
        stamp = dt.date.today().isoformat()
        block = f"  # spotted by factcheck extract on {stamp}: unreviewed until a person checks them\n"
        new_text = append_to_section(snap.text, "claims", block + yaml_items(entries), str(path), snap.form.newline)
        _check_still_loads(snap, new_text, "claims", [e["id"] for e in entries])
        commit(path, new_text, snap.form, snap.sha)


def _check_still_loads(snap: Snapshot, text: str, section: str, item_ids: list[str]) -> None:
    """Never write a ledger that no longer parses, that lost anything, or that lacks what was just added."""
    shown = str(snap.path)
    found = outline(text, shown)
    before = snap.outline.source_ids if section == "sources" else snap.outline.claim_ids
    after = found.source_ids if section == "sources" else found.claim_ids
    others = (found.claim_ids, snap.outline.claim_ids) if section == "sources" else \
        (found.source_ids, snap.outline.source_ids)
    if after != before | set(item_ids) or others[0] != others[1]:
        raise FactcheckError(f"adding '{item_ids[-1]}' would not survive a reload intact; nothing was changed",
                             shown)
