#!/usr/bin/env python3
"""List every non-null meant date from raw-a.jsonl beside its received date (weekdays, gap, text)."""
import datetime
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
print("slot     received        meant           gap  text")
for r in rows:
    if r["meant"] is None:
        continue
    rec = datetime.date.fromisoformat(r["received"])
    m = datetime.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<3} {rec} {rec:%a}  {m} {m:%a}  {(m - rec).days:>3}  {r['text']}")
