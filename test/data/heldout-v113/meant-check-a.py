#!/usr/bin/env python3
"""List every non-null meant date beside its received date (both weekdays),
the gap in days and the text, into meant-check-a.txt (for checking by eye)."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    md = datetime.date.fromisoformat(r["meant"])
    lines.append("%s#%-2d received %s %s -> meant %s %s  gap %3d d | %s"
                 % (r["group"], r["slot"], rec, rec.strftime("%a"), md, md.strftime("%a"),
                    (md - rec).days, r["text"]))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("meant dates: %d of %d rows\n\n" % (n, len(rows)))
    f.write("\n".join(lines) + "\n")
print("%d meant dates written to meant-check-a.txt" % n)
