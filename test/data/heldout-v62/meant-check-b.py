#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text)
for checking by eye; writes meant-check-b.txt."""
import datetime as dt
import json

lines = []
rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
with_date = [r for r in rows if r["meant"]]
lines.append(f"{len(with_date)} rows with a meant date (of {len(rows)})")
lines.append("group#slot | received       | meant          | gap | text")
for r in with_date:
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    lines.append(f"{r['group']}#{r['slot']:<2} | {rec} {rec:%a} | {m} {m:%a} | "
                 f"{(m - rec).days:>3} | {r['text']}")
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
