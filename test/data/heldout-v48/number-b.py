#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it with random.Random(48513) and number it.

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Ids h48-0501 upwards.
Exits non-zero (writing nothing) if any check fails.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
YES = "Asking us to stop writing: yes"
NO = "Asking us to stop writing: no"

errors = []
def err(msg):
    errors.append(msg)

with open("dates-b.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
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

for n, r in rows:
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except Exception:
        err(f"line {n}: received {r['received']!r}")
        continue
    if not (START <= rec <= END) or rec.weekday() == 6:
        err(f"line {n}: received {rec} out of range or Sunday")
    key = f"{g}#{r['slot']}"
    if drawn.get(key) != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(YES) or m.endswith(NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except Exception:
            err(f"line {n}: meant {r['meant']!r}")

# group structure
by_group = defaultdict(list)
for n, r in rows:
    by_group[r["group"]].append(r)
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
    err(f"groups present: {sorted(by_group)}")
lang_of = {}
for g, rs in by_group.items():
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    lang_of[g] = rs[0]["lang"]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
gl = Counter(lang_of.values())
if (gl["es"], gl["pt"], gl["en"]) != (10, 8, 6):
    err(f"groups per language {dict(gl)} != es 10 / pt 8 / en 6")
if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")
texts = Counter(r["text"] for _, r in rows)
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(48513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
     open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h48-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

stops = sum(r["meaning"].endswith(YES) for r in ordered)
meants = sum(r["meant"] is not None for r in ordered)
print(f"OK: {len(ordered)} rows, ids h48-0501..h48-{500 + len(ordered):04d}, "
      f"langs {dict(Counter(r['lang'] for r in ordered))}, stops {stops}, meant {meants}")
