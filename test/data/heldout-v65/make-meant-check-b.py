#!/usr/bin/env python3
"""List every non-null meant date beside its received date (read-only on raw-b.jsonl)."""
import datetime as dt
import json

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
out = ["group#slot | received (wd) | meant (wd) | gap days | text", ""]
n = 0
for line in open("raw-b.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["meant"] is None:
        continue
    n += 1
    a = dt.date.fromisoformat(r["received"])
    b = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} | {a} ({WD[a.weekday()]}) | {b} ({WD[b.weekday()]}) "
               f"| {(b - a).days:>3} | {r['text']}")
out.append("")
out.append(f"{n} rows with a meant date")
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
