#!/usr/bin/env python3
"""Print every meant date beside its received date (both weekdays, gap in days,
text) from raw-a.jsonl, for checking by eye. Output only; writes nothing."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    text = r["text"].replace("\n", " / ")
    print(f"{r['group']}#{r['slot']:<2} {r['lang']}  received {rec} {rec:%a}  meant {m} {m:%a}  gap {(m - rec).days:>2}d")
    print(f"      text: {text}")
