#!/usr/bin/env python3
"""List every meant date of raw-b.jsonl beside its received date (for checking by eye).

Prints: group#slot, received + weekday, meant + weekday, gap in days, text.
It reads only; it never changes raw-b.jsonl.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    m = datetime.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<2} recv {rec} {rec:%a} -> meant {m} {m:%a}  gap {(m - rec).days:>2}d  | {r['text']}")
print(f"\n{n} rows with a meant date")
