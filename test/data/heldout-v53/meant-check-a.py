#!/usr/bin/env python3
"""List every non-null meant date beside its received date (weekdays, gap, text)
for checking by eye. Writes the listing part of meant-check-a.txt to stdout."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<2} received {rec} {rec.strftime('%a')}  meant {m} {m.strftime('%a')}  "
          f"gap {(m - rec).days:>2}d  | {r['text']!r}")
print(f"\n{n} rows with a meant date")
