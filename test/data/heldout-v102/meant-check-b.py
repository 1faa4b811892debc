#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap in days, text).

Reads raw-b.jsonl and meanings-b.jsonl/unlabelled-b.jsonl (for ids) from this
script's folder and writes the table part of meant-check-b.txt.  The by-eye
review notes are kept in meant-check-notes-b.txt and appended verbatim.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


raw = load("raw-b.jsonl")
ids = {(u["group"], u["text"]): u["id"] for u in load("unlabelled-b.jsonl")}
lines = ["meant-check-b: every row of raw-b.jsonl with a meant date", "",
         "%-10s %-4s %-3s %-14s %-14s %4s  %s" % ("id", "grp", "sl", "received", "meant", "gap", "text")]
rows = [r for r in raw if r["meant"] is not None]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    rec = datetime.date.fromisoformat(r["received"])
    mt = datetime.date.fromisoformat(r["meant"])
    lines.append("%-10s %-4s %-3d %s %s %s %s %4d  %s" % (
        ids[(r["group"], r["text"])], r["group"], r["slot"], rec.isoformat(), rec.strftime("%a"),
        mt.isoformat(), mt.strftime("%a"), (mt - rec).days, r["text"]))
lines.append("")
lines.append("rows with a meant date: %d of %d" % (len(rows), len(raw)))
notes = os.path.join(HERE, "meant-check-notes-b.txt")
if os.path.exists(notes):
    with open(notes, encoding="utf-8") as f:
        lines.append("")
        lines.append(f.read().rstrip("\n"))
with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
