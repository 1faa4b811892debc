#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for eye checking."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
n = 0
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    out.append("%s#%-2d received %s %s -> meant %s %s  gap %+3d  | %s" % (
        r["group"], r["slot"], r["received"], rec.strftime("%a"),
        r["meant"], mt.strftime("%a"), (mt - rec).days, r["text"]))
out.append("")
out.append("%d rows with a meant date" % n)
with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
