#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text)
for checking by eye; writes meant-check-b.txt. Reads raw-b.jsonl only."""
import datetime as dt
import json

out = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a}  meant {m} {m:%a}  "
               f"gap {(m - rec).days:>3}d  | {r['text']}")
out.append(f"\n{n} rows with a meant date")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
