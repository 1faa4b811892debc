#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle (seed 67513), number h67-0501..., write
unlabelled-b.jsonl and meanings-b.jsonl. Standard library only."""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
EXPECT_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 11, 2), dt.date(2026, 12, 31)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


drawn = json.load(open(DATES, encoding="utf-8"))
rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

group_lang = {}
by_group = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in EXPECT_GROUPS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(f"line {n}: group {g} mixes languages")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    by_group[g].append(r["slot"])
    if not (isinstance(r["text"], str) and r["text"].strip()):
        err(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        continue
    if not (START <= rec <= END) or rec.weekday() == 6:
        err(f"line {n}: received {rec} not Mon-Sat in range")
    slot_key = f"{g}#{r['slot']}"
    if drawn.get(slot_key) != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r}")

langs = collections.Counter(group_lang.values())
if dict(langs) != EXPECT_GROUPS:
    err(f"groups per language {dict(langs)} != {EXPECT_GROUPS}")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(by_group)}")
for g, slots in by_group.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)}")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(67513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h67-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows validated; ids h67-{FIRST_ID:04d}..h67-{FIRST_ID + len(rows) - 1:04d}")
print("languages (rows):", dict(collections.Counter(r["lang"] for r in rows)))
print("stops:", sum(r["meaning"].endswith(STOP_YES) for r in rows),
      "| meant dates:", sum(r["meant"] is not None for r in rows))
