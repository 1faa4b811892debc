#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays), the gap and the text.
Output: meant-check-b.listing (the by-eye verdicts are written by hand in meant-check-b.txt)."""
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
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {m} {m:%a} "
               f"(+{(m - rec).days}d) | {r['text']!r}")
open("meant-check-b.listing", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
print(len(out), "rows with a meant date")
