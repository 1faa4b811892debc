#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number and split it.

Checks: key order, languages, 10/8/6 groups per language, one language per
group, 11 rows with slots 1..11 per group, received Mon-Sat within
2026-01-05..2026-11-27 and equal to the drawn date in dates-b.json, meaning
ending with the stop sentence, meant null or a valid date >= received, no
duplicate texts.  Then sorts by (group, slot), shuffles with
random.Random(49513), numbers h49-0501... and writes unlabelled-b.jsonl and
meanings-b.jsonl.  Prints sha256 of both outputs.
"""
import collections
import datetime as dt
import hashlib
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
WANT_GROUPS = {"es": 10, "pt": 8, "en": 6}
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in WANT_GROUPS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: group {g!r}")
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(f"line {n}: group {g} mixes languages")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_slots[g].append(s)
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        continue
    if not (START <= rec <= END) or rec.weekday() == 6:
        err(f"line {n}: received {rec} out of range or a Sunday")
    key = f"{g}#{s}"
    if drawn.get(key) != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r["meaning"]
    if not (isinstance(m, str) and m.endswith(STOP_ENDINGS)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not a date")
        else:
            if md < rec:
                err(f"line {n}: meant {mt} before received {rec}")

for g, slots in sorted(group_slots.items()):
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)}")
langs_per_group = collections.Counter(group_lang.values())
if dict(langs_per_group) != WANT_GROUPS:
    err(f"groups per language {dict(langs_per_group)} != {WANT_GROUPS}")
if len(group_slots) != 24:
    err(f"{len(group_slots)} groups, want 24")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(49513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h49-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows, ids h49-{FIRST_ID:04d}..h49-{FIRST_ID + len(rows) - 1:04d}")
for name in ("unlabelled-b.jsonl", "meanings-b.jsonl"):
    with open(name, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), name)
