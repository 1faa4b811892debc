#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(44513), number h44-0501..., write
unlabelled-b.jsonl and meanings-b.jsonl. Texts are never modified."""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

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
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        rows.append((n, obj))

by_group = defaultdict(list)
texts = Counter()
for n, r in rows:
    if r["lang"] not in LANG_GROUPS:
        err(f"line {n}: bad lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: bad group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: bad slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
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
            md = dt.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {r['meant']!r}")
    by_group[g].append((n, r))

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

group_lang = {}
for g in sorted(by_group):
    items = by_group[g]
    langs = {r["lang"] for _, r in items}
    if len(langs) != 1:
        err(f"{g}: more than one language {sorted(langs)}")
    group_lang[g] = sorted(langs)[0]
    slots = sorted(r["slot"] for _, r in items)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
if len(by_group) != 24:
    err(f"{len(by_group)} groups, expected 24")
lang_count = Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if lang_count.get(lang, 0) != want:
        err(f"{lang}: {lang_count.get(lang, 0)} groups, expected {want}")
if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(44513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h44-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(ordered)} rows, ids h44-{FIRST_ID:04d}..h44-{FIRST_ID + len(ordered) - 1:04d}")
print("groups per lang:", dict(sorted(lang_count.items())))
