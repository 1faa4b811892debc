#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with a fixed seed, number the rows h62-0001...
and write unlabelled-a.jsonl and meanings-a.jsonl. Standard library only."""
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
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

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

groups = {}
texts = {}
for r in rows:
    n = r["_line"]
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
        err(f"line {n}: slot {r['slot']!r}")
    groups.setdefault(g, []).append(r)
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"line {n}: empty text")
    elif t in texts:
        err(f"line {n}: duplicate text of line {texts[t]}")
    else:
        texts[t] = n
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        continue
    if not START <= rec <= END:
        err(f"line {n}: received {rec} out of range")
    if rec.weekday() == 6:
        err(f"line {n}: received {rec} is a Sunday")
    key = f"{g}#{r['slot']}"
    if drawn.get(key) != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif m.count("Asking us to stop writing") != 1:
        err(f"line {n}: stop sentence appears more than once")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r}")
            continue
        if md < rec:
            err(f"line {n}: meant {md} before received {rec}")

if sorted(groups) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(groups)}")
langs_per_group = {}
for g, rs in groups.items():
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err(f"{g}: slots {sorted(r['slot'] for r in rs)}")
    ls = {r["lang"] for r in rs}
    if len(ls) != 1:
        err(f"{g}: several languages {ls}")
    langs_per_group[g] = ls.pop() if ls else None
count = {l: sum(1 for v in langs_per_group.values() if v == l) for l in ("es", "pt", "en")}
if count != {"es": 5, "pt": 4, "en": 3}:
    err(f"groups per language {count}, expected es 5, pt 4, en 3")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(62413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h62-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
