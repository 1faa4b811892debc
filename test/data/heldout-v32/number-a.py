#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h32-0001..h32-0264, draw a received
date (Mon-Sat, 2026-01-05..2026-11-27) and write unlabelled-a.jsonl and
notes-a.jsonl. Standard library only."""
import collections, datetime, json, random, sys

RAW, OUT, NOTES = "raw-a.jsonl", "unlabelled-a.jsonl", "notes-a.jsonl"
KEYS = ["lang", "group", "text", "note"]
errors = []

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())} != {KEYS}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                errors.append(f"line {n}: {k} missing or empty")
        if r.get("lang") not in ("es", "pt", "en"):
            errors.append(f"line {n}: bad lang {r.get('lang')!r}")
        rows.append(r)

if len(rows) != 264:
    errors.append(f"{len(rows)} rows, expected 264")
per_group = collections.Counter(r["group"] for r in rows)
expected_groups = [f"g{i:02d}" for i in range(1, 25)]
if sorted(per_group) != expected_groups:
    errors.append(f"groups are {sorted(per_group)}")
for g, c in per_group.items():
    if c != 11:
        errors.append(f"group {g}: {c} rows, expected 11")
langs = collections.defaultdict(set)
for r in rows:
    langs[r["group"]].add(r["lang"])
for g, s in langs.items():
    if len(s) != 1:
        errors.append(f"group {g}: several languages {s}")
dup = [t for t, c in collections.Counter(r["text"] for r in rows).items() if c > 1]
if dup:
    errors.append(f"duplicate texts: {dup}")
dupn = [t for t, c in collections.Counter(r["note"] for r in rows).items() if c > 1]
if dupn:
    errors.append(f"duplicate notes: {dupn}")

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

rng = random.Random(3231)
rng.shuffle(rows)

days = []
d, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
while d <= end:
    if d.weekday() < 6:  # Monday=0 .. Saturday=5
        days.append(d)
    d += datetime.timedelta(days=1)

with open(OUT, "w", encoding="utf-8") as fu, open(NOTES, "w", encoding="utf-8") as fn:
    for i, r in enumerate(rows, 1):
        rid = f"h32-{i:04d}"
        received = rng.choice(days).isoformat()
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": received}, ensure_ascii=False) + "\n")
        fn.write(json.dumps({"id": rid, "note": r["note"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows, {len(per_group)} groups, "
      f"langs {dict(collections.Counter(r['lang'] for r in rows))}, {len(days)} candidate days")
print(f"wrote {OUT} and {NOTES}")
