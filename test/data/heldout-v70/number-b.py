#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(70513), number h70-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Exits non-zero on any error.
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
WANT_LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
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
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        rows.append((n, obj))

group_lang = defaultdict(set)
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    g, s = r["group"], r["slot"]
    if r["lang"] not in WANT_LANG_GROUPS:
        err(f"line {n}: lang {r['lang']!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_lang[g].add(r["lang"])
    group_slots[g].append(s)
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r} not ISO")
        continue
    if rec.isoformat() != r["received"]:
        err(f"line {n}: received not canonical ISO")
    if rec.weekday() == 6:
        err(f"line {n}: received {rec} is a Sunday")
    if not START <= rec <= END:
        err(f"line {n}: received {rec} out of range")
    key = f"{g}#{s}"
    if drawn.get(key) != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if md.isoformat() != r["meant"]:
                err(f"line {n}: meant not canonical ISO")
            if md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r} not a date")

if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(group_slots)}")
for g, slots in group_slots.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots)}")
    if len(group_lang[g]) != 1:
        err(f"{g}: languages {group_lang[g]}")
lang_groups = Counter(next(iter(v)) for v in group_lang.values() if len(v) == 1)
if dict(lang_groups) != WANT_LANG_GROUPS:
    err(f"groups per language {dict(lang_groups)} != {WANT_LANG_GROUPS}")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(70513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered):
        rid = f"h70-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(ordered)} rows, h70-{FIRST_ID:04d}..h70-{FIRST_ID + len(ordered) - 1:04d}")
