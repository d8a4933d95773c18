"""Changing a ledger: a working copy of the default, registering a source, appending spotted claims."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError, UnusableInput
from factcheck.ledger.dates import parse_date
from factcheck.ledger.files import read_text
from factcheck.ledger.load import outline
from factcheck.ledger.locate import embedded_ledger
from factcheck.ledger.model import Outline
from factcheck.ledger.write import append_to_section, atomic_write, digest, yaml_items


def init_workspace(target: Path) -> Path:
    """Copy the embedded ledger and its sources into `target`, which must not hold a ledger yet."""
    source = embedded_ledger()
    if source is None:
        raise UnusableInput("no embedded ledger found in this installation")
    ledger_path = target / "claims.yaml"
    if ledger_path.exists():
        raise FactcheckError("a ledger is already there; nothing was changed", str(ledger_path))
    target.mkdir(parents=True, exist_ok=True)
    seeds = target / "seeds"
    seeds.mkdir(exist_ok=True)
    for file in sorted((source.parent / "seeds").iterdir()):
        destination = seeds / file.name
        if destination.exists():
            raise FactcheckError("a source file is already there; nothing more was changed", str(destination))
        shutil.copyfile(file, destination)
    shutil.copyfile(source, ledger_path)
    return ledger_path


def writable_ledger(path: Path) -> None:
    """Refuse to change the embedded default (it lives inside the installed package)."""
    embedded = embedded_ledger()
    if embedded is not None and path.resolve() == embedded.resolve() and "_data" in embedded.parts:
        raise UnusableInput("the embedded default ledger is read-only: run 'factcheck init DIR' for a copy "
                            "you can change, or pass --claims PATH", str(path))


@dataclass
class Snapshot:
    """A ledger as read for a change: its text, the hash of its bytes, and its loaded form."""

    path: Path
    text: str
    sha: str
    outline: Outline


def snapshot(path: Path) -> Snapshot:
    """Read the ledger for a change; it must parse (problems inside it are the user's to fix later)."""
    writable_ledger(path)
    text = read_text(path, "ledger")
    return Snapshot(path, text, digest(path.read_bytes()), outline(text, str(path)))


def slug(text: str) -> str:
    """A lowercase id-friendly form of text."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "source"


def add_source(path: Path, file: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """Copy `file` unchanged into the ledger's seeds/ and register it; refuse existing ids or files."""
    snap = snapshot(path)
    data = file.read_bytes() if file.is_file() else None
    if data is None:
        read_text(file, "source file")  # raises the precise reason
        raise UnusableInput("not a regular file", str(file))
    try:
        published = parse_date(meta["published"], meta.get("approximate", False))
    except ValueError as exc:
        raise UnusableInput(f"--published: {exc}") from None
    source_id = meta.get("id") or slug(f"{meta.get('outlet') or file.stem}-{published.year}")
    if source_id in snap.outline.source_ids:
        raise FactcheckError(f"a source with id '{source_id}' is already in the ledger; nothing was changed "
                             "(choose another with --id)", str(path))
    seeds = path.parent / "seeds"
    target = seeds / file.name
    relative = f"seeds/{file.name}"
    if relative in snap.outline.source_files or target.exists():
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
    new_text = append_to_section(snap.text, "sources", yaml_items([entry]), str(path))
    _check_still_loads(path, new_text, "sources", source_id)
    seeds.mkdir(exist_ok=True)
    with open(target, "xb") as handle:  # exclusive: never overwrite a source
        handle.write(data)
    try:
        atomic_write(path, new_text, snap.sha)
    except BaseException:
        target.unlink()
        raise
    return entry


def append_claims(path: Path, entries: list[dict[str, Any]]) -> None:
    """Append claim entries to the ledger atomically, with a dated comment marking them unreviewed."""
    if not entries:
        return
    snap = snapshot(path)
    clash = [e["id"] for e in entries if e["id"] in snap.outline.claim_ids]
    if clash:
        raise FactcheckError(f"claim id '{clash[0]}' is already in the ledger; nothing was changed", str(path))
    stamp = dt.date.today().isoformat()
    block = f"  # spotted by factcheck extract on {stamp}: unreviewed until a person checks them\n"
    new_text = append_to_section(snap.text, "claims", block + yaml_items(entries), str(path))
    _check_still_loads(path, new_text, "claims", entries[-1]["id"])
    atomic_write(path, new_text, snap.sha)


def _check_still_loads(path: Path, text: str, section: str, item_id: str) -> None:
    """Never write a ledger that no longer parses, or that lost what was just added."""
    found = outline(text, str(path))
    present = found.source_ids if section == "sources" else found.claim_ids
    if item_id not in present:
        raise FactcheckError(f"adding '{item_id}' would not survive a reload; nothing was changed", str(path))
