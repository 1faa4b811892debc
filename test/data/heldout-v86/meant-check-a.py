#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for checking by eye.
Prints the table to stdout (it was pasted into meant-check-a.txt); copies texts, never changes them."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        m = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d received %s %s -> meant %s %s  gap %3d d | %s" % (
            r["group"], r["slot"], rec, rec.strftime("%a"), m, m.strftime("%a"),
            (m - rec).days, r["text"]))
print("\n".join(out))
print(len(out), "rows with a meant date")
