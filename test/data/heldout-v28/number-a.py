#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number and date it -> unlabelled-a.jsonl (stdlib only)."""
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw-a.jsonl"
OUT = HERE / "unlabelled-a.jsonl"
SEED = 2828
N_EXPECTED = 264
LANGS = {"es", "pt", "en"}
GROUPS = {f"g{i:02d}" for i in range(1, 25)}
KEYS = {"lang", "group", "text"}


def fail(msg):
    sys.exit(f"number-a.py: {msg}")


rows = []
with RAW.open(encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail(f"line {n}: blank line")
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            fail(f"line {n}: bad JSON ({e})")
        if not isinstance(row, dict) or set(row) != KEYS:
            fail(f"line {n}: keys must be exactly {sorted(KEYS)}, got {sorted(row) if isinstance(row, dict) else type(row)}")
        if row["lang"] not in LANGS:
            fail(f"line {n}: bad lang {row['lang']!r}")
        if row["group"] not in GROUPS:
            fail(f"line {n}: bad group {row['group']!r}")
        if not isinstance(row["text"], str) or not row["text"].strip():
            fail(f"line {n}: empty text")
        rows.append(row)

if len(rows) != N_EXPECTED:
    fail(f"expected {N_EXPECTED} rows, got {len(rows)}")
seen = {}
for i, r in enumerate(rows, 1):
    if r["text"] in seen:
        fail(f"duplicate text on lines {seen[r['text']]} and {i}: {r['text']!r}")
    seen[r["text"]] = i

rng = random.Random(SEED)
rng.shuffle(rows)

start, end = date(2026, 1, 5), date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() <= 5:  # Monday=0 .. Saturday=5
        days.append(d)
    d += timedelta(days=1)

with OUT.open("w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        out = {
            "id": f"h28-{i:04d}",
            "lang": r["lang"],
            "part": "a",
            "group": r["group"],
            "text": r["text"],
            "received": rng.choice(days).isoformat(),
        }
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

print(f"wrote {len(rows)} rows to {OUT.name} (seed {SEED}, {len(days)} Mon-Sat dates)")
