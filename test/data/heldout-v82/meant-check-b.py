#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text)
into meant-check-b.txt, for checking by eye against the taxonomy date rules.
Reads raw-b.jsonl; copies texts verbatim, never writes or changes them."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
n = 0
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    lines.append("%s#%-2d received %s %s -> meant %s %s  gap %2d  | %s"
                 % (r["group"], r["slot"], rec, rec.strftime("%a"), m,
                    m.strftime("%a"), (m - rec).days, r["text"]))
with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("# meant dates (%d rows), sorted by group and slot\n" % n)
    f.write("\n".join(lines) + "\n")
print(open(os.path.join(HERE, "meant-check-b.txt"), encoding="utf-8").read())
