#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for an eye check."""
import datetime as dt
import json

out = []
rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec.strftime('%a')}  meant {m} {m.strftime('%a')}  gap {(m - rec).days:>2}d")
    out.append("    text: " + r["text"].replace("\n", " / "))
    out.append("    meaning: " + r["meaning"])
    out.append("")
out.insert(0, f"{n} rows with a meant date\n")
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(out))
print("\n".join(out))
