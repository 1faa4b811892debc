#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h113-0501.., write outputs.

Outputs (next to this script):
  unlabelled-b.jsonl  keys: id, lang, part ("b"), group, text, received
  meanings-b.jsonl    keys: id, group, meaning, meant
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
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
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        rows.append((n, row))

texts = Counter()
group_lang = defaultdict(set)
group_slots = defaultdict(list)
for n, r in rows:
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys/order {list(r.keys())} != {KEYS}")
        continue
    if r["lang"] not in LANGS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_lang[g].add(r["lang"])
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"line {n}: empty text or surrounding whitespace")
    texts[t] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        slot_key = f"{g}#{s}"
        if drawn.get(slot_key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not a date")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(group_slots)}")
for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err(f"{g}: slots {sorted(sl)}")
    if len(group_lang[g]) != 1:
        err(f"{g}: languages {group_lang[g]}")
per_lang = Counter(next(iter(v)) for v in group_lang.values() if len(v) == 1)
for lang, want in WANT_GROUPS_PER_LANG.items():
    if per_lang[lang] != want:
        err(f"{lang}: {per_lang[lang]} groups, want {want}")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(113513).shuffle(data)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data):
        rid = f"h113-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

stops = sum(r["meaning"].endswith(STOP_YES) for r in data)
meants = sum(r["meant"] is not None for r in data)
print(f"ok: {len(data)} rows, ids h113-{FIRST_ID:04d}..h113-{FIRST_ID + len(data) - 1:04d}; "
      f"langs {dict(Counter(r['lang'] for r in data))}; stops {stops}; meant dates {meants}")
