#!/usr/bin/env python3
"""List every non-null meant date from raw-a.jsonl beside its received date,
both weekdays, the gap in days and the text, for checking by eye.
Writes the table part of meant-check-a.txt (the hand-written verdicts are
kept in meant-check-notes-a.txt and appended after the table)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = ["# meant-check-a: every non-null meant date (sorted by group, slot)",
       "# slot     received        meant           gap  text", ""]
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3d} {rec} {rec:%a}  {m} {m:%a}  {(m - rec).days:+4d}  {r['text']}")
out.append("")
out.append(f"# {n} meant dates")
notes = os.path.join(HERE, "meant-check-notes-a.txt")
if os.path.exists(notes):
    out.append("")
    out.append(open(notes, encoding="utf-8").read().rstrip("\n"))
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
