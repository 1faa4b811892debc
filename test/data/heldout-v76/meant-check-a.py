#!/usr/bin/env python3
"""List every meant date from raw-a.jsonl beside its received date (weekdays, gap, text).
Writes meant-check-a.txt next to this script; the by-eye verdicts are added by hand below it."""
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
        out.append("%s#%-2d received %s %s -> meant %s %s  gap %3d d | %s"
                   % (r["group"], r["slot"], rec, rec.strftime("%a"), m, m.strftime("%a"),
                      (m - rec).days, r["text"]))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("meant dates in raw-a.jsonl (%d)\n\n" % len(out))
    f.write("\n".join(out) + "\n")
print("\n".join(out))
