#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(91413), number h91-0001...

Writes unlabelled-a.jsonl and meanings-a.jsonl next to this script.
Stops with a non-zero exit and a list of problems if anything is wrong.
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
START, END = dt.date(2026, 10, 26), dt.date(2027, 1, 9)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}

problems = []


def bad(msg):
    problems.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            bad(f"line {n}: empty line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            bad(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

group_lang = defaultdict(set)
group_slots = defaultdict(list)
texts = Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in WANT_GROUPS:
        bad(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        bad(f"line {n}: group {g!r}")
    if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
        bad(f"line {n}: slot {r['slot']!r}")
    group_lang[g].add(r["lang"])
    group_slots[g].append(r["slot"])
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        bad(f"line {n}: received {r['received']!r} not a date")
        continue
    if not START <= rec <= END:
        bad(f"line {n}: received {rec} out of range")
    if rec.weekday() == 6:
        bad(f"line {n}: received {rec} is a Sunday")
    slot_key = f"{g}#{r['slot']}"
    if drawn.get(slot_key) != r["received"]:
        bad(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        bad(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if md < rec:
                bad(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            bad(f"line {n}: meant {r['meant']!r} not a date")

for t, c in texts.items():
    if c > 1:
        bad(f"duplicate text x{c}: {t!r}")

if len(group_slots) != 12:
    bad(f"{len(group_slots)} groups, want 12")
per_lang = Counter()
for g, langs in sorted(group_lang.items()):
    if len(langs) != 1:
        bad(f"{g}: several languages {sorted(langs)}")
    per_lang[next(iter(langs))] += 1
    if sorted(group_slots[g]) != list(range(1, 12)):
        bad(f"{g}: slots {sorted(group_slots[g])}, want 1..11 once each")
for lang, want in WANT_GROUPS.items():
    if per_lang[lang] != want:
        bad(f"{lang}: {per_lang[lang]} groups, want {want}")

if problems:
    print("INVALID raw-a.jsonl:")
    for p in problems:
        print(" -", p)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(91413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h91-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, groups per language {dict(per_lang)}")
print(f"wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
