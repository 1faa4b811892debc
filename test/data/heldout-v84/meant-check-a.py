#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text).

Reads raw-a.jsonl next to this script and prints the listing; the by-eye
verdicts in meant-check-a.txt were written by hand below that listing.
"""
import datetime as dt
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
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    print("%s#%-2d received %s %s -> meant %s %s  gap %+d d" % (
        r["group"], r["slot"], r["received"], rec.strftime("%a"),
        r["meant"], mt.strftime("%a"), (mt - rec).days))
    print("      text: %s" % r["text"])
print("rows with a meant date: %d of %d" % (n, len(rows)))
