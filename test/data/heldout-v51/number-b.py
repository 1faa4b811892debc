#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(51513), number h51-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = " Asking us to stop writing: yes"
STOP_NO = " Asking us to stop writing: no"
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

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 24):
        err(f"line {n}: bad group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: bad slot {slot!r}")
    if group in group_lang and group_lang[group] != lang:
        err(f"line {n}: group {group} mixes languages")
    group_lang.setdefault(group, lang)
    group_slots[group].append(slot)
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    else:
        texts[text] += 1
    # received
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
        want = drawn.get(f"{group}#{slot}")
        if want != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {want}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning must end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {meant!r}")
            md = None
        if md and rec and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
for g in sorted(group_slots):
    if sorted(group_slots[g]) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(group_slots[g])}")
if len(group_slots) != 24:
    err(f"{len(group_slots)} groups, want 24")
per_lang = Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if per_lang[lang] != want:
        err(f"{lang}: {per_lang[lang]} groups, want {want}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(51513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h51-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, ids h51-{FIRST_ID:04d}..h51-{FIRST_ID + len(rows) - 1:04d}")
