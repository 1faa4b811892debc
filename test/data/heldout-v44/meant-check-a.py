#!/usr/bin/env python3
"""List every row of raw-a.jsonl with a meant date: received and meant with
weekdays, gap in days, and the text, for checking by eye against the
taxonomy's date rules. Writes meant-check-a.txt (read-only listing; it never
changes raw-a.jsonl)."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
out.append("group#slot  received        meant           gap  text")
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<3} {rec} {rec.strftime('%a')}  {m} {m.strftime('%a')}  "
               f"{(m - rec).days:>3}  {r['text']}")
out.append("")
out.append(f"{sum(1 for r in rows if r['meant'])} rows with a meant date")
open("meant-check-a.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
