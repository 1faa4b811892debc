#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for eye-checking."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2d} received {rec} {rec:%a}  meant {m} {m:%a}  "
               f"gap {(m - rec).days:>2d}d  | {r['text']}")
print("\n".join(out))
print(f"\n{len(out)} rows with a meant date")
