#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for an eye check.
Writes meant-check-a.txt next to this script; the text is copied, never generated."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rec = dt.date.fromisoformat(r["received"])
        md = dt.date.fromisoformat(r["meant"])
        lines.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {md} {md:%a} "
                     f"(+{(md - rec).days:>2} d) | {r['text']}")
out = os.path.join(HERE, "meant-check-a.txt")
notes = ""
if os.path.exists(out):  # keep the hand-written eye-check notes below the marker
    old = open(out, encoding="utf-8").read()
    i = old.find("\n--- eye check")
    if i >= 0:
        notes = old[i:]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n" + notes)
print("\n".join(lines))
