"""A ledger's synonyms: single words the reader takes as another when it matches the vocabulary."""
from __future__ import annotations

import shutil

import pytest

from factcheck.errors import LedgerInvalid
from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.reader import Vocabulary, read
from tests.conftest import ROOT

DAM = ROOT / "tests" / "fixtures" / "othersubject"


def _dam_with(tmp_path, synonyms: str):
    folder = tmp_path / "dam"
    shutil.copytree(DAM, folder)
    ledger = folder / "claims.yaml"
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("\nclaims:\n", f"\nsynonyms:\n{synonyms}\nclaims:\n", 1), encoding="utf-8")
    return ledger


def _read(ledger, text):
    return [(r.subject, r.topic, r.answer) for r in read(Vocabulary(load_valid_ledger(ledger)), text)]


def test_a_synonym_reads_as_its_word(tmp_path):
    # "lambast" is no word of the dam's vocabulary; listed under "condemn", it reads as condemning
    plain = _dam_with(tmp_path / "a", "  {}")
    listed = _dam_with(tmp_path / "b", "  condemn: [lambast, decry]")
    assert _read(plain, "Dorestia lambasted the Tessen Dam.") == []
    assert _read(listed, "Dorestia lambasted the Tessen Dam.") == [("dorestia", "backs-dam", "opposes")]


def test_synonyms_must_map_words_to_lists_of_single_words(tmp_path):
    ledger = _dam_with(tmp_path, "  condemn: [speak out against]")
    with pytest.raises(LedgerInvalid) as raised:
        load_valid_ledger(ledger)
    problem = raised.value.problems[0]
    assert "synonyms" in problem.message and problem.line is not None
