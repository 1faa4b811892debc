#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap in days, text)
for checking by eye against the taxonomy's date rules. Writes meant-check-b.txt."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
out = ["meant-check-b: every row with a meant date (raw-b.jsonl order)",
       "group#slot  received        meant           gap  text", ""]
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3} {rec} {rec:%a}  ->  {m} {m:%a}  +{(m - rec).days:<3} {r['text']}")
out.append("")
out.append(f"{n} rows with a meant date; {len(rows) - n} with meant null")
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
