#!/usr/bin/env python3
"""List every row of raw-a.jsonl with a meant date: received + weekday,
meant + weekday, gap in days, text. Output goes to meant-check-a.txt
(the by-eye verdicts are added to that file by hand afterwards)."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    print(f"{r['group']}#{r['slot']:<2} recv {rec} {rec:%a}  meant {m} {m:%a}  "
          f"gap {(m - rec).days:>2}d  | {r['text']}")
