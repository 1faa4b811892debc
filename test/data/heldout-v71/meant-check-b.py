#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for checking by eye."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
out = []
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a}  meant {m} {m:%a}  gap {(m - rec).days:>2}d  | {r['text']}")
out.insert(0, f"{n} rows with a meant date (of {len(rows)})\n")
print("\n".join(out))
