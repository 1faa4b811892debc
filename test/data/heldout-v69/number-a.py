#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h69-0001.., write
unlabelled-a.jsonl and meanings-a.jsonl.  Standard library only."""
import datetime as dt
import hashlib
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
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

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
            err(f"line {n}: bad JSON {e}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys {list(r.keys())} != {KEYS}")
        continue
    lang, g, s, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in LANG_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
            and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    elif text != text.strip():
        err(f"line {n}: text has leading/trailing whitespace")
    texts[text] += 1
    if g in group_lang and group_lang[g] != lang:
        err(f"line {n}: group {g} mixes {group_lang[g]} and {lang}")
    group_lang.setdefault(g, lang)
    group_slots[g].append(s)
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
        key = f"{g}#{s}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    # meaning
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    # meant
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not ISO")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:60]!r}")

groups = sorted(group_slots)
if groups != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {groups}")
for g in groups:
    if sorted(group_slots[g]) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(group_slots[g])}")
per_lang = Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if per_lang.get(lang, 0) != want:
        err(f"{lang}: {per_lang.get(lang, 0)} groups, want {want}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(69413).shuffle(data)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data, 1):
        rid = f"h69-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows validated; wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
for p in (OUT_U, OUT_M):
    with open(p, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))
