#!/usr/bin/env python3
"""Shuffle raw-a.jsonl, number the replies h25-0001.., draw a received date, write unlabelled-a.jsonl."""
import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "raw-a.jsonl"
DST = HERE / "unlabelled-a.jsonl"

rng = random.Random(2525)

rows = [json.loads(line) for line in SRC.read_text(encoding="utf-8").splitlines() if line.strip()]
texts = [r["text"] for r in rows]
assert all(t.strip() for t in texts), "empty text"
assert len(set(texts)) == len(texts), "duplicate text"
assert all(r["lang"] in ("es", "pt", "en") for r in rows)

# Mondays to Saturdays (weekday 0..5) from 2026-01-05 to 2026-11-27, both inclusive
start, end = date(2026, 1, 5), date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() <= 5:
        days.append(d)
    d += timedelta(days=1)

rng.shuffle(rows)
with DST.open("w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        out = {
            "id": f"h25-{i:04d}",
            "lang": r["lang"],
            "part": "a",
            "group": r["group"],
            "text": r["text"],
            "received": rng.choice(days).isoformat(),
        }
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {DST}")
