#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle deterministically, number rows h71-0001...

Outputs (ensure_ascii=False, one JSON object per line):
  unlabelled-a.jsonl : id, lang, part ("a"), group, text, received
  meanings-a.jsonl   : id, group, meaning, meant
Text is never generated or altered here; rows are only checked, reordered, numbered.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
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
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    lang, g, s = r["lang"], r["group"], r["slot"]
    if lang not in LANGS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    if g in group_lang and group_lang[g] != lang:
        err(f"line {n}: group {g} mixes {group_lang[g]} and {lang}")
    group_lang.setdefault(g, lang)
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"line {n}: empty text")
    texts[t] += 1
    # received
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
        want = drawn.get(f"{g}#{s}")
        if want != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {want} for {g}#{s}")
    # meaning
    m = r["meaning"]
    if not isinstance(m, str) or not m.endswith(STOP_ENDINGS):
        err(f"line {n}: meaning does not end with the stop sentence")
    # meant
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not a valid ISO date")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t[:60]!r}")

want_groups = {f"g{i:02d}" for i in range(1, 13)}
if set(group_slots) != want_groups:
    err(f"groups present {sorted(group_slots)} != g01..g12")
for g, sl in sorted(group_slots.items()):
    if sorted(sl) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(sl)} != 1..11")
per_lang = Counter(group_lang.values())
for lang, k in WANT_GROUPS_PER_LANG.items():
    if per_lang.get(lang, 0) != k:
        err(f"{lang}: {per_lang.get(lang, 0)} groups, want {k}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

data = [r for _, r in rows]
data.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(71413).shuffle(data)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(data, 1):
        rid = f"h71-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows validated; wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
