"""The reader: grammar on wordings of its own, check's verdicts, a ledger on another subject, and an
article that re-tells the embedded claims in other words."""
from __future__ import annotations

import json

import pytest
import yaml

from factcheck.cli import cli
from factcheck.findings.engine import compare
from factcheck.ledger.dates import parse_date
from factcheck.ledger.load import load_valid_ledger
from factcheck.reading.cache import cached_vocabulary
from factcheck.reading.matching import check_statement
from factcheck.reading.numbers import words_value
from factcheck.reading.reader import Vocabulary, read
from factcheck.reading.spotting import is_claimable, spot
from factcheck.reading.text import NEG, stem, tokens
from factcheck.reading.when import date_in
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def shipped():
    ledger = load_valid_ledger(ROOT / "claims.yaml")
    return ledger, compare(ledger), cached_vocabulary(ledger)


def readings(vocabulary, text, date=None):
    return {(r.subject, r.topic, r.answer, r.voice) for r in read(vocabulary, text, parse_date(date) if date else None)}


def test_an_event_keeps_its_date_across_clauses(shipped):
    """ "Belarus voted no in March, while India abstained": India abstained in that March vote too."""
    found = read(shipped[2], "Belarus voted no on the humanitarian resolution in March, while India abstained.",
                 parse_date("2022-07-20"))
    assert {(r.subject, r.as_of.iso() if r.as_of else None) for r in found} == {("belarus", "2022-03"),
                                                                              ("india", "2022-03")}
    # "the April resolution": a month before the event's noun dates it
    assert {r.as_of.iso() for r in read(shipped[2], "India supported the April resolution on the UN and the "
                                        "Council of Europe.", parse_date("2023-05")) if r.as_of} == {"2023-04"}
    # a lead naming two votes is said of every clause after it, each vote with the date the lead gives it
    found = read(shipped[2], "On ES-11/5 in November and on ES-11/6 in February, Tbilisi voted yes, Yerevan "
                 "abstained and Baku stayed away.", parse_date("2023-05"))
    assert {(r.subject, r.topic, r.answer, r.as_of.iso() if r.as_of else None) for r in found} == {
        ("georgia", "vote-es-11-5", "yes", "2022-11"), ("georgia", "vote-es-11-6", "yes", "2023-02"),
        ("armenia", "vote-es-11-5", "abstain", "2022-11"), ("armenia", "vote-es-11-6", "abstain", "2023-02"),
        ("azerbaijan", "vote-es-11-5", "absent", "2022-11"), ("azerbaijan", "vote-es-11-6", "absent", "2023-02")}


def test_normalising_spelling_inflection_apostrophes_and_negation():
    assert stem("recognise") == stem("recognize") == stem("recognised") == stem("recognizes") == stem("recognition")
    assert stem("abstention") == stem("abstain") and stem("withdrawal") == stem("withdraw")
    assert stem("favour") == stem("favor") and stem("won") == stem("win")
    assert [t.norm for t in tokens("Baku hasn't, won't, has yet to, no longer")].count(NEG) == 4
    # "not only" is emphasis, not negation
    assert NEG not in [t.norm for t in tokens("not only Baku")]


@pytest.mark.parametrize("text, expected", [
    # negation in its forms; the answer carries it
    ("Georgia has not imposed sanctions on Russia", ("georgia", "sanctions-russia", "no", "asserted")),
    ("Neither Turkey nor Kazakhstan has sanctioned Russia", ("kazakhstan", "sanctions-russia", "no", "asserted")),
    ("No South Caucasus country has imposed sanctions on Russia", ("armenia", "sanctions-russia", "no", "asserted")),
    ("Georgia has yet to join the sanctions against Moscow", ("georgia", "sanctions-russia", "no", "asserted")),
    ("Aliyev refuses to recognise Crimea as Russian", ("azerbaijan", "crimea-annexation", "rejects", "asserted")),
    # the direction of a relation: whose ally
    ("Russia has long been Armenia's main ally", ("armenia", "aligned-with-russia", "close-ally", "asserted")),
    ("Kyiv's most reliable friend in the region is Baku", ("azerbaijan", "backs-ukraine", "supports", "asserted")),
    # reported speech, and an assertion of the sentence's own kept apart
    ("Baku says it supports Ukraine", ("azerbaijan", "backs-ukraine", "supports", "reported")),
    # specific events before general topics; abstaining is not absence
    ("Azerbaijan abstained on ES-11/1", ("azerbaijan", "vote-es-11-1", "abstain", "asserted")),
    ("Azerbaijan did not vote on ES-11/1", ("azerbaijan", "vote-es-11-1", "absent", "asserted")),
    ("Baku stays away from every UN vote on the war", ("azerbaijan", "un-vote-pattern", "absent", "asserted")),
    # the passive: the agent acts
    ("The DNR and LNR are recognised by Belarus", ("belarus", "recognizes-dnr-lnr", "yes", "asserted")),
    # "can't" denies "can", written carelessly or not
    ("russia cant count on kazakhstan anymore", ("kazakhstan", "aligned-with-russia", "distancing", "asserted")),
    # a topic named before a colon or a contrast is the topic of the clauses after it
    ("Three states hedge at the UN: Yerevan and Astana abstain, while Baku simply does not turn up.",
     ("azerbaijan", "un-vote-pattern", "absent", "asserted")),
    # "as states," is a noun, not a verb of saying
    ("only moscow and minsk treat the dnr and lnr as states, kazakhstan doesnt",
     ("kazakhstan", "recognizes-dnr-lnr", "no", "asserted")),
    # "so-called" is no verb of saying
    ("Armenia will never recognise the so-called DNR and LNR, Yerevan insists",
     ("armenia", "recognizes-dnr-lnr", "no", "reported")),
    # a topic asked of bodies: the body the clause names, not the country that opens it
    ("Some 2,000 Georgians are fighting for Kyiv in the Georgian National Legion.",
     ("georgian-national-legion", "legion-strength", "2000", "asserted")),
    # light words (articles, quantifiers) between the words of a phrase do not count against it
    ("Russian police have rounded up and jailed a number of Azerbaijani nationals",
     ("russia", "arrests-of-azerbaijanis", "yes", "asserted")),
    # a relative clause speaks of the one just before it
    ("Moscow is angry with Baku, which has sent fuel to Ukraine", ("azerbaijan", "fuel-for-ukraine", "yes", "asserted")),
    # the owner opening the clause acts when the topic's other party is named too
    ("Azerbaijan's humanitarian shipments to Ukraine have been substantial, dwarfing Georgia's.",
     ("azerbaijan", "humanitarian-aid", "yes", "asserted")),
    # a phrase is found where its words stand closest ("most condemned" is the second "most")
    ("Russia is the most sanctioned and the most condemned aggressor", ("russia", "most-sanctioned", "yes", "asserted")),
    # of two events answered by the same words, the one whose year the clause names; a topic ranks by the
    # longest of its naming phrases found
    ("in 1994 armenia won the karabakh war", ("armenia", "won-karabakh-war-1994", "yes", "asserted")),
    ("armenia won the first war over karabakh", ("armenia", "won-karabakh-war-1994", "yes", "asserted")),
    # a topic that gives no claim leaves its words to the next ("not the sanctions" says nothing of Russia)
    ("Russia is not the most sanctioned country on earth", ("russia", "most-sanctioned", "no", "asserted")),
    # what one receives from a giver named as an adjective ("Turkish backing") is the giver's act
    ("ukraine enjoys turkish backing", ("turkey", "backs-ukraine", "supports", "asserted")),
    # two joined modifiers share the noun after the second ("neither military nor diplomatic help")
    ("Tbilisi has offered Kyiv neither military nor diplomatic help.", ("georgia", "backs-ukraine", "neutral", "asserted")),
    # a pronoun means the first actor of the clause before, though that clause said nothing checkable
    ("Erdogan keeps talking to Putin while his drones help Kyiv's army", ("turkey", "backs-ukraine", "supports", "asserted")),
    # a phrase's "its" stands for the owner named; what the verb acts on is no second answer
    ("Pashinyan has frozen Armenia's participation in the Russian-led bloc",
     ("armenia", "aligned-with-russia", "distancing", "asserted")),
    # mothballing a membership, like freezing it, is stepping back from it
    ("Yerevan has mothballed its membership of the Moscow-led alliance",
     ("armenia", "aligned-with-russia", "distancing", "asserted")),
    # what one lost to another, the other holds
    ("georgia lost abkhazia and south ossetia to russia", ("russia", "occupies-georgian-regions", "yes", "asserted")),
    # a plural speaker's verb of saying, and admitting, report
    ("Turkish officials insist Ankara will never recognise Crimea as Russian",
     ("turkey", "crimea-annexation", "rejects", "reported")),
    ("Pashinyan admits his country has been drifting away from the Kremlin",
     ("armenia", "aligned-with-russia", "distancing", "reported")),
    # "calls X a Y" reports; an initial's full stop ends no clause
    ("Anthony B. Kim has called Azerbaijan an alternative supplier of energy for Europe.",
     ("azerbaijan", "energy-alternative-for", "eu", "reported")),
    ("Cavusoglu has made clear that Turkey does not recognise the separatist republics",
     ("turkey", "recognizes-dnr-lnr", "no", "reported")),
    # a body's two-letter code typed in lower case
    ("kazakhstan always abstains at the un on ukraine", ("kazakhstan", "un-vote-pattern", "abstains", "asserted")),
    # the other party named in the clause a contrast sets this one against
    ("Armenia is Moscow's main ally while Azerbaijan and Kazakhstan balance",
     ("kazakhstan", "aligned-with-russia", "balancing", "asserted")),
    # "none" after the verb is no "no" answer: voting on none is not voting no
    ("Of the six resolutions, Azerbaijan has voted on none.", ("azerbaijan", "un-vote-pattern", "absent", "asserted")),
    # a relative clause that reports ends where the main verb resumes; the verb goes on with the subject
    ("Azerbaijan, which says it backs Ukraine, has not cast a single vote on the war",
     ("azerbaijan", "un-vote-pattern", "absent", "asserted")),
    ("Astana has declined to sanction Moscow but has denounced the annexation of Crimea.",
     ("kazakhstan", "crimea-annexation", "rejects", "asserted")),
    # those who voted together all cast the vote; "voted no" is a ballot, not a negation
    ("Belarus and Syria joined Russia in voting no on ES-11/4", ("syria", "vote-es-11-4", "no", "asserted")),
    ("Belarus and Syria joined Russia in voting no on ES-11/4", ("russia", "vote-es-11-4", "no", "asserted")),
    ("Armenia, siding with Moscow, voted against A/RES/68/262", ("russia", "vote-a-res-68-262", "no", "asserted")),
    ("Armenia rejected the 2014 Crimea resolution, voting no alongside Moscow.",
     ("armenia", "vote-a-res-68-262", "no", "asserted")),
    # the place one found a friend in, put first
    ("In Poland, Ukraine has found a champion.", ("poland", "backs-ukraine", "supports", "asserted")),
    # emphasis, not negation: "like no other", "second to none"
    ("In Baku, Ukraine has found a friend like no other in the South Caucasus.",
     ("azerbaijan", "backs-ukraine", "supports", "asserted")),
    ("Turkey's support for Kyiv is second to none", ("turkey", "backs-ukraine", "supports", "asserted")),
    # ledger vocabulary: "away from Moscow" is distancing, "in Ukraine's favour" a pro-Ukrainian mood
    ("Pashinyan has been steering Armenia toward Washington and away from Moscow.",
     ("armenia", "aligned-with-russia", "distancing", "asserted")),
    ("Public opinion in Azerbaijan runs strongly in Ukraine's favour", ("azerbaijan", "public-mood", "pro-ukraine", "asserted")),
    # a concession ("whatever X says") reports nothing, and its speaker is no subject
    ("Azerbaijan, whatever Moscow claims, backs Ukraine", ("azerbaijan", "backs-ukraine", "supports", "asserted")),
    ("Pashinyan, whatever his critics in Yerevan say, is steering Armenia away from Moscow.",
     ("armenia", "aligned-with-russia", "distancing", "asserted")),
    # the "it" of a cleft is no pronoun; a leader's possessive before the country is the country, in a list too
    ("Hajiyev insists it was Russian missiles that brought down the AZAL plane",
     ("russia", "downed-azal-plane", "yes", "reported")),
    ("Aliyev's Azerbaijan, Erdogan's Turkey and Tokayev's Kazakhstan refuse to call Crimea Russian.",
     ("turkey", "crimea-annexation", "rejects", "asserted")),
    # what a relative clause says of the one contrasted is its own, and the other side's opposite
    ("Unlike Azerbaijan, which shut Sputnik's bureau, Georgia has left Russian media alone.",
     ("azerbaijan", "curbs-russian-media", "yes", "asserted")),
    ("Unlike Azerbaijan, which shut Sputnik's bureau, Georgia has left Russian media alone.",
     ("georgia", "curbs-russian-media", "no", "asserted")),
    # a contrast set off by commas, or closing the sentence, holds the opposite too
    ("Georgia, in sharp contrast to Ukraine, has never condemned Russia's sponsorship of separatists.",
     ("ukraine", "condemns-russian-separatism", "yes", "asserted")),
    ("Neither Georgia nor Armenia has given Kyiv diplomatic backing, in stark contrast to Azerbaijan.",
     ("azerbaijan", "diplomatic-support", "supports", "asserted")),
    # a topic the ledger asks of one body only is about that body when the text names no one
    ("By early 2023 the emergency special session had passed six resolutions on the war.",
     ("un", "es-11-resolution-count", "6", "asserted")),
    # an "and" after words that answer nothing joins two names, not two assertions
    ("The public mood in Kazakhstan and Georgia leans clearly in Ukraine's favour.",
     ("kazakhstan", "public-mood", "pro-ukraine", "asserted")),
])
def test_grammar(shipped, text, expected):
    got = readings(shipped[2], text)
    assert expected in got
    # and no other answer to the same question about the same actor
    assert not any(r[:2] == expected[:2] and r[2] != expected[2] and r[3] == expected[3] for r in got)


@pytest.mark.parametrize("text, expected", [
    # a negation that opens the clause governs all of it; a loss negates what is lost
    ("None of the three South Caucasus states has recognised the DNR",
     {("armenia", "recognizes-dnr-lnr", "no", "asserted"), ("georgia", "recognizes-dnr-lnr", "no", "asserted")}),
    ("Kyiv has lost a friend in Tbilisi", {("georgia", "backs-ukraine", "neutral", "asserted")}),
    # a comparison is no negation: the one compared is the best
    ("Ukraine has no better friend than Poland", {("poland", "backs-ukraine", "supports", "asserted")}),
    # a denial reports the opposite; quoted speech is reported
    ("Moscow denied that its jets had shot down the airliner",
     {("russia", "downed-azal-plane", "no", "reported")}),
    ('"We stand with Ukraine," Bayramov said', {("azerbaijan", "backs-ukraine", "supports", "reported")}),
    # an ellipsis takes the verb before, turned or not
    ("Belarus recognises the Donbas republics; Turkey does not",
     {("belarus", "recognizes-dnr-lnr", "yes", "asserted"), ("turkey", "recognizes-dnr-lnr", "no", "asserted")}),
    ("Turkey does not recognise the DNR, but Belarus does",
     {("turkey", "recognizes-dnr-lnr", "no", "asserted"), ("belarus", "recognizes-dnr-lnr", "yes", "asserted")}),
    # "like X" says the same of X, and is not the subject; a preposition governs its whole list
    ("Kazakhstan, like Turkey, has not sanctioned Russia",
     {("kazakhstan", "sanctions-russia", "no", "asserted"), ("turkey", "sanctions-russia", "no", "asserted")}),
    # "with X in favour", "a yes from X, from Y": a preposition repeated through a list governs each
    ("ES-11/4 passed with Georgia and Turkey in favour",
     {("georgia", "vote-es-11-4", "yes", "asserted"), ("turkey", "vote-es-11-4", "yes", "asserted")}),
    ("ES-11/3 got a no from Belarus, from Syria and from North Korea",
     {("belarus", "vote-es-11-3", "no", "asserted"), ("north-korea", "vote-es-11-3", "no", "asserted")}),
    # two negations: refusing to call it anything but Ukrainian calls it Ukrainian
    ("Tokayev has refused to call Crimea anything but Ukrainian",
     {("kazakhstan", "crimea-annexation", "rejects", "asserted")}),
    # a body the topic's phrases name as the place it happens is no subject of it
    ("Turkey's record at the UN on the war is a patchwork: it voted yes on some resolutions and abstained on others.",
     {("turkey", "un-vote-pattern", "mixed", "asserted")}),
    # the owner's noun left out ("… nor Kazakhstan's has"): the owner acts
    ("Neither Turkey's government nor Kazakhstan's has sanctioned Russia",
     {("turkey", "sanctions-russia", "no", "asserted"), ("kazakhstan", "sanctions-russia", "no", "asserted")}),
    ("Besides Belarus itself, only Syria and North Korea voted against ES-11/4",
     {("belarus", "vote-es-11-4", "no", "asserted"), ("syria", "vote-es-11-4", "no", "asserted")}),
    ("Relief convoys left for Ukraine from Turkey, Georgia and Kazakhstan",
     {("turkey", "humanitarian-aid", "yes", "asserted"), ("kazakhstan", "humanitarian-aid", "yes", "asserted")}),
    # a question's answer is about what the question named
    ("did georgia vote on es-11/4? yes, it voted in favour", {("georgia", "vote-es-11-4", "yes", "asserted")}),
    # "it" points back to what the verb before took; "neither" and "did it too" take the verb before
    ("Turkey condemns the annexation of Crimea while Armenia recognises it",
     {("turkey", "crimea-annexation", "rejects", "asserted"), ("armenia", "crimea-annexation", "accepts", "asserted")}),
    ("Azerbaijan sends Ukraine fuel, Armenia sends none",
     {("azerbaijan", "fuel-for-ukraine", "yes", "asserted"), ("armenia", "fuel-for-ukraine", "no", "asserted")}),
    ("Ankara recognised Crimea as Ukrainian and Yerevan did it too",
     {("turkey", "crimea-annexation", "rejects", "asserted"), ("armenia", "crimea-annexation", "rejects", "asserted")}),
    # an actor after "in" is where, not who; the one after "is" is the one meant
    ("Russia's closest ally in the south caucasus is Armenia",
     {("armenia", "aligned-with-russia", "close-ally", "asserted")}),
    # "his country" is the speaker's country; a vote named but not answered leaves the general topic
    ("Bayramov said that his country has stayed away from every Assembly vote on the war",
     {("azerbaijan", "un-vote-pattern", "absent", "reported")}),
    ("Georgia condemned the invasion at the UN", {("georgia", "vote-es-11-1", "yes", "asserted")}),
    ("Georgia condemned the invasion", {("georgia", "diplomatic-support", "supports", "asserted")}),
    # of two phrases alike, the one with no words between its own
    ("Georgia's rulers have turned hostile to the West", {("georgia", "west-alignment", "hostile", "asserted")}),
    # "no one … more … than X": X is the most; a phrase never spans "than"
    ("no country is under more sanctions than russia", {("russia", "most-sanctioned", "yes", "asserted")}),
    # staying out of, avoiding, refraining from: not doing
    ("astana has stayed out of the western sanctions on russia",
     {("kazakhstan", "sanctions-russia", "no", "asserted")}),
    ("Baku avoided condemning the invasion", {("azerbaijan", "diplomatic-support", "neutral", "asserted")}),
    # a colon that only names the one meant ends no clause; another topic's phrase keeps its own party
    ("Moscow is in open confrontation with a capital it once counted among its allies: Baku.",
     {("azerbaijan", "aligned-with-russia", "confronts", "asserted")}),
    ("Kazakhstan is edging out of Moscow's orbit and cosying up to the West",
     {("kazakhstan", "aligned-with-russia", "distancing", "asserted"),
      ("kazakhstan", "west-alignment", "opening", "asserted")}),
    # a "when" clause or one across a semicolon names what the other is about; "shown" reads as "show"
    ("Not once has Baku's delegation shown up when the General Assembly voted on Ukraine",
     {("azerbaijan", "un-vote-pattern", "absent", "asserted")}),
    ("Baku refuses to treat Crimea as Russian; Yerevan, by contrast, has endorsed Moscow's claim",
     {("azerbaijan", "crimea-annexation", "rejects", "asserted"), ("armenia", "crimea-annexation", "accepts", "asserted")}),
    # when every actor stands after a preposition, the place is the subject, not the object of "wary of"
    ("Muradov says opinion in Azerbaijan is wary of Russian imperialism and sympathetic to Ukraine",
     {("azerbaijan", "backs-ukraine", "leans-toward", "reported")}),
    # what is said starts right after the verb of saying, not at a later pronoun
    ("Pashinyan says Armenia has frozen its CSTO membership",
     {("armenia", "aligned-with-russia", "distancing", "reported")}),
    # on a topic whose answer is an actor, the phrase's own object is the answer, one after a preposition not
    ("baku is weaning europe off russian gas", {("azerbaijan", "energy-alternative-for", "eu", "asserted")}),
    ("Europe is turning to Azerbaijan for gas", {("azerbaijan", "energy-alternative-for", "eu", "asserted")}),
    ("Baku has become Brussels' go-to gas supplier", {("azerbaijan", "energy-alternative-for", "eu", "asserted")}),
    # what one receives from another: the giver acts
    ("Ukraine gets no backing whatsoever from Tbilisi", {("georgia", "backs-ukraine", "neutral", "asserted")}),
    ("Ukraine has received drones from Turkey", {("turkey", "backs-ukraine", "supports", "asserted")}),
    # "anything but", "by no means": a negation, and "but" there opens no clause
    ("Azerbaijan is anything but a Russian ally", {("azerbaijan", "aligned-with-russia", "distancing", "asserted")}),
    ("Baku is by no means a Russian ally", {("azerbaijan", "aligned-with-russia", "distancing", "asserted")}),
    # an idiom beats the word inside it; a negation that opens a phrase yields to a phrase it governs
    ("Georgia's ruling party has turned its back on Kyiv",
     {("georgia", "backs-ukraine", "leans-against", "asserted")}),
    # a verb left out ("…, Poland with Kyiv"); a speaker named inside the clause; more ways of denying
    ("Belarus sides with Moscow, Poland with Kyiv", {("belarus", "backs-ukraine", "opposes", "asserted"),
                                                     ("poland", "backs-ukraine", "supports", "asserted")}),
    ("The Kremlin's air defences, Aliyev's office says, shot down the AZAL airliner",
     {("russia", "downed-azal-plane", "yes", "reported")}),
    ("On the 2014 Crimea resolution Armenia voted no and Azerbaijan yes",
     {("armenia", "vote-a-res-68-262", "no", "asserted"), ("azerbaijan", "vote-a-res-68-262", "yes", "asserted")}),
    ("Tbilisi has offered Kyiv neither military nor diplomatic help",
     {("georgia", "diplomatic-support", "neutral", "asserted")}),
    # "like X and Y" says the same of both
    ("Azerbaijan, like Turkey and Kazakhstan before it, has tried to stay on decent terms with Moscow",
     {("azerbaijan", "aligned-with-russia", "balancing", "asserted"),
      ("kazakhstan", "aligned-with-russia", "balancing", "asserted")}),
    # an actor-valued topic asked of "its" noun: the owner is the subject ("Ukraine's closest ally is X")
    ("Ukraine's closest ally in the Caucasus used to be Georgia",
     {("ukraine", "closest-caucasus-ally", "georgia", "asserted")}),
    # "the three South Caucasus states," is a noun, not a verb of saying
    ("Of the three South Caucasus states, only Azerbaijan has proved a strategic friend to Kyiv",
     {("azerbaijan", "backs-ukraine", "supports", "asserted")}),
    # currency signs and short scales ("€15m"); an amount named with its figure before a yes/no topic
    ("Georgia gives Kyiv a mere €315,000, while Azerbaijan has pledged some €15 million",
     {("georgia", "aid-to-ukraine-eur", "315000", "asserted"), ("azerbaijan", "aid-to-ukraine-eur", "15000000", "asserted")}),
    ("Azerbaijan has bankrolled Ukraine to the tune of €15m", {("azerbaijan", "aid-to-ukraine-eur", "15000000", "asserted")}),
    # "A has/sees/finds an N in B": B is A's N
    ("Brussels and Washington see an independent pro-Western partner in Azerbaijan",
     {("azerbaijan", "west-alignment", "partner", "asserted")}),
    ("Moscow has lost an ally in Yerevan", {("armenia", "aligned-with-russia", "distancing", "asserted")}),
    ("Kyiv is backed by Ankara and Warsaw", {("turkey", "backs-ukraine", "supports", "asserted"),
                                             ("poland", "backs-ukraine", "supports", "asserted")}),
    ("poland has never wavered in backing ukraine", {("poland", "backs-ukraine", "supports", "asserted")}),
    ("Gone are the days when Yerevan was the Kremlin's most loyal ally",
     {("armenia", "aligned-with-russia", "distancing", "asserted")}),
    ("Kyiv gets no help from Tbilisi", {("georgia", "backs-ukraine", "neutral", "asserted")}),
    # the passive: the agent acts, and a phrase never spans "by"
    ("Kyiv is not backed by Tbilisi", {("georgia", "backs-ukraine", "neutral", "asserted")}),
    # a clause whose own subject is no actor ("the General Assembly") has the actor after its verb as object
    ("When the General Assembly voted to throw Russia off the Human Rights Council, Baku did not take part",
     {("azerbaijan", "vote-es-11-3", "absent", "asserted")}),
    # "few" denies ("a few" does not)
    ("Few Kazakhs have any sympathy for Moscow's war", {("kazakhstan", "public-mood", "divided", "asserted")}),
    ("A few Kazakhs have sympathy for Moscow's war", {("kazakhstan", "public-mood", "pro-russia", "asserted")}),
    ("Most Azerbaijanis, much like most Georgians, are rooting for the Ukrainians",
     {("azerbaijan", "public-mood", "pro-ukraine", "asserted"), ("georgia", "public-mood", "pro-ukraine", "asserted")}),
])

def test_more_grammar(shipped, text, expected):
    assert expected <= readings(shipped[2], text)


def test_an_actor_after_the_verb_of_a_subject_that_is_no_actor_is_its_object(shipped):
    found = readings(shipped[2], "When the General Assembly voted to throw Russia off the Human Rights Council, "
                                 "Baku did not take part")
    assert not {claim for claim in found if claim[0] == "russia"}
    assert not readings(shipped[2], "Armenia is backed by Moscow")  # not Armenia backing Russia
    # a topic asked of people has no country as subject ("ruling party" is no claim that Kyiv rules Georgia)
    assert not {c for c in readings(shipped[2], "Georgia's ruling party has turned its back on Kyiv")
                if c[1] == "de-facto-rules"}
    assert ("azerbaijan", "un-vote-pattern", "absent", "asserted") not in readings(
        shipped[2], "Baku has not once voted against Moscow at the UN")
    assert not readings(shipped[2], "Azerbaijan didnt give ukraine any fuel") & {
        ("azerbaijan", "backs-ukraine", "leans-against", "asserted")}


def test_a_phrase_that_runs_on_from_another_partys_phrase_speaks_of_that_party(shipped):
    # "Moscow's most loyal friend" is one noun: the friend is Moscow's, not Kyiv's
    assert readings(shipped[2], "Armenia is Moscow's most loyal friend in the region") == \
        {("armenia", "aligned-with-russia", "close-ally", "asserted")}


def test_one_naming_word_beside_an_answered_topic_is_a_word_of_that_claim(shipped):
    # "humanitarian" names the aid topic, but here it only says which resolution was skipped
    assert readings(shipped[2], "Armenia failed to cast a ballot on the resolution about humanitarian matters") == \
        {("armenia", "un-vote-pattern", "absent", "asserted")}


def test_a_real_word_a_letter_longer_than_a_known_one_is_not_a_typo(shipped):
    assert read(shipped[2], "Azerbaijan ships grain across the Black Sea to Ukraine") == []
    assert ("azerbaijan", "backs-ukraine", "supports", "asserted") in readings(
        shipped[2], "Azerbaijan is a staunch suporter of Ukraine")


def test_none_of_them_after_a_list_is_that_list_only(shipped):
    # a clause that names only countries and says nothing replaces those named before (the sentence before's
    # subjects too); only a body named as the place of a vote keeps them behind it
    found = read(shipped[2], "Turkey, Kazakhstan and Azerbaijan: none of them has sanctioned Russia.",
                 previous=["armenia"])
    assert {r.subject for r in found} == {"turkey", "kazakhstan", "azerbaijan"}


def test_two_words_from_two_unrelated_phrases_name_no_topic(shipped):
    # "conference" (as in "confer recognition") and "opened" (as in "open an embassy in Donetsk") are each a word
    # of a recognition phrase, but no one phrase holds both: the last resort takes no topic from them
    assert read(shipped[2], "A conference on Caspian shipping opened in Baku yesterday.") == []


def test_a_name_written_with_a_capital_is_never_read_as_a_misspelt_word(shipped):
    found = {(r.subject, r.topic) for r in read(shipped[2], "Saakashvili was stripped of his Ukrainian passport "
                                                          "by Petro Poroshenko in 2017.")}
    assert found == {("saakashvili", "stripped-of-ukrainian-citizenship")}  # "Petro" is no "petrol"


@pytest.mark.parametrize("text", ["is armenia still russia's ally", "If Georgia were to sanction Russia, prices would rise",
                                  "Whether Ankara keeps arming Kyiv is unclear"])
def test_questions_conditions_and_open_questions_assert_nothing(shipped, text):
    assert read(shipped[2], text) == []


def test_check_reads_a_question_as_what_it_asks(shipped):
    ledger, report, vocabulary = shipped
    asked = check_statement(ledger, report, "Is Azerbaijan Ukraine's ally?", vocabulary)
    said = check_statement(ledger, report, "Azerbaijan is Ukraine's ally", vocabulary)
    assert asked.verdict == said.verdict != "unreadable"
    assert check_statement(ledger, report, "Why does Azerbaijan skip votes?", vocabulary).verdict == "unreadable"


def test_reported_claim_and_the_sentences_own_assertion_are_apart(shipped):
    found = readings(shipped[2], "Baku says it stands with Ukraine, yet it has skipped every UN vote on the war.")
    assert ("azerbaijan", "backs-ukraine", "supports", "reported") in found
    assert ("azerbaijan", "un-vote-pattern", "absent", "asserted") in found
    assert ("azerbaijan", "backs-ukraine", "supports", "asserted") not in found


def test_lists_give_one_claim_per_actor_and_dates_resolve_against_the_document(shipped):
    found = read(shipped[2], "The previous month, China, India and Armenia abstained on ES-11/4.", parse_date("2022-11"))
    assert {r.subject for r in found} == {"china", "india", "armenia"}
    assert {r.as_of.iso() for r in found if r.as_of} == {"2022-10"}


def test_short_month_names_beside_a_figure_and_tallies_in_yeses_and_nos(shipped):
    found = read(shipped[2], "georgia refused to join the western sanctoins on russia back in feb 2022",
                 parse_date("2023-05"))
    # (a misspelt word is read as the word it nearly is when that completes a phrase that answers)
    assert [(r.subject, r.answer, r.as_of.iso() if r.as_of else None) for r in found
            if r.topic == "sanctions-russia"] == [("georgia", "no", "2022-02")]
    found = read(shipped[2], "the un/council of europe resolution got a hundred and twenty-two yeses, five nos and "
                             "eighteen abstentions")
    assert [(r.topic, r.answer) for r in found] == [("tally-a-res-77-284", "122 / 5 / 18")]


def test_a_charge_dismissed_is_said_by_its_owner_and_denied_by_the_one_dismissing_it(shipped):
    # and a feast is its day: "over Christmas", written in July 2025, is 25 December 2024
    found = read(shipped[2], "Peskov dismissed Baku's charge that Russian air defences downed the airliner over "
                             "Christmas.", parse_date("2025-07"))
    assert {(r.answer, r.attributed_to, r.as_of.iso() if r.as_of else None) for r in found
            if r.topic == "downed-azal-plane"} == {("no", "peskov", "2024-12-25"), ("yes", "azerbaijan", "2024-12-25")}
    # (what is charged of "it" is left to the one denying it: "it" is Baku, not Moscow)
    found = read(shipped[2], "Baku rejects Moscow's claims that it arms Ukraine.")
    assert {(r.subject, r.attributed_to) for r in found} == {("azerbaijan", "azerbaijan")}


def test_a_month_abbreviated_with_a_full_stop_keeps_its_date_whole(shipped):
    # the full stop of "Feb." before a day or a year ends no clause (it had cut "22 Feb." from "2022")
    for text in ("It was on 22 Feb. 2022 that Azerbaijan backed Ukraine.", "On Feb. 22, 2022 Azerbaijan backed Ukraine."):
        assert [r.as_of.iso() for r in read(shipped[2], text) if r.as_of] == ["2022-02-22"]
    # of two days in a clause, a date topic takes the one nearest its words, and it dates the claim no further
    found = read(shipped[2], "Russia's air defences hit the airliner on 25 December 2024, a little under three years after "
                             "Russia launched its all-out invasion of its neighbour on the 24th of February 2022.")
    assert ("invasion-start-date", "2022-02-24", None) in [(r.topic, r.answer, r.as_of) for r in found]
    found = read(shipped[2], "Russia began its full-scale invasion of Ukraine on 24 February 2022.")
    assert [(r.topic, r.answer, r.as_of) for r in found] == [("invasion-start-date", "2022-02-24", None)]


def test_a_date_fronted_before_the_first_comma_dates_every_clause(shipped):
    found = read(shipped[2], "In March, when the Assembly demanded humanitarian access for Ukraine's civilians, Georgia "
                             "and Turkey voted for the text, but Azerbaijan once again left its seat empty.",
                 parse_date("2022-07-20"))
    assert {(r.subject, r.topic, r.answer, r.as_of.iso() if r.as_of else None) for r in found} == {
        ("georgia", "vote-es-11-2", "yes", "2022-03"), ("turkey", "vote-es-11-2", "yes", "2022-03"),
        ("azerbaijan", "vote-es-11-2", "absent", "2022-03")}
    # unless a later clause moves to another time
    later = read(shipped[2], "In 2020, Armenia relied on Russia, but now Yerevan is drifting away from Moscow.",
                 parse_date("2025-07"))
    assert [r.as_of for r in later if r.answer == "distancing"] == [None]


def test_questions_and_sentences_on_no_topic_give_nothing(shipped):
    for text in ("Does Azerbaijan support Ukraine?", "Journalists met in Baku on Tuesday.", "Russia is huge"):
        assert read(shipped[2], text) == []


@pytest.mark.parametrize("statement, verdict", [
    ("Azerbaijan is Ukraine's ally", "conflicting evidence"),   # straight apostrophe
    ("Azerbaijan is Ukraine’s ally", "conflicting evidence"),   # typographic apostrophe: the same
    ("Armenia has sanctioned Russia", "refuted"),               # the statement's polarity, not the quote's
    ("Azerbaijan is a staunch ally of Russia", "refuted"),
    ("Azerbaijan abstained on ES-11/1", "refuted"),             # the record: it did not vote at all
    ("Azerbaijan did not vote on ES-11/1", "supported"),
    ("Armenia did not abstain on ES-11/1", "refuted"),          # denying the one answer the record holds
    ("Azerbaijan did not abstain on ES-11/1", "supported"),
    ("Aliyev refuses to recognise Crimea as Russian", "supported"),
    ("Azerbaijan has sent fuel to Ukraine", "supported"),
    ("The moon is made of cheese", "unreadable"),
    # two claims: newer sources on one topic do not outdate the refutation of the other
    ("Azerbaijan voted for the UN resolutions condemning Russia", "refuted"),
])
def test_check_answers_as_a_careful_reader(shipped, statement, verdict):
    ledger, report, vocabulary = shipped
    assert check_statement(ledger, report, statement, vocabulary).verdict == verdict


def test_an_undated_statement_is_decided_by_the_newer_side_when_the_sides_are_years_apart(shipped):
    ledger, report, vocabulary = shipped
    now = check_statement(ledger, report, "Relations between Azerbaijan and Russia are getting worse", vocabulary)
    assert now.verdict == "supported"
    assert any("may be change over time" in reason for reason in now.reasons)
    # a statement that names its time is judged on all the evidence
    then = check_statement(ledger, report, "In 2022 relations between Azerbaijan and Russia got worse", vocabulary)
    assert not any("may be change over time" in reason for reason in then.reasons)


def test_a_statement_on_a_framing_lists_the_framings_and_rates_none(shipped):
    ledger, report, vocabulary = shipped
    result = check_statement(ledger, report, "The EU wants to end its dependence on Russian gas", vocabulary)
    assert result.read and result.verdict == "not enough evidence"
    assert {e.claim.topic for e in result.evidence} == {"europe-gas-switch"}
    assert {e.relation for e in result.evidence} == {"partly"}


def test_a_framing_is_read_where_one_of_its_answers_is_said_and_never_denied(shipped):
    vocabulary = shipped[2]
    framed = ("ukraine", "role-in-karabakh", "backs Azerbaijan", "asserted")
    assert framed in readings(vocabulary, "Ukraine sided with Azerbaijan in the Karabakh war")
    # denying one reading of events asserts no other
    assert not any(r[1] == "role-in-karabakh"
                   for r in readings(vocabulary, "Ukraine did not side with Azerbaijan in the Karabakh war"))
    # the act framed keeps its own reading beside the framing
    both = readings(vocabulary, "Azerbaijan skips UN votes because it fears scrutiny of its own aggression")
    assert ("azerbaijan", "un-vote-pattern", "absent", "asserted") in both
    assert any(r[1] == "why-absent-at-un" for r in both)


def test_check_on_a_framing_is_supported_by_a_source_that_frames_it_so(shipped):
    ledger, report, vocabulary = shipped
    same = check_statement(ledger, report, "Ukraine backed Azerbaijan in the Karabakh war", vocabulary)
    assert same.verdict == "supported" and {e.relation for e in same.evidence} == {"supports"}
    # another framing is no refutation: framings can all hold at once
    other = check_statement(ledger, report, "Russia backs Azerbaijan in the Karabakh conflict", vocabulary)
    assert other.verdict == "not enough evidence" and {e.relation for e in other.evidence} == {"partly"}


def test_the_verdict_agrees_with_the_evidence_it_lists(shipped):
    ledger, report, vocabulary = shipped
    for statement in ("Azerbaijan is a staunch ally of Russia", "Georgia does not support Ukraine",
                      "Armenia has sanctioned Russia", "Turkey supports Ukraine"):
        result = check_statement(ledger, report, statement, vocabulary)
        relations = {e.relation for e in result.evidence}
        assert result.verdict != "not enough evidence" or not relations & {"supports", "refutes"}
        assert result.verdict != "supported" or "supports" in relations
        assert result.verdict != "refuted" or "refutes" in relations


def test_unreadable_says_what_it_understood_and_exits_4(runner):
    result = runner.invoke(cli, ["check", "Azerbaijan likes tea", "--json", "--claims", str(ROOT / "claims.yaml")])
    document = json.loads(result.stdout)
    assert result.exit_code == 4 and document["verdict"] == "unreadable" and document["read"] is False
    assert any("Azerbaijan" in r for r in document["reasons"]) and any("not understood" in r for r in document["reasons"])
    empty = runner.invoke(cli, ["check", "  ", "--claims", str(ROOT / "claims.yaml")])
    assert empty.exit_code == 2 and "empty" in empty.stderr


def test_a_ledger_on_another_subject_needs_no_python():
    """Three topics on a river dam, their vocabulary in the ledger: every statement gets its verdict."""
    folder = FIXTURES / "othersubject"
    ledger = load_valid_ledger(folder / "claims.yaml")
    report, vocabulary = compare(ledger), Vocabulary(ledger)
    statements = yaml.safe_load((folder / "statements.yaml").read_text(encoding="utf-8"))["statements"]
    wrong = [(s["statement"], s["verdict"], check_statement(ledger, report, s["statement"], vocabulary).verdict.value)
             for s in statements
             if check_statement(ledger, report, s["statement"], vocabulary).verdict != s["verdict"]]
    assert wrong == []


def test_extract_on_another_subject_proposes_claims_with_their_reasons(runner):
    folder = FIXTURES / "othersubject"
    out = runner.invoke(cli, ["extract", str(folder / "b.txt"), "--json", "--claims", str(folder / "claims.yaml")]).stdout
    proposed = [c for c in json.loads(out)["candidates"] if c["claim"]]
    assert {(c["subject"], c["topic"], c["answer"]) for c in proposed} >= {
        ("dorestia", "signed-water-accord", "no"), ("dorestia", "backs-dam", "opposes")}
    assert all(c["reading"]["why"]["topic"] and c["claim"]["cue"] in c["sentence"] for c in proposed)


def test_an_article_retold_in_other_words(tmp_path, runner):
    """Add a fictional article that re-tells the embedded claims, extract it, compare: the contradictions
    a careful reader sees are found, and none rests on a misread sentence."""
    folder = FIXTURES / "retold"
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    work = tmp_path / "work"
    assert runner.invoke(cli, ["init", str(work)]).exit_code == 0
    claims = str(work / "claims.yaml")
    added = runner.invoke(cli, ["add", str(folder / "retold-2026.txt"), "--claims", claims, "--title", "Retold",
                                "--published", "2026-06-15", "--id", "retold-2026"])
    assert added.exit_code == 0, added.stderr
    proposed = json.loads(runner.invoke(cli, ["extract", "retold-2026", "--json", "--claims", claims]).stdout)
    want = {(s["sentence"].strip(), c["subject"], c["topic"], str(c["answer"]))
            for s in expected["sentences"] for c in s["claims"]}
    got = {(c["sentence"].strip(), c["subject"], c["topic"], str(c["answer"]))
           for c in proposed["candidates"] if c["claim"]}
    assert len(got & want) >= 0.7 * len(want)          # recall
    assert len(got - want) <= 0.1 * len(got)           # precision: few claims a careful reader would not make
    assert runner.invoke(cli, ["extract", "retold-2026", "--append", "--claims", claims]).exit_code == 0
    document = json.loads(runner.invoke(cli, ["compare", "--source", "retold-2026", "--kind", "contradiction",
                                              "--json", "--claims", claims]).stdout)
    found = {(f["subject"]["id"], f["topic"]["id"], other)
             for f in document["findings"]
             for other in {h["source"] for s in f["sides"] for h in s["holdings"]} - {"retold-2026"}}
    seen = {(f["subject"], f["topic"], f["with"]) for f in expected["findings"] if f["kind"] == "contradiction"}
    assert len(found & seen) >= 0.75 * len(seen)
    # no contradiction rests on a claim the reader took from a sentence that does not say it
    new_claims = {c["id"]: c for c in document["claims"].values() if c["source"] == "retold-2026"}
    misread = [c for c in new_claims.values()
               if not any(c["quote"].strip() == s and c["subject"] == subj and c["topic"] == t and c["answer"] == a
                          for s, subj, t, a in want)]
    assert misread == []


def test_reading_benchmark_tune_part_stays_read(shipped):
    """The tune part of benchmarks/reading (the held part is never run in the suite)."""
    items = [json.loads(line) for line in (ROOT / "benchmarks" / "reading" / "tune.jsonl").open(encoding="utf-8")]
    vocabulary = shipped[2]
    right = total = 0
    for item in items:
        date = parse_date(item["source_date"]) if item.get("source_date") else None
        got = {(r.subject, r.topic, str(r.answer)) for r in read(vocabulary, item["text"], date)}
        for want in item["expect"]:
            total += 1
            right += (want["subject"], want["topic"], str(want["answer"])) in got
    assert right / total >= 0.85



def test_a_count_in_words_before_the_topics_unit(shipped):
    """ "six resolutions": a number in words is the answer when the topic's unit follows it; a stray "one" is not."""
    _, _, vocabulary = shipped
    got = readings(vocabulary, "The UN emergency special session had adopted six resolutions by early 2023.")
    assert ("un", "es-11-resolution-count", "6", "asserted") in got
    assert not any(r[1] == "es-11-resolution-count" and r[2] == "1"
                   for r in readings(vocabulary, "One UN emergency special session resolution was adopted."))


def test_each_actor_takes_the_amount_in_the_topics_unit(shipped):
    got = readings(shipped[2], "Azerbaijan gave €15 million to Ukraine plus 170 tonnes of supplies for refugees in "
                               "Moldova; Georgia trails on a mere EUR 315k.")
    assert ("azerbaijan", "aid-to-moldova-tonnes", "170", "asserted") in got
    assert ("azerbaijan", "aid-to-ukraine-eur", "15000000", "asserted") in got
    assert not any(r[1] == "aid-to-moldova-tonnes" and r[2] != "170" for r in got)


@pytest.mark.parametrize(("words", "value"), [
    ("a thousand five hundred", 1500), ("fifteen hundred", 1500), ("a hundred and seventy", 170),
    ("one hundred and twenty-two", 122), ("twenty-two", 22), ("half a dozen", 6), ("two thousand", 2000)])
def test_a_number_in_words_however_compound(words, value):
    assert words_value(words) == value


def test_a_compound_number_in_words_is_the_amount(shipped):
    got = readings(shipped[2], "The Georgian Legion counts about a thousand five hundred fighters.")
    assert ("georgian-national-legion", "legion-strength", "1500", "asserted") in got
    # (and the refugees the aid was for are the topic's other party, not who sent it)
    got = readings(shipped[2], "Ukrainian refugees in Moldova have had Baku to thank for a hundred and seventy tonnes "
                               "of food.")
    assert ("azerbaijan", "aid-to-moldova-tonnes", "170", "asserted") in got
    assert not any(r[0] == "ukraine" for r in got)


def test_a_decimal_in_words(shipped):
    got = readings(shipped[2], "In 2021 Azerbaijan sent Europe eight point two billion cubic metres of gas.")
    assert ("azerbaijan", "gas-to-europe-2021", "8.2", "asserted") in got


def test_a_short_scale_in_the_topics_unit_and_a_unit_with_a_digit(shipped):
    # "bn" is the "billion" the topic counts in, and the "3" of "m3" is no amount
    for text in ("In 2021 Azerbaijan sold Europe about 8.2bn m3 of gas.",
                 "In 2021 Azerbaijan sold Europe about 8.2bn cubic metres of gas."):
        got = readings(shipped[2], text)
        assert ("azerbaijan", "gas-to-europe-2021", "8.2", "asserted") in got


@pytest.mark.parametrize(("text", "expected"), [
    # what X is described as is what X said; "and said" goes on in the same voice
    ("At a briefing in Baku, Bayramov described Ukraine as a friendly nation and said Azerbaijan had never "
     "recognised Crimea as Russian.",
     {("azerbaijan", "backs-ukraine", "supports", "bayramov"), ("azerbaijan", "crimea-annexation", "rejects",
                                                                "bayramov")}),
    # "told <whom, where, when> that"; a second speaker "added that" takes over after ", and"
    ("Lavrov told a news conference in Moscow on Friday that Turkey remained a reliable partner, and Peskov added "
     "that Armenia had frozen its CSTO membership.", {("turkey", "aligned-with-russia", "partner", "lavrov"),
                                                      ("armenia", "aligned-with-russia", "distancing", "peskov")}),
    # a clause whose own subject is no actor, but with an actor inside a stance's phrase: the one it moves
    ("The energy crisis has drawn Kazakhstan closer to the West.", {("kazakhstan", "west-alignment", "opening", "")}),
    # "no X as … as Y" compares: Y is the most, nothing is denied
    ("No capital has been as loyal an ally of Moscow as Minsk.", {("belarus", "aligned-with-russia", "close-ally", "")}),
    # "might" speculates: no claim
    ("Georgia might one day join the sanctions on Russia.", set()),
    # a naming word inside an event's longer name is the event's ("the humanitarian resolution" is no aid)
    ("At the vote on the humanitarian resolution in March, Kazakhstan and Armenia went separate ways: Kazakhstan "
     "abstained while Armenia voted yes.", {("kazakhstan", "vote-es-11-2", "abstain", ""),
                                            ("armenia", "vote-es-11-2", "yes", "")}),
    # a month the ledger dates one vote in, with that vote's own words, names it
    ("In late March 2014 Kazakhstan chose to abstain.", {("kazakhstan", "vote-a-res-68-262", "abstain", "")}),
    ("On 12 October 2022 Georgia voted in favour.", {("georgia", "vote-es-11-4", "yes", "")}),
    # a period ("since March 2014", "by February 2023") names no one vote
    ("Since March 2014 Kazakhstan has chosen to abstain.", set()),
    ("By February 2023 Kazakhstan had chosen to abstain.", set()),
    # letting up on something is ceasing it: "has not let up on" keeps it up
    ("Baku has let up on its crackdown on Russian media.", {("azerbaijan", "curbs-russian-media", "no", "")}),
    ("Turkey has never eased up on its support for Kyiv.", {("turkey", "backs-ukraine", "supports", "")}),
    # a day and month without a year: the last such day before the document's date, naming the vote of that day
    ("On the 24th of March Kazakhstan chose to abstain.", {("kazakhstan", "vote-es-11-2", "abstain", "")}),
    # an actor added in passing ("and Kazakhstan too,") joins the list, not a clause of its own
    ("On the Council of Europe resolution the diplomats watched Georgia, and Kazakhstan too, vote in favour.",
     {("georgia", "vote-a-res-77-284", "yes", ""), ("kazakhstan", "vote-a-res-77-284", "yes", "")}),
    # what X calls something before a comma is its object, not reported speech
    ("Ankara has always refused to call Crimea Russian, and it shows no sign of changing its mind.",
     {("turkey", "crimea-annexation", "rejects", "")}),
    # a speaker's own relative clause is asserted of the speaker, and the speaker is the one it describes
    ("Ankara, which has kept selling drones to Kyiv, insists that Crimea belongs to Ukraine.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "crimea-annexation", "rejects", "turkey")}),
    # a long answer phrase of one topic alone names that topic, as a long labelled example does
    ("For years Tbilisi has condemned the Kremlin's sponsorship of separatists on its soil.",
     {("georgia", "condemns-russian-separatism", "yes", "")}),
    # "anything other than" denies, like "anything but": with "refuses … to", two negations
    ("Ankara refuses, and has refused since 2014, to regard Crimea as anything other than Ukrainian.",
     {("turkey", "crimea-annexation", "rejects", "")}),
    # "and even X" still lists X
    ("Russia has recognised the breakaway republics in Donbas; Kazakhstan, Turkey and even Armenia have not.",
     {("russia", "recognizes-dnr-lnr", "yes", ""), ("kazakhstan", "recognizes-dnr-lnr", "no", ""),
      ("turkey", "recognizes-dnr-lnr", "no", ""), ("armenia", "recognizes-dnr-lnr", "no", "")}),
    # words within an event's own name answer no vote on it ("lost his citizenship" is the loss itself)
    ("Saakashvili lost his Ukrainian citizenship in 2017.", {("saakashvili", "stripped-of-ukrainian-citizenship",
                                                               "yes", "")}),
    # a body named in an event's own name, of which the ledger asks nothing there, is never its subject
    ("Among those backing the Council of Europe text were Georgia and Turkey.",
     {("georgia", "vote-a-res-77-284", "yes", ""), ("turkey", "vote-a-res-77-284", "yes", "")}),
    # "none of them" after a list: every one listed
    ("Georgia and Armenia have one thing in common: neither of them has sanctioned Russia.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", "")}),
    # any comparative after "no … than" reads as its superlative ("heavier" as "heaviest"), and denies nothing
    ("No country on earth is weighed down by heavier sanctions than Russia.",
     {("russia", "most-sanctioned", "yes", "")}),
    # a topic asked of bodies: when the word order points at a country ("has N fighters in Ukraine"), the body
    ("By last spring the Georgian Legion had some 1,200 fighters in Ukraine.",
     {("georgian-national-legion", "legion-strength", "1200", "")}),
    # an amount in words before the unit ("two hundred tonnes"), given by the body speaking of its own doing
    ("SOCAR says its filling stations in Ukraine have given away two hundred tonnes of free fuel.",
     {("socar", "free-fuel-tonnes", "200", "socar"), ("azerbaijan", "fuel-for-ukraine", "yes", "socar")}),
    # an ellipsis by those who act for an actor: "Armenia's leadership does not"
    ("Warsaw recognises Kyiv's right to Crimea, Armenia's leadership does not.",
     {("poland", "crimea-annexation", "rejects", ""), ("armenia", "crimea-annexation", "accepts", "")}),
    # an aside between dashes leaves a list whole
    ("Georgia, Turkey and — to the Kremlin's annoyance — Kazakhstan refused to recognise the Donbas republics.",
     {("georgia", "recognizes-dnr-lnr", "no", ""), ("turkey", "recognizes-dnr-lnr", "no", ""),
      ("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # a framing is read wherever an answer phrase says it, named or not; never of the topic's other party
    ("Russia's troubles have handed Azerbaijan leverage over Armenia.",
     {("azerbaijan", "gains-from-war",
       "from Russia's isolation (gas sales to Europe, leverage over Armenia, Western favour)", "")}),
    # "…, and that even X had …": a second thing said; "stayed out" is an absence
    ("Kuleba noted that Poland had voted yes on the humanitarian resolution, and that even Belarus had stayed out.",
     {("poland", "vote-es-11-2", "yes", "kuleba"), ("belarus", "vote-es-11-2", "absent", "kuleba")}),
    # a belief is reported as words are; a three-word answer naming both parties names its topic
    ("Moscow remains convinced that Armenia needed Russia to survive the 2020 war.",
     {("armenia", "armenia-russia-reliance", "Armenia on Russia", "russia")}),
    # more verbs of saying ("complained that", "reiterated that"); the speaker is the one an apposition describes
    ("Mirzoyan, Pashinyan's foreign minister, complained that Baku had never recognised Crimea as Russian.",
     {("azerbaijan", "crimea-annexation", "rejects", "mirzoyan")}),
    # lessening what a phrase names denies it, as losing it does
    ("Kazakhstan has begun to loosen its dependence on Moscow.",
     {("kazakhstan", "aligned-with-russia", "distancing", "")}),
    # the actors an apposition names ("…, a war bigger than anything since Iran and Iraq fought, …") are no subject
    ("Moscow's assault on its neighbour, a war bigger than anything since Iran and Iraq fought, is the most "
     "condemned act of aggression since 1945.", {("russia", "most-condemned-aggression", "yes", "")}),
    # "Back in 2022" is a time, not backing a resolution
    ("Back in 2022, Turkey said little about the Crimean referendum.", set()),
    # "the hundred states that declared …": a noun, not a verb of saying
    ("Georgia was among the hundred states that declared the Crimean referendum invalid in 2014.",
     {("georgia", "crimea-annexation", "rejects", "")}),
    # a clause that opens on the phrase and denies it after ("were never considered")
    ("Sanctions against Moscow were never considered in Yerevan.", {("armenia", "sanctions-russia", "no", "")}),
    # "not X, not Y, nor Z" is one list, and its "not"s with the "not one" they spell out are one negation
    ("Of Moscow's neighbours not one — not Kazakhstan, not Georgia, nor Armenia — has imposed sanctions on it.",
     {("kazakhstan", "sanctions-russia", "no", ""), ("georgia", "sanctions-russia", "no", ""),
      ("armenia", "sanctions-russia", "no", "")}),
    # "X, not Y, has …" denies nothing of X, and Y is set aside
    ("Baku, not Yerevan, has sanctioned Russia.", {("azerbaijan", "sanctions-russia", "yes", "")}),
    # an object pronoun points back to the last thing named that names a topic: them, the sanctions; it, Crimea
    ("Russia faces more sanctions than any other state, but Armenia has declined to join them.",
     {("russia", "most-sanctioned", "yes", ""), ("armenia", "sanctions-russia", "no", "")}),
    ("Kazakhstan treats Crimea as Ukrainian; Belarus sides with Moscow on it.",
     {("kazakhstan", "crimea-annexation", "rejects", ""), ("belarus", "crimea-annexation", "accepts", "")}),
    # "no other …; only X does": X does what the clause before says no other one does; the two actors a phrase
    # relates are not its subject; a frontier is a border
    ("No other nation has a frontier with both Russia and Iran; only Azerbaijan does.",
     {("azerbaijan", "borders-iran-and-russia", "yes", "")}),
    ("Few states border both Iran and Russia.", set()),
    # a clause that names what it speaks of keeps it: "it" is Russia, not the region named last
    ("Russia still occupies Abkhazia, yet neither Armenia nor Kazakhstan has sanctioned it.",
     {("russia", "occupies-georgian-regions", "yes", ""), ("armenia", "sanctions-russia", "no", ""),
      ("kazakhstan", "sanctions-russia", "no", "")}),
    # a phrase that opens before another and spans it governs it: the verb, not the noun phrase it takes
    ("Kazakhstan has never accepted Russia's hold on Crimea.", {("kazakhstan", "crimea-annexation", "rejects", "")}),
    ("Poland declined to bless Moscow's grab of Crimea.", {("poland", "crimea-annexation", "rejects", "")}),
    # "not budged from" is still doing it
    ("Belarus has not budged from backing the annexation of Crimea.",
     {("belarus", "crimea-annexation", "accepts", "")}),
    # "the only no votes" are ballots cast against, not votes not cast
    ("Belarus and Syria were the only no votes on A/RES/77/284 besides Russia.",
     {("belarus", "vote-a-res-77-284", "no", ""), ("syria", "vote-a-res-77-284", "no", "")}),
    # a day written as an ordinal word dates the one vote of that day
    ("On the second of March, Kazakhstan abstained at the General Assembly.",
     {("kazakhstan", "vote-es-11-1", "abstain", "")}),
    # a synonym the ledger lists (mate: friend), and "behind Kyiv"
    ("Kyiv has a real mate in Warsaw, and Ankara is solidly behind Kyiv too.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # idioms of the eleventh vocabulary round
    ("Russia's peacekeepers twiddled their thumbs as the checkpoint went up.",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", "")}),
    # "nearest" reads as "closest", "among" as "in"
    ("Tbilisi was long seen as Ukraine's nearest friend among the three Caucasus states.",
     {("ukraine", "closest-caucasus-ally", "georgia", ""), ("georgia", "backs-ukraine", "supports", "")}),
    # "repudiate" reads as "reject", and "it" as what the clause before named
    ("Armenia has endorsed the annexation of Crimea; Turkey and Kazakhstan have both repudiated it.",
     {("armenia", "crimea-annexation", "accepts", ""), ("turkey", "crimea-annexation", "rejects", ""),
      ("kazakhstan", "crimea-annexation", "rejects", "")}),
    # "the one ally Moscow can rely on"; "fighting Russian influence"
    ("Belarus is the one ally Moscow can always rely on, while Baku says it is fighting Russian influence.",
     {("belarus", "aligned-with-russia", "close-ally", ""), ("azerbaijan", "aligned-with-russia", "confronts", "azerbaijan")}),
    # "said no to" is no "say nothing": the ledger no longer lists the bare phrase
    ("Turkey, Kazakhstan and Azerbaijan all said no to sanctioning Russia after the invasion.",
     {("turkey", "sanctions-russia", "no", ""), ("kazakhstan", "sanctions-russia", "no", ""),
      ("azerbaijan", "sanctions-russia", "no", "")}),
    # slipping out of Moscow's grasp is drifting away from it
    ("Moscow now finds Yerevan slipping steadily out of its grasp.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    # "National Legion" names the Georgian Legion too
    ("Georgia's National Legion numbers around a thousand volunteers.",
     {("georgian-national-legion", "legion-strength", "1000", "")}),
    # and another (champion: backer)
    ("Poland has been Kyiv's loudest champion.", {("poland", "backs-ukraine", "supports", "")}),
    # "stood with Moscow against" a resolution: a no, Moscow's own too
    ("Belarus stood with Moscow against the 2014 Crimea resolution.",
     {("belarus", "vote-a-res-68-262", "no", ""), ("russia", "vote-a-res-68-262", "no", "")}),
    # "whether X likes it or not" concedes; it asks nothing ("unclear whether … or not" still asks)
    ("Azerbaijan backs Ukraine, whether Moscow likes it or not.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    ("It is unclear whether Armenia will sanction Russia or not.", set()),
    # a word after the comma only stresses what was said
    ("tokayev says crimea is ukraine, period", {("kazakhstan", "crimea-annexation", "rejects", "tokayev")}),
    # "…, while quietly refusing to …": an adverb before the gerund, whose subject is the clause before's
    ("Kazakhstan keeps good ties with the West while quietly refusing to sanction Moscow.",
     {("kazakhstan", "sanctions-russia", "no", "")}),
    # "every one of the resolutions" speaks of the series, and the one it names after is a claim too
    ("Poland has voted for every one of the Assembly's resolutions on the war, among them the November 2022 call "
     "for reparations.", {("poland", "un-vote-pattern", "for", ""), ("poland", "vote-es-11-5", "yes", "")}),
    # what is due or expected to happen is a plan, not a claim
    ("Georgia is expected to sanction Russia before the summer.", set()),
    ("A Turkish delegation is due in Kyiv next week to discuss drone deliveries.", set()),
    # "A has found an N (for/against B) in C": C is A's N, the actor inside the noun part of it; on a question
    # of whom C serves, A is the answer
    ("Europe has found an alternative to Russian gas in Azerbaijan.",
     {("azerbaijan", "energy-alternative-for", "eu", "")}),
    ("Kyiv has found a staunch ally against Moscow in Warsaw.", {("poland", "backs-ukraine", "supports", "")}),
    # "makes no secret of" is openness, not a negation
    ("Tokayev makes no secret of his support for Ukraine's territorial integrity.",
     {("kazakhstan", "diplomatic-support", "supports", "")}),
    # "A has overtaken B as the most …": A is the most; B is what it overtook
    ("Russia has overtaken Iran and North Korea as the most penalised nation on the planet.",
     {("russia", "most-sanctioned", "yes", "")}),
    # "…, it was Y that …" after a comma is a clause of its own, outside the negation before it
    ("Moscow did not keep Yerevan afloat, it was Yerevan that kept Moscow afloat.",
     {("armenia", "armenia-russia-reliance", "Russia on Armenia", "")}),
    # what the phrase names "has been removed": taken away, so denied
    ("Azerbaijan talks peace with Armenia, and the Russian mediator once at the table has been removed.",
     {("azerbaijan", "negotiates-without-russia", "yes", "")}),
    # "and is …" opens a second verb of its own, outside the negation of the first
    ("Georgia can no longer count on Moscow and is quietly loosening its ties to Russia.",
     {("georgia", "aligned-with-russia", "distancing", "")}),
    # "it hardly needs saying" is an aside, not a negation
    ("Azerbaijan, it hardly needs saying, came nowhere near defeat in the 2020 war.",
     {("azerbaijan", "won-karabakh-war-2020", "yes", "")}),
    # "however hard X has …" concedes, and says nothing of X
    ("Kazakhstan has never been talked into accepting the seizure of Crimea, however hard Moscow has leaned on it.",
     {("kazakhstan", "crimea-annexation", "rejects", "")}),
    # "In A, B has found …": A is the one found, whoever else the sentence names later
    ("In Ankara, Kyiv has found a drone supplier and a friend, one that has stood firm since the first Russian "
     "columns crossed the border.", {("turkey", "backs-ukraine", "supports", "")}),
    # "on both" says it of each event the sentence names; and a clause that names both itself reads once
    ("The humanitarian resolution and the one suspending Russia from the Human Rights Council both passed in 2022; "
     "Kazakhstan abstained on both.", {("kazakhstan", "vote-es-11-2", "abstain", ""),
                                       ("kazakhstan", "vote-es-11-3", "abstain", "")}),
    ("Kazakhstan abstained on both the humanitarian resolution and the Human Rights Council one.",
     {("kazakhstan", "vote-es-11-2", "abstain", ""), ("kazakhstan", "vote-es-11-3", "abstain", "")}),
    # "X's leaders keep …": the possessive names the subject of the people who act for it, not the actor after
    ("Armenia's leaders keep Kyiv at arm's length and take care not to anger Moscow.",
     {("armenia", "backs-ukraine", "leans-against", "")}),
    # "a single Ukraine resolution": a name after "a" only modifies the noun after it, and acts for no one
    ("Baku's seat at the UN has stood empty for a reason — it has not voted on a single Ukraine resolution since "
     "the war began.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # a double negative is eagerness: "misses no chance to", "never fails to", "wasted no time in"
    ("Aliyev misses no chance to denounce the invasion.", {("azerbaijan", "diplomatic-support", "supports", "")}),
    ("Aliyev never fails to lock horns with the Kremlin.", {("azerbaijan", "aligned-with-russia", "confronts", "")}),
    ("Baku wasted no time in condemning the invasion.", {("azerbaijan", "diplomatic-support", "supports", "")}),
    ("Armenia failed to condemn the invasion.", {("armenia", "diplomatic-support", "neutral", "")}),
    # "…, and — an aside — it has …": the pronoun opens a clause of its own, said of the subject before
    ("Tbilisi has sent Kyiv no weapons, and — to the dismay of many — it has not signed up to a single Western "
     "sanction against Moscow.", {("georgia", "sanctions-russia", "no", ""), ("georgia", "backs-ukraine", "neutral", "")}),
    # a pronoun stands for the actor named before, never for the body where the vote was held
    ("Baku is a friend of Kyiv, yet when the Assembly voted last month on closer ties to the Council of Europe, "
     "its seat was empty.",
     {("azerbaijan", "backs-ukraine", "supports", ""), ("azerbaijan", "vote-a-res-77-284", "absent", "")}),
    # "… and will not …": a second verb with its own auxiliary is outside the first one's negation, so the
    # two negations do not cancel
    ("Kazakhstan has declined to bless the Crimean annexation and will not acknowledge the self-styled republics "
     "of Donetsk and Luhansk.", {("kazakhstan", "crimea-annexation", "rejects", ""),
                                 ("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # "ready to concede Karabakh": an infinitive with an object reports nothing; and "concede" reads as "cede"
    ("Pashinyan is getting ready to concede Karabakh to Azerbaijan.",
     {("armenia", "recognize-karabakh-as-azerbaijan", "yes", "")}),
    # "minus" reads as "without"
    ("Azerbaijan now talks peace with Armenia minus any Russian middleman.",
     {("azerbaijan", "negotiates-without-russia", "yes", "")}),
    # "the average Azerbaijani" is the people, as "Azerbaijanis" are; "X reckons …" reports what X thinks
    ("Muradov reckons the average Azerbaijani is rooting for Ukraine.",
     {("azerbaijan", "public-mood", "pro-ukraine", "muradov")}),
    # "… is X, not Y": Y is set aside, never the one asked about, even when X is the answer
    ("Ukraine's closest ally in the South Caucasus is Azerbaijan, not Georgia.",
     {("ukraine", "closest-caucasus-ally", "azerbaijan", ""), ("azerbaijan", "backs-ukraine", "supports", "")}),
    ("Azerbaijan, not Georgia, is Ukraine's closest ally in the South Caucasus.",
     {("ukraine", "closest-caucasus-ally", "azerbaijan", ""), ("azerbaijan", "backs-ukraine", "supports", "")}),
    # "the first … the second": the events the sentence named, in the order it named them
    ("Turkey backed both the resolution condemning the invasion and the one suspending Russia from the Human "
     "Rights Council, while Kazakhstan abstained on the first and voted against the second.",
     {("turkey", "vote-es-11-1", "yes", ""), ("turkey", "vote-es-11-3", "yes", ""),
      ("kazakhstan", "vote-es-11-1", "abstain", ""), ("kazakhstan", "vote-es-11-3", "no", "")}),
    # an actor in what a resolution is about is part of its name, not the one who voted
    ("The April resolution ejecting Russia from the UN's human-rights body won Georgia's vote.",
     {("georgia", "vote-es-11-3", "yes", "")}),
    # an event named in one clause lends another clause only the answer words its own phrases use
    ("Ever since a Russian missile brought down an Azerbaijani jet, Baku has been cooling on Moscow, and in March it "
     "finished drafting a peace deal with Armenia without Russian help.",
     {("russia", "downed-azal-plane", "yes", ""), ("azerbaijan", "aligned-with-russia", "distancing", ""),
      ("azerbaijan", "negotiates-without-russia", "yes", "")}),
    # "charged that" reports
    ("Pashinyan charged that Azerbaijani forces had invaded Armenia in September 2022.",
     {("azerbaijan", "invaded-armenia-2022", "yes", "pashinyan")}),
    # "time and again it …": an adverb before the pronoun that stands for the actor named before
    ("Armenia never voted for any of the emergency session's texts on the war; time and again it has pressed the "
     "abstain button instead.", {("armenia", "un-vote-pattern", "abstains", "")}),
    # a topic asked of one body only: an actor named only after a preposition does not stand in its way
    ("The emergency session on Ukraine adopted six resolutions.", {("un", "es-11-resolution-count", "6", "")}),
    # "no country except X": X is the exception, the one it is true of
    ("No country except Azerbaijan shares a land border with both Iran and Russia.",
     {("azerbaijan", "borders-iran-and-russia", "yes", "")}),
    # (but "no sanctions but a warning" still denies the sanctions)
    ("Georgia imposed no sanctions but a warning on Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # "for nothing" is free of charge, no negation
    ("Army vehicles may fill up on the fuel SOCAR hands out for nothing in Ukraine.",
     {("azerbaijan", "fuel-for-ukraine", "yes", ""), ("azerbaijan", "fuel-for-ukraine-military", "yes", "")}),
    # "X holds no …": having none of what follows
    ("Russia's security services hold no compromising material on Ivanishvili.",
     {("ivanishvili", "in-fsb-files", "no", "")}),
    # "X has never once conceded that …": what X denies; a relative clause that reports ends at the main verb
    ("Aliyev, who has never once conceded that Crimea is Russian, went further this month.",
     {("azerbaijan", "crimea-annexation", "rejects", "aliyev")}),
    # "in March 2022" dates two resolutions: the one the sentence describes is the one meant
    ("Azerbaijan didn't even turn up for the UN vote on the humanitarian resolution in March 2022.",
     {("azerbaijan", "vote-es-11-2", "absent", "")}),
    # "X, much like their Y neighbours, …": Y says the same
    ("Most Kazakhs, much like their Turkish neighbours, reject the annexation of Crimea.",
     {("kazakhstan", "crimea-annexation", "rejects", ""), ("turkey", "crimea-annexation", "rejects", "")}),
    # "…, Y too": an actor added after the phrase says the same; "glued to it": "it" is the object before, up to
    # the comma and without its preposition
    ("Armenia is drifting from Moscow, Kazakhstan too, while Belarus stays glued to it.",
     {("armenia", "aligned-with-russia", "distancing", ""), ("kazakhstan", "aligned-with-russia", "distancing", ""),
      ("belarus", "aligned-with-russia", "close-ally", "")}),
    # "The five votes against …": a count before the phrase leaves the phrase the clause's subject, so the actors
    # it came from are the voters; "took no part" is "did not take part"
    ("The five votes against resolution 77/284 came from Moscow and Minsk; Baku, as usual, took no part.",
     {("russia", "vote-a-res-77-284", "no", ""), ("belarus", "vote-a-res-77-284", "no", ""),
      ("azerbaijan", "vote-a-res-77-284", "absent", ""), ("azerbaijan", "un-vote-pattern", "absent", "")}),
    # "X has voted on none of them, Y for every one": the verb before, with the gapped clause's own preposition
    ("Azerbaijan has voted on none of the emergency session's resolutions, Georgia for every one.",
     {("azerbaijan", "un-vote-pattern", "absent", ""), ("georgia", "un-vote-pattern", "for", "")}),
    # "mostly", "more often than not": a habit, not the one event the sentence names
    ("Armenia backed the April 2023 resolution on the Council of Europe, while Kazakhstan has abstained more "
     "often than not.", {("armenia", "vote-a-res-77-284", "yes", ""), ("kazakhstan", "un-vote-pattern", "abstains", "")}),
    # an actor-valued topic the ledger asks of one actor only: that actor is whom it is asked of, never the answer
    ("Russia's peacekeepers would have to leave Azerbaijan.", {("russia", "peacekeepers-would-leave", "azerbaijan", "")}),
    # "pared back", "scaled back": a particle of the verb, not backing anyone
    ("Baku has pared back the Kremlin's media footprint in Azerbaijan.",
     {("azerbaijan", "curbs-russian-media", "yes", "")}),
    # "from A to B": B is where the change went
    ("Azerbaijan has gone from cautious partner of Moscow to open adversary.",
     {("azerbaijan", "aligned-with-russia", "confronts", "")}),
    # "put X on hold / on ice" suspends X
    ("Pashinyan put Armenia's part in the Russian-led military bloc on hold.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    # "skipped <doing>" and "kept X out of" deny what follows
    ("Turkey and Kazakhstan both skipped sanctioning Russia.",
     {("turkey", "sanctions-russia", "no", ""), ("kazakhstan", "sanctions-russia", "no", "")}),
    ("Tbilisi has kept the country out of every Western sanctions package against Russia.",
     {("georgia", "sanctions-russia", "no", "")}),
    # "both" alone stands for those named before (and the answer given outright makes the one only denied go
    # without saying)
    ("Neither Brazil nor India voted against the UN-Council of Europe resolution; both, in fact, backed it.",
     {("brazil", "vote-a-res-77-284", "yes", ""), ("india", "vote-a-res-77-284", "yes", "")}),
    # a predicate after a comma ("…, abstaining on every resolution") is neither denied by the clause's "not"
    # nor said of the actor named last: it is the clause's subject's
    ("Armenia has not sanctioned Russia, abstaining on every resolution on the war.",
     {("armenia", "sanctions-russia", "no", ""), ("armenia", "un-vote-pattern", "abstains", "")}),
    # a relative clause about the other party ("Ukrainians who had counted on it") says nothing of the subject
    ("Tbilisi, to the dismay of Ukrainians who had counted on it, has not joined a single sanction on Moscow.",
     {("georgia", "sanctions-russia", "no", "")}),
    # rejecting what only names a yes/no topic answers no, pointed back to by "them" too
    ("Ankara rejects the DNR and the LNR.", {("turkey", "recognizes-dnr-lnr", "no", "")}),
    ("Moscow and Minsk treat the DNR/LNR as states, while Ankara rejects them.",
     {("russia", "recognizes-dnr-lnr", "yes", ""), ("belarus", "recognizes-dnr-lnr", "yes", ""),
      ("turkey", "recognizes-dnr-lnr", "no", "")}),
    # a hyphenated word of the vocabulary ("Russia-leaning") is found only as one word
    ("Moscow can't lean on Astana the way it once did.", {("kazakhstan", "aligned-with-russia", "distancing", "")}),
    # "stopped / ceased <doing>" denies what follows, as "skipped <doing>" does
    ("Baku has stopped behaving like Moscow's partner.", {("azerbaijan", "aligned-with-russia", "distancing", "")}),
    # "most of the …" is a habit, not the one event the sentence names later; a predicate opening on a verb in
    # the past after "but" is said of the subject before
    ("Armenia abstained on most of the war resolutions but backed April's text on the Council of Europe.",
     {("armenia", "un-vote-pattern", "abstains", ""), ("armenia", "vote-a-res-77-284", "yes", "")}),
    # "…, and he backs …": a pronoun opening a verb of its own starts a clause, said of the one named before
    ("Aliyev, who never accepted Crimea as Russian, is saying so louder, and he defends Ukraine's territorial integrity.",
     {("azerbaijan", "crimea-annexation", "rejects", ""), ("azerbaijan", "diplomatic-support", "supports", ""),
      ("azerbaijan", "backs-ukraine", "supports", "")}),
    # "…, a charge X denies", "…, which X waves away as an invention": X reports the opposite; but "which he
    # dismissed as quasi-states" dismisses the states, not what was said
    ("Yerevan accuses Baku of invading Armenia, a charge Azerbaijan flatly denies.",
     {("azerbaijan", "invaded-armenia-2022", "yes", "armenia"), ("azerbaijan", "invaded-armenia-2022", "no", "azerbaijan")}),
    ("Armenia says Azerbaijani troops invaded Armenian territory, which Baku waves away as pure invention.",
     {("azerbaijan", "invaded-armenia-2022", "yes", "armenia"), ("azerbaijan", "invaded-armenia-2022", "no", "azerbaijan")}),
    ("Tokayev said Kazakhstan would not recognise the Luhansk and Donetsk entities, which he dismissed as quasi-states.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "tokayev")}),
    # "no other state … except X", "… the way X does": X is the exception, of whom it is true; the "and" of
    # "both Russia and Iran" joins two names, not two clauses
    ("No other country borders both Russia and Iran except Azerbaijan.",
     {("azerbaijan", "borders-iran-and-russia", "yes", "")}),
    ("No other state borders both Russia and Iran as Azerbaijan does.",
     {("azerbaijan", "borders-iran-and-russia", "yes", "")}),
    # a relation owned by another actor, the other party unnamed, is no relation with the other party
    ("Azerbaijan is Turkey's closest ally.", set()),
    ("Armenia is Moscow's closest ally.", {("armenia", "aligned-with-russia", "close-ally", "")}),
    # "— A, B and C among them —" names those the words before speak of; "who, like X and Y, …" speaks of X and Y
    ("The war has shown who Ukraine's real friends are — Turkey and Poland among them — and who, like Armenia, "
     "would rather appease the Kremlin.",
     {("turkey", "backs-ukraine", "supports", ""), ("poland", "backs-ukraine", "supports", ""),
      ("armenia", "backs-ukraine", "leans-against", "")}),
    # "his countrymen" are the people of the person named before; "protested that" reports
    ("Bayramov protested that Russian police had detained scores of his countrymen.",
     {("russia", "arrests-of-azerbaijanis", "yes", "bayramov")}),
    # "hard to imagine that …" denies what follows: with "nothing" after it, a double negative
    ("It is hard to imagine Armenia sanctioning Russia.", {("armenia", "sanctions-russia", "no", "")}),
    ("It's hard to imagine that Russian intelligence holds nothing compromising on Bidzina Ivanishvili.",
     {("ivanishvili", "in-fsb-files", "yes", "")}),
    # "disputes that" denies what follows; "no longer disputes that", "never denied that" deny the denial
    ("Baku disputes that its troops crossed into Armenia.", {("azerbaijan", "invaded-armenia-2022", "no", "azerbaijan")}),
    ("Moscow has never denied that its troops are in Abkhazia.", {("russia", "occupies-georgian-regions", "yes", "russia")}),
    # a topic asked of people ("who rules Georgia") is never a bloc's
    ("Tbilisi's ruling party has grown cool toward the EU.", {("georgia", "west-alignment", "wary", "")}),
    # "a yes from X and an abstention from Y": each answer with the actor it came from
    ("The reparations resolution drew a yes from Tbilisi and an abstention from Yerevan.",
     {("georgia", "vote-es-11-5", "yes", ""), ("armenia", "vote-es-11-5", "abstain", "")}),
    # "…, a position Y shares": Y says the same
    ("Kazakhstan refuses to recognise the annexation of Crimea, a position Turkey shares.",
     {("kazakhstan", "crimea-annexation", "rejects", ""), ("turkey", "crimea-annexation", "rejects", "")}),
    # a hedge weakens a firm stance to a leaning, never a leaning to none; "could yet" ends no clause; "may" the
    # month is no hedge
    ("Aliyev could yet turn into an ally of Ukraine.", {("azerbaijan", "backs-ukraine", "leans-toward", "")}),
    ("Kyiv may yet have won a friend in Baku.", {("azerbaijan", "backs-ukraine", "leans-toward", "")}),
    ("In May Azerbaijan backed Ukraine.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    # Armenia's dependence on Moscow is no framing of why Azerbaijan stays away from UN votes
    ("Lavrov says Armenia still depends on Russia.", {("armenia", "aligned-with-russia", "close-ally", "lavrov")}),
    # "X has condemned Russian strikes and reaffirmed …": the second verb is X's, not the strikes'
    ("Azerbaijan's foreign ministry has condemned Russian strikes on Ukrainian cities and reaffirmed Baku's "
     "support for Ukraine's territorial integrity.", {("azerbaijan", "diplomatic-support", "supports", "")}),
    # a CSTO membership put on ice is an alliance denied
    ("Armenia has put its CSTO membership on ice.", {("armenia", "aligned-with-russia", "distancing", "")}),
    # a bare word for what aid is made of ("food") names no aid: an opinion on cuisine is no claim
    ("imo georgian food beats anything you can eat in western europe", set()),
    # "… as Azerbaijan's troops erected a post": an "as" clause with a subject and verb of its own
    ("Moscow's peacekeepers stood idly by as Azerbaijan's troops erected a post on the Lachin corridor.",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", ""), ("azerbaijan", "lachin-checkpoint", "yes", "")}),
    # a feud or quarrel is a conflict to the vocabulary (synonyms)
    ("Moscow was content to keep the feud smouldering.", {("russia", "role-in-karabakh", "keeps the conflict going", "")}),
    # "…, and neither X nor Y has …" opens a clause of its own, its negation with it
    ("Baku is bound to Ankara by a formal alliance, and neither Armenia nor Georgia has any such pact with Turkey.",
     {("azerbaijan", "alliance-with-turkey", "yes", ""), ("armenia", "alliance-with-turkey", "no", ""),
      ("georgia", "alliance-with-turkey", "no", "")}),
    # "want to see" reports nothing; "most X and most Y" is one list; favouring Kyiv is a pro-Ukrainian mood
    ("Most Georgians and most Azerbaijanis want to see Ukraine prevail, whereas Armenians are split over the war.",
     {("georgia", "public-mood", "pro-ukraine", ""), ("azerbaijan", "public-mood", "pro-ukraine", ""),
      ("armenia", "public-mood", "divided", "")}),
    ("Public opinion in Georgia and Azerbaijan favours Kyiv.",
     {("georgia", "public-mood", "pro-ukraine", ""), ("azerbaijan", "public-mood", "pro-ukraine", "")}),
    # freezing one's membership or involvement in something denies it
    ("Pashinyan has frozen Armenia's involvement in the Russian-led military alliance.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    # a noun hedged by its adjective ("a potential ally of") is a leaning too
    ("Kuleba has described Azerbaijan as a potential ally of Ukraine.",
     {("azerbaijan", "backs-ukraine", "leans-toward", "kuleba")}),
    # "Not since X has …" and "no … has drawn such …" are superlatives, not negations; "since X" is a time
    ("Not since Iran and Iraq slugged it out in the 1980s has a conventional war been fought on the scale of "
     "Russia's assault on Ukraine.", {("russia", "largest-conventional-war", "yes", "")}),
    ("No aggression since the UN's founding has drawn such universal censure as Russia's.",
     {("russia", "most-condemned-aggression", "yes", "")}),
    ("Armenia has no such pact with Turkey.", {("armenia", "alliance-with-turkey", "no", "")}),
    ("Never since 1945 has an invasion drawn such censure as Russia's.",
     {("russia", "most-condemned-aggression", "yes", "")}),
    ("Not since 2014 has Georgia recognised Crimea as Russian.", {("georgia", "crimea-annexation", "rejects", "")}),
    # "no longer … as" is no comparison ("longer" is not a comparative there)
    ("Armenia no longer sees Russia as its protector.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("No longer does Armenia see Russia as its protector.", {("armenia", "aligned-with-russia", "distancing", "")}),
    # a denial before a verb of naming: "nobody would call X …", "few would describe X as …"
    ("Few would call Georgia a backer of Ukraine.", {("georgia", "backs-ukraine", "neutral", "")}),
    ("Nobody would describe Azerbaijan as a friend of Moscow.",
     {("azerbaijan", "aligned-with-russia", "distancing", "")}),
    ("Georgia fell short of joining the sanctions.", {("georgia", "sanctions-russia", "no", "")}),
    ("Seldom has Georgia backed Ukraine at the UN.", {("georgia", "diplomatic-support", "neutral", "")}),
    ("Rarely does Armenia side with Kyiv.", {("armenia", "backs-ukraine", "neutral", "")}),
    # what is done "instead of" is set aside, and what follows does not point back into it
    ("Instead of sanctioning Russia, Georgia increased trade with it.", set()),
    ("Georgia increased trade with Russia instead of sanctioning it.", {("georgia", "sanctions-russia", "no", "")}),
    ("Far from distancing itself from Moscow, Armenia remains its ally.", set()),
    # what the phrase names has gone of itself: "has evaporated", "has faded"
    ("Azerbaijan's peace talks with Armenia go on, and Moscow's role as mediator has vanished.",
     {("azerbaijan", "negotiates-without-russia", "yes", "")}),
    ("Azerbaijan's support for Ukraine has faded.", {("azerbaijan", "backs-ukraine", "neutral", "")}),
    # "swatted away", "batted away", "swept aside" dismiss a charge as "waved away" does
    ("Aliyev accused Moscow of downing the airliner, a charge Zakharova swatted away as a provocation.",
     {("russia", "downed-azal-plane", "yes", "aliyev"), ("russia", "downed-azal-plane", "no", "zakharova")}),
    ("No war of this size has been fought since the Iran-Iraq one, and no invasion has drawn as much censure as "
     "Moscow's.", {("russia", "most-condemned-aggression", "yes", "")}),
    # a possessive typed without its apostrophe owns what follows; a name between a body's possessive and its noun
    # only qualifies the noun
    ("moscow has held georgias two breakaway regions ever since the august 2008 war",
     {("russia", "occupies-georgian-regions", "yes", "")}),
    ("On the Assembly's Ukraine resolutions Tbilisi reliably votes yes.", {("georgia", "un-vote-pattern", "for", "")}),
    # "as usual", "as it does on most of these": the one vote named is an instance of a habit, which is said too
    ("Baku, as usual, did not take part in the vote on ES-11/6.",
     {("azerbaijan", "vote-es-11-6", "absent", ""), ("azerbaijan", "un-vote-pattern", "absent", "")}),
    ("Georgia voted for ES-11/6 and Armenia, as is its custom, abstained.",
     {("georgia", "vote-es-11-6", "yes", ""), ("armenia", "vote-es-11-6", "abstain", ""),
      ("armenia", "un-vote-pattern", "abstains", "")}),
    # "barred / kept / turned away from" keeps from what follows; "not barred from" allows it
    ("Soldiers are barred from SOCAR's free fuel.", {("azerbaijan", "fuel-for-ukraine", "no", "")}),
    ("Soldiers are not barred from SOCAR's free fuel.", {("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    # "…, and so has Turkey": the same said again of another
    ("Kazakhstan has refused to recognise the Donbas republics, and so has Turkey.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", ""), ("turkey", "recognizes-dnr-lnr", "no", "")}),
    # "…, says X" names its speaker only when what follows has no verb of its own: "In an interview, Tokayev said
    # Kazakhstan does not recognise the DNR" had lost what he said; and "was quoted as saying" reports
    ("In an interview, Tokayev said Kazakhstan does not recognise the DNR.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "tokayev")}),
    ("Erdogan, who has sold drones to Kyiv, says Turkey will keep talking to Moscow.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "aligned-with-russia", "balancing", "erdogan")}),
    ("Aliyev was quoted as saying that Azerbaijan will never recognise Crimea as Russian.",
     {("azerbaijan", "crimea-annexation", "rejects", "aliyev")}),
    # a dash before an actor opens a clause of its own; an "aide" is no aid
    ("Russia recognises the DNR - Kazakhstan and Turkey don't.",
     {("russia", "recognizes-dnr-lnr", "yes", ""), ("kazakhstan", "recognizes-dnr-lnr", "no", ""),
      ("turkey", "recognizes-dnr-lnr", "no", "")}),
    ("According to Hajiyev, Aliyev's aide, Azerbaijan and Armenia drafted their peace deal without Russian mediation.",
     {("azerbaijan", "negotiates-without-russia", "yes", "hajiyev"),
      ("armenia", "negotiates-without-russia", "yes", "hajiyev")}),
    # freezing one's role in a bloc is freezing one's membership
    ("Armenia's prime minister has, in all but name, frozen the country's role in the Moscow-led security bloc.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    # a series of "not"s sets out what was not cast; it is no alternative set aside
    ("Baku has not cast a single ballot - not yes, not no, not even an abstention - on any Assembly resolution.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # "no war has been bigger since …" is a comparison, which leaves the clause after it undenied
    ("No war has been bigger since Iran and Iraq fought in the 1980s, and no aggression has drawn such a chorus of "
     "condemnation as Russia's.", {("russia", "most-condemned-aggression", "yes", "")}),
    # a negation before "letting X …" denies X's doing, not what the clause names
    ("Azerbaijan has stopped letting Moscow referee its talks with Armenia.", set()),
    # the shipped ledger's synonyms: in Karabakh the Russian "contingent" is its peacekeepers
    ("The Russian contingent did nothing to stop Azerbaijani troops setting up a checkpoint on the Lachin road.",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", ""), ("azerbaijan", "lachin-checkpoint", "yes", "")}),
    # "stop / prevent X (from) doing": X's doing is denied, and doing nothing to stop it affirms it
    ("Russia stopped Azerbaijan from setting up a checkpoint on the Lachin road.",
     {("azerbaijan", "lachin-checkpoint", "no", "")}),
    # "little sign that", "done little to", "would be the last to": denials; "is unlikely to" a forecast, no claim
    ("There is little sign that Georgia will sanction Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Tbilisi has done little to help Ukraine.", {("georgia", "backs-ukraine", "neutral", "")}),
    ("Azerbaijan would be the last country to recognise Crimea as Russian.",
     {("azerbaijan", "crimea-annexation", "rejects", "")}),
    ("Georgia was the last country to join the sanctions.", {("georgia", "sanctions-russia", "yes", "")}),
    ("Georgia is unlikely to join the sanctions.", set()),
    # a pronoun with its verb after a colon opens a clause outside the negation before it
    ("Baku is not neutral: it backs Ukraine.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    # an owner opening the clause with a doing of its own ("X's failure to …") is its doer, not who it affects
    ("Georgia's failure to join the sanctions disappointed its neighbours, Armenia included.",
     {("georgia", "sanctions-russia", "no", "")}),
    # "not missed a single vote" denies missing it ("never misses a chance to" is eagerness), and the negation
    # reaches the first verb after it, so it is no "not vote"
    ("Georgia has not missed a single vote on the war.", {("georgia", "un-vote-pattern", "not absent", "")}),
    # "has not ruled out" is a possibility, no claim; "does not deny that" reports; "it is no secret that" affirms
    ("Georgia has not ruled out joining the sanctions.", set()),
    ("Georgia hasn't ruled out sanctions on Russia.", set()),
    ("Armenia does not deny that it relies on Russia.", {("armenia", "aligned-with-russia", "close-ally", "armenia")}),
    ("It is no secret that Armenia relies on Russia.", {("armenia", "aligned-with-russia", "close-ally", "")}),
    # an inverted negation ("Not once since … has X cast") denies the verb after its subject; a phrase never spans
    # "since"; a short aside between dashes that names no one spells out, and is no phrase of its own
    ("Not once since the war began has Azerbaijan's delegation cast a ballot on any of the Assembly's resolutions.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # (the aside's answer words say nothing; never pressing a button is the absence itself)
    ("Baku has never pressed a button - yes, no or abstain - on a resolution about the war.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # "n" typed for "and" joins a list
    ("georgia n armenia abstained on es-11/4", {("georgia", "vote-es-11-4", "abstain", ""),
                                                ("armenia", "vote-es-11-4", "abstain", "")}),
    # slips: two letters swapped ("freind"), a past tense's "-d" without its "e" ("sanctiond")
    ("azerbaijan is a freind of ukraine", {("azerbaijan", "backs-ukraine", "supports", "")}),
    ("georgia has not sanctiond russia", {("georgia", "sanctions-russia", "no", "")}),
    # "A found a supporter in B": B supports A, so where B is the topic's other party A backs no one
    ("Azerbaijan found a supporter in Ukraine.", set()),
    ("Ukraine found a supporter in Azerbaijan.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    # the other party as the doer ("Ukraine supports Turkey") is no "Ukraine's supporter"; an owner written as
    # such, as a demonym ("a Russian partner") or as the one who has ("the Kremlin has no closer ally") still is
    # a list answering in one word where the clause before voted ("…, Russia and Belarus against"), and a list
    # after "with" that the verb after it speaks of ("passed with China, India and Armenia voting in favour")
    ("China and India voted for ES-11/1, Russia and Belarus against.",
     {("china", "vote-es-11-1", "yes", ""), ("india", "vote-es-11-1", "yes", ""),
      ("russia", "vote-es-11-1", "no", ""), ("belarus", "vote-es-11-1", "no", "")}),
    ("ES-11/4 passed with China, India and Armenia voting in favour, Belarus against, and Georgia nowhere to be seen.",
     {("china", "vote-es-11-4", "yes", ""), ("india", "vote-es-11-4", "yes", ""),
      ("armenia", "vote-es-11-4", "yes", ""), ("belarus", "vote-es-11-4", "no", ""),
      ("georgia", "vote-es-11-4", "absent", "")}),
    # votes "from" those who cast them, a list to its last name, and each kind of vote with its own list
    ("The resolution that deplored Russia's aggression drew yes votes from Turkey and Brazil, abstentions from "
     "Beijing and Astana.", {("turkey", "vote-es-11-1", "yes", ""), ("brazil", "vote-es-11-1", "yes", ""),
                            ("china", "vote-es-11-1", "abstain", ""), ("kazakhstan", "vote-es-11-1", "abstain", "")}),
    # a list after a dash whose "it" is the one named before the dash
    ("The war has sorted Kyiv's real friends from the rest \u2014 Poland, Turkey and Azerbaijan have stood by it.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", ""),
      ("azerbaijan", "backs-ukraine", "supports", "")}),
    ("Only Belarus remains unswervingly at Moscow's side.", {("belarus", "aligned-with-russia", "close-ally", "")}),
    # a habit the one vote is an instance of, told with any adverb or "as on every other …"
    ("Azerbaijan, as it invariably does on such texts, did not vote on the resolution calling for a just peace.",
     {("azerbaijan", "vote-es-11-6", "absent", ""), ("azerbaijan", "un-vote-pattern", "absent", "")}),
    # a plural of what an event is one of names them all: the habit, not the one vote
    ("Azerbaijan has skipped the resolutions condemning Russia.", {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # keeping the army away answers no, and nothing keeping it away yes (the ledger's words, denied by the clause)
    ("SOCAR kept military vehicles away from its pumps in Ukraine.",
     {("azerbaijan", "fuel-for-ukraine-military", "no", ""), ("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    ("Nothing kept military vehicles away from SOCAR's pumps in Ukraine.",
     {("azerbaijan", "fuel-for-ukraine-military", "yes", ""), ("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    # ", and among the ayes were …" opens a clause of its own after a tally; "one of the five naysayers" voted no
    ("ES-11/4 sailed through by 143 votes to 5, with 35 abstentions, and among the ayes were China and India, while "
     "Moscow was one of the five naysayers.",
     {("china", "vote-es-11-4", "yes", ""),
      ("india", "vote-es-11-4", "yes", ""), ("russia", "vote-es-11-4", "no", "")}),
    # verbless answers with an adverb of habit, after a colon: the pattern, with no one vote named
    ("On the UN votes: Minsk always against, Tbilisi always in favour.",
     {("belarus", "un-vote-pattern", "against", ""), ("georgia", "un-vote-pattern", "for", "")}),
    # not lifting a finger for Kyiv: no backing at all
    ("Neither Tbilisi nor Yerevan has lifted so much as a finger for Kyiv.",
     {("georgia", "backs-ukraine", "neutral", ""), ("armenia", "backs-ukraine", "neutral", "")}),
    # "could not ask for a more X than Y": Y is the most X, no denial
    ("Putin could not ask for a more obedient neighbour than Belarus.",
     {("belarus", "aligned-with-russia", "close-ally", "")}),
    ("Ukraine could not wish for a better friend than Poland.", {("poland", "backs-ukraine", "supports", "")}),
    ("The Kremlin is fast running out of friends in Yerevan.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Azerbaijan is the West's go-to partner in the Caspian.", {("azerbaijan", "west-alignment", "partner", "")}),
    # an owner's "its" in a clause that reads nothing as it stands is the one named before
    ("Russia's near abroad is fraying: Armenia is drifting out of its orbit.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    # ", and neither has X" says the same denial again of X
    ("Georgia hasn't sanctioned Moscow, and neither has Armenia.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", "")}),
    ("Armenia is Russia's ally, as is Belarus.",
     {("armenia", "aligned-with-russia", "close-ally", ""), ("belarus", "aligned-with-russia", "close-ally", "")}),
    ("Armenia had the upper hand when the guns fell silent in May 1994.",
     {("armenia", "won-karabakh-war-1994", "yes", "")}),
    # "seldom" / "rarely" before its verb denies it, as it does opening an inverted clause
    ("Georgia rarely backs Ukraine at the UN.", {("georgia", "diplomatic-support", "neutral", "")}),
    # rejecting or dismissing something "as" an answer turns that answer down
    ("Crimea was rejected as Russian by Ankara.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Turkey dismisses Crimea as Russian territory.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Armenia sees Crimea as Russian.", {("armenia", "crimea-annexation", "accepts", "")}),
    # a headline's subject before a colon is the subject of the participles after it
    ("Crimea: rejected as Russian by Ankara and Astana.",
     {("turkey", "crimea-annexation", "rejects", ""), ("kazakhstan", "crimea-annexation", "rejects", "")}),
    ("Belarus sides with Moscow and Poland with Kyiv.",
     {("belarus", "backs-ukraine", "opposes", ""), ("poland", "backs-ukraine", "supports", "")}),
    ("Belarus sides with Moscow, Poland with Kyiv.",
     {("belarus", "backs-ukraine", "opposes", ""), ("poland", "backs-ukraine", "supports", "")}),
    ("Ukraine supports Turkey.", set()),
    ("Ukraine supported Azerbaijan in 2020.", set()),
    ("Tbilisi still appears to be a Russian partner.", {("georgia", "aligned-with-russia", "partner", "")}),
    ("The Kremlin has no closer ally in the Caucasus than Armenia.",
     {("armenia", "aligned-with-russia", "close-ally", ""), ("russia", "closest-caucasus-ally", "armenia", "")}),
    # (but a relation that runs both ways, "how close is it to Russia?", is said of both)
    ("Armenia has an ally in Moscow.", {("armenia", "aligned-with-russia", "close-ally", "")}),
    ("Armenia has always had a protector in Moscow.", {("armenia", "aligned-with-russia", "close-ally", "")}),
    # "distanced itself" is no "Armenia itself" (the 2022 attack's naming words); "protects itself" no protector
    ("Armenia has distanced itself from Moscow.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Georgia protects itself from Russian pressure.",
     {("georgia", "why-balance-russia", "to avoid a Russian attack like those on Georgia and Ukraine", "")}),
    # the shipped ledger's synonyms: "clout" is read as "influence"
    ("Russian clout in Armenia is waning.", {("armenia", "aligned-with-russia", "distancing", "")}),
    # "a friendly" is a match, not a friend
    ("Azerbaijan drew one-all with Hungary in a friendly in Baku on Tuesday.", set()),
    # "neither X nor Y has …" reaches past the list, however long the phrase after it
    ("Unlike Baku, neither Tbilisi nor Yerevan has lent Kyiv any real diplomatic backing since the war began.",
     {("georgia", "diplomatic-support", "neutral", ""), ("armenia", "diplomatic-support", "neutral", ""),
      ("azerbaijan", "diplomatic-support", "supports", "")}),
    # "a friend in the making" is hedged; ", not regions," sets an alternative aside, it denies nothing
    ("Kyiv has started to think of Aliyev as a friend in the making.",
     {("azerbaijan", "backs-ukraine", "leans-toward", "")}),
    ("Under international law only states, not regions, have a right to self-determination.",
     {("un", "self-determination-right", "countries only", "")}),
    ("No aggression since 1945 has drawn as much censure as Russia's, and none since Iran and Iraq went to war has "
     "been fought on such a scale.", {("russia", "most-condemned-aggression", "yes", ""),
                                       ("russia", "largest-conventional-war", "yes", "")}),
    # a negated verb that goes on into a phrase of its own denies that phrase: no absence
    ("Armenia did not vote against ES-11/1.", {("armenia", "vote-es-11-1", "not no", "")}),
    ("Armenia did not vote for ES-11/1.", {("armenia", "vote-es-11-1", "not yes", "")}),
    ("Azerbaijan did not vote on ES-11/1.", {("azerbaijan", "vote-es-11-1", "absent", "")}),
    # a pronoun after a dash opens a clause of its own, outside the negation before ("lost" too is a verb)
    ("Armenia did not win the 2020 war — it lost most of the ground around Karabakh.",
     {("armenia", "won-karabakh-war-2020", "no", "")}),
    # "kept (well) clear of" denies what follows, as "steered clear of" does
    ("Georgia has kept well clear of the Western sanctions on Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # avoiding what follows denies it: "shied away from", "held off on", "resisted calls to", "opted against"
    ("Georgia shied away from sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia has held off on sanctions against Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia resisted calls to sanction Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia opted against sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # unwillingness denies what follows: "reluctant to", "loath to", "unable to", "little appetite for",
    # "abstained from <doing>", "is against <doing>"
    ("Georgia was reluctant to sanction Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia has little appetite for sanctions on Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia abstained from sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia is against sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Armenia abstained from the vote on ES-11/1.", {("armenia", "vote-es-11-1", "abstain", "")}),
    # "neglected to", "omitted to", "lacks any" deny what follows; a "lackey" is no lack
    ("Georgia has neglected to sanction Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Georgia lacks any sanctions on Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Armenia is a Kremlin lackey.", {("armenia", "aligned-with-russia", "close-ally", "")}),
    # "rejects claims that", "dismissed reports that", "scoffed at suggestions that": the one named denies it
    ("Baku rejects claims that it arms Russia.", {("azerbaijan", "backs-ukraine", "neutral", "azerbaijan")}),
    ("Moscow dismissed reports that Russian air defences downed the AZAL plane.",
     {("russia", "downed-azal-plane", "no", "russia")}),
    ("Tbilisi rejected the idea that Russia occupies Georgian regions.",
     {("russia", "occupies-georgian-regions", "no", "georgia")}),
    # withholding one's support denies it
    ("Turkey has withheld its support for Russia's annexation of Crimea.",
     {("turkey", "crimea-annexation", "rejects", "")}),
    # "it is false that …", "the idea that … is nonsense": what follows is denied
    ("It is false that Georgia sanctioned Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("The idea that Georgia sanctioned Russia is nonsense.", {("georgia", "sanctions-russia", "no", "")}),
    ("The claim that Armenia abstained on ES-11/1 is simply false.", {("armenia", "vote-es-11-1", "not abstain", "")}),
    # "ain't" and a clause that opens on "nor" deny
    ("armenia aint russias ally anymore", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Nor has Georgia sanctioned Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # "no one doubts that", "there is no doubt that", "few doubt": affirmed; "nobody denies that": affirmed
    ("No one doubts that Azerbaijan backs Ukraine.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    ("There is no doubt that Azerbaijan backs Ukraine.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    ("Nobody denies that Armenia abstained on ES-11/1.", {("armenia", "vote-es-11-1", "abstain", "")}),
    # "zero" before a noun denies it as "no" does
    ("Georgia imposed zero sanctions on Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("For Moscow the Caucasus is a zero-sum game, and Armenia backs Russia.",
     {("armenia", "backs-ukraine", "opposes", "")}),
    # turning down a request or invitation to do something is not doing it
    ("Kazakhstan has turned down Moscow's request to recognise the DNR.", {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Georgia rejected Western calls to sanction Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # a topic the sentence names before a single word answers the clause: the habit, not a stance
    ("On the Assembly's Ukraine resolutions Tbilisi votes yes, and Yerevan presses the abstain button.",
     {("georgia", "un-vote-pattern", "for", ""), ("armenia", "un-vote-pattern", "abstains", "")}),
    ("Astana's votes on the UN resolutions are all over the place.", {("kazakhstan", "un-vote-pattern", "mixed", "")}),
    # "whenever …" ends before the main clause's owner; the actor a preposition governs there is no subject
    ("Baku talks tough, but whenever the Assembly votes on Moscow's war its delegation is absent.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    ("Azerbaijan presents itself as a bulwark against Moscow.",
     {("azerbaijan", "aligned-with-russia", "confronts", "azerbaijan")}),
    # the object of a relative clause ("Crimea, which he …") is read after its verb
    ("Tokayev stands firm on Crimea, which he still refuses to recognise as Russian.",
     {("kazakhstan", "crimea-annexation", "rejects", "")}),
    # "neither" after a clause stands for each actor it named
    ("Turkey and Kazakhstan condemn the war, though neither has sanctioned Moscow.",
     {("turkey", "diplomatic-support", "supports", ""), ("kazakhstan", "diplomatic-support", "supports", ""),
      ("turkey", "sanctions-russia", "no", ""), ("kazakhstan", "sanctions-russia", "no", "")}),
    ("Kyiv speaks of Baku as a true friend.", {("azerbaijan", "backs-ukraine", "supports", "ukraine")}),
    ("Azerbaijan, by Kyiv's account, backs Ukraine.", {("azerbaijan", "backs-ukraine", "supports", "ukraine")}),
    # "would rather not see" is no verb of saying
    ("Azerbaijan stays away from every Assembly vote on the war because it would rather not see its record examined.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # an ellipsis past an aside that names no one agrees; a framing's answer names no subject
    ("In the Karabakh war Ankara stood with Baku, and Kyiv, for reasons of its own, did likewise.",
     {("turkey", "role-in-karabakh", "backs Azerbaijan", ""), ("ukraine", "role-in-karabakh", "backs Azerbaijan", "")}),
    ("In the Karabakh conflict Belarus, the Armenians' ally in the CSTO, has taken Armenia's part.",
     {("belarus", "role-in-karabakh", "backs Armenia", "")}),
    # the state oil company named in other words is SOCAR; a scale misspelt still scales
    ("Azerbaijan's state oil company has given away 100 tonnes of fuel in Ukraine.",
     {("socar", "free-fuel-tonnes", "100", ""), ("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    ("azerbaijan gave ukraine 15 milion euros", {("azerbaijan", "aid-to-ukraine-eur", "15000000", "")}),
    # "X, where Y pulls every string": the place the relative clause speaks of is the one Y rules
    ("Georgia, where Ivanishvili pulls every string, has not sanctioned Russia.",
     {("ivanishvili", "de-facto-rules", "georgia", ""), ("georgia", "sanctions-russia", "no", "")}),
    # "…, and the government of X has …": a new subject, named through those who act for it
    ("Baku backs Kyiv, and the government of Georgia has refused to sanction Russia.",
     {("azerbaijan", "backs-ukraine", "supports", ""), ("georgia", "sanctions-russia", "no", "")}),
    # a negation after the phrase: "played no part in", and an auxiliary denied before any actor
    ("Moscow insists Russian air defences played no part in the crash of the Azerbaijani airliner.",
     {("russia", "downed-azal-plane", "no", "russia")}),
    ("Victory in the 2020 war did not go to Armenia.", {("armenia", "won-karabakh-war-2020", "no", "")}),
    # an ellipsis past an aside between dashes that opens with a preposition
    ("Kazakhstan has not sanctioned Russia, and Georgia - to the annoyance of Kyiv - has not done so either.",
     {("kazakhstan", "sanctions-russia", "no", ""), ("georgia", "sanctions-russia", "no", "")}),
    ("Kazakhstan refused outright to join the sanctions against Moscow.", {("kazakhstan", "sanctions-russia", "no", "")}),
    # "X voted yes and Y no": Y's one word is an answer of its own, in the place of X's
    ("On the 2014 Crimea resolution Baku voted yes and Yerevan no.",
     {("azerbaijan", "vote-a-res-68-262", "yes", ""), ("armenia", "vote-a-res-68-262", "no", "")}),
    ("turkey has voted yes on every UN resolution about the war and belarus no on every single one",
     {("turkey", "un-vote-pattern", "for", ""), ("belarus", "un-vote-pattern", "against", "")}),
    # "X and the Y" lists both; a participle's phrase is said of the main clause's subject
    ("the no votes on 77/284 came from Russia, Belarus and the DPRK",
     {("russia", "vote-a-res-77-284", "no", ""), ("belarus", "vote-a-res-77-284", "no", ""),
      ("north-korea", "vote-a-res-77-284", "no", "")}),
    ("Georgia's legion in Ukraine numbers roughly 1,500 fighters.",
     {("georgian-national-legion", "legion-strength", "1500", "")}),
    ("Having sided with Armenia in the Karabakh quarrel, the Kremlin stays silent.",
     {("russia", "role-in-karabakh", "backs Armenia", "")}),
    ("the Kremlin would rather leave the Karabakh conflict festering than see it solved",
     {("russia", "role-in-karabakh", "keeps the conflict going", "")}),
    # ", and X says that …" opens a speaker's clause of its own; the clause before stays asserted
    ("Armenia never votes on the UN resolutions on the war, and Azerbaijan says that is because Yerevan fears Moscow.",
     {("armenia", "un-vote-pattern", "absent", "")}),
    # a day of a month is no amount
    ("The Assembly had passed six resolutions on the war by 23 February.",
     {("un", "es-11-resolution-count", "6", "")}),
    # a closing "it" stands for the actor named before, on a topic about that actor; an aside between dashes
    # inside a list leaves the list whole
    ("Kyiv knows its friends: Poland and Turkey stand by it.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", "")}),
    ("Poland, Turkey and — to many people's surprise — Azerbaijan back Ukraine.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", ""),
      ("azerbaijan", "backs-ukraine", "supports", "")}),
    # a phrase that holds its own negation keeps its answer
    ("Ukraine could hardly ask for a better friend than Poland.", {("poland", "backs-ukraine", "supports", "")}),
    # "A enjoys / has picked up an N in B": B is A's N
    ("In Kazakhstan the Kremlin still enjoys a dependable partner.",
     {("kazakhstan", "aligned-with-russia", "partner", "")}),
    ("Washington has picked up an attentive listener in Yerevan.", {("armenia", "west-alignment", "opening", "")}),
    # "…, nor has it …": a clause of its own, denied, its pronoun the subject before
    ("Armenia's government has given Kyiv no diplomatic cover, nor has it joined the Western sanctions.",
     {("armenia", "diplomatic-support", "neutral", ""), ("armenia", "sanctions-russia", "no", "")}),
    # the owner of what a framing's answer calls "its" own ("its peacekeepers stand by") is its subject
    ("Russia's peacekeepers made no attempt to stop the Azerbaijani troops.",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", "")}),
    # "X's and Y's support": two owners of one noun
    ("ES-11/4 won Tbilisi's and Ankara's support.",
     {("georgia", "vote-es-11-4", "yes", ""), ("turkey", "vote-es-11-4", "yes", "")}),
    # a verbless tally of a named vote: each actor with its one word
    ("ES-11/3 tally: Georgia in favour, Kazakhstan against, Armenia abstained.",
     {("georgia", "vote-es-11-3", "yes", ""), ("kazakhstan", "vote-es-11-3", "no", ""),
      ("armenia", "vote-es-11-3", "abstain", "")}),
    ("As it has on every such text, Georgia voted yes on ES-11/6.",
     {("georgia", "vote-es-11-6", "yes", ""), ("georgia", "un-vote-pattern", "for", "")}),
    ("Kyiv condemned Moscow's patronage of breakaway movements in Georgia.",
     {("ukraine", "condemns-russian-separatism", "yes", "")}),
    # the one event a timed clause's sentence names is the event of the clause it times
    ("Georgia voted for the Crimea resolution in 2014 yet stayed away when the Assembly condemned Russia's invasion.",
     {("georgia", "vote-a-res-68-262", "yes", ""), ("georgia", "vote-es-11-1", "absent", "")}),
    ("The Assembly has adopted half a dozen resolutions on the war.", {("un", "es-11-resolution-count", "6", "")}),
    # "X casts itself as …": what X says of itself, reported; the "yet" clause the narrator's own
    ("Tbilisi presents itself as a friend of Kyiv, yet it quietly profits from that very influence of Moscow.",
     {("georgia", "backs-ukraine", "supports", "georgia"),
      ("georgia", "why-balance-russia", "it silently benefits from Russian influence", "")}),
    # a fronted region names whose closest friend is meant
    ("In the South Caucasus, Kyiv's closest friend is Tbilisi.",
     {("ukraine", "closest-caucasus-ally", "georgia", ""), ("georgia", "backs-ukraine", "supports", "")}),
    ("kyiv has no more loyal neighbour than poland", {("poland", "backs-ukraine", "supports", "")}),
    # a clause on a stance that names only the other party speaks of the subject before it
    ("Washington now finds Baku eager for closer ties, while the Kremlin watches its old ally slip from its grasp.",
     {("azerbaijan", "west-alignment", "opening", ""), ("azerbaijan", "aligned-with-russia", "distancing", "")}),
    ("erdogans turkey keeps selling kyiv bayraktars", {("turkey", "backs-ukraine", "supports", "")}),
    ("tokayev wont have crimea called russian", {("kazakhstan", "crimea-annexation", "rejects", "")}),
    ("Moscow still has a faithful sidekick in Yerevan.", {("armenia", "aligned-with-russia", "close-ally", "")}),
    # what a topic takes as given is not denied by the words that deny the rest ("can't fill up with the free fuel")
    ("The army can't fill up with SOCAR's free fuel.",
     {("azerbaijan", "fuel-for-ukraine-military", "no", ""), ("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    # "not only" adds, it denies nothing
    ("SOCAR's free petrol isn't only for ambulances, the army can fill up too.",
     {("azerbaijan", "fuel-for-ukraine-military", "yes", ""), ("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    ("Not once has Georgia's delegation pressed a button on the Assembly's Ukraine resolutions.",
     {("georgia", "un-vote-pattern", "absent", "")}),
    # "each time": of every event the sentence named
    ("Georgia backed both ES-11/5 and ES-11/6, whereas Kazakhstan abstained each time.",
     {("georgia", "vote-es-11-5", "yes", ""), ("georgia", "vote-es-11-6", "yes", ""),
      ("kazakhstan", "vote-es-11-5", "abstain", ""), ("kazakhstan", "vote-es-11-6", "abstain", "")}),
    # the owner of a "peacekeeping contingent" owns the answer's "its peacekeepers" (the same stem)
    ("Russia's peacekeeping contingent never stirred when the Azerbaijani troops arrived.",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", "")}),
    # an event named only as a setting ("in the 2020 fighting") answers no question about it
    ("Ankara took Baku's side in the 2020 fighting over Karabakh.",
     {("turkey", "role-in-karabakh", "backs Azerbaijan", "")}),
    # a speaker named as "his foreign ministry" is the one the clause before was about
    ("Erdogan says Turkey backs Ukraine, and his foreign ministry maintains that Crimea remains Ukrainian.",
     {("turkey", "backs-ukraine", "supports", "erdogan"), ("turkey", "crimea-annexation", "rejects", "turkey")}),
    # "…, as it has never voted on any text": the one vote, and the series it belongs to
    ("Baku skipped the vote on ES-11/6, as it has never voted on any text about the war.",
     {("azerbaijan", "vote-es-11-6", "absent", ""), ("azerbaijan", "un-vote-pattern", "absent", "")}),
    # "told CNN his firm …" reports; an answer given outright outweighs one only inferred from a denial
    ("Bayraktar told CNN his firm would never sell drones to Russia because it stands with Ukraine.",
     {("turkey", "backs-ukraine", "supports", "haluk-bayraktar")}),
    # "the Armenian and Azerbaijani seats": an "and" between two names joins them
    ("Georgia voted yes on ES-11/3; Kazakhstan voted no, and the Armenian and Azerbaijani seats were both empty.",
     {("georgia", "vote-es-11-3", "yes", ""), ("kazakhstan", "vote-es-11-3", "no", ""),
      ("armenia", "vote-es-11-3", "absent", ""), ("azerbaijan", "vote-es-11-3", "absent", "")}),
    # "both times" is no pair of names
    ("When the Assembly voted on ES-11/1 and ES-11/2, Georgia voted in favour both times and Kazakhstan abstained "
     "both times.",
     {("georgia", "vote-es-11-1", "yes", ""), ("georgia", "vote-es-11-2", "yes", ""),
      ("kazakhstan", "vote-es-11-1", "abstain", ""), ("kazakhstan", "vote-es-11-2", "abstain", "")}),
    ("Kazakhstan's voting record at the UN is a patchwork of abstentions and the odd yes.",
     {("kazakhstan", "un-vote-pattern", "mixed", "")}),
    # "not a single / not one X … more … than Y": Y has the most (no denial)
    ("Not one country is under heavier sanctions than Russia.", {("russia", "most-sanctioned", "yes", "")}),
    ("Not a single nation labours under more restrictive measures than Russia.",
     {("russia", "most-sanctioned", "yes", "")}),
    ("No war since 1945 has been condemned as widely as Russia's.", {("russia", "most-condemned-aggression", "yes", "")}),
    # what is not forgiven or forgotten happened; "hardly surprising", "no wonder" comment on what follows
    ("The Kremlin has never forgiven Baku's raid on the Sputnik office.",
     {("azerbaijan", "curbs-russian-media", "yes", "")}),
    ("moscow hasnt forgiven the raid on sputniks baku office", {("azerbaijan", "curbs-russian-media", "yes", "")}),
    ("Armenia is drifting toward the West, hardly surprising after Azerbaijani forces shelled Armenian towns in "
     "September 2022.", {("azerbaijan", "invaded-armenia-2022", "yes", ""), ("armenia", "west-alignment", "opening", "")}),
    ("It is no wonder that Yerevan drifted west after Azerbaijani forces shelled Armenian towns in September 2022.",
     {("azerbaijan", "invaded-armenia-2022", "yes", ""), ("armenia", "west-alignment", "opening", "")}),
    # "…, nor will it recognise": the pronoun after the inverted auxiliary is the clause before's subject
    ("Kazakhstan refuses to call Crimea Russian, nor will it recognise the Donetsk and Luhansk republics.",
     {("kazakhstan", "crimea-annexation", "rejects", ""), ("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # "not lifted a finger to sanction": the idiom for doing nothing, no lifting of sanctions
    ("Tbilisi has not lifted a finger to sanction Moscow.", {("georgia", "sanctions-russia", "no", "")}),
    # "said yes" casts a ballot (nothing is reported); "the ayes", "the noes", a vote "to keep" Russia on the council
    ("On ES-11/4 Armenia said no, and Kazakhstan said yes.",
     {("armenia", "vote-es-11-4", "no", ""), ("kazakhstan", "vote-es-11-4", "yes", "")}),
    ("Turkey was among the ayes on ES-11/6, Belarus among the noes.",
     {("turkey", "vote-es-11-6", "yes", ""), ("belarus", "vote-es-11-6", "no", "")}),
    ("Kazakhstan voted to keep Russia on the Human Rights Council.", {("kazakhstan", "vote-es-11-3", "no", "")}),
    # "…, when A and again when B": what comes before is said of each event
    ("Turkey voted yes, and Kazakhstan abstained, when the Assembly condemned the invasion in March 2022 and again "
     "when it suspended Russia from the Human Rights Council in April.",
     {("turkey", "vote-es-11-1", "yes", ""), ("turkey", "vote-es-11-3", "yes", ""),
      ("kazakhstan", "vote-es-11-1", "abstain", ""), ("kazakhstan", "vote-es-11-3", "abstain", "")}),
    # a cleft: "it was X, not Y, that …" says X did (and nothing of Y); "it is clear that" is no cleft
    ("It is Baku, and not Tbilisi as many once believed, that has become Kyiv's closest ally.",
     {("ukraine", "closest-caucasus-ally", "azerbaijan", ""), ("azerbaijan", "backs-ukraine", "supports", "")}),
    ("It is clear that Armenia abstained on ES-11/1.", {("armenia", "vote-es-11-1", "abstain", "")}),
    # a phrase written as one hyphenated word ("Russia-leaning") is not found in "Moscow leaned on Yerevan"
    ("Moscow leaned on Yerevan for its survival in 2020.", {("armenia", "armenia-russia-reliance", "Russia on Armenia", "")}),
    ("Georgia's government is Russia-leaning.", {("georgia", "backs-ukraine", "leans-against", "")}),
    # waving away a charge whose maker is set off after it ("the accusation, levelled by X, that …")
    ("Peskov keeps waving away the accusation, levelled by Aliyev's adviser Hajiyev, that Russian air defences "
     "downed the AZAL plane.",
     {("russia", "downed-azal-plane", "no", "peskov"), ("russia", "downed-azal-plane", "yes", "hajiyev")}),
    # an adverb set off by commas is no list ("Russia, predictably, voted no"); an owner's pronoun after a dash
    # opens a clause of its own ("- its delegation never turned up -")
    ("Kazakhstan did not abstain on 77/284, while Russia, predictably, voted no.",
     {("kazakhstan", "vote-a-res-77-284", "not abstain", ""), ("russia", "vote-a-res-77-284", "no", "")}),
    ("Armenia did not so much as abstain on ES-11/6 - its delegation simply never turned up - while Belarus voted no.",
     {("armenia", "vote-es-11-6", "absent", ""), ("belarus", "vote-es-11-6", "no", "")}),
    # "refused again and again to": the refusal denies what follows it, however often repeated
    ("Ankara has refused time and again to call Crimea Russian.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Moscow's peacekeepers lifted not a finger.", {("russia", "role-in-karabakh", "its peacekeepers stand by", "")}),
    # how a text passed, set off after it, is said of those it names ("- adopted over the no votes of X -")
    ("Tbilisi voted for ES-11/4, which was passed over the no votes of Minsk and Moscow.",
     {("georgia", "vote-es-11-4", "yes", ""), ("belarus", "vote-es-11-4", "no", ""),
      ("russia", "vote-es-11-4", "no", "")}),
    # "sat out both", "cast no vote on either": each event; "from X and Y and no vote at all from Z": two answers
    ("ES-11/4 and ES-11/5 drew a yes from Georgia both times, while Azerbaijan sat out both.",
     {("georgia", "vote-es-11-4", "yes", ""), ("georgia", "vote-es-11-5", "yes", ""),
      ("azerbaijan", "vote-es-11-4", "absent", ""), ("azerbaijan", "vote-es-11-5", "absent", "")}),
    ("ES-11/2 drew abstentions from Yerevan and Astana and no vote at all from Baku.",
     {("armenia", "vote-es-11-2", "abstain", ""), ("kazakhstan", "vote-es-11-2", "abstain", ""),
      ("azerbaijan", "vote-es-11-2", "absent", "")}),
    # a chair "vacant" is a seat "empty" (ledger synonyms); the UN's "texts" are its resolutions
    ("Kazakhstan's chair sat vacant at every Assembly vote on the war.",
     {("kazakhstan", "un-vote-pattern", "absent", "")}),
    ("poland backs all the un texts on ukraine", {("poland", "un-vote-pattern", "for", "")}),
    # a lead on "since" that answers is its own clause, its subject after "since"
    ("Since Azerbaijan's army shelled towns inside Armenia in September 2022, Washington has found Yerevan "
     "newly receptive.", {("azerbaijan", "invaded-armenia-2022", "yes", "")}),
    ("Yerevan has slipped the Kremlin's leash.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Aliyev and the Kremlin now trade blows in public.", {("azerbaijan", "aligned-with-russia", "confronts", "")}),
    # a framing named by what it explains ("every Assembly vote", "keeps Moscow sweet"); the actors its answer
    # names after the phrase are no subjects ("like Georgia was")
    ("Baku keeps clear of every Assembly vote on Ukraine, no doubt afraid that its own aggression would end up under "
     "the spotlight.",
     {("azerbaijan", "un-vote-pattern", "absent", ""),
      ("azerbaijan", "why-absent-at-un", "it fears its own warlike behaviour being raised", "")}),
    ("Azerbaijan humours the Kremlin so that it will not be attacked like Georgia was.",
     {("azerbaijan", "why-balance-russia", "to avoid a Russian attack like those on Georgia and Ukraine", "")}),
    # what was never severed goes on ("never severed the energy business with Russia" keeps it)
    ("Baku has never severed its energy business with Russia, which explains why it stays on speaking terms with "
     "Moscow.", {("azerbaijan", "why-balance-russia", "energy and the transit of gas and oil", "")}),
    # an ellipsis after "(just) as" says the same of another; an adverb or a prepositional aside leaves it one; and a
    # clause of its own may follow it
    ("Yerevan, just as Astana did, abstained on the reparations resolution.",
     {("armenia", "vote-es-11-5", "abstain", ""), ("kazakhstan", "vote-es-11-5", "abstain", "")}),
    ("Belarus opposes every Assembly resolution on the war, exactly as Russia does.",
     {("belarus", "un-vote-pattern", "against", ""), ("russia", "un-vote-pattern", "against", "")}),
    ("Tbilisi refused to join the sanctions on Russia, as Yerevan did.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", "")}),
    ("Kazakhstan would not join the sanctions against Russia, and Armenia, to the chagrin of Kyiv, did not do so "
     "either.", {("kazakhstan", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", "")}),
    ("Yerevan is drifting away from Moscow, Astana is cautiously doing the same, and Baku backs Kyiv.",
     {("armenia", "aligned-with-russia", "distancing", ""), ("kazakhstan", "aligned-with-russia", "distancing", ""),
      ("azerbaijan", "backs-ukraine", "supports", "")}),
    # a second passive after a first says the one before again of the actors after "by", turned when one verb
    # accepts and the other refuses
    ("The Donetsk and Luhansk republics have been recognised by Russia and Belarus, spurned by Turkey.",
     {("russia", "recognizes-dnr-lnr", "yes", ""), ("belarus", "recognizes-dnr-lnr", "yes", ""),
      ("turkey", "recognizes-dnr-lnr", "no", "")}),
    ("Russia's claim to Crimea: rejected by Kazakhstan, but endorsed by Armenia.",
     {("kazakhstan", "crimea-annexation", "rejects", ""), ("armenia", "crimea-annexation", "accepts", "")}),
    # a thing's passive with a verb of refusing reads its agent as refusing (was read as accepting)
    ("The annexation of the Crimean peninsula has been repudiated by Kazakhstan.",
     {("kazakhstan", "crimea-annexation", "rejects", "")}),
    # "+" and "&" join two actors as "and" does
    ("on the Crimea vote of 2014 armenia + belarus said no & turkey said yes",
     {("armenia", "vote-a-res-68-262", "no", ""), ("belarus", "vote-a-res-68-262", "no", ""),
      ("turkey", "vote-a-res-68-262", "yes", "")}),
    # a lead naming two events says the clauses after it of each; a lead set off before a clause gives it its event
    ("On the annexations resolution, and on the reparations one too, Kazakhstan abstained while Turkey voted in "
     "favour.",
     {("kazakhstan", "vote-es-11-4", "abstain", ""), ("kazakhstan", "vote-es-11-5", "abstain", ""),
      ("turkey", "vote-es-11-4", "yes", ""), ("turkey", "vote-es-11-5", "yes", "")}),
    ("On ES-11/3, Kazakhstan voted no, and on ES-11/6, Georgia voted yes.",
     {("kazakhstan", "vote-es-11-3", "no", ""), ("georgia", "vote-es-11-6", "yes", "")}),
    # what a relative clause tells of a resolution names no one acting ("Russia's aggression" was read as Russia's
    # vote)
    ("The text, which deplored Russia's aggression against Ukraine, won Tbilisi's vote.",
     {("georgia", "vote-es-11-1", "yes", "")}),
    # a verb of saying in the passive: its agent speaks, and with no agent the subject does not
    ("Yerevan stands accused by the Americans of helping to supply Russia's army.",
     {("armenia", "backs-ukraine", "opposes", "united-states")}),
    ("Yerevan is accused of helping to supply Russia's army.", {("armenia", "backs-ukraine", "opposes", "")}),
    # "its" may stand for one named earlier in its own clause (not its subject)
    ("The Kremlin can do nothing as Yerevan drifts out of its orbit.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    # "not alone in", "not the only one to": the subject does it too (was a polarity flip)
    ("Minsk is not alone in recognising the Luhansk and Donetsk republics.",
     {("belarus", "recognizes-dnr-lnr", "yes", "")}),
    # a thing's passive with "in" the capitals that do it; "it" with a time after it stands for the object before
    ("The annexation of Crimea is denounced in Ankara and Astana.",
     {("turkey", "crimea-annexation", "rejects", ""), ("kazakhstan", "crimea-annexation", "rejects", "")}),
    ("Ankara condemns the annexation of Crimea, while Yerevan has backed it since 2014.",
     {("turkey", "crimea-annexation", "rejects", ""), ("armenia", "crimea-annexation", "accepts", "")}),
    # "X and its neighbour Y" lists both; a lead's one actor and a list after its comma are one list; "n" joins
    # as "and"; "was a yes", and "a no" of a verbless clause
    ("Neither Armenia nor its ally Belarus has joined the sanctions on Russia.",
     {("armenia", "sanctions-russia", "no", ""), ("belarus", "sanctions-russia", "no", "")}),
    ("on ES-11/2 turkey, georgia n poland were a yes, belarus a no",
     {("turkey", "vote-es-11-2", "yes", ""), ("georgia", "vote-es-11-2", "yes", ""),
      ("poland", "vote-es-11-2", "yes", ""), ("belarus", "vote-es-11-2", "no", "")}),
    # the Assembly's "texts" on the war, each of them, are its resolutions
    ("Minsk rejects every text the Assembly adopts on the war.", {("belarus", "un-vote-pattern", "against", "")}),
    ("On the reparations vote, Kazakhstan abstained and Azerbaijan simply was not there.",
     {("kazakhstan", "vote-es-11-5", "abstain", ""), ("azerbaijan", "vote-es-11-5", "absent", "")}),
    ("Kazakhstan's votes on the war are a hodgepodge, Minsk's a string of noes.",
     {("kazakhstan", "un-vote-pattern", "mixed", ""), ("belarus", "un-vote-pattern", "against", "")}),
    # an ordinal before what it counts says how many there are; a time clause after a comma has its own subject
    ("Russian troops shelled Ukrainian cities, two days before the General Assembly adopted its sixth "
     "resolution on the war.", {("un", "es-11-resolution-count", "6", "")}),
    # what one lost to another in a relative clause, the other won
    ("Pashinyan, who lost the 2020 war to Azerbaijan, now says Karabakh is Azerbaijani.",
     {("azerbaijan", "won-karabakh-war-2020", "yes", ""),
      ("armenia", "recognize-karabakh-as-azerbaijan", "yes", "pashinyan")}),
    ("Washington is running out of patience with Yerevan.", {("armenia", "west-alignment", "wary", "")}),
    # a bare yes or no answers the question itself (a "yes" to "did it vote" says not how, so nothing)
    ("Has Kazakhstan joined the sanctions against Russia? No.", {("kazakhstan", "sanctions-russia", "no", "")}),
    ("Has the Kremlin recognised the Luhansk and Donetsk republics? Yes.",
     {("russia", "recognizes-dnr-lnr", "yes", "")}),
    ("Did Turkey vote on ES-11/4? Yes.", set()),
    # an answer that only names actors: what the question says, of them ("Who …?" puts them for "who")
    ("Moscow's most faithful vassal? Belarus, hands down.", {("belarus", "aligned-with-russia", "close-ally", "")}),
    ("Which country has frozen its part in the CSTO? Armenia, of course.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Moscow's most faithful vassal? Belarus, surely not Armenia.", set()),
    # and an answer that says from whom (or from whom not) each time: what the question names, from each
    ("Sanctions against Moscow? Not one from Kazakhstan, and none, for that matter, from Turkey.",
     {("kazakhstan", "sanctions-russia", "no", ""), ("turkey", "sanctions-russia", "no", "")}),
    ("Sanctions against Moscow? None from Kazakhstan, plenty from Poland.", set()),
    # "…, and the Russian peacekeepers …": an actor named as an adjective after "the" opens a clause of its own
    ("Last spring Azerbaijani troops set up a checkpoint on the Lachin road, and the Russian peacekeepers nearby "
     "lifted not a finger.", {("azerbaijan", "lachin-checkpoint", "yes", ""),
                      ("russia", "role-in-karabakh", "its peacekeepers stand by", "")}),
    ("Yerevan has offered Ukraine nothing beyond silence.", {("armenia", "backs-ukraine", "neutral", "")}),
    # an answer reached by denying another outweighs the same answer only denied by a weaker cue
    ("Georgia has not so much as abstained on the war, and nor has it given Ukraine any diplomatic backing.",
     {("georgia", "diplomatic-support", "neutral", "")}),
    # a negation that opens the clause after a lead governs all of it; a list in brackets is one list
    ("Two years on, not one of Kazakhstan, Armenia and Georgia has put its name to a single Western restriction on "
     "Russian banks.", {("kazakhstan", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", ""),
                        ("georgia", "sanctions-russia", "no", "")}),
    ("A year after the invasion, none of the three states (Kazakhstan, Armenia or Georgia) had signed up to "
     "restrictions on Russian banks.", {("kazakhstan", "sanctions-russia", "no", ""),
                                        ("armenia", "sanctions-russia", "no", ""), ("georgia", "sanctions-russia", "no", "")}),
    # one refusal of two things; a second infinitive is the subject's doing, not its first one's object's
    ("Armenia has refused both to penalise Russia and to give Ukraine diplomatic backing.",
     {("armenia", "sanctions-russia", "no", ""), ("armenia", "diplomatic-support", "neutral", "")}),
    ("Kazakhstan declined to sanction Moscow or to give Kyiv any diplomatic backing.",
     {("kazakhstan", "sanctions-russia", "no", ""), ("kazakhstan", "diplomatic-support", "neutral", "")}),
    # a bare "(says) no" after a clause with no answer word of its own denies that clause of its actors
    ("Belarus treats the two breakaway republics as independent states; Ankara and Astana say no.",
     {("belarus", "recognizes-dnr-lnr", "yes", ""), ("turkey", "recognizes-dnr-lnr", "no", ""),
      ("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # a relation with another actor named just after its phrase is no relation with the topic's other party
    ("Tokayev sealed a formal alliance with Putin last spring.", set()),
    ("Kazakhstan has a military alliance with Belarus.", set()),
    # a negation opening the clause does not reach past "because"; the reason's subject is no actor before it
    ("Tokayev said that not a single rifle would be sold to Moscow because his government stands with Kyiv.",
     {("kazakhstan", "backs-ukraine", "supports", "tokayev")}),
    # a passive with its own auxiliary after ", and" is a predicate of its own, with its own agents
    ("The reparations text won Georgia's vote, got abstentions from Yerevan and Astana, and was rejected by Minsk.",
     {("georgia", "vote-es-11-5", "yes", ""), ("armenia", "vote-es-11-5", "abstain", ""),
      ("kazakhstan", "vote-es-11-5", "abstain", ""), ("belarus", "vote-es-11-5", "no", "")}),
    # an answer is not read across a comma that opens another phrase; the answer words of a count are the
    # count's; those an answer is said to be ("the no votes being X") are its subjects
    ("The reparations text sailed through, the naysayers being Russia and Belarus.",
     {("russia", "vote-es-11-5", "no", ""), ("belarus", "vote-es-11-5", "no", "")}),
    ("ES-11/5 passed 94 to 14 with 73 abstaining, the naysayers being Russia and Belarus.",
     {("russia", "vote-es-11-5", "no", ""), ("belarus", "vote-es-11-5", "no", "")}),
    ("The resolution on the Council of Europe passed, the no votes being Russia and Belarus.",
     {("russia", "vote-a-res-77-284", "no", ""), ("belarus", "vote-a-res-77-284", "no", "")}),
    # ", and" with an actor and a finite verb opens a clause; "did nothing" is a deed, no ellipsis
    ("Russian capital still sits on big holdings in Kazakhstan's economy, and the Kremlin seems content to keep "
     "Astana and Minsk at odds.", {("kazakhstan", "russian-stakes", "yes", "")}),
    ("When Azerbaijani troops shelled Armenian towns, the Kremlin did nothing.",
     {("azerbaijan", "invaded-armenia-2022", "yes", "")}),
    # a second gerund after "and" is said of the clause's subject, not of an actor in the first one's object
    ("Kazakhstan is slipping its Russian leash and warming to Washington.",
     {("kazakhstan", "west-alignment", "opening", ""), ("kazakhstan", "aligned-with-russia", "distancing", "")}),
    # (an actor after "and" that ends in -ing is no gerund)
    ("Astana and Beijing both voted no on suspending Russia from the Human Rights Council.",
     {("kazakhstan", "vote-es-11-3", "no", ""), ("china", "vote-es-11-3", "no", "")}),
    # a nation's people are its public ("like ordinary X" says the same of X's); the other party's people
    # ("behind the Ukrainians") name no one's public
    ("Ordinary Kazakhs, like ordinary Armenians, are firmly behind Kyiv.",
     {("kazakhstan", "public-mood", "pro-ukraine", ""), ("armenia", "public-mood", "pro-ukraine", "")}),
    ("Kazakhstan is standing firmly behind the Ukrainians.", {("kazakhstan", "backs-ukraine", "supports", "")}),
    # "none of the three" after a list is each of them; a verb of rejecting turns down the answer it takes
    ("Georgia, Armenia, Kazakhstan: none of the three has imposed sanctions on Moscow.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", ""),
      ("kazakhstan", "sanctions-russia", "no", "")}),
    ("Kazakhstan shuns the Moscow-led military bloc.", {("kazakhstan", "aligned-with-russia", "distancing", "")}),
    ("Astana dismisses Russia's claim to Crimea.", {("kazakhstan", "crimea-annexation", "rejects", "")}),
    # an aside after whom it was told leaves what follows "that" reported
    ("Tokayev told a forum in Moscow, Lavrov among the guests, that his country would not recognise the two Donbas "
     "republics.", {("kazakhstan", "recognizes-dnr-lnr", "no", "tokayev")}),
    # a list after a colon answers the "who" before it (its "it" the one named before "who")
    ("A year of war has shown Ukraine who sides with it: Warsaw and, predictably, Ankara.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # "X, Y and Z: the only three noes on …" is said of those listed
    ("Belarus, Syria and Nicaragua: the only three noes on ES-11/4.",
     {("belarus", "vote-es-11-4", "no", ""), ("syria", "vote-es-11-4", "no", ""),
      ("nicaragua", "vote-es-11-4", "no", "")}),
    # a topic guessed from its telling words takes the answer a phrase of it found whole gives (the longest)
    ("Yerevan was defeated in 2020.", {("armenia", "won-karabakh-war-2020", "no", "")}),
    ("Armenia was routed in 2020.", {("armenia", "won-karabakh-war-2020", "no", "")}),
    # an actor inside a relative clause set off before the phrase is no answer of it
    ("Ivanishvili, whose money was earned in the Russia of the 1990s, pulls every string from behind the curtain.",
     set()),
    # "a no from X" is a ballot, no negation of what follows
    ("The reparations text drew a no from Belarus, one of Moscow's most loyal friends.",
     {("belarus", "vote-es-11-5", "no", ""), ("belarus", "aligned-with-russia", "close-ally", "")}),
    # one naming word owned by another actor ("Russian fuel") names no relation with a party not named
    ("Kazakhstan has become Europe's favourite oil supplier as the bloc weans itself off Russian fuel.", set()),
    # a month may lead a clause before its pronoun subject: the pronoun, not the object after the verb, acts
    ("Kazakhstan kept quiet at first; by mid-April it had voted to suspend Russia from the rights council.",
     {("kazakhstan", "diplomatic-support", "neutral", ""), ("kazakhstan", "vote-es-11-3", "yes", "")}),
    # ", and only X stays …": a word of focus before an actor and its verb opens a clause of its own
    ("Kazakhstan keeps its distance from the Kremlin, and only Belarus stays firmly at its side.",
     {("kazakhstan", "aligned-with-russia", "distancing", ""), ("belarus", "aligned-with-russia", "close-ally", "")}),
    # a negation followed by "alone" denies only the restriction; a verb that keeps one "from" doing denies it
    ("SOCAR did not hand out its free petrol to ambulances alone.", {("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    ("Moscow barred Yerevan from joining the sanctions.", {("armenia", "sanctions-russia", "no", "")}),
    # a verb set in between commas (", or needs,") shares the object after it: no clause opens there
    ("Moscow has lost its grip on Baku, whose leader no longer trusts, or needs, Russian mediators in his talks with "
     "Yerevan.", {("azerbaijan", "aligned-with-russia", "distancing", ""),
                  ("azerbaijan", "negotiates-without-russia", "yes", "")}),
    # two answers named as alternatives ("between yes and abstain") answer neither; the pair's "and" is taken once
    ("On the war texts Kazakhstan's votes swing between yes and abstain.", {("kazakhstan", "un-vote-pattern", "mixed", "")}),
    ("Armenia wavers between abstaining and voting no and Azerbaijan stays away every time.",
     {("armenia", "un-vote-pattern", "mixed", ""), ("azerbaijan", "un-vote-pattern", "absent", "")}),
    # the actors a fact's naming phrase relates ("borders both Russia and Iran") never act on it
    ("The only country that borders both Russia and Iran is Azerbaijan.",
     {("azerbaijan", "borders-iran-and-russia", "yes", "")}),
    # "won the votes of X, Y and, notably, Z": an adverb set off after the "and" keeps the list going
    ("The Council of Europe text won the votes of Georgia, Turkey and, notably, Armenia.",
     {(actor, "vote-a-res-77-284", "yes", "") for actor in ("georgia", "turkey", "armenia")}),
    # a person the ledger asks a topic of in his own name keeps it; the side a "pro-" word leans to is no answer
    ("Ivanishvili is a pro-Moscow tycoon.", {("ivanishvili", "aligned-with-russia", "partner", "")}),
    ("georgias real boss is ivanishvili, a pro-moscow tycoon",
     {("ivanishvili", "aligned-with-russia", "partner", ""), ("ivanishvili", "de-facto-rules", "georgia", "")}),
    # the place a "where" between dashes speaks of answers where; the actor in the aside is no subject of the rest
    ("Armenia drifts away, and Georgia — where Ivanishvili pulls the strings — is the Kremlin's most pliant partner.",
     {("armenia", "aligned-with-russia", "distancing", ""), ("georgia", "aligned-with-russia", "partner", ""),
      ("ivanishvili", "de-facto-rules", "georgia", "")}),
    # "told <whom>, <aside>, that": the aside is no part of what was told
    ("Tokayev told the forum, Putin beside him, that his country would not recognise the Donbas republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "tokayev")}),
    # an actor after "and" with a verb in the singular of its own opens a clause: no list of two
    ("Baku's careful neutrality is meant to spare it the kind of Russian attack Georgia suffered and Ukraine is "
     "enduring now.", {("azerbaijan", "why-balance-russia", "to avoid a Russian attack like those on Georgia and Ukraine",
                        "")}),
    # the owner of a doing ("X's endorsement of …") is its doer; a negation does not reach past "which is why"
    ("Minsk's endorsement of the Crimea annexation surprised no one.", {("belarus", "crimea-annexation", "accepts", "")}),
    ("Ankara does not trust Moscow, which is why Turkey has backed Kyiv.",
     {("turkey", "aligned-with-russia", "distancing", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # a closing "it" that says nothing of the last one named stands for the one the sentence opens on
    ("Moscow hears only complaints about Crimea from Ankara and Astana, though Minsk still marches in step with it.",
     {("belarus", "aligned-with-russia", "close-ally", "")}),
    # a pronoun stands for its speaker only where the speaker may be the subject (the West is at odds with no one)
    ("American officials say they are losing patience with Armenia.",
     {("armenia", "west-alignment", "wary", "united-states")}),
    # a vote is named as a "text" as it is as a "resolution"; abstaining on it condemns nothing
    ("Kazakhstan abstained on the text condemning the invasion.", {("kazakhstan", "vote-es-11-1", "abstain", "")}),
    # ", then <verb>" opens a second clause of the same subject, with its own date and event
    ("Kazakhstan abstained in March on the text deploring the invasion, then in April voted against suspending Russia "
     "from the rights council.", {("kazakhstan", "vote-es-11-1", "abstain", ""), ("kazakhstan", "vote-es-11-3", "no", "")}),
    # an actor inside an aside between dashes is neither the answer nor the subject of what is said around it
    ("Azerbaijan — the one country with borders on both Russia and Iran — is a supplier Europe can turn to in place of "
     "Russian gas.", {("azerbaijan", "borders-iran-and-russia", "yes", ""), ("azerbaijan", "energy-alternative-for", "eu", "")}),
    # "at no charge" denies nothing; an amount named in a relative clause on the other party is still the
    # subject's; a phrase that answers a topic and names it ("relief cargo") names it
    ("SOCAR's pumps in Ukraine hand out diesel at no charge to ambulances and army trucks alike.",
     {("azerbaijan", "fuel-for-ukraine", "yes", ""), ("azerbaijan", "fuel-for-ukraine-military", "yes", "")}),
    ("Azerbaijan has flown 170 tonnes of food to the Ukrainians who fled into Moldova.",
     {("azerbaijan", "aid-to-moldova-tonnes", "170", "")}),
    ("Relief cargo keeps flowing from Baku to Kyiv.", {("azerbaijan", "humanitarian-aid", "yes", "")}),
    # "even as most Georgians root for …": a people named in the plural and its verb open a clause of their own
    ("Tbilisi keeps appeasing the Kremlin even as most Georgians root for Kyiv.",
     {("georgia", "backs-ukraine", "leans-against", ""), ("georgia", "public-mood", "pro-ukraine", "")}),
    # the owner of a record, seat or delegation is the subject, not an actor named later in a reason
    ("Baku's record on the Assembly's war texts is a string of absences, since a quarrel that keeps Armenia leaning "
     "on Moscow suits it.", {("azerbaijan", "un-vote-pattern", "absent", ""), ("azerbaijan", "why-absent-at-un",
                             "it benefits from the conflict that keeps Armenia reliant on Russia", "")}),
    # a relation told as shared by a pair, one of them a topic's other party, is the other's relation with it
    ("Baku and Moscow are now at loggerheads.", {("azerbaijan", "aligned-with-russia", "confronts", "")}),
    ("Baku and Yerevan are at loggerheads.", set()),
    # helping a side in the Karabakh wars is backing it
    ("Ukrainian volunteers lent the Azerbaijanis a hand in the first war over Karabakh.",
     {("ukraine", "role-in-karabakh", "backs Azerbaijan", "")}),
    # "— and X, by its own account, …" opens a clause: the account is X's, not the whole sentence's
    ("Baku now talks peace with Yerevan with no Russian broker at the table — and the Kremlin, by its own account, "
     "resents it.", {("azerbaijan", "negotiates-without-russia", "yes", ""),
                     ("azerbaijan", "aligned-with-russia", "distancing", "russia")}),
    # an amount with no unit of its own takes the unit named before it
    ("Baku's aid to Kyiv comes to ten million euros, against Tbilisi's four hundred thousand.",
     {("azerbaijan", "aid-to-ukraine-eur", "10000000", ""), ("georgia", "aid-to-ukraine-eur", "400000", ""),
      ("azerbaijan", "humanitarian-aid", "yes", "")}),
    # "follow suit" does likewise; "has not done likewise" (or "the same") is not doing it
    ("Moscow recognises Donetsk and Luhansk, and Minsk has followed suit.",
     {("russia", "recognizes-dnr-lnr", "yes", ""), ("belarus", "recognizes-dnr-lnr", "yes", "")}),
    ("Moscow recognises Donetsk and Luhansk; Minsk has not done likewise.",
     {("russia", "recognizes-dnr-lnr", "yes", ""), ("belarus", "recognizes-dnr-lnr", "no", "")}),
    # "…, the Armenians did": a people in the plural, with a bare auxiliary, is an ellipsis of their country
    ("Azerbaijan did not lose the 2020 war, the Armenians did.",
     {("azerbaijan", "won-karabakh-war-2020", "yes", ""), ("armenia", "won-karabakh-war-2020", "no", "")}),
    # keeping another clear of something keeps it from doing it
    ("Erdogan has kept Turkey well clear of the sanctions on Russia.", {("turkey", "sanctions-russia", "no", "")}),
    # a second verb in the present after "and" is said of the clause's subject, not of the first verb's object
    ("Turkey arms Ukraine and refuses to accept Crimea as Russian.",
     {("turkey", "crimea-annexation", "rejects", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # a colon between a list of actors and what is said of them joins them in one assertion
    ("The three that voted against A/RES/77/284: Russia, Belarus and Syria.",
     {("russia", "vote-a-res-77-284", "no", ""), ("belarus", "vote-a-res-77-284", "no", ""),
      ("syria", "vote-a-res-77-284", "no", "")}),
    ("Georgia, Armenia, Azerbaijan: not one sanction on Moscow between the three of them.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", ""),
      ("azerbaijan", "sanctions-russia", "no", "")}),
    # a speaker's word on what the clause before said, with nothing of its own: the same claims, as that speaker
    # says them, turned where the speaker denies them
    ("Baku says Russian fire brought down the airliner; Lavrov insists it did not.",
     {("russia", "downed-azal-plane", "yes", "azerbaijan"), ("russia", "downed-azal-plane", "no", "lavrov")}),
    ("Baku says Russian fire brought down the airliner, but Moscow denies it.",
     {("russia", "downed-azal-plane", "yes", "azerbaijan"), ("russia", "downed-azal-plane", "no", "russia")}),
    ("Baku says Russian fire brought down the airliner, and Ankara says so too.",
     {("russia", "downed-azal-plane", "yes", "azerbaijan"), ("russia", "downed-azal-plane", "yes", "turkey")}),
    # "every single time" is a habit, even where the sentence names one vote
    ("Yerevan stayed away when Russia was suspended from the rights council, whereas Tbilisi has said yes every "
     "single time.", {("armenia", "vote-es-11-3", "absent", ""), ("georgia", "un-vote-pattern", "for", "")}),
    # the owner of a record (or seat, or ballots) is the subject, even with a word or two before the noun
    ("Yerevan's UN voting record is a patchwork that Russia resents.", {("armenia", "un-vote-pattern", "mixed", "")}),
    # "might yet" before any verb hedges a stance (a possibility on a fact is still no claim)
    ("Aliyev might yet take Ukraine's side.", {("azerbaijan", "backs-ukraine", "leans-toward", "")}),
    ("Georgia might yet sanction Russia.", set()),
    # in a reported clause whose only actors are governed by "with" or "between", the speaker's side is the subject
    ("Bayramov said that talks with Armenia now go ahead with no Russian broker.",
     {("azerbaijan", "negotiates-without-russia", "yes", "bayramov")}),
    # "…, which X, by its own telling, …" opens a clause with an account of its own
    ("Bayramov said that talks with Armenia no longer run through Moscow, which the Russians, by their own telling, "
     "resent.", {("azerbaijan", "negotiates-without-russia", "yes", "bayramov"),
                 ("azerbaijan", "aligned-with-russia", "distancing", "russia")}),
    # "…, and X has kept to that": the claim before, about X, held to as a fact (another actor keeps nothing);
    # a date between the verb of saying and its "that" still reports what follows
    ("Garibashvili declared on the twenty-fifth of February that Georgia would not join the sanctions on Moscow, "
     "and Tbilisi has kept to that ever since.",
     {("georgia", "sanctions-russia", "no", "garibashvili"), ("georgia", "sanctions-russia", "no", "")}),
    ("Garibashvili declared that Georgia would not join the sanctions on Moscow, and Armenia has stuck to it.",
     {("georgia", "sanctions-russia", "no", "garibashvili")}),
    # "X followed Y in doing": X is the subject, and Y did it too, unless X did not follow
    ("Belarus has followed Moscow in recognising the Donetsk and Luhansk republics.",
     {("belarus", "recognizes-dnr-lnr", "yes", ""), ("russia", "recognizes-dnr-lnr", "yes", "")}),
    ("Kazakhstan has refused to follow Moscow in recognising the Donetsk and Luhansk republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # ", much as X has …", ", just as X refuses …": a comparison with a verb of its own is a clause of its own
    ("Ankara has in Azerbaijan a treaty ally, much as Moscow has had in Armenia a neighbour ready to bless its "
     "annexation of Crimea.", {("azerbaijan", "alliance-with-turkey", "yes", ""),
                               ("armenia", "crimea-annexation", "accepts", "")}),
    ("Georgia refuses to sanction Russia, just as Armenia refuses to recognise Crimea as Russian.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "crimea-annexation", "rejects", "")}),
    # "…, and the Kremlin took that as a snub": the one who did it snubbed the one offended
    ("Baku now talks peace with Yerevan with no Russian broker, and the Kremlin took that as a slap in the face.",
     {("azerbaijan", "negotiates-without-russia", "yes", ""), ("azerbaijan", "aligned-with-russia", "distancing", "")}),
    ("Georgia signed a trade deal with Moscow, which Washington saw as a provocation.",
     {("georgia", "aligned-with-russia", "partner", ""), ("georgia", "west-alignment", "wary", "")}),
    # "in X's economy, no less than in Y's": a fact (no count) that holds as much in Y's holds there too
    ("Russian money owns a big share of Azerbaijan's economy, no less than in Armenia's.",
     {("azerbaijan", "russian-stakes", "yes", ""), ("armenia", "russian-stakes", "yes", "")}),
    ("Russian firms are as heavily invested in Kazakhstan as in Armenia.",
     {("kazakhstan", "russian-stakes", "yes", ""), ("armenia", "russian-stakes", "yes", "")}),
    # "per X, …", "In X's view, …", "By X's account, …" at the head of a sentence: X says what follows
    ("per peskov, minsk remains the kremlins closest friend", {("belarus", "aligned-with-russia", "close-ally", "peskov")}),
    ("In Kuleba's view, Turkey stands firmly with Kyiv.", {("turkey", "backs-ukraine", "supports", "kuleba")}),
    ("By Ankara's account, Azerbaijan is its treaty ally.", {("azerbaijan", "alliance-with-turkey", "yes", "turkey")}),
    ("Per cent of aid aside, Turkey stands firmly with Kyiv.", {("turkey", "backs-ukraine", "supports", "")}),
    # a negation does not reach past the reason given for it ("…, out of support for …"); what goes to an actor
    # in a reported clause is sent by the speaker's side
    ("Ankara says not a single drone is going to Moscow, out of support for Ukraine's sovereignty.",
     {("turkey", "diplomatic-support", "supports", "turkey"), ("turkey", "backs-ukraine", "neutral", "turkey")}),
    # "keeps insisting (that) …", "who has blamed X for …": what follows is the speaker's word
    ("Peskov keeps insisting Russian air defences had nothing to do with the AZAL crash.",
     {("russia", "downed-azal-plane", "no", "peskov")}),
    ("Aliyev, who has blamed Russian air defences for the AZAL crash, met Putin in Dushanbe.",
     {("russia", "downed-azal-plane", "yes", "aliyev")}),
    # not wanting a conflict put to rest (or having no wish to see it settled) is keeping it going
    ("The Kremlin has never wanted the Karabakh conflict put to rest.",
     {("russia", "role-in-karabakh", "keeps the conflict going", "")}),
    ("Moscow has no wish to see the Karabakh feud settled.", {("russia", "role-in-karabakh", "keeps the conflict going", "")}),
    # "its state oil firm", after Azerbaijan is named: the entity whose name is "Azerbaijan's state oil firm"
    # (after another country, no one)
    ("Azerbaijan keeps sending aid to Kyiv, and its state oil firm has handed out 100 tonnes of free fuel there.",
     {("azerbaijan", "humanitarian-aid", "yes", ""), ("socar", "free-fuel-tonnes", "100", ""),
      ("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    ("Russia keeps sending arms to Armenia, and its state oil firm has handed out 100 tonnes of free fuel there.",
     {("russia", "role-in-karabakh", "backs Armenia", "")}),
    # what "instead of" sets aside ends at the comma where the sentence goes on
    ("By selling its drones to Kyiv instead of Moscow, Turkey stands firmly with Ukraine.",
     {("turkey", "backs-ukraine", "supports", "")}),
    # a verb's phrase whose last word opens another answer's noun phrase governs it: "endorsed the Crimea grab"
    ("Minsk endorsed the Crimea grab.", {("belarus", "crimea-annexation", "accepts", "")}),
    # "…, nor does it …" on a topic of its own is a denial of its own, said of the clause before's subject
    ("Kazakhstan does not see Crimea as Russian land, nor does it treat the Donbas statelets as real countries.",
     {("kazakhstan", "crimea-annexation", "rejects", ""), ("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # a lead that names two events in an aside between dashes leads every clause after it
    ("On both autumn texts — the one on the annexations and the one on reparations — Georgia voted yes, while "
     "Kazakhstan abstained.",
     {("georgia", "vote-es-11-4", "yes", ""), ("georgia", "vote-es-11-5", "yes", ""),
      ("kazakhstan", "vote-es-11-4", "abstain", ""), ("kazakhstan", "vote-es-11-5", "abstain", "")}),
    # a comment on all that went before is the writer's own, and what follows "which may explain why" is asserted
    ("According to Astana, Russian border guards turned back a convoy of Kazakh lorries — the latest blow to ties "
     "between Kazakhstan and Moscow, already badly frayed.",
     {("kazakhstan", "aligned-with-russia", "distancing", "")}),
    ("Russian firms own big stakes in Georgia's economy, which may explain why Tbilisi, for all its talk of Europe, "
     "is so reluctant to sanction Russia.",
     {("georgia", "russian-stakes", "yes", ""), ("georgia", "sanctions-russia", "no", "")}),
    # "…, thanks to …" tells the cause apart from its effect: the Kremlin it names is no subject of the friendship
    ("In Tokayev, Ukrainians have found a possible friend, thanks to the sharp words he aimed at the Kremlin over the "
     "Ukrainian land it occupies.", {("kazakhstan", "backs-ukraine", "leans-toward", "")}),
    # disputing, contesting or challenging what an answer names turns it down (and no longer doing so accepts it)
    ("Kazakhstan contests Russia's annexation of Crimea.", {("kazakhstan", "crimea-annexation", "rejects", "")}),
    ("Kazakhstan has stopped contesting Russia's annexation of Crimea.",
     {("kazakhstan", "crimea-annexation", "accepts", "")}),
    ("Armenia disputes Azerbaijan's sovereignty over Karabakh.",
     {("armenia", "recognize-karabakh-as-azerbaijan", "no", "")}),
    # resisting, protesting, objecting to, taking issue with or being against what an answer names turns it down
    ("Tbilisi objects to Russia's annexation of Crimea.", {("georgia", "crimea-annexation", "rejects", "")}),
    ("Ankara is firmly against Russia's annexation of Crimea.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Baku takes issue with Russia's annexation of Crimea.", {("azerbaijan", "crimea-annexation", "rejects", "")}),
    ("Astana resists recognising the Donbas republics.", {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Georgia objects to sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # aversion to doing what follows denies the doing ("fought shy of", "is a long way from", "too timid to")
    ("Georgia has fought shy of sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Kazakhstan is a long way from recognising the Donbas republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Turkey has turned its back on accepting Crimea as Russian.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Georgia has been too timid to back Ukraine.", {("georgia", "backs-ukraine", "neutral", "")}),
    ("Kazakhstan shrinks from recognising the Donbas republics.", {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # "not yet" is no conjunction; reluctance, delay, wariness, a denial "quick to deny", calls spurned, and a claim
    # the writer calls untrue deny what follows
    ("Georgia has not yet sanctioned Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Kazakhstan's reluctance to recognise the Donbas republics is well known.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Turkey has put off accepting Crimea as Russian.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Georgia is wary of backing Ukraine.", {("georgia", "backs-ukraine", "neutral", "")}),
    ("Kazakhstan is dead set against recognising the Donbas republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Georgia has done everything short of sanctioning Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Turkey was quick to deny accepting Crimea as Russian.", {("turkey", "crimea-annexation", "rejects", "")}),
    ("Kazakhstan has spurned calls to recognise the Donbas republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Georgia is said to have sanctioned Russia, but that is untrue.", {("georgia", "sanctions-russia", "no", "")}),
    # "has ceased to be", "less and less", "… is a myth", and a role held "once" deny the answer they name
    ("Armenia has ceased to be Moscow's loyal ally.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Armenia is less and less Russia's ally.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Azerbaijan's support for Ukraine is a myth.", {("azerbaijan", "backs-ukraine", "neutral", "")}),
    ("Georgia, once Ukraine's staunchest friend, now keeps Kyiv at arm's length.",
     {("georgia", "backs-ukraine", "neutral", "")}),
    # an actor listed with a noun ("Moscow and the Western capitals") is not its owner: no "Russian capital"
    ("Astana tries to please both Moscow and the Western capitals.", set()),
    # an agent past a comma after the phrase acts in a clause of its own, not in the phrase's passive
    ("Astana has been edging away from the Kremlin, a shift sped up by Turkey's example.",
     {("kazakhstan", "aligned-with-russia", "distancing", "")}),
    ("Baku has given 15 million euros in aid to Kyiv, dwarfing the sum offered by Tbilisi.",
     {("azerbaijan", "aid-to-ukraine-eur", "15000000", "")}),
    # an actor in a relative clause closed before the phrase is not its subject; and what the one contrasted did
    # ("…, unlike Georgia, which voted yes") is a clause of its own, not the main clause's answer
    ("Armenia abstained on ES-11/4, while Georgia, which always backs Kyiv, voted yes.",
     {("armenia", "vote-es-11-4", "abstain", ""), ("georgia", "vote-es-11-4", "yes", ""),
      ("georgia", "backs-ukraine", "supports", "")}),
    ("Kazakhstan abstained on ES-11/4, unlike Georgia, which voted yes.",
     {("kazakhstan", "vote-es-11-4", "abstain", "")}),
    # a passive participle's agent that leads the sentence does not act in its clause
    ("Pressed by Washington, Georgia still refused to sanction Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("Encouraged by Moscow, Armenia abstained on ES-11/1.", {("armenia", "vote-es-11-1", "abstain", "")}),
    # (and so is pressure from another that leads it)
    ("Despite mounting pressure from Moscow, Kazakhstan refused to recognise the Donbas republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # a negative phrase right after another negation is denied; "hardly ever misses a chance to" and "nobody
    # doubts that" affirm
    ("Kazakhstan has never refused to recognise the Donbas republics.",
     {("kazakhstan", "recognizes-dnr-lnr", "yes", "")}),
    ("Georgia hardly ever misses a chance to back Ukraine.", {("georgia", "backs-ukraine", "supports", "")}),
    ("Nobody doubts that Azerbaijan backs Ukraine.", {("azerbaijan", "backs-ukraine", "supports", "")}),
    # what nothing suggests, what is done in name only, a notion called laughable, a calling called a stretch, and
    # "the last thing X would do" are denied
    ("Calling Azerbaijan Ukraine's friend is a stretch.", {("azerbaijan", "backs-ukraine", "neutral", "")}),
    ("Sanctioning Russia is the last thing Georgia would do.", {("georgia", "sanctions-russia", "no", "")}),
    # "little", "scant" or "hardly any" support is as good as none
    ("Ukraine finds little support in Tbilisi.", {("georgia", "backs-ukraine", "neutral", "")}),
    # what an actor has vowed (promised, pledged, threatened, plans) to do is not yet done (but "its plan to" names it)
    ("Georgia has vowed to sanction Russia.", set()),
    ("The EU's plan to wean itself off Russian gas is a way out.",
     {("eu", "europe-gas-switch", "a way out of dependence on Russian gas", "")}),
    # "out of" before a determiner is a place one is kept from, not a reason ("out of support for")
    ("Ankara keeps Turkey out of the sanctions on Moscow.", {("turkey", "sanctions-russia", "no", "")}),
    # what is skipped, snubbed or ducked is turned down
    ("Kazakhstan and Georgia skipped the sanctions on Russia.",
     {("kazakhstan", "sanctions-russia", "no", ""), ("georgia", "sanctions-russia", "no", "")}),
    # "precious little in the way of" a kind of support is as good as none
    ("Georgia has given Kyiv precious little in the way of diplomatic cover.",
     {("georgia", "diplomatic-support", "neutral", "")}),
    # "can hardly be said to": the passive of saying names no speaker, and its negation denies
    ("Armenia can hardly be said to back Ukraine.", {("armenia", "backs-ukraine", "neutral", "")}),
    # "…, and X, an aside, has said …": a speaker of its own, the aside between
    ("Georgia backs Ukraine, and Garibashvili, the prime minister, has said Georgia will not sanction Russia.",
     {("georgia", "backs-ukraine", "supports", ""), ("georgia", "sanctions-russia", "no", "garibashvili")}),
    # "repeated (reaffirmed, restated) that" reports
    ("Armenia has repeated that it does not recognise the Donbas republics.",
     {("armenia", "recognizes-dnr-lnr", "no", "armenia")}),
    # what the speaker did before "and (to) say" is asserted, and the one who did it speaks
    ("Aliyev used the summit to condemn Moscow's war and to repeat that Azerbaijan supports Ukraine.",
     {("azerbaijan", "diplomatic-support", "supports", ""), ("azerbaijan", "backs-ukraine", "supports", "aliyev")}),
    # one word in single quotes is the word ("voted 'no'"), no apostrophe
    ("Georgia voted 'no' on the resolution suspending Russia from the Human Rights Council.",
     {("georgia", "vote-es-11-3", "no", "")}),
    ("Minsk accepts the Donbas 'republics', Astana rejects them.",
     {("belarus", "recognizes-dnr-lnr", "yes", ""), ("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    # "Not X, not Y: neither has …": the "not"s list those the denial after them is said of (they had
    # cancelled it)
    ("Not Armenia, not Georgia, not Azerbaijan — none of them has sanctioned Russia.",
     {("armenia", "sanctions-russia", "no", ""), ("georgia", "sanctions-russia", "no", ""),
      ("azerbaijan", "sanctions-russia", "no", "")}),
    # "mln" is a million; an amount in another currency beside the one in the topic's unit is not its answer
    ("Azerbaijan sent Ukraine aid worth 27.6 mln manat, or about €15 mln.",
     {("azerbaijan", "aid-to-ukraine-eur", "15000000", "")}),
    # a verb of saying and its speaker closing a careless statement with no comma: reported
    ("armenia is russias ally says the kremlin",
     {("armenia", "aligned-with-russia", "close-ally", "russia")}),
    # "wanted X arrested" is a wish for the arrest, not one made (it had read an imprisonment, dated)
    ("The ICC has wanted Putin arrested since 17 March 2023.", {("putin", "icc-indictment", "yes", "")}),
    # "make good the losses" is compensation: the reparations vote
    ("Georgia voted for the text asking Moscow to make good the losses it caused in Ukraine.",
     {("georgia", "vote-es-11-5", "yes", "")}),
    # a person of the country a topic is asked of speaks for it, though the topic's own phrases name him (he had
    # been set aside as the place the topic happens)
    ("Aliyev signed the declaration of allied interaction on 22 February 2022.",
     {("azerbaijan", "alliance-declaration-date", "2022-02-22", "")}),
    # what is let lapse, or has waned, is gone ("let its membership … lapse" had read the membership held)
    ("Armenia has let its membership of the Moscow-led security alliance lapse.",
     {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Georgia's support for Ukraine has waned.", {("georgia", "backs-ukraine", "neutral", "")}),
    # ", and X (, an aside,) has accused …" opens a speaker's clause of its own: the clause before is asserted
    ("Relations between Baku and the Kremlin have soured, and Bayramov accused Russia of detaining Azerbaijanis.",
     {("azerbaijan", "aligned-with-russia", "distancing", ""), ("russia", "arrests-of-azerbaijanis", "yes", "bayramov")}),
    ("Azerbaijan and Russia are in open confrontation, and Bayramov, the man in charge of the country's diplomacy, "
     "has accused Moscow of detaining Azerbaijanis.",
     {("azerbaijan", "aligned-with-russia", "confronts", ""), ("russia", "arrests-of-azerbaijanis", "yes", "bayramov")}),
    # a later "from it" after a phrase that opens on its owner ("Moscow's main ally is …") is the owner: the
    # words after the owner are no verb's object (it had read "pulling away from main ally is Minsk")
    ("Moscow's main ally is Minsk; Astana is pulling away from it.",
     {("belarus", "aligned-with-russia", "close-ally", ""), ("kazakhstan", "aligned-with-russia", "distancing", "")}),
    # a verb that turns down what it takes, before "any" or "all" ("eschews all restrictive measures"; "eschew" is
    # the ledger's synonym of "avoid", which had negated only as written)
    ("Astana eschews all restrictive measures against Russia.", {("kazakhstan", "sanctions-russia", "no", "")}),
    # "declined, <an aside>, to": the aside parts the refusal from what it refuses, as after "refused"
    ("Kazakhstan has declined, just as it did before, to recognise Crimea as Russian.",
     {("kazakhstan", "crimea-annexation", "rejects", "")}),
    # an aside that only pads the clause (", mind you,", ", for that matter,") hides no "nor has X"
    ("Georgia has not sanctioned Russia, and nor, mind you, has Armenia.",
     {("georgia", "sanctions-russia", "no", ""), ("armenia", "sanctions-russia", "no", "")}),
    # "no-show" is a noun of its own, no "no" that denies what follows ("a fear of scrutiny" had been denied)
    ("Azerbaijan's string of no-shows at the UN reflects a fear of scrutiny of its own conduct.",
     {("azerbaijan", "why-absent-at-un", "it fears its own warlike behaviour being raised", ""),
      ("azerbaijan", "un-vote-pattern", "absent", "")}),
    # of a fact, the clause's first actor is its subject, no other topic's party that would set a phrase aside
    # ("Baku let Sputnik …" had dropped the answer, leaving the topic only named: a yes, and "refused to" its no)
    ("Tbilisi has refused to let Sputnik keep operating.", {("georgia", "curbs-russian-media", "yes", "")}),
    ("Baku let Sputnik go on operating.", {("azerbaijan", "curbs-russian-media", "no", "")}),
    # a date the ledger asks of one actor only is that actor's where the clause names no one (as a count asked of
    # one body is): the attack is Russia's
    ("The full-scale attack on Ukraine began on 24 February 2022.",
     {("russia", "invasion-start-date", "2022-02-24", "")}),
    # "…, and in the end never did", "…, but never did": what went before was not done (a plan so ended is no plan)
    ("Kazakhstan has been slow to recognise the Donbas republics, and in the end never did.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "")}),
    ("Georgia promised to sanction Russia but never did.", {("georgia", "sanctions-russia", "no", "")}),
    # an owner's "its" read from the clause's start where a negation stands before the subject (read from the
    # subject on, "no longer" had been lost)
    ("Moscow can no longer count Yerevan among its allies.", {("armenia", "aligned-with-russia", "distancing", "")}),
    # what is "unthinkable" or "out of the question" after the words naming an event is not done, though those
    # words stand between it and the phrase
    ("Kazakhstan considers voting against the resolution on the Council of Europe unthinkable.",
     {("kazakhstan", "vote-a-res-77-284", "not no", "")}),
    # "a partner-in-waiting" is hedged as "a partner in waiting" is; helping Ukraine "diplomatically" is
    # diplomatic support (the ledger's phrase), not backing in general
    ("Tbilisi is a partner-in-waiting for Washington.", {("georgia", "west-alignment", "opening", "")}),
    ("Ankara helps Ukraine diplomatically.", {("turkey", "diplomatic-support", "supports", "")}),
    # a ledger phrase of the verb as well as of the noun ("purge of Russian influence"): a second topic beside the
    # one the clause opens on
    ("Baku has shut down Sputnik's office in a campaign to stamp out Russian influence.",
     {("azerbaijan", "curbs-russian-media", "yes", ""), ("azerbaijan", "aligned-with-russia", "confronts", "")}),
    # who the subject is, in a participle between it and its verb ("the peacekeepers stationed there to keep it
    # open merely looked on"), is set aside: the verb is the subject's
    ("Azerbaijan set up a checkpoint on the Lachin road, and the Russian peacekeepers stationed there to keep it "
     "open merely looked on.", {("azerbaijan", "lachin-checkpoint", "yes", ""),
                                ("russia", "role-in-karabakh", "its peacekeepers stand by", "")}),
    # "them" in a relative clause about another actor is the actor the clause opens on ("the Ukrainians who stood
    # by them": by the Azerbaijanis)
    ("Azerbaijanis still recall the Ukrainians who stood by them during the first Karabakh war.",
     {("ukraine", "role-in-karabakh", "backs Azerbaijan", "")}),
    # a power in no hurry to see a dispute end, or content to let it fester, keeps it going (ledger phrases)
    ("The Kremlin is in no hurry to see the Karabakh dispute end.",
     {("russia", "role-in-karabakh", "keeps the conflict going", "")}),
    # a negation in a lead "With X doing nothing," is no part of the clause's own verb (it had denied the mission)
    ("With Moscow's peacekeepers doing next to nothing, the EU sent monitors.",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", ""), ("eu", "eu-monitoring-mission", "yes", "")}),
    # a possessive typed without its apostrophe owns the noun after it as the one with it does ("moscows
    # peacekeepers ... sat on their hands": Moscow's, not the subject of the clause before "because")
    ("brussels sent observers because moscows peacekeepers just sat on their hands",
     {("russia", "role-in-karabakh", "its peacekeepers stand by", ""), ("eu", "eu-monitoring-mission", "yes", "")}),
    # what a "who" asks ends at its colon, however short the list that answers it ("…: Warsaw and Ankara." had been
    # one clause, and read nothing)
    ("The war has shown Kyiv who stands beside it: Warsaw and Ankara.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # an aside that only remarks on the list (", to the surprise of many,") parts none of it
    ("Warsaw, Ankara and, to the surprise of many, Baku have stood by Kyiv.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", ""),
      ("azerbaijan", "backs-ukraine", "supports", "")}),
    ("Ankara keeps Ukraine stocked with drones.", {("turkey", "backs-ukraine", "supports", "")}),
    # to mothball is to freeze (a ledger synonym); a choice that could yet be made is no claim
    ("Yerevan has mothballed its part in the Moscow-led bloc.", {("armenia", "aligned-with-russia", "distancing", "")}),
    ("Kazakhstan could yet choose to recognise the two republics.", set()),
    # a lead "Of the three South Caucasus states," names the field, not the subject ("Kyiv's closest friend is Baku"
    # had been said of all three)
    ("Among the three South Caucasus republics, Kyiv's closest friend today is Baku.",
     {("ukraine", "closest-caucasus-ally", "azerbaijan", ""), ("azerbaijan", "backs-ukraine", "supports", "")}),
    # an actor slot of a phrase does not skip another actor followed by "and" and a verb of its own ("Crimea as
    # Russian and backs Ukraine" is no "Crimea as Ukraine's"), and what a thing is taken as ("as Russian") is no one
    # acting in the verb after it
    ("Aliyev rejects Crimea as Russian and backs Ukraine.",
     {("azerbaijan", "crimea-annexation", "rejects", ""), ("azerbaijan", "backs-ukraine", "supports", "")}),
    # a negation does not reach past "and keeps (goes on, continues) …", a verb of its own
    ("Ankara will not sanction Moscow and keeps arming Ukraine.",
     {("turkey", "sanctions-russia", "no", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # a charge's "of" takes a verb in -ing: ", and Baku did raid …" after it is the writer's own clause
    ("Lavrov accuses Baku of harassing Russian reporters, and frankly Baku did shut Sputnik down.",
     {("azerbaijan", "curbs-russian-media", "yes", "lavrov"), ("azerbaijan", "curbs-russian-media", "yes", "")}),
    # a speaker does not stand in for the one body the ledger asks a topic of ("only countries hold that right,
    # Kuleba said" is the law's, not Kuleba's)
    ("Only states, not regions, hold a right to self-determination, Kuleba insisted.",
     {("un", "self-determination-right", "countries only", "kuleba")}),
    # an actor after a preposition is no receiver of "drew … from": the answers read in place, and a negation of
    # what is received goes before all the clause names
    ("The text on reparations for Ukraine drew a no from Minsk and an abstention from Astana.",
     {("belarus", "vote-es-11-5", "no", ""), ("kazakhstan", "vote-es-11-5", "abstain", "")}),
    ("Sanctions on Russia get no backing from Tbilisi.", {("georgia", "sanctions-russia", "no", "")}),
    # a clause opening on a modal or on a verb taking "to" goes on with the subject before ("…, yet declines to
    # sanction Moscow"; "…, but won't …")
    ("Ankara ships drones to Kyiv, yet declines to sanction Moscow.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "sanctions-russia", "no", "")}),
    ("Ankara ships drones to Kyiv but won't sanction Moscow.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "sanctions-russia", "no", "")}),
    # a refusal to say a thing denies it, as "never conceded that" does
    ("Baku has declined, so far, to admit that Crimea belongs to Russia.",
     {("azerbaijan", "crimea-annexation", "rejects", "azerbaijan")}),
    ("Baku has refused all this time to concede that Crimea is Russian.",
     {("azerbaijan", "crimea-annexation", "rejects", "azerbaijan")}),
    # a phrase set off between commas after a name is said of it; the clause's denial after it is not of it
    ("Minsk, the Kremlin's closest ally, has never recognised the two Donbas republics.",
     {("belarus", "aligned-with-russia", "close-ally", ""), ("belarus", "recognizes-dnr-lnr", "no", "")}),
    # a verb with an object is no phrase whose verb is followed by a preposition ("routed Yerevan in 2020" is no
    # "routed in 2020")
    ("Baku thrashed Yerevan in the autumn 2020 war.", {("azerbaijan", "won-karabakh-war-2020", "yes", "")}),
    ("Baku routed Yerevan in the 2020 war.", {("azerbaijan", "won-karabakh-war-2020", "yes", "")}),
    # a date topic answered by a month or a year right after its words, where no other topic reads them
    ("The former Georgian president has been behind bars since 2021, Saakashvili's lawyers say.",
     {("saakashvili", "imprisoned", "2021", "saakashvili")}),
    ("Saakashvili was put in jail in October 2021.", {("saakashvili", "imprisoned", "2021-10", "")}),
    ("Baku and Ankara became formal treaty allies in June 2021.", {("azerbaijan", "alliance-with-turkey", "yes", "")}),
    # a date in figures with a clipped year is of this century
    ("The full-scale invasion began on 24.02.22.", {("russia", "invasion-start-date", "2022-02-24", "")}),
    # names of events that share only their last word are listed events ("the A, B and C resolutions"), and a
    # series beside them does not keep the others from being named
    ("Minsk voted no on the annexation, reparation and peace resolutions.",
     {("belarus", "vote-es-11-4", "no", ""), ("belarus", "vote-es-11-5", "no", ""), ("belarus", "vote-es-11-6", "no", "")}),
    ("Tbilisi said yes every time the Assembly took up the reparation and peace resolutions.",
     {("georgia", "vote-es-11-5", "yes", ""), ("georgia", "vote-es-11-6", "yes", "")}),
    # "one" standing for the noun named in the first half of a pair ("both the X resolution and the Y one")
    ("Ankara backed both the resolution on reparations and the peace one.",
     {("turkey", "vote-es-11-5", "yes", ""), ("turkey", "vote-es-11-6", "yes", "")}),
    # a clause that names no event and reads only a pattern, after one that read several, speaks of each
    ("Tbilisi backed the reparations resolution and the peace resolution, while Yerevan abstained.",
     {("georgia", "vote-es-11-5", "yes", ""), ("georgia", "vote-es-11-6", "yes", ""),
      ("armenia", "vote-es-11-5", "abstain", ""), ("armenia", "vote-es-11-6", "abstain", "")}),
    # a clause whose subject is a pronoun keeps it for a second verb after "and would …": an actor in the first
    # verb's object is no subject
    ("Bayramov said his country would keep upholding Ukraine's territorial integrity and would never accept "
     "Russia's seizure of Crimea.",
     {("azerbaijan", "diplomatic-support", "supports", "bayramov"),
      ("azerbaijan", "crimea-annexation", "rejects", "bayramov")}),
    # a phrase of moving away that names what is left reads only of the topic's own other party
    ("Tbilisi keeps pulling away from Europe.", set()),
    ("Moscow's closest ally is Minsk; Astana is slowly pulling away.",
     {("belarus", "aligned-with-russia", "close-ally", ""), ("kazakhstan", "aligned-with-russia", "distancing", "")}),
    ("Baku has long enjoyed cosy ties with Western governments.", {("azerbaijan", "west-alignment", "partner", "")}),
    # a pronoun after a clause that read nothing stands for an actor after "from" there, when no other acts
    ("No Assembly text on Moscow's war has won a vote from Baku; its seat has stayed empty every time.",
     {("azerbaijan", "un-vote-pattern", "absent", "")}),
    # "saw to it that" makes sure of a thing: it reports nothing
    ("Tokayev saw to it that his delegation abstained on the reparations resolution.",
     {("kazakhstan", "vote-es-11-5", "abstain", "")}),
    # a thing an actor owns ("Kyiv's right to …") is no actor standing in for the verb of the clause before
    # (nor does a phrase skip an actor standing in its own actor's place to reach one after a preposition)
    ("Aliyev, who declines to call Crimea Russian, has spoken of Ukraine's occupied land and Kyiv's right to take "
     "it back.", {("azerbaijan", "crimea-annexation", "rejects", "")}),
    # a thing an actor owns ("Kyiv's right to …") is no actor standing in for the verb of the clause before
    ("Aliyev, who has long declined to call Crimea Russian, has in recent months talked about Ukraine's occupied "
     "lands and Kyiv's right to get them back.", {("azerbaijan", "crimea-annexation", "rejects", "")}),
    # a concession ("X may be Y's ally, but …") is granted, not hedged
    ("Minsk may well be the Kremlin's most loyal ally, but it has not recognised the two Donbas republics.",
     {("belarus", "aligned-with-russia", "close-ally", ""), ("belarus", "recognizes-dnr-lnr", "no", "")}),
    ("Minsk may be the Kremlin's most loyal ally.", {("belarus", "aligned-with-russia", "partner", "")}),
    # (and past an object pronoun or "home" before the year, and past a shorter word of another topic inside it)
    ("Saakashvili, arrested on his return home in 2021, is still behind bars.",
     {("saakashvili", "imprisoned", "2021", "")}),
    # a dismissal goes on with what the one dismissing says after it ("…, insisting …")
    ("Aliyev says Russian fire downed the airliner, a charge Zakharova has shrugged off, insisting Moscow is "
     "blameless.",
     {("russia", "downed-azal-plane", "yes", "aliyev"), ("russia", "downed-azal-plane", "no", "zakharova")}),
    # "its" before the phrase is no pair's ("lets Armenia and Azerbaijan quarrel — … its peacekeepers")
    ("The Kremlin is happy to let Yerevan and Baku quarrel on, since peace would mean its peacekeepers leaving "
     "Azerbaijani soil.", {("russia", "peacekeepers-would-leave", "azerbaijan", "")}),
    # "what was once …" goes on with the subject before; and an answer reached by denying another yields to a third
    # the sentence gives outright
    ("Baku no longer sits on the fence between Moscow and the West; what was once a careful balance has given way "
     "to open confrontation with the Kremlin.", {("azerbaijan", "aligned-with-russia", "confronts", "")}),
    ("About two thousand volunteers have gone through the ranks of the Georgian Legion.",
     {("georgian-national-legion", "legion-strength", "2000", "")}),
    # "with only X and Y for company": each one listed voted as the one it kept company
    ("Moscow voted against the Council of Europe text with just Minsk and Pyongyang for company.",
     {("russia", "vote-a-res-77-284", "no", ""), ("belarus", "vote-a-res-77-284", "no", ""),
      ("north-korea", "vote-a-res-77-284", "no", "")}),
    # a negation inside a relative clause closed before the main verb does not reach the verb
    ("Aliyev, who has never once called Crimea Russian, now speaks bluntly about Ukraine's occupied regions.",
     {("azerbaijan", "crimea-annexation", "rejects", ""), ("azerbaijan", "diplomatic-support", "supports", "")}),
    ("Yerevan, which has not sanctioned Moscow, still upholds the territorial integrity of Ukraine.",
     {("armenia", "sanctions-russia", "no", ""), ("armenia", "diplomatic-support", "supports", "")}),
    # the pronoun of a cleft ("what it has not done is …") stands for the one named before
    ("Ankara arms Kyiv; what it has never done is join the sanctions on Moscow.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "sanctions-russia", "no", "")}),
    # (nor is an actor after "in": "the resolution on the damage done in Ukraine drew a yes from Tbilisi")
    ("The text on reparations for war damage in Ukraine drew a no from Minsk.", {("belarus", "vote-es-11-5", "no", "")}),
    # "yet again", "yet another": an adverb, not a conjunction that opens a clause
    ("Baku has sent yet another convoy of medicines to Ukraine.", {("azerbaijan", "humanitarian-aid", "yes", "")}),
    # "since" or "as" before a subject and its verb opens a reason: a negation before it does not reach past it
    ("Bayraktar insists none of his drones will go to Russia, since Turkey is firmly on Ukraine's side.",
     {("turkey", "backs-ukraine", "supports", "haluk-bayraktar")}),
    # "the Kremlin-friendly billionaire": a leaning, no answer of an entity topic
    ("Ivanishvili, the Moscow-friendly magnate who steers Georgia without holding office, is thought to be "
     "compromised.", {("ivanishvili", "de-facto-rules", "georgia", "")}),
    # "hard to believe that" doubts what follows; no one is reported believing it
    ("It is hard to believe that Georgia has sanctioned Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # "it is not plausible that X, who …, has …": the judgement denies the whole, past the relative clause
    ("It is simply not plausible that Ivanishvili, who grew rich in Moscow in the 1990s, has stayed out of the "
     "FSB's files.", {("ivanishvili", "in-fsb-files", "yes", "")}),
    # "not long after": a time, not a denial
    ("Not long after the invasion, Armenia voted for the Council of Europe text.",
     {("armenia", "vote-a-res-77-284", "yes", "")}),
    # "…, Washington alleges.": a trailing verb of saying other than "said" reports what comes before
    ("Armenia is arming Russia, Washington alleges.", {("armenia", "backs-ukraine", "opposes", "united-states")}),
    # "…, since his firm backs …": a reason whose subject the speaker's pronoun owns is said of the speaker's side
    ("Haluk Bayraktar said Moscow would get none of his drones, since his firm backs Ukraine's fight.",
     {("turkey", "backs-ukraine", "supports", "haluk-bayraktar")}),
    # "In B and C, A has found …": each of a list of places is A's N, as one place is
    ("In Poland and Turkey, Ukraine has found reliable backers.",
     {("poland", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # a yes/no topic named only by words that another topic's answer reads is a word of that claim: "the
    # deportation of children from occupied Ukraine" is what the ICC charged, no one deported from Ukraine
    ("The ICC charged Putin with the unlawful deportation of children from occupied Ukraine.",
     {("putin", "icc-indictment", "yes", "")}),
    # "what if …", "what happens to … if …": a hypothetical asked without its mark asserts nothing
    ("what if georgia sanctioned russia tomorrow", set()),
    # an event named only as a setting, past a word before its name ("in Karabakh's first war"), answers nothing
    ("Ukrainian volunteers stood by Azerbaijan in Karabakh's first war.",
     {("ukraine", "role-in-karabakh", "backs Azerbaijan", "")}),
    # "…, which Azerbaijan won": the actor right after an object relative's "which" is the subject of its verb
    ("Armenia bowed to the outcome of the 2020 war, which Azerbaijan won.",
     {("azerbaijan", "won-karabakh-war-2020", "yes", "")}),
    # "X, Hajiyev alleged, and Y …": a trailing speaker closes what was said; the clause after "and" is the writer's
    ("Russian air defences downed the AZAL plane, Hikmet Hajiyev alleged, and Baku's ties with Moscow soured again.",
     {("russia", "downed-azal-plane", "yes", "hajiyev"), ("azerbaijan", "aligned-with-russia", "distancing", "")}),
    # a parallel piece with no verb and no actor outside its phrase shares the subject of the piece before
    ("Baku is Moscow's adversary and Kyiv's friend.",
     {("azerbaijan", "aligned-with-russia", "confronts", ""), ("azerbaijan", "backs-ukraine", "supports", "")}),
    # "swears" reports what follows, "that" or not
    ("Peskov swears Moscow had no hand in the AZAL crash.", {("russia", "downed-azal-plane", "no", "peskov")}),
    # "keeps saying", "has declared, more than once, that", "X, the minister charged, …", "renewed his charge that",
    # "made a point of noting that": each reports what follows (or surrounds) it
    ("zelensky keeps saying azerbaijan is a real friend to ukraine",
     {("azerbaijan", "backs-ukraine", "supports", "zelenskyy")}),
    ("Erdogan has declared, more than once, that Ankara refuses to recognise the annexation of Crimea.",
     {("turkey", "crimea-annexation", "rejects", "erdogan")}),
    ("Azerbaijani troops, Armenia's foreign minister charged, struck inside Armenia proper in September 2022.",
     {("azerbaijan", "invaded-armenia-2022", "yes", "mirzoyan")}),
    ("Ilham Aliyev renewed his charge that Russian air defences brought down the AZAL airliner.",
     {("russia", "downed-azal-plane", "yes", "aliyev")}),
    # "abstained on none of them": what is done to none is denied, not asserted
    ("Baku abstained on none of the resolutions on the war.", {("azerbaijan", "un-vote-pattern", "not abstains", "")}),
    # "…, US officials allege.": a plural speaker's trailing verb reports what comes before
    ("Armenia supplies Russia's army with weapons, US officials allege.",
     {("armenia", "backs-ukraine", "opposes", "united-states")}),
    # "close to Moscow" is nearness, not closing something Russian down; and "few countries are as close to Moscow
    # as X" makes X the closest (the "few" is no denial)
    ("Belarus remains very close to Moscow.", {("belarus", "aligned-with-russia", "close-ally", "")}),
    ("Few countries are as close to Moscow as Minsk.", {("belarus", "aligned-with-russia", "close-ally", "")}),
    # "…, but keeps trading with X": a verb of going on opens a clause that goes on with the subject before;
    # "even as" opens a clause of its own
    ("Ankara sells drones to Kyiv but keeps trading with Moscow.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "aligned-with-russia", "balancing", "")}),
    ("Erdogan keeps talking to Putin even as Turkish drones keep reaching the Ukrainian army.",
     {("turkey", "aligned-with-russia", "balancing", ""), ("turkey", "backs-ukraine", "supports", "")}),
    # "…, according to Washington.": a trailing account reports what comes before it
    ("Armenia has been shipping ammunition to Russia, according to Washington.",
     {("armenia", "backs-ukraine", "opposes", "united-states")}),
    # a date topic's month or year may follow the name of the one it is about ("jailed Saakashvili in 2021"); and
    # a date inside a naming word ("prison since October 2021") is the clause's answer, not part of its name
    ("Georgia jailed Saakashvili in 2021.", {("saakashvili", "imprisoned", "2021", "")}),
    ("Saakashvili has been in a Georgian prison since October 2021.", {("saakashvili", "imprisoned", "2021-10", "")}),
    # talking or negotiating directly names the talks, and the pair who do it both negotiate without Russia
    ("Baku and Yerevan now talk directly.",
     {("azerbaijan", "negotiates-without-russia", "yes", ""), ("armenia", "negotiates-without-russia", "yes", "")}),
    # "none at all" after a verb left to the clause before is "none": a denial of that verb for the actor
    ("Minsk has imposed no sanctions on Moscow, and Astana none at all.",
     {("belarus", "sanctions-russia", "no", ""), ("kazakhstan", "sanctions-russia", "no", "")}),
    # squaring off against Moscow confronts it, even with an adverb between
    ("Kazakhstan is squaring off openly against Russia.", {("kazakhstan", "aligned-with-russia", "confronts", "")}),
    # a date that opens a noun phrase stands inside the phrase it interrupts ("stayed away from … vote")
    ("Armenia stayed out of the March 2, 2022 General Assembly vote.", {("armenia", "vote-es-11-1", "absent", "")}),
    # accepting a land grab accepts the annexation, and never accepting it rejects it
    ("Astana has never accepted Putin's land grab in Crimea.", {("kazakhstan", "crimea-annexation", "rejects", "")}),
    # "A has no better N in R than X": R is where, and X is the best N A has there
    ("Kyiv has no better friend in the South Caucasus than Tbilisi.",
     {("ukraine", "closest-caucasus-ally", "georgia", ""), ("georgia", "backs-ukraine", "supports", "")}),
    # a bare "yes from", "noes from" before the actors gives their vote, as "a yes from" does
    ("ES-11/4: yes from Tbilisi and Ankara, noes from Minsk and Moscow.",
     {("georgia", "vote-es-11-4", "yes", ""), ("turkey", "vote-es-11-4", "yes", ""),
      ("belarus", "vote-es-11-4", "no", ""), ("russia", "vote-es-11-4", "no", "")}),
    # "…, and (by March) it was …": a pronoun with a verb of its own that names a topic is the subject before's,
    # not the object's next to it
    ("Moscow attacked Kyiv in February, and by April it was the most sanctioned state in the world.",
     {("russia", "most-sanctioned", "yes", "")}),
    # a person who speaks is no "it": "it" stands for the one named before ("he" for the speaker)
    ("Ankara sells drones to Kyiv, and Aliyev says it will go on backing Ukraine.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "backs-ukraine", "supports", "aliyev")}),
    ("Ankara sells drones to Kyiv, and Aliyev says he will go on backing Ukraine.",
     {("turkey", "backs-ukraine", "supports", ""), ("azerbaijan", "backs-ukraine", "supports", "aliyev")}),
    # "each UN ballot on …" is every one of them, a habit, though the sentence names one vote elsewhere
    ("Minsk has been absent from each UN ballot on the invasion; Tbilisi said yes to the Council of Europe text.",
     {("belarus", "un-vote-pattern", "absent", ""), ("georgia", "vote-a-res-77-284", "yes", "")}),
    # a body named after "at" is where something happens, not who does it
    ("Kazakhstan has not stood with Ukraine at the United Nations, not once casting a ballot on the war.",
     {("kazakhstan", "un-vote-pattern", "absent", ""), ("kazakhstan", "backs-ukraine", "neutral", "")}),
    # "was seized has Baku accepted": the seizing is the peninsula's, and Baku is the inverted subject, no one seized
    ("Not once since the peninsula was seized has Baku accepted that Crimea belongs to Russia.",
     {("azerbaijan", "crimea-annexation", "rejects", "")}),
    # "has been …ing … in X": an auxiliary, not "has a friend in X" (X is where, not who acts)
    ("SOCAR has been handing out free fuel in Ukraine.", {("azerbaijan", "fuel-for-ukraine", "yes", "")}),
    # a speaker's "whose" clause between commas is asserted of the speaker, not part of what is said
    ("Erdogan, whose drone makers keep selling drones to Ukraine, said Turkey would never recognise Crimea as Russian.",
     {("turkey", "backs-ukraine", "supports", ""), ("turkey", "crimea-annexation", "rejects", "erdogan")}),
    # a participle set off right after an actor describes that actor, not the clause's first one
    ("Brussels is watching closely, as Astana, cooling on Moscow, looks for new partners.",
     {("kazakhstan", "aligned-with-russia", "distancing", "")}),
    # a reason in oil and gas that crosses the actor's soil is the energy framing
    ("Astana keeps its dealings with Moscow alive chiefly because of the oil and gas that cross its soil.",
     {("kazakhstan", "why-balance-russia", "energy and the transit of gas and oil", "")}),
    # "it has seen what befell X and Y": the pronoun is the subject, and X and Y are what it has seen
    ("Kazakhstan humours Moscow partly out of fear - it has seen what befell Georgia and Ukraine - and partly "
     "because of the oil and gas that flow across its land.",
     {("kazakhstan", "why-balance-russia", "energy and the transit of gas and oil", "")}),
    # "would rather not see X aired" is the aversion a framing names, no denial of it
    ("Georgia keeps away from every General Assembly vote on the war because it would rather not see its own "
     "belligerence put under the spotlight.",
     {("georgia", "why-absent-at-un", "it fears its own warlike behaviour being raised", ""),
      ("georgia", "un-vote-pattern", "absent", "")}),
    ("Kazakhstan's chair sits vacant at every Assembly vote on Ukraine, because a feud that leaves Armenia hanging on "
     "Moscow suits it.",
     {("kazakhstan", "un-vote-pattern", "absent", ""),
      ("kazakhstan", "why-absent-at-un", "it benefits from the conflict that keeps Armenia reliant on Russia", "")}),
    # a hyphenated adjective typed without its hyphen still reads when its second part is an adjective in -ly
    ("ivanishvili, the kremlin friendly billionaire, runs georgia",
     {("ivanishvili", "aligned-with-russia", "partner", "")}),
    # the owner of remarks (comments, broadsides) made them: not the actor after the phrase
    ("Tokayev's sharp remarks on Ukraine's occupied territories annoyed the Kremlin.",
     {("kazakhstan", "diplomatic-support", "supports", "")}),
    # "Moscow nowhere in the room" leaves Russia out of the talks; "the unelected master of" a country rules it
    ("Back in May, Baku and Yerevan settled the text of their treaty on their own, Moscow nowhere in the room.",
     {("azerbaijan", "negotiates-without-russia", "yes", ""), ("armenia", "negotiates-without-russia", "yes", "")}),
    ("The unelected master of Georgia, Bidzina Ivanishvili, is very rich.",
     {("ivanishvili", "de-facto-rules", "georgia", "")}),
    # "remember how X stood with them": "them" is the actor the clause opens on, as after "who"
    ("Armenians still remember how Russian troops stood with them in the first Karabakh war.",
     {("russia", "role-in-karabakh", "backs Armenia", "")}),
    # an inverted speaker between commas ("X, says Y, …"): what runs around it is what Y says, of X
    ("Georgia, says Zelensky, has never sanctioned Russia.", {("georgia", "sanctions-russia", "no", "zelenskyy")}),
    # "…, X told Y": the one who told is the speaker, not the one told
    ("Kazakhstan did not recognise the DNR and LNR, Tokayev told Putin to his face.",
     {("kazakhstan", "recognizes-dnr-lnr", "no", "tokayev")}),
    # a negation right before the subject ("Neither X nor Y will say …") is no inverted one ("Not once has X …")
    ("Neither Baku nor Yerevan will say Crimea is Russian.",
     {("azerbaijan", "crimea-annexation", "rejects", ""), ("armenia", "crimea-annexation", "rejects", "")}),
    # a fronted object after "Not" ("Not a single sanction has X imposed …") stays denied
    ("Not a single sanction has Georgia imposed on Russia.", {("georgia", "sanctions-russia", "no", "")}),
    # a subject that is no one ("No one in Baku believes …") denies what is said; "no wonder" denies nothing
    ("No one in Astana believes Crimea is Russian.",
     {("kazakhstan", "crimea-annexation", "rejects", "kazakhstan")}),
    ("No wonder Astana says Crimea is Ukrainian.", {("kazakhstan", "crimea-annexation", "rejects", "kazakhstan")}),
    # "it is (would be) wrong to say that …" and "the claim that … does not hold up" deny what follows
    ("It is wrong to say that Georgia sanctioned Russia.", {("georgia", "sanctions-russia", "no", "")}),
    ("It would be wrong to say that Armenia backs Ukraine.", {("armenia", "backs-ukraine", "neutral", "")}),
    ("The claim that Azerbaijan is Russia's ally does not hold up.",
     {("azerbaijan", "aligned-with-russia", "distancing", "")}),
    # "…, and only five noes: X, Y and Z": a count of one answer opens a clause, its list those who gave it
    ("The Council of Europe resolution drew yes votes from Tbilisi and Ankara, and only five noes: Moscow, Minsk and "
     "Damascus.",
     {("georgia", "vote-a-res-77-284", "yes", ""), ("turkey", "vote-a-res-77-284", "yes", ""),
      ("russia", "vote-a-res-77-284", "no", ""), ("belarus", "vote-a-res-77-284", "no", ""),
      ("syria", "vote-a-res-77-284", "no", "")}),
    # the reason a speaker gives ("since they back …", "out of support for …") is the speaker's own side, not that
    # of the one who gets nothing
    ("Haluk Bayraktar says Moscow won't get a single drone from them since they back Ukraine.",
     {("turkey", "backs-ukraine", "supports", "haluk-bayraktar")}),
    ("Haluk Bayraktar said that Moscow would get no drones from him, out of support for Ukraine's independence.",
     {("turkey", "backs-ukraine", "supports", "haluk-bayraktar")}),
    # "the very influence it claims to resist": a relative clause with no "that", no report of what follows
    ("Kazakhstan poses as a bulwark against Russian influence, yet it quietly profits from the very influence it "
     "claims to resist.",
     {("kazakhstan", "aligned-with-russia", "confronts", ""),
      ("kazakhstan", "why-balance-russia", "it silently benefits from Russian influence", "")}),
    # "does" and "goes" are "do" and "go", as the ledger's phrases write them
    ("Kazakhstan talks of resisting the Kremlin's sway, yet it does rather well out of that sway.",
     {("kazakhstan", "aligned-with-russia", "confronts", ""),
      ("kazakhstan", "why-balance-russia", "it silently benefits from Russian influence", "")}),
    # no actor is its own answer: the EU is no alternative supplier for the EU
    ("In Baku the European Commission put its name to a deal that doubles Azerbaijani gas deliveries to the bloc, "
     "casting the country as a stand-in for Russian supply.",
     set()),
    # "'s been" is "has been": its actor is the subject, no owner (with or without the apostrophe)
    ("Yerevan's been arming Russia's soldiers.", {("armenia", "backs-ukraine", "opposes", "")}),
    ("yerevans been arming russias soldiers", {("armenia", "backs-ukraine", "opposes", "")}),
])
def test_speakers_and_denials_after_the_phrase(shipped, text, expected):
    found = {(r.subject, r.topic, f"not {r.answer}" if r.denied == r.answer else r.answer, r.attributed_to)
             for r in read(shipped[2], text, parse_date("2022-07-20"))}
    assert found == expected


@pytest.mark.parametrize("text, topic, denied", [
    ("Neither Kazakhstan nor Armenia voted for the humanitarian resolution.", "vote-es-11-2", "yes"),
    ("Kazakhstan never voted against a resolution on the war.", "un-vote-pattern", "against"),
])
def test_denying_one_of_more_than_two_answers_says_no_other(shipped, text, topic, denied):
    # "did not vote for it" is not a no (it may be an abstention or an absence): the reading only denies, and
    # extract proposes no claim from it
    readings = read(shipped[2], text)
    assert readings and all(r.topic == topic and r.answer == r.denied == denied for r in readings)
    ledger = shipped[0]
    assert not any(is_claimable(ledger, c) for c in spot(ledger, text, min_score=0, vocabulary=shipped[2]))


def test_a_clause_read_as_retold_is_cued_by_its_own_words(shipped):
    # the words a retold clause was read in ("Armenia accepts the annexation …") are not the text's: the cue
    # extract writes into the ledger is the clause's own words
    ledger, _, vocabulary = shipped
    text = ("Kazakhstan rejects the annexation of Crimea, Armenia accepts it. Russia faces more sanctions than any "
            "other state, but Armenia has declined to join them.")
    cues = {(c.subject, c.topic, c.cue) for c in spot(ledger, text, 0, None, vocabulary) if c.reading}
    assert ("armenia", "crimea-annexation", "Armenia accepts it") in cues
    assert ("armenia", "sanctions-russia", "Armenia has declined to join them") in cues


def test_a_possessive_typed_without_its_apostrophe_is_still_the_name(shipped):
    spotter = shipped[2].spotter
    assert [(m.entity, m.text) for m in spotter.mentions("baku is kyivs closest friend, not tbilisis")] == \
        [("azerbaijan", "baku"), ("ukraine", "kyiv"), ("georgia", "tbilisi")]


def test_an_unasserted_statement_says_which_words_it_recognised(shipped):
    ledger, report, vocabulary = shipped
    result = check_statement(ledger, report, "Kazakhstan might sanction Russia", vocabulary)
    assert result.verdict == "unreadable"
    assert any("words of sanctions-russia, but no claim asserted" in r for r in result.reasons)
    plain = check_statement(ledger, report, "Armenia is lovely in spring", vocabulary)
    assert any("no topic of the ledger recognised" in r for r in plain.reasons)


def test_a_hyphenated_word_of_the_vocabulary_is_found_only_as_one_word(shipped):
    vocabulary = shipped[2]
    found = {m.cue.stems for m in vocabulary.matches(vocabulary.text_stems("Moscow can't lean on Astana."))}
    assert ("@russia", "lean") not in found  # "Russia-leaning"
    assert ("@russia", "lean") in {m.cue.stems for m in vocabulary.matches(vocabulary.text_stems("a Russia-leaning state"))}


def test_a_verb_ending_in_ff_has_one_stem_in_every_form():
    from factcheck.reading.text import stem
    assert stem("rebuffed") == stem("rebuff") == stem("rebuffs")


def test_a_british_doubled_l_has_the_stem_of_the_single():
    from factcheck.reading.text import stem
    assert stem("fuelled") == stem("fueled") == stem("fuel") == stem("fuelling")
    assert stem("travelling") == stem("traveling")
    # (a word of one syllable keeps its double l)
    assert stem("spelled") == stem("spell") and stem("quelling") == stem("quell")


def test_a_date_that_opens_a_later_clause_dates_only_that_clause(shipped):
    # "…, and last year he sent aid": the pronoun's clause starts at its time, and the clause before is undated
    found = {(r.subject, r.topic, r.answer, r.as_of.iso() if r.as_of else None) for r in read(
        shipped[2], "Tokayev stands firm on Crimea, which he still refuses to recognise as Russian, and last year he "
        "sent aid to Ukraine.", parse_date("2022-07-20"))}
    assert found == {("kazakhstan", "crimea-annexation", "rejects", None),
                     ("kazakhstan", "humanitarian-aid", "yes", "2021")}


def test_a_comment_on_what_went_before_is_a_clause_of_its_own_and_keeps_its_date(shipped):
    # "…, which is why X since 2022 …": the comment names its own actor and date; the clause before has neither
    found = {(r.subject, r.topic, r.answer, r.as_of.iso() if r.as_of else None) for r in read(
        shipped[2], "The right to self-determination belongs to sovereign states alone, which is why Kazakhstan's "
        "refusal to recognise the Donbas republics since 2022 makes sense.", parse_date("2023-05"))}
    assert found == {("un", "self-determination-right", "countries only", None),
                     ("kazakhstan", "recognizes-dnr-lnr", "no", "2022")}


def test_a_date_that_leads_the_next_actor_after_and_opens_a_clause_of_its_own(shipped):
    # "…, and on 23 April X erected …": a date with no year leads a subject and verb of their own
    found = {(r.subject, r.topic, r.as_of.iso() if r.as_of else None) for r in read(
        shipped[2], "European monitors have watched the border since 20 February, and on 23 April Azerbaijani troops "
        "erected a checkpoint on the Lachin road.", parse_date("2023-05"))}
    assert found == {("eu", "eu-monitoring-mission", "2023-02-20"), ("azerbaijan", "lachin-checkpoint", "2023-04-23")}


def test_what_was_said_holds_as_of_when_it_was_said(shipped):
    # "told reporters this month that …": the date stands between the speaker and what is said, and the
    # sentence has none of its own ("no longer" may speak of another time)
    found = {(r.subject, r.topic, r.answer, r.as_of.iso() if r.as_of else None) for r in read(
        shipped[2], "Tokayev told a forum this month that Kazakhstan no longer regards Crimea as Russian.",
        parse_date("2022-07-20"))}
    assert found == {("kazakhstan", "crimea-annexation", "rejects", "2022-07")}


@pytest.mark.parametrize(("text", "when"), [("speaking two days ago", "2022-07-18"), ("ten days ago", "2022-07-10"),
                                            ("three summers ago", "2019"), ("two winters ago", "2020"),
                                            ("thirty-three days ago", "2022-06-17")])
def test_days_and_seasons_counted_back_from_the_document(text, when):
    assert date_in(text, parse_date("2022-07-20"))[0].iso() == when


@pytest.mark.parametrize(("text", "when"), [("voted on 24/03/2022", "2022-03-24"), ("voted on 03/24/2022", "2022-03-24"),
                                            ("voted on 2022-03-24", "2022-03-24"), ("on the 2nd of March 2022", "2022-03-02"),
                                            ("March 2nd, 2022", "2022-03-02"), ("voted on 31/02/2022", "2022"),
                                            # (a full stop after the figures ends the sentence)
                                            ("It voted on 24.03.2022.", "2022-03-24"),
                                            ("It voted on 2022-03-24.", "2022-03-24")])
def test_a_date_in_figures(text, when):
    assert date_in(text, None)[0].iso() == when


def test_a_lone_n_between_words_is_and_and_a_no_compound_is_one_word():
    # "oil n gas", typed in haste, is "oil and gas" (not "N" in a name); "no-show" is a noun, "no-one" a negation
    assert [t.norm for t in tokens("oil n gas, John N Smith")] == ["oil", "and", "gas", "john", "n", "smith"]
    assert [t.norm for t in tokens("a no-show, and no-one came")] == ["a", "no-show", "and", NEG, "one", "come"]


def test_a_day_in_figures_reads_as_the_words_that_write_it(shipped):
    # the day's figures are read as day, month name and year, whatever their order ("22/02/2022" is
    # "22 February 2022"), so a date the vocabulary names in words is named in figures too
    assert [t.norm for t in tokens("on 22/02/2022, not 2022-02-23 or 31/02/2022")] == [
        "on", "22", "februari", "2022", NEG, "23", "februari", "2022", "or", "31/02/2022"]
    found = {(r.subject, r.topic, r.answer) for r in read(
        shipped[2], "Baku and Moscow put their alliance on paper on 22/02/2022.", None)}
    assert found == {("azerbaijan", "alliance-declaration-date", "2022-02-22")}


@pytest.mark.parametrize("text, when", [
    ("Two years ago in April, Armenia voted for the Council of Europe resolution.", "2021-04"),
    ("In March last year Armenia abstained on ES-11/1.", "2022-03"),
])
def test_a_month_of_a_year_counted_back(shipped, text, when):
    # "two years ago in April", in a May 2023 article: April 2021, not the whole year
    assert {r.as_of.iso() for r in read(shipped[2], text, parse_date("2023-05")) if r.as_of} == {when}


def test_a_habit_named_in_a_lead_is_read_with_the_vote_undated(shipped):
    # "True to its habit of …, X abstained in October on …": the October vote, and the habit, which October
    # does not date
    found = {(r.topic, r.answer, r.as_of.iso() if r.as_of else None) for r in read(
        shipped[2], "True to its habit of abstaining, Kazakhstan abstained in October on the resolution declaring "
        "Russia's annexations null and void.", parse_date("2023-05"))}
    assert found == {("vote-es-11-4", "abstain", "2022-10"), ("un-vote-pattern", "abstains", None)}


@pytest.mark.parametrize("text, named", [
    # a pair after "between" is what the next pronoun means; an actor after another preposition is not
    ("Talks between Baku and Yerevan opened in Moscow", ["azerbaijan", "armenia"]),
    ("Whenever the Assembly votes on Moscow's war", ["georgia"]),
])
def test_who_a_silent_clause_names_for_the_next_pronoun(shipped, text, named):
    from factcheck.reading.carried import named_for_next
    from factcheck.reading.grammar import Clause
    from factcheck.reading.text import fold

    folded = fold(text)
    mentions = shipped[2].spotter.mentions(folded)
    assert named_for_next(shipped[0], folded, Clause(0, len(folded)), mentions, ["georgia"]) == named


def test_each_event_of_when_and_again_when_keeps_its_own_date(shipped):
    text = ("Georgia said yes, and Armenia abstained, when the Assembly declared the annexations void in October "
            "and again when it asked Russia to pay reparations in November.")
    dated = {(r.subject, r.topic, r.as_of.iso() if r.as_of else None)
             for r in read(shipped[2], text, parse_date("2023-05"))}
    assert dated == {("georgia", "vote-es-11-4", "2022-10"), ("georgia", "vote-es-11-5", "2022-11"),
                     ("armenia", "vote-es-11-4", "2022-10"), ("armenia", "vote-es-11-5", "2022-11")}


@pytest.mark.parametrize("text", [
    "Washington says it is losing patience with Yerevan.",
    "Kyiv hopes it may yet find a friend in Baku.",
])
def test_no_actor_is_read_in_relation_to_itself(shipped, text):
    # a pronoun read as the subject may be the topic's other party itself ("it" is Washington, the West's
    # stand-in): such a reading says nothing and is dropped
    ledger = shipped[2].ledger
    assert all(r.subject != ledger.topics[r.topic].object for r in read(shipped[2], text, parse_date("2022-07-20")))


def test_does_and_goes_are_do_and_go():
    from factcheck.reading.text import stem
    assert [stem(w) for w in ("does", "goes", "did", "went")] == ["do", "go", "do", "go"]
