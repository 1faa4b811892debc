#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number it h71-0501...

Checks: key names and order; lang in es/pt/en; 12 groups g01..g12 split
5 es / 4 pt / 3 en with one language per group; 11 rows per group with slots
1..11; received is Mon-Sat, inside 2026-01-05..2026-11-27 and equal to the
drawn date in dates-b.json; meaning ends with the stop sentence; meant is null
or a valid ISO date >= received; no duplicate texts (exact or after
case/space folding).
Then sorts by (group, slot), shuffles with random.Random(71513), numbers the
rows h71-0501... in the shuffled order and writes unlabelled-b.jsonl and
meanings-b.jsonl.
"""
import collections
import datetime as dt
import json
import random
import sys

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
            err(f"line {n}: empty line")
            continue
        try:
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

by_group = collections.defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
            and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    if r["text"] != r["text"].strip():
        err(f"line {n}: text has leading/trailing space")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r} not ISO")
        rec = None
    if rec is not None:
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        slot_key = f"{g}#{r['slot']}"
        if drawn.get(slot_key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r} not ISO or null")
    by_group[g].append(r)

if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(by_group)}")
lang_count = collections.Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one lang {langs}")
    lang_count[next(iter(langs))] += 1
    if len(rs) != 11 or sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err(f"{g}: {len(rs)} rows, slots {sorted(r['slot'] for r in rs)}")
if dict(lang_count) != {"es": 5, "pt": 4, "en": 3}:
    err(f"groups per language {dict(lang_count)} != es 5 / pt 4 / en 3")

seen_exact, seen_fold = {}, {}
for r in rows:
    t = r["text"]
    fold = " ".join(t.casefold().split())
    if t in seen_exact:
        err(f"line {r['_line']}: duplicate text of line {seen_exact[t]}")
    elif fold in seen_fold:
        err(f"line {r['_line']}: near-duplicate text of line {seen_fold[fold]}")
    seen_exact.setdefault(t, r["_line"])
    seen_fold.setdefault(fold, r["_line"])

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(71513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h71-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows validated; ids h71-{FIRST_ID:04d}..h71-{FIRST_ID + len(rows) - 1:04d}")
print("groups per language:", dict(sorted(lang_count.items())))
