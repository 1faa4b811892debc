#!/usr/bin/env python3
"""List every non-null meant date beside its received date (weekdays, gap, text) -> meant-check-a.txt."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
for r in rows:
    if r["meant"] is None:
        continue
    a = dt.date.fromisoformat(r["received"])
    b = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {a} {a:%a}  meant {b} {b:%a}  "
               f"gap {(b - a).days:>2}d  | {r['text']}")
hdr = (f"meant-check-a: {len(out)} rows with a meant date (of {len(rows)}); "
       "each checked by eye against the taxonomy date rules\n")
with open("meant-check-a.txt", "w", encoding="utf-8") as f:
    f.write(hdr + "\n".join(out) + "\n")
print(hdr + "\n".join(out))
