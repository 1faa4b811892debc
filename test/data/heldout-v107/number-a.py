#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number the rows h107-0001...

Reads raw-a.jsonl and dates-a.json from this script's folder, checks them,
sorts by (group, slot), shuffles with random.Random(107413), numbers the rows
in the shuffled order and writes unlabelled-a.jsonl and meanings-a.jsonl.
It never creates or changes any text; it only copies what was typed by hand.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_UNLABELLED = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_MEANINGS = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUP_LANG_COUNTS = {"es": 5, "pt": 4, "en": 3}
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
FIRST = datetime.date(2026, 1, 5)
LAST = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
SHUFFLE_SEED = 107413
PREFIX = "h107-"


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return datetime.date.fromisoformat(s)


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    errors = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))

    seen_text = {}
    by_group = collections.defaultdict(list)
    for n, row in rows:
        where = "line %d" % n
        if list(row.keys()) != KEYS:
            errors.append("%s: keys %s, expected %s" % (where, list(row.keys()), KEYS))
            continue
        lang, group, slot = row["lang"], row["group"], row["slot"]
        text, received, meaning, meant = row["text"], row["received"], row["meaning"], row["meant"]
        where = "line %d (%s#%s)" % (n, group, slot)
        if lang not in LANGS:
            errors.append("%s: bad lang %r" % (where, lang))
        if group not in GROUPS:
            errors.append("%s: bad group %r" % (where, group))
        if not isinstance(slot, int) or isinstance(slot, bool) or slot not in SLOTS:
            errors.append("%s: bad slot %r" % (where, slot))
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
        else:
            key = " ".join(text.split()).casefold()
            if key in seen_text:
                errors.append("%s: duplicate text (same as line %d)" % (where, seen_text[key]))
            seen_text[key] = n
        try:
            rdate = parse_date(received)
        except ValueError as e:
            errors.append("%s: received: %s" % (where, e))
            rdate = None
        if rdate is not None:
            if not (FIRST <= rdate <= LAST):
                errors.append("%s: received %s out of range" % (where, received))
            if rdate.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, received))
            want = drawn.get("%s#%s" % (group, slot))
            if want != received:
                errors.append("%s: received %s but drawn date is %s" % (where, received, want))
        if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        if meant is not None:
            try:
                mdate = parse_date(meant)
                if rdate is not None and mdate < rdate:
                    errors.append("%s: meant %s before received %s" % (where, meant, received))
            except ValueError as e:
                errors.append("%s: meant: %s" % (where, e))
        by_group[group].append(row)

    lang_groups = collections.Counter()
    for g in GROUPS:
        grows = by_group.get(g, [])
        slots = sorted(r["slot"] for r in grows if isinstance(r.get("slot"), int))
        if len(grows) != 11 or slots != SLOTS:
            errors.append("%s: %d rows, slots %s (need 11 rows, slots 1-11)" % (g, len(grows), slots))
        langs = {r["lang"] for r in grows}
        if len(langs) != 1:
            errors.append("%s: more than one language %s" % (g, sorted(langs)))
        elif grows:
            lang_groups[langs.pop()] += 1
    if dict(lang_groups) != GROUP_LANG_COUNTS:
        errors.append("groups per language %s, expected %s" % (dict(lang_groups), GROUP_LANG_COUNTS))
    if len(rows) != 132:
        errors.append("%d rows, expected 132" % len(rows))

    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(SHUFFLE_SEED).shuffle(ordered)

    with open(OUT_UNLABELLED, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_MEANINGS, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "%s%04d" % (PREFIX, i)
            u = collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"]),
            ])
            m = collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]), ("meant", r["meant"]),
            ])
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(m, ensure_ascii=False) + "\n")

    print("ok: %d rows validated; wrote %s and %s" % (
        len(ordered), os.path.basename(OUT_UNLABELLED), os.path.basename(OUT_MEANINGS)))


if __name__ == "__main__":
    main()
