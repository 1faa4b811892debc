#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number it h57-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
FIRST_ID = 501
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

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
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        if list(row.keys()) != KEYS:
            err(f"line {n}: keys {list(row.keys())} != {KEYS}")
            continue
        rows.append((n, row))

group_langs = defaultdict(set)
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    group_langs[g].add(r["lang"])
    s = r["slot"]
    if not (isinstance(s, int) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_slots[g].append(s)
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    if r["text"] != r["text"].strip():
        err(f"line {n}: text has leading/trailing spaces")
    texts[r["text"]] += 1
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
        key = f"{g}#{s}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not m.endswith(STOP_ENDINGS):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif sum(m.count(e) for e in STOP_ENDINGS) != 1:
        err(f"line {n}: stop sentence appears more than once")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not a date")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")
expected_groups = {f"g{i:02d}" for i in range(1, 13)}
if set(group_slots) != expected_groups:
    err(f"groups {sorted(group_slots)} != g01..g12")
for g, slots in sorted(group_slots.items()):
    if sorted(slots) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots)} != 1..11")
    if len(group_langs[g]) != 1:
        err(f"{g}: several languages {sorted(group_langs[g])}")
lang_groups = Counter(next(iter(v)) for v in group_langs.values() if len(v) == 1)
if lang_groups != Counter({"es": 5, "pt": 4, "en": 3}):
    err(f"groups per language {dict(lang_groups)} != es 5, pt 4, en 3")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(57513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h57-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(ordered)} rows, ids h57-{FIRST_ID:04d}..h57-{FIRST_ID + len(ordered) - 1:04d}")
print("rows per language:", dict(Counter(r["lang"] for r in ordered)))
print("stops:", sum(r["meaning"].endswith("yes") for r in ordered),
      "meant dates:", sum(r["meant"] is not None for r in ordered))
