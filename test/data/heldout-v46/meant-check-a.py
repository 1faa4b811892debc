#!/usr/bin/env python3
"""List every non-null meant date in raw-a.jsonl beside its received date
(both weekdays), the gap in days and the text, for checking by eye.
Writes meant-check-a.txt (the by-eye verdicts are appended by hand)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    lines.append(f"{r['group']}#{r['slot']:<2} {r['lang']}  received {rec} {rec.strftime('%a')}  "
                 f"meant {m} {m.strftime('%a')}  gap {(m - rec).days:>2}d  | {r['text']}")
head = [f"meant-check-a: {n} rows with a meant date (of {len(rows)})",
        "group#slot lang  received  meant  gap | text", ""]
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(head + lines) + "\n")
print("\n".join(head + lines))
