#!/usr/bin/env python3
"""Validate raw-a.jsonl, then shuffle and number it.

Checks: key order, langs, 10/8/6 groups per language, one language per group,
11 rows with slots 1..11 per group, received is Mon-Sat within
2026-01-05..2026-11-27 and equals dates-a.json for the slot, meaning ends with
the stop sentence, meant is null or a valid ISO date >= received, no duplicate
texts (exact, or after lower-casing and collapsing whitespace).

Then sorts rows by (group, slot), shuffles with random.Random(44413), numbers
them h44-0001... in shuffled order and writes unlabelled-a.jsonl and
meanings-a.jsonl (ensure_ascii=False, one object per line).
Texts are copied verbatim; nothing here writes or alters a text.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

errors = []


def err(msg):
    errors.append(msg)


with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

by_group = defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: group {g!r}")
    if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
        err(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    if not isinstance(r["meaning"], str) or not r["meaning"].endswith(STOP_ENDINGS):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            m = dt.date.fromisoformat(r["meant"])
            if rec is not None and m < rec:
                err(f"line {n}: meant {m} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r} not a date")
    by_group[g].append(r)

lang_groups = defaultdict(set)
for g, rs in by_group.items():
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    for l in langs:
        lang_groups[l].add(g)
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
for l, want in LANGS.items():
    if len(lang_groups[l]) != want:
        err(f"lang {l}: {len(lang_groups[l])} groups, want {want}")
if len(by_group) != 24:
    err(f"{len(by_group)} groups, want 24")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

seen, seen_norm = {}, {}
for r in rows:
    t = r["text"]
    norm = " ".join(t.lower().split())
    if t in seen:
        err(f"line {r['_line']}: duplicate text of line {seen[t]}")
    elif norm in seen_norm:
        err(f"line {r['_line']}: near-duplicate text of line {seen_norm[norm]}")
    seen.setdefault(t, r["_line"])
    seen_norm.setdefault(norm, r["_line"])

if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(44413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h44-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

c = Counter(r["lang"] for r in rows)
print(f"OK: {len(rows)} rows, {len(by_group)} groups, langs {dict(c)}")
print(f"stop=yes: {sum(r['meaning'].endswith('yes') for r in rows)}, "
      f"meant set: {sum(r['meant'] is not None for r in rows)}")
