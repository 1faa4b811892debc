#!/usr/bin/env python3
"""Number part a of the v27 hand-written test set.

Reads raw-a.jsonl, checks it, shuffles with random.Random(2727), assigns ids
h27-0001..h27-0264 and a random `received` date (Mon-Sat, 2026-01-05..2026-11-27,
drawn from the same RNG after the shuffle), writes unlabelled-a.jsonl.
"""
import json, random, sys, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW, OUT = HERE / "raw-a.jsonl", HERE / "unlabelled-a.jsonl"
LANGS = {"es", "pt", "en"}
GROUPS = {f"g{i:02d}" for i in range(1, 25)}

rows = []
with RAW.open(encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        r = json.loads(line)
        assert set(r) == {"lang", "group", "text"}, (n, r.keys())
        assert r["lang"] in LANGS, (n, r["lang"])
        assert r["group"] in GROUPS, (n, r["group"])
        assert isinstance(r["text"], str) and r["text"].strip(), (n, "empty text")
        rows.append(r)

texts = [r["text"] for r in rows]
dups = {t for t in texts if texts.count(t) > 1}
assert not dups, f"duplicate texts: {dups}"
assert len(rows) == 264, len(rows)

rng = random.Random(2727)
rng.shuffle(rows)

start, end = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
days = [start + dt.timedelta(d) for d in range((end - start).days + 1)]
days = [d for d in days if d.weekday() < 6]  # Monday(0)..Saturday(5)

with OUT.open("w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = {
            "id": f"h27-{i:04d}",
            "lang": r["lang"],
            "part": "a",
            "group": r["group"],
            "text": r["text"],
            "received": rng.choice(days).isoformat(),
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)
