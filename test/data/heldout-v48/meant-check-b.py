#!/usr/bin/env python3
"""List every non-null meant date beside its received date (both weekdays),
the gap in days and the text, for checking by eye. Writes meant-check-b.txt."""
import datetime as dt
import json

lines = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rec = dt.date.fromisoformat(r["received"])
        m = dt.date.fromisoformat(r["meant"])
        lines.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec.strftime('%a')}  "
                     f"meant {m} {m.strftime('%a')}  gap {(m - rec).days:>2}d  | {r['text']}")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
print(len(lines), "meant dates")
