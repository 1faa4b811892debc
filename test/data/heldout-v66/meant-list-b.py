#!/usr/bin/env python3
"""List every row of raw-b.jsonl with a meant date: received and meant with
weekdays, the gap in days and the text (for checking by eye)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    a = dt.date.fromisoformat(r["received"])
    b = dt.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<2} received {a} {a:%a} -> meant {b} {b:%a}  "
          f"gap {(b - a).days:>2}d | {r['text']}")
print(f"\n{n} rows with a meant date; "
      f"{sum(1 for r in rows if r['meant'] is None)} with meant null")
