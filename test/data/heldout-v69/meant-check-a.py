#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays), the gap in
days and the text, for checking by eye. Writes meant-check-a.table.txt."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {mt} {mt:%a}  "
               f"gap {(mt - rec).days:>2}d | {r['text']}")
out.append(f"total meant dates: {n}")
with open(os.path.join(HERE, "meant-check-a.table.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
