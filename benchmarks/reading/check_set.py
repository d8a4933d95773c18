#!/usr/bin/env python3
"""Validate the reading benchmark (every file but dev.jsonl).

Checks, for every line of every file:
  * the format (fields, types, id prefixes, kinds, source dates, categories);
  * every expected claim against ../../claims.yaml: the subject and
    attributed_to are entity ids, the topic exists, the answer is on the
    topic's scale or among its values (an entity id for entity topics, a
    number for number topics, a date for date topics), as_of is a date;
  * the wording rule: no run of 5 or more consecutive words (case and
    punctuation ignored, British and American -ise/-ize spellings treated
    alike) is shared with any of ../../seeds/*.txt.

Prints the counts per category and file. Exit status 0 when every check
passes, 1 otherwise. Standard library and PyYAML only.

It reports problems by id and never prints the text of held.jsonl,
held2.jsonl ... held33.jsonl items, so that running it does not expose the held-out parts; use
--show to print the offending texts when fixing the set (that shows held items
too).
"""
import collections
import glob
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LEDGER = os.path.join(ROOT, "claims.yaml")
SEEDS = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
# dev.jsonl is not checked here: it repeats the texts of three tune/held items.
FILES = (("tune.jsonl", "t"), ("held.jsonl", "h"),
         ("dev2.jsonl", "e"), ("held2.jsonl", "g"), ("held3.jsonl", "k"),
         ("dev3.jsonl", "f"), ("dev4.jsonl", "m"), ("held4.jsonl", "n"),
         ("dev5.jsonl", "p"), ("held5.jsonl", "q"),
         ("dev6.jsonl", "r"), ("held6.jsonl", "s"),
         ("dev7.jsonl", "u"), ("held7.jsonl", "w"),
         ("dev8.jsonl", "v"), ("held8.jsonl", "x"),
         ("dev9.jsonl", "y"), ("held9.jsonl", "z"),
         ("dev10.jsonl", "a"), ("held10.jsonl", "b"),
         ("dev11.jsonl", "c"), ("held11.jsonl", "d"),
         ("dev12.jsonl", "j"), ("held12.jsonl", "l"),
         ("dev13.jsonl", "i"), ("held13.jsonl", "o"),
         ("dev14.jsonl", "xa"), ("held14.jsonl", "xb"),
         ("dev15.jsonl", "xc"), ("held15.jsonl", "xd"),
         ("dev16.jsonl", "xe"), ("held16.jsonl", "xf"),
         ("dev17.jsonl", "xg"), ("held17.jsonl", "xh"),
         ("dev18.jsonl", "xi"), ("held18.jsonl", "xj"),
         ("dev19.jsonl", "xk"), ("held19.jsonl", "xl"),
         ("dev20.jsonl", "xm"), ("held20.jsonl", "xn"),
         ("dev21.jsonl", "xo"), ("held21.jsonl", "xp"),
         ("dev22.jsonl", "xq"), ("held22.jsonl", "xr"),
         ("dev23.jsonl", "xs"), ("held23.jsonl", "xt"),
         ("dev24.jsonl", "xu"), ("held24.jsonl", "xv"),
         ("dev25.jsonl", "xw"), ("held25.jsonl", "xx"),
         ("dev26.jsonl", "xy"), ("held26.jsonl", "xz"),
         ("dev27.jsonl", "ya"), ("held27.jsonl", "yb"),
         ("dev28.jsonl", "yc"), ("held28.jsonl", "yd"),
         ("dev29.jsonl", "ye"), ("held29.jsonl", "yf"),
         ("dev30.jsonl", "yg"), ("held30.jsonl", "yh"),
         ("dev31.jsonl", "yi"), ("held31.jsonl", "yj"),
         ("dev32.jsonl", "yk"), ("held32.jsonl", "yl"),
         ("dev33.jsonl", "ym"), ("held33.jsonl", "yn"))
# Files written as pairs, one item of each pair in each file: their
# categories must split evenly (within one item). held3.jsonl and dev3.jsonl
# were written alone, not as halves of a pair.
SPLITS = (("tune.jsonl", "held.jsonl"), ("dev2.jsonl", "held2.jsonl"),
          ("dev4.jsonl", "held4.jsonl"), ("dev5.jsonl", "held5.jsonl"),
          ("dev6.jsonl", "held6.jsonl"), ("dev7.jsonl", "held7.jsonl"),
          ("dev8.jsonl", "held8.jsonl"), ("dev9.jsonl", "held9.jsonl"),
          ("dev10.jsonl", "held10.jsonl"), ("dev11.jsonl", "held11.jsonl"),
          ("dev12.jsonl", "held12.jsonl"), ("dev13.jsonl", "held13.jsonl"),
          ("dev14.jsonl", "held14.jsonl"), ("dev15.jsonl", "held15.jsonl"),
          ("dev16.jsonl", "held16.jsonl"), ("dev17.jsonl", "held17.jsonl"),
          ("dev18.jsonl", "held18.jsonl"), ("dev19.jsonl", "held19.jsonl"),
          ("dev20.jsonl", "held20.jsonl"), ("dev21.jsonl", "held21.jsonl"),
          ("dev22.jsonl", "held22.jsonl"), ("dev23.jsonl", "held23.jsonl"),
          ("dev24.jsonl", "held24.jsonl"), ("dev25.jsonl", "held25.jsonl"),
          ("dev26.jsonl", "held26.jsonl"), ("dev27.jsonl", "held27.jsonl"),
          ("dev28.jsonl", "held28.jsonl"), ("dev29.jsonl", "held29.jsonl"),
          ("dev30.jsonl", "held30.jsonl"), ("dev31.jsonl", "held31.jsonl"),
          ("dev32.jsonl", "held32.jsonl"), ("dev33.jsonl", "held33.jsonl"))

CATEGORIES = ("paraphrase", "negated", "reported", "reversed", "listed",
              "dated", "vote", "noclaim", "person", "other")
KINDS = ("statement", "sentence")
SOURCE_DATES = ("2022-07-20", "2023-05", "2025-07")
ITEM_KEYS = {"id", "text", "kind", "source_date", "category", "expect"}
CLAIM_KEYS = {"subject", "topic", "answer", "voice", "attributed_to", "as_of"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
MIN_PER_FILE = 100
MIN_PER_CATEGORY = 15
NGRAM = 5


def words(text):
    """Lower-case word tokens; apostrophes dropped, other punctuation splits."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("'", "")
    tokens = re.findall(r"[^\W_]+", text)
    # British and American spellings count as the same word.
    return [re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", t) for t in tokens]


def ngrams(tokens, n=NGRAM):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def load_ledger():
    with open(LEDGER, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    entities = {e["id"] for e in data["entities"]}
    topics = {t["id"]: t for t in data["topics"]}
    return entities, topics


def answer_problem(topic, answer, entities):
    """None when `answer` is a valid answer for `topic`, else a message."""
    if topic["kind"] == "stance":
        ids = [s["id"] for s in topic["scale"]]
        return None if answer in ids else f"answer {answer!r} not on scale {ids}"
    if "values" in topic:
        vals = [str(v) for v in topic["values"]]
        return None if answer in vals else f"answer {answer!r} not in values {vals}"
    vtype = topic.get("value_type", "text")
    if vtype == "entity":
        return None if answer in entities else f"answer {answer!r} is not an entity id"
    if vtype == "number":
        ok = isinstance(answer, (int, float)) and not isinstance(answer, bool)
        return None if ok else f"answer {answer!r} is not a number"
    if vtype == "date":
        ok = isinstance(answer, str) and DATE_RE.match(answer)
        return None if ok else f"answer {answer!r} is not a date"
    ok = isinstance(answer, str) and answer.strip()
    return None if ok else "answer must be a non-empty string"


def main(argv):
    show = "--show" in argv
    entities, topics = load_ledger()
    seed_grams = {}
    for path in SEEDS:
        with open(path, encoding="utf-8") as f:
            seed_grams[os.path.basename(path)] = ngrams(words(f.read()))

    errors = []
    counts = collections.OrderedDict((c, collections.Counter()) for c in CATEGORIES)
    kinds = collections.Counter()
    nclaims = collections.Counter()
    seen_ids, seen_texts = set(), {}

    for fname, prefix in FILES:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            continue
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for lineno, line in enumerate(lines, 1):
            where = f"{fname}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            if not isinstance(item, dict):
                errors.append(f"{where}: not an object")
                continue
            iid = item.get("id")
            where = f"{fname}:{lineno} ({iid})"

            def err(msg, where=where, item=item):
                text = item.get("text", "")
                errors.append(f"{where}: {msg}" + (f"  | {text}" if show else ""))

            extra = set(item) - ITEM_KEYS
            if extra:
                err(f"unknown fields {sorted(extra)}")
            for key in ("id", "text", "kind", "category", "expect"):
                if key not in item:
                    err(f"missing field {key!r}")
            if not (isinstance(iid, str) and re.fullmatch(prefix + r"\d{3,}", iid)):
                err(f"id must look like {prefix}001")
            elif iid in seen_ids:
                err("duplicate id")
            seen_ids.add(iid)
            text = item.get("text")
            if not (isinstance(text, str) and text.strip()):
                err("text must be a non-empty string")
                text = ""
            key = " ".join(words(text))
            if key in seen_texts:
                err(f"same text as {seen_texts[key]}")
            seen_texts[key] = iid
            kind = item.get("kind")
            if kind not in KINDS:
                err(f"kind must be one of {KINDS}")
            if kind == "sentence" and item.get("source_date") not in SOURCE_DATES:
                err(f"a sentence needs source_date, one of {SOURCE_DATES}")
            if kind == "statement" and "source_date" in item:
                err("a statement has no source_date")
            cat = item.get("category")
            if cat not in CATEGORIES:
                err(f"category must be one of {CATEGORIES}")
            else:
                counts[cat][fname] += 1
            kinds[(fname, kind)] += 1

            expect = item.get("expect")
            if not isinstance(expect, list):
                err("expect must be a list")
                expect = []
            if cat == "noclaim" and expect:
                err("a noclaim item expects no claims")
            if cat in CATEGORIES and cat != "noclaim" and not expect:
                err("only noclaim items may expect no claims")
            seen_claims = set()
            for n, claim in enumerate(expect, 1):
                cw = f"claim {n}"
                if not isinstance(claim, dict):
                    err(f"{cw}: not an object")
                    continue
                extra = set(claim) - CLAIM_KEYS
                if extra:
                    err(f"{cw}: unknown fields {sorted(extra)}")
                for k in ("subject", "topic", "answer", "voice"):
                    if k not in claim:
                        err(f"{cw}: missing {k!r}")
                if claim.get("subject") not in entities:
                    err(f"{cw}: subject {claim.get('subject')!r} is not an entity id")
                topic = topics.get(claim.get("topic"))
                if topic is None:
                    err(f"{cw}: topic {claim.get('topic')!r} is not in the ledger")
                else:
                    problem = answer_problem(topic, claim.get("answer"), entities)
                    if problem:
                        err(f"{cw}: {problem}")
                voice = claim.get("voice")
                if voice not in ("asserted", "reported"):
                    err(f"{cw}: voice must be asserted or reported")
                if voice == "reported":
                    if claim.get("attributed_to") not in entities:
                        err(f"{cw}: a reported claim needs attributed_to, an entity id")
                elif "attributed_to" in claim:
                    err(f"{cw}: attributed_to only goes with voice reported")
                if "as_of" in claim and not (isinstance(claim["as_of"], str)
                                             and DATE_RE.match(claim["as_of"])):
                    err(f"{cw}: as_of must be YYYY, YYYY-MM or YYYY-MM-DD")
                sig = (claim.get("subject"), claim.get("topic"), str(claim.get("answer")),
                       voice, claim.get("attributed_to"))
                if sig in seen_claims:
                    err(f"{cw}: listed twice")
                seen_claims.add(sig)
                nclaims[fname] += 1

            grams = ngrams(words(text))
            for seed, sg in seed_grams.items():
                shared = grams & sg
                if shared:
                    runs = "; ".join(" ".join(g) for g in sorted(shared)) if show else f"{len(shared)} run(s)"
                    err(f"shares {NGRAM}-word run(s) with {seed}: {runs}")

    # Counts and balance.
    names = [f for f, _ in FILES]
    print(f"{'category':<12}" + "".join(f"{n:>12}" for n in names) + f"{'total':>8}")
    totals = collections.Counter()
    for cat, cnt in counts.items():
        row = [cnt[n] for n in names]
        for n in names:
            totals[n] += cnt[n]
        print(f"{cat:<12}" + "".join(f"{v:>12}" for v in row) + f"{sum(row):>8}")
        if sum(row) < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {sum(row)} items, fewer than {MIN_PER_CATEGORY}")
        for a, b in SPLITS:
            if abs(cnt[a] - cnt[b]) > 1:
                errors.append(f"category {cat}: uneven split {a} {cnt[a]}, {b} {cnt[b]}")
    print(f"{'total':<12}" + "".join(f"{totals[n]:>12}" for n in names)
          + f"{sum(totals.values()):>8}")
    print(f"{'claims':<12}" + "".join(f"{nclaims[n]:>12}" for n in names)
          + f"{sum(nclaims.values()):>8}")
    for k in KINDS:
        print(f"{k:<12}" + "".join(f"{kinds[(n, k)]:>12}" for n in names)
              + f"{sum(kinds[(n, k)] for n in names):>8}")
    for n in names:
        if totals[n] < MIN_PER_FILE:
            errors.append(f"{n}: {totals[n]} items, fewer than {MIN_PER_FILE}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
