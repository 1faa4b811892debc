#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(52413), number h53-0001...,
write unlabelled-a.jsonl and meanings-a.jsonl. Standard library only."""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_OF_GROUP = {}
for g in range(1, 11):
    LANG_OF_GROUP[f"g{g:02d}"] = "es"
for g in range(11, 19):
    LANG_OF_GROUP[f"g{g:02d}"] = "pt"
for g in range(19, 25):
    LANG_OF_GROUP[f"g{g:02d}"] = "en"
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def iso(s):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return d if d.isoformat() == s else None


with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=list)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        r = dict(pairs)
        r["_line"] = n
        rows.append(r)

if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")

by_group = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    g = r.get("group")
    if g not in LANG_OF_GROUP:
        err(f"line {n}: bad group {g!r}")
        continue
    if r.get("lang") not in ("es", "pt", "en"):
        err(f"line {n}: bad lang {r.get('lang')!r}")
    if r.get("lang") != LANG_OF_GROUP[g]:
        err(f"line {n}: lang {r.get('lang')} but {g} is {LANG_OF_GROUP[g]}")
    by_group[g].append(r)
    slot = r.get("slot")
    if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 11:
        err(f"line {n}: bad slot {slot!r}")
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    else:
        texts[text] += 1
    rec = iso(r.get("received"))
    if rec is None:
        err(f"line {n}: bad received {r.get('received')!r}")
    else:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if drawn.get(f"{g}#{slot}") != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(f'{g}#{slot}')}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif meaning.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    meant = r.get("meant")
    if meant is not None:
        md = iso(meant)
        if md is None:
            err(f"line {n}: bad meant {meant!r}")
        elif rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

counts = collections.Counter(LANG_OF_GROUP[g] for g in by_group)
if counts != collections.Counter({"es": 10, "pt": 8, "en": 6}):
    err(f"groups per language {dict(counts)} != es 10 / pt 8 / en 6")
for g in LANG_OF_GROUP:
    slots = sorted(r.get("slot") for r in by_group.get(g, []) if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
    langs = {r.get("lang") for r in by_group.get(g, [])}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(52413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h53-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
