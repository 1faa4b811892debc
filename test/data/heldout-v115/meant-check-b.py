#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap in days,
text) from raw-b.jsonl into meant-check-b.table.txt, for checking by eye.
Only lists; it decides nothing."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rd = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d received %s %s -> meant %s %s  gap %+d d | %s"
                   % (r["group"], r["slot"], rd, rd.strftime("%a"), md,
                      md.strftime("%a"), (md - rd).days, r["text"]))
with open(os.path.join(HERE, "meant-check-b.table.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
print(len(out), "meant dates")
