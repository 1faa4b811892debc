#!/usr/bin/env python3
"""Shuffle raw-b.jsonl, number the replies h25-0501..h25-0764 and add a received date.

Deterministic: random.Random(2526). received is drawn uniformly from the
Mondays-Saturdays between 2026-01-05 and 2026-11-27 (inclusive).
"""
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "raw-b.jsonl"
DST = HERE / "unlabelled-b.jsonl"
FIRST_ID = 501

rows = [json.loads(l) for l in SRC.read_text(encoding="utf-8").splitlines() if l.strip()]
texts = [r["text"] for r in rows]
assert all(t.strip() for t in texts), "empty text"
assert len(set(texts)) == len(texts), "duplicate text"
assert all(r["lang"] in ("es", "pt", "en") for r in rows)

start, end = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
days = [start + dt.timedelta(n) for n in range((end - start).days + 1)]
days = [d for d in days if d.weekday() < 6]  # Monday=0 .. Saturday=5

rng = random.Random(2526)
rng.shuffle(rows)

with DST.open("w", encoding="utf-8") as f:
    for i, r in enumerate(rows):
        out = {
            "id": f"h25-{FIRST_ID + i:04d}",
            "lang": r["lang"],
            "part": "b",
            "group": r["group"],
            "text": r["text"],
            "received": rng.choice(days).isoformat(),
        }
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

print(f"wrote {len(rows)} rows to {DST} ({FIRST_ID:04d}..{FIRST_ID + len(rows) - 1:04d})")
