#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for checking by eye."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {m} {m:%a}  "
               f"gap {(m - rec).days:>2}d  | {r['text']}")
out.append(f"\n{n} rows with a meant date")
with open("meant-check-a.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
