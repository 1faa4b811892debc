#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it h101-0001...

Checks: key names and order, langs, 6 es / 3 pt / 3 en groups (theme split), 11 rows and
slots 1..11 per group, one language per group, received a Mon-Sat day in
2026-01-05..2026-11-27 and equal to the drawn date in dates-a.json, meaning ends with
the stop sentence, meant null or a valid ISO date >= received, no duplicate texts.
Then sorts by (group, slot), shuffles with random.Random(101413), numbers the rows and
writes unlabelled-a.jsonl and meanings-a.jsonl. All paths are relative to this script.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
SPLIT = {"es": 6, "pt": 3, "en": 3}  # theme split (overrides 5/4/3)
GROUPS = [f"g{i:02d}" for i in range(1, 13)]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
SHUFFLE_SEED = 101413

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    try:
        if not isinstance(s, str) or len(s) != 10:
            raise ValueError
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

by_group = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANGS:
        err(f"line {n}: lang {lang!r}")
    if group not in GROUPS:
        err(f"line {n}: group {group!r}")
    if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 11:
        err(f"line {n}: slot {slot!r}")
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    else:
        texts[text] += 1
    rec = parse_date(r.get("received"))
    if rec is None:
        err(f"line {n}: received {r.get('received')!r} not an ISO date")
    else:
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        key = f"{group}#{slot}"
        if drawn.get(key) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(key)} for {key}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        md = parse_date(meant)
        if md is None:
            err(f"line {n}: meant {meant!r} not an ISO date")
        elif rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")
    by_group[group].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

group_lang = {}
for g in GROUPS:
    rs = by_group.get(g, [])
    if len(rs) != 11:
        err(f"{g}: {len(rs)} rows, expected 11")
    slots = sorted(r.get("slot") for r in rs if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err(f"{g}: languages {langs}")
    else:
        group_lang[g] = langs.pop()
split = collections.Counter(group_lang.values())
if dict(split) != SPLIT:
    err(f"language split {dict(split)} != {SPLIT}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(SHUFFLE_SEED).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h101-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows valid; split {dict(split)}; wrote "
      f"{os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
