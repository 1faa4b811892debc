#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it reproducibly and number the rows.

Reads raw-a.jsonl and dates-a.json next to this script. Writes
unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Exits non-zero on any problem.
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
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
LO, HI = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}

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
    lang, g, s, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in WANT_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    group_lang[g].add(lang)
    group_slots[g].append(s)
    texts[text] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r} not a date")
        rec = None
    if rec is not None:
        if not (LO <= rec <= HI):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{g}#{s}")
        if r["received"] != want:
            err(f"line {n}: received {r['received']} != drawn {want} for {g}#{s}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif m.count("Asking us to stop writing:") != 1:
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

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
per_lang = Counter()
for g, langs in group_lang.items():
    if len(langs) != 1:
        err(f"{g}: more than one language {sorted(langs)}")
    else:
        per_lang[next(iter(langs))] += 1
    if sorted(group_slots[g]) != list(range(1, 12)):
        err(f"{g}: slots {sorted(group_slots[g])}")
if dict(per_lang) != WANT_GROUPS:
    err(f"groups per language {dict(per_lang)} != {WANT_GROUPS}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

recs = [r for _, r in rows]
recs.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(87413).shuffle(recs)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(recs, 1):
        rid = f"h87-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(recs)} rows, groups per language {dict(per_lang)}")
print(f"wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
