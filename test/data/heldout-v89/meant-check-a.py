#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text).

Reads raw-a.jsonl next to this script and writes the table part of
meant-check-a.txt; the by-eye verdicts were added to that file by hand
and are kept when the table is regenerated.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
out = ["meant-check-a: every row of raw-a.jsonl with a meant date",
       "group#slot | received (weekday) | meant (weekday) | gap days | text", ""]
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    out.append("%s#%-2d | %s %s | %s %s | %3d | %s" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), mt, mt.strftime("%a"),
        (mt - rec).days, r["text"]))
out.append("")
out.append("%d rows with a meant date (checked by eye below)." % sum(1 for r in rows if r["meant"]))
# keep the hand-written by-eye notes (everything from MARK on) if the file exists
MARK = "By-eye check against"
notes = ""
path = os.path.join(HERE, "meant-check-a.txt")
if os.path.exists(path):
    old = open(path, encoding="utf-8").read()
    if MARK in old:
        notes = "\n" + old[old.index(MARK):]
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n" + notes)
print("\n".join(out))
