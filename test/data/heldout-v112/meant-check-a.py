#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap in days,
text) from raw-a.jsonl, for checking by eye. Writes meant-check-a.txt (table
part only; the by-eye verdicts are appended by hand below the table)."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
out = []
out.append("slot     received        meant           gap  text")
for r in rows:
    if r["meant"] is None:
        continue
    rec = datetime.date.fromisoformat(r["received"])
    m = datetime.date.fromisoformat(r["meant"])
    out.append("%s#%-3d %s %s  %s %s  %3d  %s" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), m, m.strftime("%a"),
        (m - rec).days, r["text"]))
out.append("")
out.append("total meant dates: %d" % (len(out) - 2))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
