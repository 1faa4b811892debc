#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h58-0001.., write unlabelled-a.jsonl and meanings-a.jsonl.

Standard library only. Exits non-zero on any validation error and writes nothing then.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS = [f"g{i:02d}" for i in range(1, 13)]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
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
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        obj["_line"] = n
        rows.append(obj)

by_group = defaultdict(list)
texts = Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
        err(f"line {n}: bad lang {r['lang']!r}")
    if r["group"] not in GROUPS:
        err(f"line {n}: bad group {r['group']!r}")
    if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
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
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        slot_key = f"{r['group']}#{r['slot']}"
        if drawn.get(slot_key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {r['meant']!r}")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")
    by_group[r["group"]].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_of_group = {}
for g in GROUPS:
    rs = by_group.get(g, [])
    if len(rs) != 11:
        err(f"{g}: {len(rs)} rows, expected 11")
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err(f"{g}: slots {sorted(r['slot'] for r in rs)} are not 1..11")
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    elif langs:
        lang_of_group[g] = langs.pop()

split = Counter(lang_of_group.values())
if (split["es"], split["pt"], split["en"]) != (5, 4, 3):
    err(f"group split es/pt/en = {split['es']}/{split['pt']}/{split['en']}, expected 5/4/3")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(58413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h58-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
