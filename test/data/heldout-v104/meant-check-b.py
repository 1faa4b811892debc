#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text).

Reads raw-b.jsonl next to this script and prints the table to stdout; the
hand-written verdicts in meant-check-b.txt were added after reading it.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rd = datetime.date.fromisoformat(r["received"])
    md = datetime.date.fromisoformat(r["meant"])
    print("%s#%-2d received %s %s -> meant %s %s  gap %2d  | %s" % (
        r["group"], r["slot"], r["received"], rd.strftime("%a"),
        r["meant"], md.strftime("%a"), (md - rd).days, r["text"]))
