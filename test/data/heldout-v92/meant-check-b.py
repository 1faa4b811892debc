#!/usr/bin/env python3
"""List every row of raw-b.jsonl with a meant date: received and meant with
weekdays, gap in days, and the text, on stdout. Its output is the table at
the top of meant-check-b.txt; the verdicts below it were written by hand."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        m = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d  recv %s %s  ->  meant %s %s  (+%d)  | %s"
                   % (r["group"], r["slot"], rec, rec.strftime("%a"), m,
                      m.strftime("%a"), (m - rec).days, r["text"]))
print("\n".join(out))
print(len(out), "rows with a meant date")
