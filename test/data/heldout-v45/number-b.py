#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h45-0501..., write the two outputs.

Checks: key order, languages, 10/8/6 groups, 11 rows with slots 1-11 per
group, one language per group, received Mon-Sat inside 2026-01-05..2026-11-27
and equal to the drawn date in dates-b.json, meaning ends with the stop
sentence, meant null or a valid ISO date >= received, no duplicate texts.
Then sorts by (group, slot), shuffles with random.Random(45513), numbers the
rows h45-0501 ... in the shuffled order and writes unlabelled-b.jsonl and
meanings-b.jsonl (ensure_ascii=False, one object per line).
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open("dates-b.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        obj["_line"] = n
        rows.append(obj)

by_group = defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANG_GROUPS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r} not a date")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if len(r["meant"]) != 10:
                raise ValueError
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r} not an ISO date")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")
    by_group[g].append(r)

# group structure
lang_of_group = {}
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {sorted(langs)}")
    lang_of_group[g] = rs[0]["lang"]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} (need exactly 1..11)")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
    err(f"groups present: {sorted(by_group)}")
per_lang = Counter(lang_of_group.values())
for lang, want in LANG_GROUPS.items():
    if per_lang.get(lang, 0) != want:
        err(f"{lang}: {per_lang.get(lang, 0)} groups, want {want}")

# duplicates (exact and after case/space folding)
exact = Counter(r["text"] for r in rows)
for t, c in exact.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
folded = Counter(" ".join(r["text"].lower().split()) for r in rows)
for t, c in folded.items():
    if c > 1 and exact.get(t, 0) < 2:
        err(f"near-duplicate text (case/space) x{c}: {t!r}")

if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(45513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h45-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, ids h45-{FIRST_ID:04d}..h45-{FIRST_ID + len(rows) - 1:04d}")
print("groups per language:", dict(per_lang))
