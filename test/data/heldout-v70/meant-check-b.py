#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for checking by eye."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
n_set = n_null = 0
for r in rows:
    rec = dt.date.fromisoformat(r["received"])
    if r["meant"] is None:
        continue
    n_set += 1
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a}  meant {m} {m:%a}  "
               f"gap {(m - rec).days:>2}d  | {r['text']}")
out.append("")
out.append("meant = null rows that still name a payment (checked that no day can be counted):")
for r in rows:
    if r["meant"] is None and "romise" in r["meaning"]:
        n_null += 1
        rec = dt.date.fromisoformat(r["received"])
        out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a}  meant null  | {r['text']}")
out.insert(0, f"{n_set} rows with a meant date; {n_null} promise rows with meant null\n")
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
