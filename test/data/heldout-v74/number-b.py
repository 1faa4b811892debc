#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h74-0501..., write unlabelled-b.jsonl
and meanings-b.jsonl. Standard library only. Does not create or alter any text."""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
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
        rows.append((n, r))

group_lang = defaultdict(set)
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    where = f"line {n} ({r['group']}#{r['slot']})"
    if r["lang"] not in LANG_GROUPS:
        err(f"{where}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"{where}: group {g!r}")
    if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
            and 1 <= r["slot"] <= 11):
        err(f"{where}: slot {r['slot']!r}")
    group_lang[g].add(r["lang"])
    group_slots[g].append(r["slot"])
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"{where}: empty or padded text")
    texts[t] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: received {r['received']!r} not ISO")
        continue
    if not (START <= rec <= END):
        err(f"{where}: received {rec} out of range")
    if rec.weekday() == 6:
        err(f"{where}: received {rec} is a Sunday")
    slot_key = f"{g}#{r['slot']}"
    if drawn.get(slot_key) != r["received"]:
        err(f"{where}: received {r['received']} != drawn {drawn.get(slot_key)}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{where}: meaning does not end with the stop sentence")
    elif "\n" in m or m.count("Asking us to stop writing:") != 1:
        err(f"{where}: meaning has a newline or repeats the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err(f"{where}: meant {r['meant']!r} not ISO")
        else:
            if md < rec:
                err(f"{where}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

langs_per_group = Counter()
for g, ls in sorted(group_lang.items()):
    if len(ls) != 1:
        err(f"{g}: more than one language {sorted(ls)}")
    else:
        langs_per_group[next(iter(ls))] += 1
    if sorted(group_slots[g]) != list(range(1, 12)):
        err(f"{g}: slots {sorted(group_slots[g])} != 1..11")
if sorted(group_lang) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(group_lang)} != g01..g12")
if dict(langs_per_group) != LANG_GROUPS:
    err(f"groups per language {dict(langs_per_group)} != {LANG_GROUPS}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(74513).shuffle(recs)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(recs):
        rid = f"h74-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(recs)} rows validated; ids h74-{FIRST_ID:04d}..h74-{FIRST_ID + len(recs) - 1:04d}")
print("wrote unlabelled-b.jsonl and meanings-b.jsonl")
