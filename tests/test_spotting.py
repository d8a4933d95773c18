"""Claim spotting: sentences, clutter, entity mentions (misspellings too), ranking and proposals."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.names import Spotter
from factcheck.reading.sentences import classify_lines, split_sentences
from factcheck.reading.spotting import spot, uncovered
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def shipped():
    return load_valid_ledger(ROOT / "claims.yaml")


@pytest.fixture(scope="module")
def vocabulary(shipped):
    """The shipped ledger's vocabulary, compiled once for the module (or loaded from the suite's cache)."""
    return cached_vocabulary(shipped)


def test_sentences_keep_exact_spans_and_lines():
    text = "Heading\n\nAnthony B. Kim said the U.S. agreed. Then it rained on 8 June.\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Anthony B. Kim said the U.S. agreed.", "Then it rained on 8 June."]
    assert all(text[s.start:s.end] == s.text and s.line == 3 for s in sentences)


def test_clutter_of_the_shipped_sources_is_skipped():
    text = (ROOT / "seeds" / "000_62b8ca9d3b454acc.txt").read_text(encoding="utf-8")
    reasons = {line.number: line.clutter for line in classify_lines(text)}
    assert reasons[1] == "page furniture"            # Connect with us
    assert reasons[59] == "start of the page's footer"  # You May Also Like
    assert reasons[68] == "after the page's footer"   # a teaser about a Yemeni couple
    assert reasons[9] == ""                           # the article itself
    sentences = split_sentences(text)
    assert not any("Zechariah" in s.text or "Mongolia" in s.text or "Connect with us" in s.text
                   for s in sentences)


def test_photo_credits_breadcrumbs_and_teasers_are_clutter():
    lines = classify_lines("Home > News > Story about things\nPeople protest. Photo by Somebody Important\n"
                           "A teaser that trails off with a cut...\nThe real sentence is here and it is long.\n")
    assert [line.clutter != "" for line in lines] == [True, True, True, False]


def test_a_short_sentence_is_text_and_a_short_heading_is_not():
    # "Poland supports Ukraine." on a line of its own is a statement to read; "World News" and "Politics." are not
    lines = classify_lines("World News\nPoland supports Ukraine.\nPolitics.\nAliyev says Baku backs Kyiv!\n")
    assert [line.clutter != "" for line in lines] == [True, False, True, False]


def test_mentions_by_name_alias_code_and_misspelling(shipped):
    spotter = Spotter(shipped)
    found = spotter.mentions("Ivanshilli met Baku officials; the US and Azerbaidjan agreed, and Georgians cheered.")
    assert [(m.entity, m.how) for m in found] == [
        ("ivanishvili", "near-miss"), ("azerbaijan", "name"), ("united-states", "name"),
        ("azerbaijan", "near-miss"), ("georgia", "name")]


def test_lowercase_us_is_not_the_united_states(shipped):
    assert Spotter(shipped).mentions("Let us hope.") == []
    # a body's two-letter code that is no English word is read in lower case too
    assert [m.entity for m in Spotter(shipped).mentions("as the un and the eu say")] == ["un", "eu"]


def test_the_longest_name_wins(shipped):
    """An office title is its holder, not the country it names; a body named after a city or a people is not
    that city or that people's country."""
    found = Spotter(shipped).mentions("Russia's president and the Kremlin spokesman met Armenia's prime minister; "
                                      "the OSCE Minsk Group met in Minsk; the Young Turks ruled before the Turks.")
    assert [(m.entity, m.text) for m in found] == [
        ("putin", "Russia's president"), ("peskov", "the Kremlin spokesman"), ("pashinyan", "Armenia's prime minister"),
        ("osce-minsk-group", "OSCE Minsk Group"), ("belarus", "Minsk"), ("young-turks", "Young Turks"),
        ("turkey", "Turks")]


def test_ranking_explains_itself_and_proposes_claims(shipped, vocabulary):
    text = ("Azerbaijan remains a staunch ally of Russia. The weather was fine today in the hills.\n"
            "Turkey supports Ukraine with drones, and it has good relations with Russia since 2019.\n")
    found = spot(shipped, text, min_score=0, vocabulary=vocabulary)
    top = found[0]
    assert top.sentence.text.startswith("Turkey supports Ukraine")
    assert top.score > found[-1].score
    assert any(r.startswith("topic and answer from “") for r in top.reasons) and "date" in top.reasons
    proposals = {(c.subject, c.topic, c.answer) for c in found}
    assert ("azerbaijan", "aligned-with-russia", "close-ally") in proposals
    assert ("turkey", "backs-ukraine", "supports") in proposals


def test_coverage_lists_only_sentences_no_claim_overlaps(shipped, vocabulary):
    gaps = uncovered(shipped, "kuzio-2022", vocabulary=vocabulary)
    texts = [c.sentence.text for c in gaps]
    assert any("Ukraine has become closer to Azerbaijan" in t for t in texts)
    assert not any("only strategic ally" in t for t in texts)
    claims = [c for c in shipped.claims if c.source == "kuzio-2022"]
    for gap in gaps:
        assert not any(c.anchor.start < gap.sentence.end and gap.sentence.start < c.anchor.end for c in claims)


def test_every_candidate_quote_anchors_in_its_source(shipped, vocabulary):
    from factcheck.ledger.anchor import FoldedText

    for source in shipped.sources.values():
        folded = FoldedText.of(source.text)
        for candidate in spot(shipped, source.text, min_score=0, vocabulary=vocabulary):
            assert folded.find(candidate.sentence.text) is not None


def test_extract_on_a_plain_file(tmp_path, runner):
    from factcheck.cli import cli

    file = tmp_path / "note.txt"
    file.write_text("Kazakhstan is moving away from Russia and toward the West in 2026.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(file), "--claims", str(ROOT / "claims.yaml")])
    assert result.exit_code == 0, result.output
    assert "source: NEW-SOURCE" in result.stdout and "subject: kazakhstan" in result.stdout
    assert "stance: distancing" in result.stdout


def test_extract_from_stdin_as_json(runner):
    import json

    from factcheck.cli import cli

    result = runner.invoke(cli, ["extract", "-", "--json", "--claims", str(ROOT / "claims.yaml")],
                           input="Armenia is Russia's main ally, the minister said in 2022.\n")
    data = json.loads(result.stdout)
    assert data["candidates"][0]["claim"]["stance"] == "close-ally"
    assert data["candidates"][0]["reasons"]


def test_extract_refuses_to_append_an_unregistered_file(runner, tmp_path):
    from factcheck.cli import cli

    file = Path(tmp_path / "x.txt")
    file.write_text("Armenia is Russia's main ally.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(file), "--append", "--claims", str(ROOT / "claims.yaml")])
    assert result.exit_code == 2 and "not a registered source" in result.stderr
