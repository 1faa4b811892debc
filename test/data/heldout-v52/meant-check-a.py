#!/usr/bin/env python3
"""List every non-null meant date beside its received date (weekdays, gap, text) for eye-checking."""
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
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {m} {m:%a}  gap {(m - rec).days:>2}d  | "
               + r["text"].replace("\n", " / "))
out.append(f"\n{n} rows with a meant date")
open("meant-check-a.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
