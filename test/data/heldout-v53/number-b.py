#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number it h53-0501...

Checks: key names and order, languages, 10 es / 8 pt / 6 en groups, one
language per group, 11 rows with slots 1..11 per group, received is a
Monday-Saturday date in 2026-01-05..2026-11-27 equal to the drawn date in
dates-b.json, meaning ends with the stop sentence, meant is null or a valid
ISO date >= received, no duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(53513), numbers the
rows h53-0501... in shuffled order and writes unlabelled-b.jsonl and
meanings-b.jsonl. Stdlib only. Never changes any text.
"""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")
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
            pairs = json.loads(line, object_pairs_hook=list)
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")
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
    where = f"line {r['_line']} ({r.get('group')}#{r.get('slot')})"
    if r.get("lang") not in LANGS:
        err(f"{where}: lang {r.get('lang')!r}")
    g = r.get("group")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"{where}: group {g!r}")
    s = r.get("slot")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"{where}: slot {s!r}")
    t = r.get("text")
    if not (isinstance(t, str) and t.strip()):
        err(f"{where}: empty text")
    else:
        texts[t] += 1
    rec = parse_date(r.get("received"), where)
    if rec:
        if rec.weekday() == 6:
            err(f"{where}: received {rec} is a Sunday")
        if not START <= rec <= END:
            err(f"{where}: received {rec} out of range")
        if drawn.get(f"{g}#{s}") != r.get("received"):
            err(f"{where}: received {r.get('received')} != drawn {drawn.get(f'{g}#{s}')}")
    m = r.get("meaning")
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"{where}: meaning does not end with the stop sentence")
    mt = r.get("meant")
    if mt is not None:
        md = parse_date(mt, where)
        if md and rec and md < rec:
            err(f"{where}: meant {md} before received {rec}")
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_groups = collections.Counter()
for g in sorted(by_group):
    rs = by_group[g]
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err(f"{g}: mixed languages {langs}")
    else:
        lang_groups[langs.pop()] += 1
    slots = sorted(r.get("slot") for r in rs if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
if len(by_group) != 24:
    err(f"{len(by_group)} groups, want 24")
if dict(lang_groups) != WANT_GROUPS:
    err(f"groups per language {dict(lang_groups)} != {WANT_GROUPS}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(53513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h53-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, groups {dict(lang_groups)}, "
      f"ids h53-{FIRST_ID:04d}..h53-{FIRST_ID + len(rows) - 1:04d}")
