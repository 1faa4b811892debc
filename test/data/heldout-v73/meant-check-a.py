#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) -> meant-check-a.txt."""
import datetime as dt
import json

out = []
rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec.strftime('%a')}  "
               f"meant {mt} {mt.strftime('%a')}  gap {(mt - rec).days:>3} d")
    out.append(f"    text: {r['text']}")
    out.append(f"    meaning: {r['meaning']}")
    out.append("    check: ")
    out.append("")
out.insert(0, f"{n} rows with a meant date (of {len(rows)})\n")
open("meant-check-a.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
