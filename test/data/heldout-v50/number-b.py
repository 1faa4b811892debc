#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write unlabelled-b.jsonl and meanings-b.jsonl.

Checks: key names and order, lang values, 10/8/6 groups per language, 11 rows
with slots 1..11 per group, one language per group, received Mon-Sat within
2026-01-05..2026-11-27 and equal to the drawn date in dates-b.json, meaning ends
with the stop sentence, meant null or a valid ISO date >= received, no duplicate
texts. Then sorts by (group, slot), shuffles with random.Random(50513) and numbers
the rows h50-0501, h50-0502, ... in shuffled order.
"""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 10, "pt": 8, "en": 6}
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
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        rows.append((n, obj))

texts = collections.Counter()
by_group = collections.defaultdict(list)
group_lang = {}
for n, r in rows:
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys {list(r.keys())} != {KEYS}")
        continue
    lang, group, slot = r["lang"], r["group"], r["slot"]
    if lang not in LANGS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 24):
        err(f"line {n}: bad group {group!r}")
    if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 11:
        err(f"line {n}: bad slot {slot!r}")
    if group_lang.setdefault(group, lang) != lang:
        err(f"line {n}: group {group} mixes languages")
    by_group[group].append(slot)
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    texts[text] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r['received']!r}")
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{group}#{slot}")
        if want != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {want} for {group}#{slot}")
    meaning = r["meaning"]
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = r["meant"]
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if md.isoformat() != meant:
                raise ValueError
            if rec is not None and md < rec:
                err(f"line {n}: meant {meant} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {meant!r}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t!r}")

if len(by_group) != 24:
    err(f"{len(by_group)} groups, expected 24")
for g, slots in sorted(by_group.items()):
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)}")
per_lang = collections.Counter(group_lang.values())
for lang, want in LANGS.items():
    if per_lang[lang] != want:
        err(f"{per_lang[lang]} {lang} groups, expected {want}")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(50513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h50-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(ordered)} rows, ids h50-{FIRST_ID:04d}..h50-{FIRST_ID + len(ordered) - 1:04d}")
print("groups per lang:", dict(per_lang))
