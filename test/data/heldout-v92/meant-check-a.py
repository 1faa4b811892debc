#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text) -> meant-check-a.txt."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append("%s#%-2d received %s %s -> meant %s %s  (+%d d)\n    %s\n    [%s]"
               % (r["group"], r["slot"], r["received"], rec.strftime("%a"), r["meant"],
                  m.strftime("%a"), (m - rec).days, r["text"],
                  r["meaning"].split(" — ")[0]))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("meant dates: %d of %d rows\n\n" % (len(out), len(rows)))
    f.write("\n".join(out) + "\n")
print(len(out))
