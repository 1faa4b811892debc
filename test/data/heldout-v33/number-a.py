#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number ids, draw received dates, write outputs (stdlib only)."""
import json, random, datetime, collections, sys

RAW, UNL, MEAN = "raw-a.jsonl", "unlabelled-a.jsonl", "meanings-a.jsonl"
KEYS = ["lang", "group", "text", "meaning"]

def fail(msg):
    sys.exit("INVALID: " + msg)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail(f"blank line {n}")
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            fail(f"line {n}: keys {list(r.keys())}")
        if r["lang"] not in ("es", "en", "pt"):
            fail(f"line {n}: lang {r['lang']}")
        if not all(isinstance(r[k], str) and r[k].strip() for k in KEYS):
            fail(f"line {n}: empty field")
        rows.append(r)

if len(rows) != 264:
    fail(f"{len(rows)} rows, expected 264")
groups = collections.Counter(r["group"] for r in rows)
expected = {f"g{i:02d}" for i in range(1, 25)}
if set(groups) != expected:
    fail(f"groups {sorted(groups)}")
bad = {g: c for g, c in groups.items() if c != 11}
if bad:
    fail(f"group sizes {bad}")
langs = collections.defaultdict(set)
for r in rows:
    langs[r["group"]].add(r["lang"])
multi = {g: l for g, l in langs.items() if len(l) != 1}
if multi:
    fail(f"groups with several languages {multi}")
texts = collections.Counter(r["text"] for r in rows)
dups = [t for t, c in texts.items() if c > 1]
if dups:
    fail(f"duplicate texts {dups}")

rng = random.Random(3331)
rng.shuffle(rows)

days = []
d, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
while d <= end:
    if d.weekday() <= 5:  # Monday..Saturday
        days.append(d)
    d += datetime.timedelta(days=1)

with open(UNL, "w", encoding="utf-8") as fu, open(MEAN, "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h33-{i:04d}"
        received = rng.choice(days).isoformat()
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": received}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meaning": r["meaning"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows, {len(days)} candidate days; wrote {UNL}, {MEAN}")
