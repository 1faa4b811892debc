#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for a by-eye check."""
import datetime as dt
import json

out = ["meant-check-a: every row of raw-a.jsonl with a meant date",
       "group#slot | received (wd) | meant (wd) | gap days | text", ""]
n = 0
for line in open("raw-a.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} | {rec} {rec:%a} | {m} {m:%a} | {(m - rec).days:>3} | {r['text']}")
out.append("")
out.append(f"{n} rows with a meant date")
open("meant-check-a.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
