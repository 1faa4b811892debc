#!/usr/bin/env python3
"""Number part b of the v26 test set: shuffle, assign ids and received dates."""
import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "raw-b.jsonl"
DST = HERE / "unlabelled-b.jsonl"

rng = random.Random(2628)

rows = [json.loads(line) for line in SRC.read_text(encoding="utf-8").splitlines() if line.strip()]
assert len(rows) == 264, len(rows)

texts = [r["text"] for r in rows]
assert all(isinstance(t, str) and t.strip() for t in texts), "empty text"
assert len(set(texts)) == len(texts), "duplicate text"
assert all(r["lang"] in {"es", "pt", "en"} for r in rows)

# Mondays to Saturdays, 2026-01-05 .. 2026-11-27 inclusive
days = []
d, end = date(2026, 1, 5), date(2026, 11, 27)
while d <= end:
    if d.weekday() != 6:
        days.append(d)
    d += timedelta(days=1)

rng.shuffle(rows)
out = []
for i, r in enumerate(rows):
    out.append({
        "id": f"h26-{501 + i:04d}",
        "lang": r["lang"],
        "part": "b",
        "group": r["group"],
        "text": r["text"],
        "received": rng.choice(days).isoformat(),
    })
assert out[-1]["id"] == "h26-0764"

DST.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
print(f"wrote {len(out)} rows to {DST}")
