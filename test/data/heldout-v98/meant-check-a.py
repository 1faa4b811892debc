#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) -> meant-check-a.txt.
Read-only on raw-a.jsonl; the review verdicts are added by hand below the listing."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
out = ["meant-check-a: every promised date (meant) beside its received date", ""]
out.append("group#slot | received (wd) -> meant (wd) | gap days | text")
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    a, b = dt.date.fromisoformat(r["received"]), dt.date.fromisoformat(r["meant"])
    out.append("%s#%d | %s (%s) -> %s (%s) | %+d | %s" % (
        r["group"], r["slot"], a, a.strftime("%a"), b, b.strftime("%a"), (b - a).days, r["text"]))
n = sum(1 for r in rows if r["meant"])
out.append("")
out.append("%d rows with a meant date; %d with meant null" % (n, len(rows) - n))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
