#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it.

Checks: key names and order, languages, 4/4/4 groups (THEME counts), 11 rows and
slots 1..11 per group, one language per group, received Mon-Sat in range and equal
to the drawn date in dates-b.json, meaning ends with the stop sentence, meant null
or a valid ISO date >= received, no duplicate texts.
Then sorts by (group, slot), shuffles with random.Random(69513), numbers rows
h69-0501... and writes unlabelled-b.jsonl and meanings-b.jsonl.
"""
import collections
import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw-b.jsonl"
DATES = HERE / "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 4, "pt": 4, "en": 4}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")
        return None
    if d.isoformat() != s:
        err(f"{where}: date not in YYYY-MM-DD form {s!r}")
    return d


drawn = json.loads(DATES.read_text(encoding="utf-8"))
rows = []
with RAW.open(encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
            continue
        rows.append((n, obj))

by_group = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    where = f"line {n} ({r['group']}#{r['slot']})"
    if r["lang"] not in LANG_GROUPS:
        err(f"{where}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err(f"{where}: group {g!r}")
    if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool) and 1 <= r["slot"] <= 11):
        err(f"{where}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"{where}: empty text")
    texts[r["text"]] += 1
    rec = parse_date(r["received"], where + " received")
    if rec:
        if rec.weekday() == 6:
            err(f"{where}: received on a Sunday")
        if not (START <= rec <= END):
            err(f"{where}: received {rec} out of range")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"{where}: received {r['received']} != drawn {drawn.get(key)}")
    m = r["meaning"]
    if not isinstance(m, str) or not m.endswith(STOP_ENDINGS):
        err(f"{where}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        md = parse_date(r["meant"], where + " meant")
        if md and rec and md < rec:
            err(f"{where}: meant {md} before received {rec}")
    by_group[g].append(r)

if len(by_group) != 12:
    err(f"{len(by_group)} groups, expected 12")
lang_count = collections.Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {sorted(langs)}")
    lang_count[next(iter(langs))] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} (need 11 rows, slots 1..11)")
if dict(lang_count) != LANG_GROUPS:
    err(f"groups per language {dict(lang_count)} != {LANG_GROUPS}")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(69513).shuffle(data)

with (HERE / "unlabelled-b.jsonl").open("w", encoding="utf-8", newline="\n") as fu, \
        (HERE / "meanings-b.jsonl").open("w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data):
        rid = f"h69-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows, ids h69-{FIRST_ID:04d}..h69-{FIRST_ID + len(data) - 1:04d}")
print("groups per language:", dict(sorted(lang_count.items())))
