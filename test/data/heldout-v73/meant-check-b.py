#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for eye-checking."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
print("slot     received        meant           gap  text")
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<3} {rec} {rec:%a}  {m} {m:%a}  {(m - rec).days:>3}  {r['text']}")
print()
print("null meant:")
for r in rows:
    if r["meant"] is None:
        rec = dt.date.fromisoformat(r["received"])
        print(f"{r['group']}#{r['slot']:<3} {rec} {rec:%a}  {r['text']}")
