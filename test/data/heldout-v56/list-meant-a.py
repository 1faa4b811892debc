#!/usr/bin/env python3
"""Helper: list every non-null meant date from raw-a.jsonl beside its received
date (weekdays, gap in days) with the text, for checking by eye. Reads only;
writes meant-check-a.txt (listing part). Ids come from meanings-a.jsonl."""
import datetime as dt
import json

ids = {}
with open("meanings-a.jsonl", encoding="utf-8") as f:
    for line in f:
        m = json.loads(line)
        ids[(m["group"], m["meaning"])] = m["id"]

out = []
n = 0
with open("raw-a.jsonl", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        n += 1
        rec = dt.date.fromisoformat(r["received"])
        mt = dt.date.fromisoformat(r["meant"])
        rid = ids.get((r["group"], r["meaning"]), "?")
        out.append(f"[{n:02d}] {rid} {r['group']}#{r['slot']} ({r['lang']})")
        out.append(f"     received {rec} {rec.strftime('%a')}  ->  meant {mt} {mt.strftime('%a')}   gap {(mt - rec).days} d")
        out.append("     text: " + r["text"].replace("\n", " / "))
        out.append("")
with open("meant-check-a.txt", "w", encoding="utf-8") as f:
    f.write(f"meant-check-a.txt — {n} rows with a meant date (from raw-a.jsonl)\n\n")
    f.write("\n".join(out))
print(n)
