#!/usr/bin/env python3
"""List every non-null meant date beside its received date for checking by eye.
Writes meant-check-a.txt next to this script (the listing part only)."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
lines = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        m = datetime.date.fromisoformat(r["meant"])
        lines.append("%s#%-2d received %s %s -> meant %s %s  gap %3d d | %s" % (
            r["group"], r["slot"], r["received"], WD[rec.weekday()],
            r["meant"], WD[m.weekday()], (m - rec).days, r["text"]))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("# meant dates in raw-a.jsonl (%d rows)\n" % len(lines))
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
print(len(lines))
