#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) -> meant-check-a.txt.
The by-eye verdicts and notes at the end are typed by hand in meant-check-notes-a.txt."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
out = ["meant-check-a.txt - every meant date beside its received date (both weekdays), gap in days, and the text.",
       "Taxonomy rules: relative dates resolved against received; 'mañana' = next day; 'el viernes' = next Friday after received;",
       "'el 15' = next 15th on/after received; 'fin de mes' = last day of that month; 'quincena' = 15th or month end, whichever comes next.",
       ""]
n = 0
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec.strftime('%a')}  meant {m} {m.strftime('%a')}  gap {(m - rec).days:>2} d")
    out.append(f"    text: {r['text']}")
    out.append("")
out.append(f"total with meant: {n}")
out.append("")
out.append(open("meant-check-notes-a.txt", encoding="utf-8").read())
open("meant-check-a.txt", "w", encoding="utf-8").write("\n".join(out))
