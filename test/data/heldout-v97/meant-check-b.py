#!/usr/bin/env python3
"""List every meant date of raw-b.jsonl beside its received date (both
weekdays), the gap in days and the text, for checking by eye.
Prints to stdout; the by-eye verdicts are typed into meant-check-b.txt."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
n = 0
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    n += 1
    a = dt.date.fromisoformat(r["received"])
    b = dt.date.fromisoformat(r["meant"])
    print("%s#%-2d received %s %s -> meant %s %s  gap %2d  | %s"
          % (r["group"], r["slot"], a, a.strftime("%a"), b, b.strftime("%a"),
             (b - a).days, r["text"]))
print("rows with a meant date: %d" % n)
