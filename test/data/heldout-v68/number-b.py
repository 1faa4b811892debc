#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h68-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Python 3 standard library only.
This script never writes, templates or varies any text: texts are copied
verbatim from raw-b.jsonl.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501
MAX_LEN = 45  # theme of part b: every text 1 to 45 characters

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
        row = json.loads(line)
        if list(row.keys()) != KEYS:
            err(f"line {n}: keys {list(row.keys())} != {KEYS}")
        rows.append((n, row))

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

group_lang = {}
group_slots = {}
texts = Counter()
norm_texts = Counter()
for n, r in rows:
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err(f"line {n}: bad group {group!r}")
    if not (isinstance(slot, int) and 1 <= slot <= 11):
        err(f"line {n}: bad slot {slot!r}")
    if group in group_lang and group_lang[group] != lang:
        err(f"line {n}: group {group} mixes {group_lang[group]} and {lang}")
    group_lang.setdefault(group, lang)
    group_slots.setdefault(group, []).append(slot)

    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
        text = ""
    if text != text.strip():
        err(f"line {n}: text has leading/trailing spaces")
    if not (1 <= len(text) <= MAX_LEN):
        err(f"line {n}: text length {len(text)} outside 1..{MAX_LEN}")
    texts[text] += 1
    norm_texts[" ".join(text.casefold().split())] += 1

    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r.get('received')!r}")
        rec = None
    if rec:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{group}#{slot}"
        if drawn.get(key) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(key)} for {key}")

    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (
            meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning must end with the stop sentence")

    meant = r.get("meant")
    if meant is not None:
        try:
            m = dt.date.fromisoformat(meant)
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {meant!r}")
            m = None
        if m and rec and m < rec:
            err(f"line {n}: meant {m} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text {t!r} x{c}")
for t, c in norm_texts.items():
    if c > 1:
        err(f"duplicate text (case/space-insensitive) {t!r} x{c}")

lang_count = Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if lang_count.get(lang, 0) != want:
        err(f"{lang}: {lang_count.get(lang, 0)} groups, expected {want}")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
for g, slots in group_slots.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots)} != 1..11")

if errors:
    print(f"{len(errors)} problem(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(68513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h68-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

stops = sum(r["meaning"].endswith(STOP_YES) for r in ordered)
meants = sum(r["meant"] is not None for r in ordered)
print(f"ok: {len(ordered)} rows, ids h68-{FIRST_ID:04d}..h68-{FIRST_ID + len(ordered) - 1:04d}, "
      f"langs {dict(Counter(r['lang'] for r in ordered))}, stops {stops}, meant {meants}")
