#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap) for checking by eye."""
import datetime as dt
import json

out = []
rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {mt} {mt:%a}  gap {(mt - rec).days:>3} d | {r['text']}")
out.append(f"\n{n} rows with a meant date out of {len(rows)}")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
