#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(68413), number h68-0001.., and write
unlabelled-a.jsonl (id, lang, part, group, text, received) and meanings-a.jsonl
(id, group, meaning, meant). Texts are copied verbatim; this script never writes or varies text."""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

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
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
        rows.append((n, obj))

group_lang = collections.defaultdict(set)
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    lang, group, slot, text = r.get("lang"), r.get("group"), r.get("slot"), r.get("text")
    if lang not in WANT_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g" and group[1:].isdigit()
            and 1 <= int(group[1:]) <= 12):
        err(f"line {n}: group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: slot {slot!r}")
    if not (isinstance(text, str) and text.strip()):
        err(f"line {n}: empty text")
    texts[text] += 1
    group_lang[group].add(lang)
    group_slots[group].append(slot)
    # received
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: received {r.get('received')!r}")
        rec = None
    if rec:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{group}#{slot}"
        if drawn.get(key) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(key)} for {key}")
    # meaning
    meaning = r.get("meaning")
    if not (isinstance(meaning, str) and (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    # meant
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if rec and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {meant!r} not a date")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
per_lang = collections.Counter()
for g, langs in group_lang.items():
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    per_lang[next(iter(langs))] += 1
    if sorted(group_slots[g]) != list(range(1, 12)):
        err(f"{g}: slots {sorted(group_slots[g])}")
if dict(per_lang) != WANT_GROUPS:
    err(f"groups per language {dict(per_lang)} != {WANT_GROUPS}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(68413).shuffle(ordered)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered, 1):
        rid = f"h68-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(ordered)} rows validated; groups per language {dict(per_lang)}")
print("wrote unlabelled-a.jsonl and meanings-a.jsonl")
