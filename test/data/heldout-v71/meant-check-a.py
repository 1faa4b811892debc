#!/usr/bin/env python3
"""List every non-null meant date beside its received date (weekdays, gap, text)
into meant-check-a.txt for checking by eye. Read-only on raw-a.jsonl."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {m} {m:%a} "
               f"(+{(m - rec).days}d)\n    {r['text']}\n")
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write(f"{len(out)} rows with a meant date\n\n")
    f.writelines(out)
print(f"{len(out)} rows listed")
