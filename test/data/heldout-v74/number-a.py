#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(74413), number h74-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received)
and meanings-a.jsonl (id, group, meaning, meant).
Texts are copied verbatim; this script never writes or changes any text.
"""
import os
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"  # the writer's own folder was written here; made relative by the lead
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
LO, HI = dt.date(2026, 1, 5), dt.date(2026, 11, 27)

errors = []


def err(msg):
    errors.append(msg)


with open(HERE + "dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(HERE + "raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

by_group = defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"line {n}: empty text")
    elif t != t.strip():
        err(f"line {n}: text has leading/trailing space")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        rec = None
    if rec:
        if rec.weekday() == 6:
            err(f"line {n}: received is a Sunday")
        if not (LO <= rec <= HI):
            err(f"line {n}: received out of range")
        slot_key = f"{g}#{r['slot']}"
        if drawn.get(slot_key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if rec and md < rec:
                err(f"line {n}: meant {mt} before received {r['received']}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not a date")
    by_group[g].append(r)

# groups: 12, 11 rows each, slots 1..11, one language per group, 5/4/3
lang_of_group = {}
for g in sorted(by_group):
    rs = by_group[g]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    lang_of_group[g] = next(iter(langs))
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(by_group)}")
gl = Counter(lang_of_group.values())
if (gl["es"], gl["pt"], gl["en"]) != (5, 4, 3):
    err(f"groups per language {dict(gl)} != es5 pt4 en3")
if len(rows) != 132:
    err(f"{len(rows)} rows != 132")

# no duplicate texts (exact, and after case/space folding)
seen = {}
for r in rows:
    k = " ".join(r["text"].lower().split())
    if k in seen:
        err(f"line {r['_line']}: duplicate text of line {seen[k]}")
    seen[k] = r["_line"]

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(74413).shuffle(rows)

with open(HERE + "unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open(HERE + "meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h74-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows valid; wrote unlabelled-a.jsonl and meanings-a.jsonl")
