#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(96413), number h96-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). All paths are relative to the
folder of this script.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
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
        r["_line"] = n
        rows.append(r)

by_group = collections.defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in WANT_GROUPS:
        err(f"line {n}: bad lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: bad group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: bad slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r['received']!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = datetime.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {r['meant']!r}")
    by_group[g].append(r)

# groups: 11 rows, slots 1..11, one language each, 5/4/3 per language
lang_groups = collections.Counter()
for g in sorted(by_group):
    rs = by_group[g]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    else:
        lang_groups[langs.pop()] += 1
if len(by_group) != 12:
    err(f"{len(by_group)} groups instead of 12")
if dict(lang_groups) != WANT_GROUPS:
    err(f"groups per language {dict(lang_groups)} != {WANT_GROUPS}")

seen = {}
for r in rows:
    t = r["text"]
    if t in seen:
        err(f"line {r['_line']}: duplicate text of line {seen[t]}")
    seen[t] = r["_line"]

if len(rows) != 132:
    err(f"{len(rows)} rows instead of 132")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(96413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h96-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated, wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
