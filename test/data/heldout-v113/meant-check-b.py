#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for checking by eye.

Reads raw-b.jsonl next to this script and writes meant-check-b.txt. It only lists and
flags; it never changes raw-b.jsonl. Flags: the meaning names a weekday other than the
meant date's weekday, or names a day-of-month/month other than the meant date's.
"""
import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
n_meant = 0
flags = 0
for r in rows:
    if r["meant"] is None:
        continue
    n_meant += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    gap = (mt - rec).days
    meaning = r["meaning"]
    notes = []
    named_days = [d for d in DAYS if d in meaning]
    if named_days and DAYS[mt.weekday()] not in named_days:
        notes.append(f"meaning names {named_days} but meant is {DAYS[mt.weekday()]}")
    dm = re.findall(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b", meaning)
    if dm and (str(mt.day), MONTHS[mt.month - 1]) not in dm:
        notes.append(f"meaning names {dm} but meant is {mt.day} {MONTHS[mt.month - 1]}")
    flags += bool(notes)
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec.strftime('%a')}  "
               f"meant {mt} {mt.strftime('%a')}  gap {gap:>2}d  | {r['text']}")
    out.append(f"        meaning: {meaning}")
    for nt in notes:
        out.append(f"        FLAG: {nt}")
header = [f"meant dates: {n_meant} of {len(rows)} rows; automatic flags: {flags}", ""]
with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(header + out) + "\n")
print("\n".join(header + out))
