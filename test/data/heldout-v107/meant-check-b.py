#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for eye-checking.

Reads raw-b.jsonl next to this script, writes meant-check-b.txt next to it.
It only lists; any fix is made by hand in raw-b.jsonl.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = ["# meant-check-b: received -> meant (weekday, gap in days) | stop? | text", ""]
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    stop = "STOP" if r["meaning"].endswith("yes") else "    "
    out.append("%s#%-2d %s %s -> %s %s  +%-3d %s | %s" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), mt, mt.strftime("%a"),
        (mt - rec).days, stop, r["text"]))
out.append("")
out.append("%d rows with a meant date" % n)
with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
