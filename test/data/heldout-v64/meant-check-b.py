#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) -> meant-check-b.txt."""
import datetime as dt
import json

out = ["meant-check-b: every row of raw-b.jsonl with a meant date",
       "slot      received        meant           gap  text", ""]
n = 0
for line in open("raw-b.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3d} {rec} {rec.strftime('%a')}  {m} {m.strftime('%a')}  {(m - rec).days:3d}  {r['text']}")
out += ["", f"{n} rows with a meant date"]
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
