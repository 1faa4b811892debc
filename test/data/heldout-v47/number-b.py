#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h47-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
Exits with a non-zero status and a list of problems if validation fails.
"""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501
PREFIX = "h47-"

problems = []


def bad(msg):
    problems.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            bad(f"line {n}: empty line")
            continue
        try:
            rows.append((n, json.loads(line, object_pairs_hook=list)))
        except json.JSONDecodeError as e:
            bad(f"line {n}: invalid JSON ({e})")

records = []
for n, pairs in rows:
    keys = [k for k, _ in pairs]
    if keys != KEYS:
        bad(f"line {n}: keys {keys} != {KEYS}")
        continue
    r = dict(pairs)
    records.append((n, r))
    if r["lang"] not in LANG_GROUPS:
        bad(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        bad(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        bad(f"line {n}: slot {r['slot']!r}")
    if not (isinstance(r["text"], str) and r["text"].strip()):
        bad(f"line {n}: empty text")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        bad(f"line {n}: received {r['received']!r} not ISO")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            bad(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            bad(f"line {n}: received {rec} is a Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            bad(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        bad(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                bad(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            bad(f"line {n}: meant {r['meant']!r} not ISO or null")

# groups, slots, languages
by_group = collections.defaultdict(list)
for n, r in records:
    by_group[r["group"]].append(r)
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
    bad(f"groups present: {sorted(by_group)}")
lang_of = {}
for g, rs in by_group.items():
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        bad(f"{g}: slots {slots}")
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        bad(f"{g}: languages {langs}")
    lang_of[g] = next(iter(langs))
count = collections.Counter(lang_of.values())
for lang, want in LANG_GROUPS.items():
    if count.get(lang, 0) != want:
        bad(f"{lang}: {count.get(lang, 0)} groups, want {want}")

# duplicate texts (exact, and after trimming/case-folding)
seen = {}
for n, r in records:
    k = " ".join(r["text"].split()).casefold()
    if k in seen:
        bad(f"line {n}: duplicate text of line {seen[k]}")
    seen[k] = n

if len(records) != 264:
    bad(f"{len(records)} rows, want 264")

if problems:
    print("VALIDATION FAILED:")
    for p in problems:
        print("  " + p)
    sys.exit(1)

rs = sorted((r for _, r in records), key=lambda r: (r["group"], r["slot"]))
random.Random(47513).shuffle(rs)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rs):
        rid = f"{PREFIX}{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rs)} rows validated; ids {PREFIX}{FIRST_ID:04d}..{PREFIX}{FIRST_ID + len(rs) - 1:04d}")
print("groups per language:", dict(count))
