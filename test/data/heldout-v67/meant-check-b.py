#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text)
for checking by eye. Writes the table part of meant-check-b.txt."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
out.append("slot     received        meant           gap  text")
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3d} {rec} {rec.strftime('%a')}  "
               f"{m} {m.strftime('%a')}  {(m - rec).days:3d}  {r['text']}")
n = len(out) - 1
out.append(f"\n{n} rows with a meant date")
print("\n".join(out))
