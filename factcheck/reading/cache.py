"""A compiled vocabulary kept on disk, so that `check` and `coverage` need not compile it on every run.

Compiling the shipped ledger's phrases takes one to two seconds; loading them back takes a tenth of
that. A cached vocabulary is keyed by everything it is made from: the ledger's entities, topics,
claims and synonyms, the code that reads them, and the Python that pickled it. Anything wrong with
the cache (missing, unreadable, corrupt, not ours, a read-only disk) means compiling afresh, never an
error: the cache can only save time. Set FACTCHECK_NO_CACHE=1 to turn it off, FACTCHECK_CACHE_DIR to
move it (default: $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path

from factcheck.ledger.model import Ledger
from factcheck.reading.phrases import Vocabulary

KEEP = 4  # compiled vocabularies kept (the newest): a few ledgers in use side by side
_PACKAGE = Path(__file__).resolve().parent.parent


def cache_dir() -> Path | None:
    """Where compiled vocabularies are kept, or None when caching is turned off."""
    if os.environ.get("FACTCHECK_NO_CACHE", "") not in ("", "0"):
        return None
    if os.environ.get("FACTCHECK_CACHE_DIR"):
        return Path(os.environ["FACTCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck"


def cached_vocabulary(ledger: Ledger) -> Vocabulary:
    """The ledger's vocabulary: loaded from the cache when it was compiled before, else compiled (and kept)."""
    folder = cache_dir()
    if folder is None:
        return Vocabulary(ledger)
    path = folder / f"vocabulary-{vocabulary_key(ledger)}.pickle"
    vocabulary = _load(path)
    if vocabulary is None:
        vocabulary = Vocabulary(ledger)
        _store(path, vocabulary)
    # the cached copy was compiled from a ledger with the same content; answer with this one
    vocabulary.ledger = vocabulary.spotter.ledger = ledger
    return vocabulary


def vocabulary_key(ledger: Ledger) -> str:
    """A digest of all a vocabulary is made from: the ledger's content, the reading code and Python."""
    digest = hashlib.sha256()
    content = [[dataclasses.asdict(e) for e in ledger.entities.values()],
               [dataclasses.asdict(t) for t in ledger.topics.values()],
               [dataclasses.asdict(c) for c in ledger.claims], ledger.synonyms]
    digest.update(json.dumps(content, default=_plain, sort_keys=True).encode())
    digest.update(sys.version.encode())
    for module in sorted(_PACKAGE.rglob("*.py")):  # an edited reader never meets a vocabulary compiled by the old
        digest.update(module.relative_to(_PACKAGE).as_posix().encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()[:32]


def _plain(value: object) -> object:
    """JSON for what json cannot write: sets in a fixed order (the hash seed must not change the key)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return repr(value)


def _load(path: Path) -> Vocabulary | None:
    """A vocabulary kept at the path, or None where there is none this user can trust."""
    try:
        with open(path, "rb") as handle:
            # only a file this user wrote is unpickled (pickle runs code)
            if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                return None
            vocabulary = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a damaged cache costs a compile, nothing more
        return None
    return vocabulary if isinstance(vocabulary, Vocabulary) else None


def _store(path: Path, vocabulary: Vocabulary) -> None:
    """Keep a compiled vocabulary (written whole or not at all), and only the newest few."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".vocabulary-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(vocabulary, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        kept = sorted(path.parent.glob("vocabulary-*.pickle"), key=_age)
        for old in kept[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: the next run compiles again
        return


def _age(path: Path) -> float:
    """When a kept vocabulary was written (0 for one that vanished meanwhile)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
