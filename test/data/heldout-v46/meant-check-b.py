#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap in days,
id, group#slot and text) for checking by eye. Prints the table to stdout; it
is the first part of meant-check-b.txt, followed by the hand-written verdicts."""
import datetime as dt
import json

ids = {}
with open("meanings-b.jsonl", encoding="utf-8") as f:
    for line in f:
        m = json.loads(line)
        ids[(m["group"], m["meaning"])] = m["id"]
rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
out = []
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    md = dt.date.fromisoformat(r["meant"])
    out.append(f"{ids[(r['group'], r['meaning'])]}  {r['group']}#{r['slot']:<2}  "
               f"recv {rec} {rec:%a}  meant {md} {md:%a}  +{(md - rec).days:>2}d  | {r['text']}")
print("\n".join(out))
print(f"{len(out)} rows with a meant date")
