#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text)."""
import datetime as dt
import json

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
out = ["group#slot  received        meant           gap  text", ""]
n = 0
for line in open("raw-b.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    md = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3d} {rec} {WD[rec.weekday()]}  "
               f"{md} {WD[md.weekday()]}  {(md - rec).days:>3d}  {r['text']}")
out.append("")
out.append(f"{n} rows with a meant date")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
