#!/usr/bin/env python3
"""List every non-null meant date beside its received date (both weekdays),
the gap in days and the text, in (group, slot) order, with the id given by
number-b.py. Writes meant-check-b.table.txt next to this script; the by-eye
verdicts are written by hand in meant-check-b.txt."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
raw = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8")]
ids = {}
with open(os.path.join(HERE, "unlabelled-b.jsonl"), encoding="utf-8") as f:
    for l in f:
        u = json.loads(l)
        ids[(u["group"], u["text"])] = u["id"]
out = []
n = 0
for r in sorted(raw, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    n += 1
    rec = datetime.date.fromisoformat(r["received"])
    md = datetime.date.fromisoformat(r["meant"])
    out.append("%2d %s %s#%-2d recv %s %s -> meant %s %s  +%dd | %s" % (
        n, ids.get((r["group"], r["text"]), "?"), r["group"], r["slot"],
        r["received"], rec.strftime("%a"), r["meant"], md.strftime("%a"),
        (md - rec).days, r["text"]))
with open(os.path.join(HERE, "meant-check-b.table.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
