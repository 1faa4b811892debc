#!/usr/bin/env python3
"""List every meant date beside its received date for checking by eye."""
import datetime as dt
import json

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = ["group#slot | received (wd) | meant (wd) | gap | text", ""]
for r in rows:
    if r["meant"] is None:
        continue
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} | {rec} {rec:%a} | {mt} {mt:%a} | "
               f"+{(mt - rec).days:<3}| {r['text']}")
out.append("")
out.append(f"{sum(r['meant'] is not None for r in rows)} meant dates")
open("meant-check-b.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
