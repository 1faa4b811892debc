#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays), the gap and the text.
Writes meant-check-a.body.txt (a temporary listing, pasted into meant-check-a.txt; the by-eye verdicts there are typed by hand)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    md = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2d} received {rec} {rec.strftime('%a')}  meant {md} {md.strftime('%a')}  gap {(md - rec).days:>2d}d")
    out.append(f"        text: {r['text']}")
out.append(f"{n} rows with a meant date")
with open(os.path.join(HERE, "meant-check-a.body.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
