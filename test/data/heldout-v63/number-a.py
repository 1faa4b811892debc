#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(63413), number h63-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Exits non-zero on any error.
"""
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
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
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = {}
texts = {}
for n, r in rows:
    lang, g, slot, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: bad group {g!r}")
        continue
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: bad slot {slot!r}")
        continue
    if group_lang.setdefault(g, lang) != lang:
        err(f"line {n}: group {g} mixes languages {group_lang[g]} and {lang}")
    group_slots.setdefault(g, []).append(slot)
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    elif text in texts:
        err(f"line {n}: duplicate text (also line {texts[text]})")
    else:
        texts[text] = n
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r['received']!r}")
        continue
    if not (START <= rec <= END) or rec.weekday() == 6:
        err(f"line {n}: received {rec} not Mon-Sat in range")
    if drawn.get(f"{g}#{slot}") != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(f'{g}#{slot}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = r["meant"]
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if md < rec:
                err(f"line {n}: meant {meant} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {meant!r}")

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(group_slots)}")
for g, slots in group_slots.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)}")
counts = {}
for g, lang in group_lang.items():
    counts[lang] = counts.get(lang, 0) + 1
if counts != LANG_GROUPS:
    err(f"groups per language {counts} != {LANG_GROUPS}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(63413).shuffle(recs)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(recs, 1):
        rid = f"h63-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(recs)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
