#!/usr/bin/env python3
"""List every row of raw-a.jsonl that has a meant date: received and meant with
weekdays, gap in days, and the text (newlines shown as ' / '). Writes
meant-list-a.txt next to this script; the by-eye verdicts are written by hand
into meant-check-a.txt."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    out.append("%s#%-2d received %s %s -> meant %s %s  gap %+d d" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), mt, mt.strftime("%a"), (mt - rec).days))
    out.append("    " + r["text"].replace("\n", " / "))
    out.append("")
out.insert(0, "%d rows with a meant date\n" % n)
with open(os.path.join(HERE, "meant-list-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
