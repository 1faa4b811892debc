#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(54413), number h54-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Exits non-zero on any problem.
"""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-a.jsonl"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}

errors = []
rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON {e}")
            continue
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())}")
            continue
        r["_line"] = n
        rows.append(r)

with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

texts = collections.Counter()
by_group = collections.defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in WANT_GROUPS:
        errors.append(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        errors.append(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        errors.append(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        errors.append(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        errors.append(f"line {n}: received {r['received']!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            errors.append(f"line {n}: received out of range {rec}")
        if rec.weekday() == 6:
            errors.append(f"line {n}: received on a Sunday {rec}")
        want = drawn.get(f"{g}#{r['slot']}")
        if r["received"] != want:
            errors.append(f"line {n}: received {r['received']} != drawn {want}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        errors.append(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                errors.append(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            errors.append(f"line {n}: meant {r['meant']!r}")
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text x{c}: {t!r}")

lang_groups = collections.Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        errors.append(f"{g}: more than one language {langs}")
    else:
        lang_groups[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        errors.append(f"{g}: slots {slots}")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    errors.append(f"groups {sorted(by_group)}")
if dict(lang_groups) != WANT_GROUPS:
    errors.append(f"groups per language {dict(lang_groups)} != {WANT_GROUPS}")
if len(rows) != 132:
    errors.append(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(54413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h54-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; groups per language {dict(lang_groups)}")
print("wrote unlabelled-a.jsonl and meanings-a.jsonl")
