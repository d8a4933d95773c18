"""Polarity: a negated, averse or disputing wording of a claim is never read as the claim itself.

Each construction below is written for this test (none is taken from the articles or the reading benchmark)
and is tried on one of five topics in turn, so every construction meets a different phrase of the ledger's
vocabulary across the list. The test fails on any reading that gives the affirmative answer (a polarity flip);
reading nothing is allowed here (the reading benchmark counts that). The nominal constructions deny a role or
relation ("X is Y's ally no more") and are tried on one of four relations in turn."""
from __future__ import annotations

import pytest

from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.reader import read
from tests.conftest import ROOT

# (subject as written, its entity id, topic, the affirmative answer, bare verb phrase, its -ing form, its participle)
CLAIMS = [
    ("Georgia", "georgia", "sanctions-russia", "yes", "sanction Russia", "sanctioning Russia", "sanctioned Russia"),
    ("Kazakhstan", "kazakhstan", "recognizes-dnr-lnr", "yes", "recognise the Donbas republics",
     "recognising the Donbas republics", "recognised the Donbas republics"),
    ("Turkey", "turkey", "crimea-annexation", "accepts", "accept Crimea as Russian", "accepting Crimea as Russian",
     "accepted Crimea as Russian"),
    ("Georgia", "georgia", "backs-ukraine", "supports", "back Ukraine", "backing Ukraine", "backed Ukraine"),
    ("Armenia", "armenia", "vote-es-11-1", "yes", "vote for the March 2022 resolution condemning the invasion",
     "voting for the March 2022 resolution condemning the invasion",
     "voted for the March 2022 resolution condemning the invasion"),
]
CONSTRUCTIONS = [
    "{S} has hardly {P}.", "{S} would never {B}.", "{S} is not about to {B}.", "{S} has no intention of {G}.",
    "{S} has ruled out {G}.", "{S} is in no hurry to {B}.", "{S} has stopped short of {G}.",
    "{S} has shown no sign of {G}.", "{S} cannot bring itself to {B}.", "{S} would not dream of {G}.",
    "{S} has balked at {G}.", "{S} is loath to {B}.", "{S} shrinks from {G}.", "{S} has dragged its feet on {G}.",
    "{S} has so far declined to {B}.", "{S} took care not to {B}.", "{S} decided against {G}.",
    "{S} has held back from {G}.", "At no point has {S} {P}.", "{S} has not so much as {P}.",
    "{S} is a long way from {G}.", "{S} has refrained from {G}.", "{S} did not go so far as to {B}.",
    "{S} will have nothing to do with {G}.", "Not even {S} has {P}.", "{S} has turned its back on {G}.",
    "{S} has given up on {G}.", "{S} has abandoned any idea of {G}.", "It is not true that {S} has {P}.",
    "{S} has not {P}, nor does it plan to.", "{S} has fought shy of {G}.", "{S} is too cautious to {B}.",
    "{S}'s reluctance to {B} is well known.", "{S} has not yet {P}.", "{S} has put off {G}.",
    "{S} keeps postponing {G}.", "{S} is wary of {G}.", "{S} is dead set against {G}.",
    "{S} has done everything short of {G}.", "{S} was quick to deny {G}.", "{S} has spurned calls to {B}.",
    "{S} is said to have {P}, but that is untrue.", "{S} resists {G}.", "{S} objects to {G}.",
    "{S} has kept its distance from {G}.", "{S} has withheld support from {G}.", "{S} has ceased {G}.",
    "Nothing suggests that {S} has {P}.", "{S} has {P} in name only.", "The notion that {S} has {P} is laughable.",
    "To say that {S} has {P} is a stretch.", "{S} has vowed to {B}.", "{S} threatened to {B} but never did.",
    "{S} can hardly be said to have {P}.", "{S} cannot be said to {B}.",
    "{S} never got round to {G}.", "{S} passed up the chance to {B}.", "{S} washed its hands of {G}.",
    "{S} turned a deaf ear to calls to {B}.", "{S} draws the line at {G}.", "{S} held aloof from {G}.",
    "{S} let every chance to {B} slip by.", "{S} is conspicuously absent from the list of those {G}.",
    "Far be it from {S} to {B}.", "{S} has flatly refused ever to {B}.", "{S} has thought better of {G}.",
    "{S} backed away from {G}.", "{S} backtracked on {G}.", "{S} reversed course on {G}.",
    "{S} walked back its pledge to {B}.", "{S} baulks at the idea of {G}.", "{S} deems {G} out of the question.",
    "{S} considers {G} unthinkable.", "{S} came close to {G} but pulled back.", "{S} almost {P}.",
    "{S} was on the verge of {G} when it changed its mind.", "{S} was nowhere to be found when it came to {G}.",
    "Not {S}, not Belarus: neither has ever thought of {G}.",
]
# (a role or relation the subject is said to hold: "{A}" is the relation, "{O}" its other party)
NOMINAL_CLAIMS = [
    ("Armenia", "armenia", "aligned-with-russia", "close-ally", "Russia's closest ally", "Russia"),
    ("Azerbaijan", "azerbaijan", "backs-ukraine", "supports", "Ukraine's ally", "Ukraine"),
    ("Georgia", "georgia", "backs-ukraine", "supports", "a friend of Ukraine", "Ukraine"),
    ("Kazakhstan", "kazakhstan", "aligned-with-russia", "close-ally", "Moscow's most loyal ally", "Moscow"),
]
NOMINAL = [
    "{S} is {A} no more.", "{S} is a former ally of {O}.", "The days when {S} was {A} are over.", "{S} used to be {A}.",
    "{O} has lost {S} as an ally.", "{S} is {A} only in the loosest sense.", "{S} is not, and never was, {A}.",
    "It would be wrong to call {S} {A}.", "{S} is the opposite of {A}.", "{S} is a poor excuse for {A}.",
    "{S} has forfeited its place as {A}.", "{S} is {A} in words, not deeds.",
    "There was a time when {S} was {A}.", "{S} may once have been {A}, but no longer.",
    "{S} was long {A}, but that era has ended.", "{S} used to be {A}, but not any more.",
    "To describe {S} as {A} would be misleading.", "To call {S} {A} is a stretch.",
]



@pytest.fixture(scope="module")
def vocabulary():
    return cached_vocabulary(load_valid_ledger(ROOT / "claims.yaml"))


@pytest.mark.parametrize("n", range(len(CONSTRUCTIONS)))
def test_a_negated_construction_is_never_read_as_the_claim(vocabulary, n):
    said, subject, topic, yes, bare, gerund, participle = CLAIMS[n % len(CLAIMS)]
    text = CONSTRUCTIONS[n].format(S=said, B=bare, G=gerund, P=participle)
    found = {(r.subject, r.topic, r.answer) for r in read(vocabulary, text) if not r.denies_only}
    assert (subject, topic, yes) not in found, text


@pytest.mark.parametrize("n", range(len(NOMINAL)))
def test_a_role_denied_is_never_read_as_held(vocabulary, n):
    said, subject, topic, yes, relation, other = NOMINAL_CLAIMS[n % len(NOMINAL_CLAIMS)]
    text = NOMINAL[n].format(S=said, A=relation, O=other)
    found = {(r.subject, r.topic, r.answer) for r in read(vocabulary, text) if not r.denies_only}
    assert (subject, topic, yes) not in found, text
