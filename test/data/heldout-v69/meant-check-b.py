#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for eye review.
Prints the table part of meant-check-b.txt (redirected there); the review notes below it are written by hand."""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ids = {}
for line in (HERE / "unlabelled-b.jsonl").open(encoding="utf-8"):
    o = json.loads(line)
    ids[(o["group"], o["text"])] = o["id"]
out = []
for line in (HERE / "raw-b.jsonl").open(encoding="utf-8"):
    r = json.loads(line)
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{ids[(r['group'], r['text'])]}  {r['group']}#{r['slot']:<2}  "
               f"received {rec} {rec:%a}  meant {m} {m:%a}  gap {(m - rec).days:>3}d  | {r['text']}")
print("\n".join(out))
print(len(out), "rows with a meant date")
