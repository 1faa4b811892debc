#!/usr/bin/env python3
"""List every row of raw-b.jsonl with a meant date: received + weekday, meant + weekday,
gap in days, and the text, for checking by eye against the taxonomy's date rules.
Writes meant-check-b.txt. It only reads raw-b.jsonl; it computes no dates itself."""
import datetime as dt
import json

out = []
n = 0
for line in open("raw-b.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {m} {m:%a} "
               f"(+{(m - rec).days:2d} d)  | {r['text']}")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write(f"# {n} rows with a meant date (raw-b.jsonl order)\n")
    f.write("\n".join(out) + "\n")
print(f"{n} meant dates written to meant-check-b.txt")
