#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h66-0001..., write unlabelled-a.jsonl and meanings-a.jsonl.

Checks: key names and order, langs, 5 es / 4 pt / 3 en groups, one language per
group, 11 rows with slots 1..11 per group, received Mon-Sat in 2026-01-05..2026-11-27
and equal to the drawn date in dates-a.json, meaning ends with the stop sentence,
meant null or a valid ISO date >= received, no duplicate texts.
Then sort by (group, slot), shuffle with random.Random(66413), number in order.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        keys = [k for k, _ in obj]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
            continue
        row = dict(obj)
        row["_line"] = n
        rows.append(row)

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

by_group = collections.defaultdict(list)
texts = collections.Counter()
norm_texts = collections.Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    if r["text"] != r["text"].strip():
        err(f"line {n}: text has leading/trailing whitespace")
    texts[r["text"]] += 1
    norm_texts[" ".join(r["text"].casefold().split())] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r} not ISO")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        slot_key = f"{g}#{r['slot']}"
        if drawn.get(slot_key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif m.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
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

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
for t, c in norm_texts.items():
    if c > 1:
        err(f"duplicate text (case/space-insensitive) x{c}: {t!r}")

lang_groups = collections.Counter()
for g in sorted(by_group):
    rs = by_group[g]
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {sorted(langs)}")
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
    lang_groups[next(iter(langs))] += 1
if set(by_group) != {f"g{i:02d}" for i in range(1, 13)}:
    err(f"groups {sorted(by_group)} != g01..g12")
if dict(lang_groups) != {"es": 5, "pt": 4, "en": 3}:
    err(f"groups per language {dict(lang_groups)} != es 5, pt 4, en 3")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(66413).shuffle(rows)

with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
        open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h66-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
