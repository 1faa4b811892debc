#!/usr/bin/env python3
"""List every non-null meant date beside its received date (both weekdays),
the gap in days and the text, from raw-b.jsonl, into meant-check-b.txt.
It only lists; the dates are checked by eye against the taxonomy rules."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} {r['lang']}  received {rec} {rec:%a}  "
               f"meant {m} {m:%a}  gap {(m - rec).days:>2}d  | {r['text']}")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write(f"{len(out)} rows with a meant date\n\n")
    f.write("\n".join(out) + "\n")
print(f"{len(out)} rows written")
