"""Quote anchoring: exact positions, tolerance for whitespace, quotes and dashes, and near misses."""
from __future__ import annotations

from factcheck.ledger.anchor import FoldedText, closest_passage, fold


def test_fold_maps_typography_and_whitespace():
    assert fold("“a”\u00a0‘b’ — c–d\n\te") == "\"a\" 'b' - c-d e"


def test_exact_substring_anchors_with_line_column_and_span():
    text = "first line\nsecond line here\nthird"
    anchor = FoldedText.of(text).find("line here")
    assert (anchor.line, anchor.column) == (2, 8)
    assert text[anchor.start:anchor.end] == "line here"


def test_no_break_space_in_source_matches_plain_space_in_quote():
    text = "Russia has become\u00a0the most sanctioned nation\u00a0on Earth"
    anchor = FoldedText.of(text).find("become the most sanctioned nation on Earth")
    assert anchor is not None
    assert text[anchor.start:anchor.end] == "become\u00a0the most sanctioned nation\u00a0on Earth"


def test_typographic_quotes_and_dashes_match_ascii():
    text = "Azerbaijan is Ukraine’s “only” ally—so it says"
    anchor = FoldedText.of(text).find("Ukraine's \"only\" ally-so")
    assert text[anchor.start:anchor.end] == "Ukraine’s “only” ally—so"


def test_quote_across_a_line_break():
    text = "sent 7 tanks,\nor so it claims."
    anchor = FoldedText.of(text).find("7 tanks, or so")
    assert (anchor.line, anchor.end_line) == (1, 2)
    assert text[anchor.start:anchor.end] == "7 tanks,\nor so"


def test_other_differences_do_not_match():
    folded = FoldedText.of("Armenia is Russia's main ally")
    assert folded.find("Armenia is Russia's closest ally") is None
    assert folded.find("armenia is russia's main ally") is None  # case matters
    assert folded.find("Armenia isRussia's") is None  # a missing space is not whitespace tolerance
    assert folded.find("   ") is None


def test_run_of_whitespace_in_source_is_covered_whole():
    text = "a  \u00a0 b"
    anchor = FoldedText.of(text).find("a b")
    assert text[anchor.start:anchor.end] == text


def test_closest_passage_names_line_and_similarity():
    text = "Intro.\nAzerbaijan has never shown up to vote in any resolution.\n"
    near = closest_passage(FoldedText.of(text), "Azerbaijan has never showed up to vote")
    assert near.line == 2
    assert 80 <= near.similarity < 100
    assert near.passage.startswith("Azerbaijan has never shown")
