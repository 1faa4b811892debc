#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h91-0501... .

Reads raw-b.jsonl and dates-b.json next to this script, checks every row,
sorts by (group, slot), shuffles with random.Random(91513), numbers the rows
h91-0501, h91-0502, ... in shuffled order and writes

  unlabelled-b.jsonl  {id, lang, part, group, text, received}
  meanings-b.jsonl    {id, group, meaning, meant}

(ensure_ascii=False, one object per line). Prints the sha256 of both outputs.
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
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_UNL = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_MEAN = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 5, "pt": 4, "en": 3}  # groups per language
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501
PREFIX = "h91-"


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
                obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                problems.append("line %d: bad JSON (%s)" % (n, e))
                continue
            rows.append((n, obj))

    texts = collections.Counter()
    group_lang = {}
    group_slots = collections.defaultdict(list)
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            problems.append("%s: keys %s, want %s" % (where, list(r.keys()), KEYS))
            continue
        if r["lang"] not in LANGS:
            problems.append("%s: lang %r" % (where, r["lang"]))
        if r["group"] not in GROUPS:
            problems.append("%s: group %r" % (where, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or r["slot"] not in SLOTS:
            problems.append("%s: slot %r" % (where, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            problems.append("%s: empty text" % where)
        else:
            texts[r["text"]] += 1
        prev = group_lang.setdefault(r["group"], r["lang"])
        if prev != r["lang"]:
            problems.append("%s: group %s mixes %s and %s" % (where, r["group"], prev, r["lang"]))
        group_slots[r["group"]].append(r["slot"])
        rec = parse_date(r["received"])
        if rec is None:
            problems.append("%s: received %r not an ISO date" % (where, r["received"]))
        else:
            if not (START <= rec <= END):
                problems.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                problems.append("%s: received %s is a Sunday" % (where, rec))
            slot_key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(slot_key) != r["received"]:
                problems.append("%s: received %s but drawn date for %s is %s"
                                % (where, r["received"], slot_key, drawn.get(slot_key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            problems.append("%s: meaning does not end with the stop sentence" % where)
        elif len(m) <= len(STOP_NO) + 5:
            problems.append("%s: meaning has no content" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None:
                problems.append("%s: meant %r not an ISO date" % (where, r["meant"]))
            elif rec is not None and md < rec:
                problems.append("%s: meant %s before received %s" % (where, md, rec))

    for t, c in texts.items():
        if c > 1:
            problems.append("duplicate text (%d times): %r" % (c, t))
    for g in GROUPS:
        if sorted(group_slots.get(g, [])) != SLOTS:
            problems.append("group %s: slots %s, want 1..11 once each"
                            % (g, sorted(group_slots.get(g, []))))
    per_lang = collections.Counter(group_lang.values())
    for lang, want in LANGS.items():
        if per_lang.get(lang, 0) != want:
            problems.append("lang %s: %d groups, want %d" % (lang, per_lang.get(lang, 0), want))
    if len(rows) != len(GROUPS) * len(SLOTS):
        problems.append("%d rows, want %d" % (len(rows), len(GROUPS) * len(SLOTS)))

    if problems:
        print("INVALID raw-b.jsonl:")
        for p in problems:
            print("  " + p)
        sys.exit(1)

    data = [r for _, r in rows]
    data.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(91513).shuffle(data)

    with open(OUT_UNL, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_MEAN, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(data):
            rid = "%s%04d" % (PREFIX, FIRST_ID + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")

    print("OK: %d rows, ids %s%04d..%s%04d" % (len(data), PREFIX, FIRST_ID, PREFIX, FIRST_ID + len(data) - 1))
    for path in (OUT_UNL, OUT_MEAN):
        with open(path, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.basename(path)))


if __name__ == "__main__":
    main()
