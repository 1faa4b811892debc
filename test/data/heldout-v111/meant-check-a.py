#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for eye-checking."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
lines = []
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    lines.append("%s#%-2d %s %s -> %s %s  +%2dd  | %s" % (
        r["group"], r["slot"], r["received"], WD[rec.weekday()],
        r["meant"], WD[mt.weekday()], (mt - rec).days, r["text"]))
print("\n".join(lines))
print("total meant dates:", n)
