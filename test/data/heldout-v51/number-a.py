#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h51-0001.., write unlabelled-a.jsonl and meanings-a.jsonl.

Checks: keys and their order; lang in es/pt/en; 10 es / 8 pt / 6 en groups;
11 rows with slots 1..11 per group; one language per group; received is a
Mon-Sat date in 2026-01-05..2026-11-27 equal to the drawn date in dates-a.json;
meaning ends with the stop sentence; meant is null or a valid ISO date >= received;
no duplicate texts. Any failure -> exit 1 without writing outputs.
"""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
WANT_GROUPS = {"es": 10, "pt": 8, "en": 6}

errors = []
with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())}")
            continue
        if r["lang"] not in WANT_GROUPS:
            errors.append(f"line {n}: lang {r['lang']!r}")
        g, s = r["group"], r["slot"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 24):
            errors.append(f"line {n}: group {g!r}")
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append(f"line {n}: slot {s!r}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"line {n}: empty text")
        try:
            rec = dt.date.fromisoformat(r["received"])
            if not (START <= rec <= END) or rec.weekday() == 6:
                errors.append(f"line {n}: received {rec} out of range or Sunday")
            if drawn.get(f"{g}#{s}") != r["received"]:
                errors.append(f"line {n}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
        except (TypeError, ValueError):
            errors.append(f"line {n}: received {r['received']!r} not a date")
            rec = None
        if not isinstance(r["meaning"], str) or not r["meaning"].endswith(STOP_ENDS):
            errors.append(f"line {n}: meaning does not end with the stop sentence")
        if r["meant"] is not None:
            try:
                m = dt.date.fromisoformat(r["meant"])
                if rec is not None and m < rec:
                    errors.append(f"line {n}: meant {m} before received {rec}")
            except (TypeError, ValueError):
                errors.append(f"line {n}: meant {r['meant']!r} not a date")
        rows.append(r)

by_group = collections.defaultdict(list)
for r in rows:
    by_group[r["group"]].append(r)
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
    errors.append(f"groups present: {sorted(by_group)}")
lang_groups = collections.Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        errors.append(f"{g}: several languages {langs}")
    lang_groups[rs[0]["lang"]] += 1
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        errors.append(f"{g}: slots {sorted(r['slot'] for r in rs)}")
if dict(lang_groups) != WANT_GROUPS:
    errors.append(f"groups per language {dict(lang_groups)} != {WANT_GROUPS}")
texts = collections.Counter(r["text"] for r in rows)
for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text x{c}: {t!r}")
if len(rows) != 264:
    errors.append(f"{len(rows)} rows, want 264")

if errors:
    print("\n".join(errors))
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(51413).shuffle(rows)
with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h51-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"OK: {len(rows)} rows, groups per language {dict(lang_groups)}; "
      f"wrote unlabelled-a.jsonl and meanings-a.jsonl")
