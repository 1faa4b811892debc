#!/usr/bin/env python3
"""List every non-null meant date beside its received date (both weekdays),
the gap in days and the text, in (group, slot) order. Read-only on raw-b.jsonl."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {mt} {mt:%a} "
          f"(+{(mt - rec).days}d) | {r['text']}")
print(f"\n{n} rows with a meant date")
