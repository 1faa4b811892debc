#!/usr/bin/env python3
"""List every non-null meant date beside its received date (weekdays, gap, text).

Reads raw-a.jsonl next to this script and writes meant-check-a.txt there.
Only lists; the check itself is done by eye. The hand-typed notes at the end of
meant-check-a.txt were appended after the last run: re-running this script
overwrites the file, so re-append them if you re-run it.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
out = []
out.append("group#slot  received        meant           gap  text")
n = 0
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    m = datetime.date.fromisoformat(r["meant"])
    out.append("%s#%-2d  %s %s  %s %s  %+3d  %s" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), m, m.strftime("%a"),
        (m - rec).days, r["text"]))
out.append("")
out.append("rows with a meant date: %d of %d" % (n, len(rows)))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
