#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h55-0001.., write unlabelled-a.jsonl and meanings-a.jsonl.

Standard library only. Texts are never modified here, only checked and copied.
"""
import collections
import datetime
import json
import random
import sys

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
EXPECTED_GROUPS = {"es": 5, "pt": 4, "en": 3}

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        rows.append((n, obj))

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    lang, g, slot, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in EXPECTED_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: bad group {g!r}")
    if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 11:
        err(f"line {n}: bad slot {slot!r}")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    if text != text.strip():
        err(f"line {n}: text has leading/trailing whitespace")
    texts[text] += 1
    if g in group_lang and group_lang[g] != lang:
        err(f"line {n}: group {g} mixes languages {group_lang[g]} and {lang}")
    group_lang.setdefault(g, lang)
    group_slots[g].append(slot)
    # received
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r['received']!r}")
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{g}#{slot}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    # meaning
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning must end with the stop sentence")
    elif m.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    # meant
    mt = r["meant"]
    if mt is not None:
        try:
            md = datetime.date.fromisoformat(mt)
            if mt != md.isoformat():
                raise ValueError
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t[:60]!r}")

langs_groups = collections.Counter(group_lang.values())
if dict(langs_groups) != EXPECTED_GROUPS:
    err(f"groups per language {dict(langs_groups)} != {EXPECTED_GROUPS}")
if sorted(group_lang) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_lang)}")
for g, slots in group_slots.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)} != 1..11")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(55413).shuffle(ordered)

with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered, 1):
        rid = f"h55-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(ordered)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
