"""Property-based tests: random ledgers and texts never crash loading, anchoring or the engine."""
from __future__ import annotations

import random
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import UnusableInput
from factcheck.findings.engine import compare
from factcheck.findings.model import Holding, Side
from factcheck.findings.timeline import CHANGE_OVER_TIME_DAYS, Index, gap_of
from factcheck.ledger.anchor import FoldedText, fold
from factcheck.ledger.dates import gap_between, least_days, parse_date
from factcheck.ledger.load import load_ledger
from factcheck.ledger.model import Correction
from tests.builders import SCALE, ledger

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that exercises the folding: whitespace of all kinds, typographic quotes and dashes.
TRICKY = st.text(alphabet=st.sampled_from(list("ab Ab.,\n\t\u00a0\u2009’‘“”\"'—–-xyz")), max_size=80)


@FAST
@given(st.text(max_size=300))
def test_any_text_as_a_ledger_loads_or_is_refused_cleanly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("l") / "claims.yaml"
    try:
        load_ledger(path, text=text, shown="claims.yaml")
    except UnusableInput:
        pass


SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12))
FIELD = st.sampled_from(["id", "source", "subject", "topic", "quote", "stance", "value", "kind", "file",
                         "name", "question", "scale", "voice", "as_of", "published", "sha256", "title"])
ITEM = st.dictionaries(FIELD, st.one_of(SCALAR, st.lists(SCALAR, max_size=3)), max_size=8)


@FAST
@given(st.fixed_dictionaries({
    "version": st.sampled_from([1, 1, 1, 2, "1"]),
    "sources": st.lists(ITEM, max_size=3), "entities": st.lists(ITEM, max_size=3),
    "topics": st.lists(ITEM, max_size=3), "claims": st.lists(ITEM, max_size=5)}))
def test_random_ledgers_never_crash_the_loader(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("l") / "claims.yaml"
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        load_ledger(path, text=text, shown="claims.yaml")
    except UnusableInput:
        pass


@FAST
@given(TRICKY, st.data())
def test_every_substring_of_a_source_anchors_at_or_before_its_own_place(text, data):
    if not text.strip():
        return
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    piece = text[i:j]
    if not piece.strip():
        return
    anchor = FoldedText.of(text).find(piece)
    assert anchor is not None
    assert fold(text[anchor.start:anchor.end]) == fold(piece).strip()
    lead = len(piece) - len(piece.lstrip())
    assert anchor.start <= i + lead
    folded, needle = fold(text), fold(piece).strip()
    if folded.find(needle) == folded.rfind(needle):  # it occurs once (overlaps counted)
        assert anchor.start == i + lead


@FAST
@given(TRICKY, TRICKY)
def test_anchoring_random_quotes_never_crashes(text, quote):
    folded = FoldedText.of(text)
    anchor = folded.find(quote)
    if anchor is not None:
        assert 0 <= anchor.start < anchor.end <= len(text)
        line, column = folded.position(anchor.start)
        assert line >= 1 and column >= 1


CLAIM = st.fixed_dictionaries({
    "source": st.sampled_from(["a", "b", "r"]),
    "subject": st.sampled_from(["x", "y", "boss"]),
    "topic": st.sampled_from(["backs", "count", "why", "vote"]),
    "pick": st.integers(0, 4),
    "voice": st.sampled_from(["asserted", "asserted", "asserted", "reported"]),
    "as_of": st.one_of(st.none(), st.sampled_from(["1992", "2014-03-27", "2022-07", "2025"])),
    "garbled": st.sampled_from([None, None, None, "meant", "subject", "bare"]),  # a correction, and what it says
})


def _claims(specs: list[dict]) -> list[dict]:
    claims = []
    for number, spec in enumerate(specs):
        claim = {"id": f"c{number}", "source": spec["source"], "subject": spec["subject"], "topic": spec["topic"],
                 "voice": spec["voice"], "at": number}  # a claim's quote stays where it is when the list is shuffled
        if spec["voice"] == "reported":
            claim["attributed_to"] = "y"
        if spec["as_of"]:
            claim["as_of"] = spec["as_of"]
        if spec["topic"] == "backs":
            claim["stance"] = SCALE[spec["pick"]]
        elif spec["topic"] == "count":
            claim["value"] = spec["pick"]
        elif spec["topic"] == "vote":
            claim["value"] = ["yes", "absent"][spec["pick"] % 2]
        else:
            claim["value"] = f"reason {spec['pick'] % 3}"
        if spec["garbled"]:
            meant = {"meant": {"stance": SCALE[(spec["pick"] + 2) % 5]} if spec["topic"] == "backs"
                     else {"value": {"why": "reason 0", "count": spec["pick"] + 1}.get(spec["topic"], "yes")},
                     "subject": {"subject": "y"}, "bare": {}}[spec["garbled"]]
            claim["correction"] = Correction("as it should read", "garbled", **meant)
        claims.append(claim)
    return claims


@FAST
@given(st.lists(CLAIM, max_size=25), st.randoms(use_true_random=False))
def test_engine_output_does_not_depend_on_claim_order(specs, rng: random.Random):
    claims = _claims(specs)
    first = compare(ledger(claims))
    shuffled = claims[:]
    rng.shuffle(shuffled)
    second = compare(ledger(shuffled))
    assert [(f.id, f.kind, f.scope, f.severity, f.explanation) for f in first.findings] == \
        [(f.id, f.kind, f.scope, f.severity, f.explanation) for f in second.findings]
    assert [(v.subject, v.topic, v.verdict) for v in first.verdicts] == \
        [(v.subject, v.topic, v.verdict) for v in second.verdicts]
    for finding in first.findings:  # every finding explains itself and rests on claims
        assert finding.explanation and finding.claim_ids()


def test_builders_ledger_has_no_files():
    assert ledger([]).path == Path("claims.yaml")


DATE = st.builds(lambda y, m, d, approx: parse_date(f"{y}" + (f"-{m:02d}" if m else "") +
                                                    (f"-{d:02d}" if m and d else ""), approx),
                 st.integers(2012, 2026), st.integers(0, 12), st.integers(0, 28), st.booleans())
HOLDING = st.builds(lambda src, date, record: Holding(src, [], date, record),
                    st.sampled_from("abcdr"), DATE, st.booleans())


@FAST
@given(st.lists(HOLDING, min_size=1, max_size=12), st.lists(HOLDING, min_size=1, max_size=12))
def test_sweeps_agree_with_comparing_every_pair(first, second):
    # the gap: the fewest days between any two holdings, then the smallest greatest gap among those pairs
    pairs = [(least_days(x.date, y.date), gap_between(x.date, y.date)) for x in first for y in second]
    nearest = min(p[0] for p in pairs)
    expected = min((g for least, g in pairs if least == nearest), key=lambda g: g.max_days)
    assert gap_of(Side("a", "a", None, first), Side("b", "b", None, second)) == expected
    # near and far partners from other sources, as the pairwise engine counted them
    for fixed in (False, True):
        index = Index(second, fixed)
        for x in first:
            others = [y for y in second if y.source != x.source]
            far = [y for y in others if not fixed and least_days(x.date, y.date) >= CHANGE_OVER_TIME_DAYS]
            assert index.near_far(x) == (len(others) - len(far), len(far))


@FAST
@given(st.lists(CLAIM, max_size=30))
def test_sweeping_and_walking_the_pairs_give_the_same_findings(specs):
    from factcheck.findings import engine

    claims = _claims(specs)
    found = []
    saved = engine.FEW_PAIRS
    try:
        for few in (0, 10**9):  # always sweep; always walk every pair
            engine.FEW_PAIRS = few
            found.append([(f.id, f.kind, f.scope, f.severity, f.explanation, f.claim_ids())
                          for f in compare(ledger(claims)).findings])
    finally:
        engine.FEW_PAIRS = saved
    assert found[0] == found[1]
