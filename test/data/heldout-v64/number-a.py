#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h64-0001.. and write
unlabelled-a.jsonl and meanings-a.jsonl.

Standard library only. Exits non-zero on any validation error.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
OUT_UNL = "unlabelled-a.jsonl"
OUT_MEAN = "meanings-a.jsonl"

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: not an ISO date: {s!r}")
        return None
    if d.isoformat() != s:
        err(f"{where}: not canonical ISO date: {s!r}")
    return d


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
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
        where = f"line {n} ({r.get('group')}#{r.get('slot')})"
        if r["lang"] not in LANGS:
            err(f"{where}: lang {r['lang']!r}")
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            err(f"{where}: group {g!r}")
        if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
                and 1 <= r["slot"] <= 11):
            err(f"{where}: slot {r['slot']!r}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{where}: empty text")
        if r["text"] != r["text"].strip():
            err(f"{where}: text has leading/trailing whitespace")
        rec = parse_date(r["received"], where + " received")
        if rec is not None:
            if rec.weekday() == 6:
                err(f"{where}: received {rec} is a Sunday")
            if not (START <= rec <= END):
                err(f"{where}: received {rec} out of range")
            key = f"{g}#{r['slot']}"
            if drawn.get(key) != r["received"]:
                err(f"{where}: received {r['received']} != drawn {drawn.get(key)}")
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            err(f"{where}: meaning does not end with the stop sentence")
        if r["meant"] is not None:
            md = parse_date(r["meant"], where + " meant")
            if md is not None and rec is not None and md < rec:
                err(f"{where}: meant {md} before received {rec}")
        rows.append(r)

# group structure
by_group = defaultdict(list)
for r in rows:
    by_group[r["group"]].append(r)
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(by_group)}")
lang_of_group = {}
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    lang_of_group[g] = rs[0]["lang"]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
per_lang = Counter(lang_of_group.values())
if dict(per_lang) != WANT_GROUPS_PER_LANG:
    err(f"groups per language {dict(per_lang)} != {WANT_GROUPS_PER_LANG}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

# duplicate texts (exact, and after case/space folding)
seen = {}
for r in rows:
    k = " ".join(r["text"].lower().split())
    if k in seen:
        err(f"duplicate text: {r['group']}#{r['slot']} and {seen[k]}")
    seen[k] = f"{r['group']}#{r['slot']}"

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(64413).shuffle(rows)

with open(OUT_UNL, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_MEAN, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h64-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows validated; wrote {OUT_UNL} and {OUT_MEAN}")
print("groups per language:", dict(per_lang))
