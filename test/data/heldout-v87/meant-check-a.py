#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text) into meant-check-a.txt."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    md = dt.date.fromisoformat(r["meant"])
    lines.append(f"{r['group']}#{r['slot']:<2} {rec} {rec:%a} -> {md} {md:%a}  +{(md - rec).days}d  | {r['text']}")
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
