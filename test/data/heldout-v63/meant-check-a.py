#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) -> meant-check-a.txt."""
import datetime as dt
import json

out = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} recv {rec} {rec:%a} -> meant {m} {m:%a} "
               f"gap {(m - rec).days:>2}d | {r['text']}")
with open("meant-check-a.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
print(len(out), "meant dates")
