"""Shared helpers: the repository's paths, a fixture ledger copied to a temp dir, and a CLI runner."""
from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"

# compiled vocabularies go to one folder for the whole run (workers and the commands they start inherit
# it), never to the user's own cache; set here, before any test module copies the environment
if "FACTCHECK_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="factcheck-test-cache-")
    os.environ["FACTCHECK_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

# bytecode: an environment that turns writing it off (PYTHONDONTWRITEBYTECODE) makes each of the hundred-odd
# commands the tests start compile factcheck from source again; the run keeps bytecode in a folder of its own
# (never in the tree), for its workers and the commands they start, and removes it at the end
if "PYTHONPYCACHEPREFIX" not in os.environ:
    _BYTECODE = tempfile.mkdtemp(prefix="factcheck-test-bytecode-")
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix = _BYTECODE
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    atexit.register(shutil.rmtree, _BYTECODE, ignore_errors=True)


@pytest.fixture
def runner() -> CliRunner:
    """A click runner that keeps stderr apart from stdout."""
    try:
        return CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        return CliRunner()


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the mini fixture ledger; returns the path of its claims.yaml."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target / "claims.yaml"


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def rehash(ledger: Path, source_file: str) -> None:
    """Recompute the sha256 recorded for a source file after a test changed it."""
    text = ledger.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    digest = hashlib.sha256((ledger.parent / source_file).read_bytes()).hexdigest()
    for i, line in enumerate(lines):
        if line.strip() == f"file: {source_file}":
            for j in range(i, len(lines)):
                if lines[j].strip().startswith("sha256:"):
                    indent = lines[j][: len(lines[j]) - len(lines[j].lstrip())]
                    lines[j] = f"{indent}sha256: {digest}\n"
                    break
            break
    ledger.write_text("".join(lines), encoding="utf-8")
