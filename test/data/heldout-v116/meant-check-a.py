#!/usr/bin/env python3
"""List every meant date next to its received date (helper for meant-check-a.txt).

Prints: group#slot, received + weekday, meant + weekday, gap in days, text.
Reads raw-a.jsonl next to this script; writes nothing.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rec = datetime.date.fromisoformat(r["received"])
    m = datetime.date.fromisoformat(r["meant"])
    print("%s#%-2d  received %s %s  meant %s %s  gap %3d  | %s" % (
        r["group"], r["slot"], r["received"], rec.strftime("%a"),
        r["meant"], m.strftime("%a"), (m - rec).days,
        r["text"].replace("\n", " / ")))
