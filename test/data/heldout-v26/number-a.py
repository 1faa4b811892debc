#!/usr/bin/env python3
"""Shuffle raw-a.jsonl, number the replies h26-0001..h26-0264, draw a received
date (Monday-Saturday, 2026-01-05..2026-11-27, uniform) and write unlabelled-a.jsonl."""
import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "raw-a.jsonl"
DST = HERE / "unlabelled-a.jsonl"

rng = random.Random(2627)

rows = [json.loads(line) for line in SRC.read_text(encoding="utf-8").splitlines() if line.strip()]

texts = [r["text"] for r in rows]
assert all(isinstance(t, str) and t.strip() for t in texts), "empty text"
assert len(set(texts)) == len(texts), "duplicate texts"
assert all(r["lang"] in ("es", "pt", "en") for r in rows)
assert all(r["group"] in {f"g{i:02d}" for i in range(1, 25)} for r in rows)

start, end = date(2026, 1, 5), date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() < 6:  # Monday=0 .. Saturday=5
        days.append(d)
    d += timedelta(days=1)

rng.shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({
        "id": f"h26-{i:04d}",
        "lang": r["lang"],
        "part": "a",
        "group": r["group"],
        "text": r["text"],
        "received": rng.choice(days).isoformat(),
    })

with DST.open("w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

print(f"wrote {len(out)} lines to {DST}")
