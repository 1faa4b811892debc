#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number and write unlabelled-a.jsonl and meanings-a.jsonl.

All files are read/written next to this script.
- sort rows by (group, slot)
- shuffle with random.Random(94413)
- number rows h94-0001 ... in shuffled order
"""
import datetime as dt
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
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
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
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

if len(rows) != 132:
    err(f"expected 132 rows, got {len(rows)}")

groups = {}
texts = {}
for n, r in rows:
    where = f"line {n} ({r.get('group')}#{r.get('slot')})"
    if r["lang"] not in ("es", "pt", "en"):
        err(f"{where}: bad lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"{where}: bad group {g!r}")
        continue
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"{where}: bad slot {s!r}")
        continue
    groups.setdefault(g, []).append(r)
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"{where}: empty text")
    elif t in texts:
        err(f"{where}: duplicate text of {texts[t]}")
    else:
        texts[t] = where
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: bad received {r['received']!r}")
        continue
    if not (START <= rec <= END):
        err(f"{where}: received {rec} out of range")
    if rec.weekday() == 6:
        err(f"{where}: received {rec} is a Sunday")
    if drawn.get(f"{g}#{s}") != r["received"]:
        err(f"{where}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{where}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"{where}: bad meant {mt!r}")
        else:
            if md < rec:
                err(f"{where}: meant {md} before received {rec}")

if sorted(groups) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(groups)}")
lang_of = {}
for g, rs in sorted(groups.items()):
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err(f"{g}: slots {sorted(r['slot'] for r in rs)}")
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    lang_of[g] = langs.pop() if len(langs) == 1 else None
count = {l: sum(1 for v in lang_of.values() if v == l) for l in ("es", "pt", "en")}
if count != {"es": 5, "pt": 4, "en": 3}:
    err(f"groups per language {count} != es 5 / pt 4 / en 3")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(94413).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered, 1):
        rid = f"h94-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(ordered)} rows validated; wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
