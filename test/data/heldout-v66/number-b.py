#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number it h66-0501...

Checks: key names and order; lang in es/pt/en; 12 groups g01..g12 with
5 es / 4 pt / 3 en groups; one language per group; 11 rows per group with
slots 1..11; received is a Mon-Sat day in 2026-01-05..2026-11-27 and equals
the drawn date in dates-b.json; meaning ends with the stop sentence;
meant is null or a valid ISO date >= received; no duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(66513), numbers the
rows h66-0501... in the shuffled order and writes
  unlabelled-b.jsonl  (id, lang, part, group, text, received)
  meanings-b.jsonl    (id, group, meaning, meant)
and prints the sha256 of both files.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
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
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        obj["_line"] = n
        rows.append(obj)

by_group = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
        err(f"line {n}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    texts[r["text"]] += 1
    rec = parse_date(r["received"])
    if rec is None or rec.isoformat() != r["received"]:
        err(f"line {n}: received {r['received']!r} not an ISO date")
    else:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        md = parse_date(r["meant"])
        if md is None or md.isoformat() != r["meant"]:
            err(f"line {n}: meant {r['meant']!r} not an ISO date")
        elif rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_groups = collections.Counter()
for g in sorted(by_group):
    rs = by_group[g]
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {sorted(langs)}")
    lang_groups[sorted(langs)[0]] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} (want 1..11 once each)")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(by_group)}")
if dict(lang_groups) != WANT_GROUPS_PER_LANG:
    err(f"groups per language {dict(lang_groups)} != {WANT_GROUPS_PER_LANG}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(f"{len(errors)} error(s); nothing written")

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(66513).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h66-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; ids h66-{FIRST_ID:04d}..h66-{FIRST_ID + len(rows) - 1:04d}")
for p in (OUT_U, OUT_M):
    with open(p, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))
