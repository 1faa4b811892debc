#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h54-0501.., write unlabelled-b.jsonl and meanings-b.jsonl.

Standard library only. Exits non-zero on any validation error.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
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
        if r["lang"] not in ("es", "pt", "en"):
            err(f"line {n}: lang {r['lang']!r}")
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            err(f"line {n}: group {g!r}")
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            err(f"line {n}: slot {r['slot']!r}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"line {n}: empty text")
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            err(f"line {n}: received {r['received']!r}")
            continue
        if not (START <= rec <= END) or rec.weekday() == 6:
            err(f"line {n}: received {rec} out of range or Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            err(f"line {n}: meaning does not end with the stop sentence")
        if r["meant"] is not None:
            try:
                mt = dt.date.fromisoformat(r["meant"])
                if mt < rec:
                    err(f"line {n}: meant {mt} before received {rec}")
            except (TypeError, ValueError):
                err(f"line {n}: meant {r['meant']!r}")
        rows.append(r)

# group structure
by_group = defaultdict(list)
for r in rows:
    by_group[r["group"]].append(r)
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(by_group)}")
group_lang = {}
for g, rs in by_group.items():
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    group_lang[g] = rs[0]["lang"]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
lang_groups = Counter(group_lang.values())
if lang_groups != Counter({"es": 5, "pt": 4, "en": 3}):
    err(f"groups per language {dict(lang_groups)} != es5 pt4 en3")
dups = [t for t, c in Counter(r["text"] for r in rows).items() if c > 1]
if dups:
    err(f"duplicate texts: {dups}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(54513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h54-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows validated; ids h54-{FIRST_ID:04d}..h54-{FIRST_ID + len(rows) - 1:04d}")
print("groups per language:", dict(sorted(lang_groups.items())))
