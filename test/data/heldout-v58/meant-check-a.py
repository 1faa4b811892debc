#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) -> meant-check-a.txt.
Reads raw-a.jsonl only; writes nothing else. The check itself is done by eye."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = ["# meant-check-a: every meant date beside its received date", "",
       "slot     received        meant           gap  text"]
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    md = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3d} {rec} {rec:%a}  {md} {md:%a}  {(md - rec).days:>4d}  {r['text']}")
out.append("")
out.append(f"{n} rows with a meant date")
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
