#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap in days, text).

Reads raw-a.jsonl next to this script; prints the table (redirect it to
meant-check-a.txt). It only reports, it never changes raw-a.jsonl.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    print("%s#%-2d received %s %s -> meant %s %s  gap %2d d | %s" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), mt, mt.strftime("%a"),
        (mt - rec).days, r["text"]))
print("total meant dates: %d" % n)
