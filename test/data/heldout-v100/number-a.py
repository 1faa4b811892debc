#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it.

Reads raw-a.jsonl and dates-a.json from this script's folder, checks every
row, sorts by (group, slot), shuffles with random.Random(100413), numbers the
rows h100-0001... and writes unlabelled-a.jsonl and meanings-a.jsonl.
Exits with status 1 and a list of problems if any check fails.
"""
import collections
import datetime
import hashlib
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
LANG_SPLIT = {"es": 10, "pt": 1, "en": 1}  # groups per language (theme split)
GROUPS = ["g%02d" % i for i in range(1, 13)]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
PREFIX = "h100-"


def parse_date(value):
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def main():
    problems = []
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append("line %d: empty line" % n)
                continue
            try:
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                problems.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))

    group_langs = collections.defaultdict(set)
    group_slots = collections.defaultdict(list)
    texts = {}
    for n, row in rows:
        where = "line %d" % n
        if list(row.keys()) != KEYS:
            problems.append("%s: keys %s, expected %s" % (where, list(row.keys()), KEYS))
            continue
        lang, group, slot = row["lang"], row["group"], row["slot"]
        if lang not in LANG_SPLIT:
            problems.append("%s: bad lang %r" % (where, lang))
        if group not in GROUPS:
            problems.append("%s: bad group %r" % (where, group))
        if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 11:
            problems.append("%s: bad slot %r" % (where, slot))
        group_langs[group].add(lang)
        group_slots[group].append(slot)

        text = row["text"]
        if not isinstance(text, str) or not text.strip():
            problems.append("%s: empty text" % where)
        elif text != text.strip():
            problems.append("%s: text has leading/trailing spaces" % where)
        else:
            key = " ".join(text.split()).casefold()
            if key in texts:
                problems.append("%s: duplicate text of line %d" % (where, texts[key]))
            texts[key] = n

        rec = parse_date(row["received"])
        if rec is None:
            problems.append("%s: bad received %r" % (where, row["received"]))
        else:
            if rec.weekday() == 6:
                problems.append("%s: received %s is a Sunday" % (where, rec))
            if not START <= rec <= END:
                problems.append("%s: received %s out of range" % (where, rec))
            slot_name = "%s#%s" % (group, slot)
            if drawn.get(slot_name) != row["received"]:
                problems.append("%s: received %s but drawn date for %s is %s"
                                % (where, row["received"], slot_name, drawn.get(slot_name)))

        meaning = row["meaning"]
        if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
            problems.append("%s: meaning does not end with the stop sentence" % where)

        meant = row["meant"]
        if meant is not None:
            md = parse_date(meant)
            if md is None:
                problems.append("%s: bad meant %r" % (where, meant))
            elif rec is not None and md < rec:
                problems.append("%s: meant %s before received %s" % (where, md, rec))

    if sorted(group_slots) != GROUPS:
        problems.append("groups present: %s" % sorted(group_slots))
    lang_count = collections.Counter()
    for g in GROUPS:
        if sorted(group_slots.get(g, [])) != list(range(1, 12)):
            problems.append("%s: slots %s, expected 1..11 once each" % (g, sorted(group_slots.get(g, []))))
        if len(group_langs.get(g, ())) != 1:
            problems.append("%s: languages %s, expected exactly one" % (g, sorted(group_langs.get(g, ()))))
        else:
            lang_count[next(iter(group_langs[g]))] += 1
    if dict(lang_count) != LANG_SPLIT:
        problems.append("groups per language %s, expected %s" % (dict(lang_count), LANG_SPLIT))
    if len(rows) != 132:
        problems.append("%d rows, expected 132" % len(rows))

    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print(" -", p)
        sys.exit(1)

    ordered = sorted((row for _, row in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(100413).shuffle(ordered)

    with open(OUT_UNLABELLED, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_MEANINGS, "w", encoding="utf-8", newline="\n") as fm:
        for i, row in enumerate(ordered, 1):
            rid = "%s%04d" % (PREFIX, i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", row["lang"]), ("part", "a"), ("group", row["group"]),
                ("text", row["text"]), ("received", row["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", row["group"]), ("meaning", row["meaning"]),
                ("meant", row["meant"])]), ensure_ascii=False) + "\n")

    print("validation ok: %d rows, groups per language %s" % (len(ordered), dict(lang_count)))
    for path in (OUT_UNLABELLED, OUT_MEANINGS):
        with open(path, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.basename(path)))


if __name__ == "__main__":
    main()
