#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(60513), number h60-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Never changes any text.
"""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

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
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

if len(rows) != 132:
    err(f"expected 132 rows, got {len(rows)}")

by_group = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err(f"line {n}: bad group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: bad slot {slot!r}")
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty or non-string text")
    else:
        texts[text] += 1
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r.get('received')!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{group}#{slot}"
        if drawn.get(key) != r.get("received"):
            err(f"line {n}: received {rec} != drawn {drawn.get(key)} for {key}")
    meaning = r.get("meaning")
    if not (isinstance(meaning, str) and (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if len(meant) != 10:
                raise ValueError
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {meant!r}")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")
    by_group[group].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

langs_per_group = {}
for g in sorted(by_group):
    rs = by_group[g]
    slots = sorted(r["slot"] for r in rs if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
    ls = {r.get("lang") for r in rs}
    if len(ls) != 1:
        err(f"{g}: several languages {ls}")
    langs_per_group[g] = next(iter(ls))
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(by_group)} != g01..g12")
count = collections.Counter(langs_per_group.values())
for lang, k in LANG_GROUPS.items():
    if count.get(lang, 0) != k:
        err(f"{lang}: {count.get(lang, 0)} groups, expected {k}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(60513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h60-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, ids h60-{FIRST_ID:04d}..h60-{FIRST_ID + len(rows) - 1:04d}")
