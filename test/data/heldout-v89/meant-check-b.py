#!/usr/bin/env python3
"""List every row of raw-b.jsonl with a meant date, for checking by eye.

Prints group#slot, received (weekday), meant (weekday), gap in days and the
text. The listing is copied into meant-check-b.txt together with hand notes.
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        rec = dt.date.fromisoformat(r["received"])
        mt = dt.date.fromisoformat(r["meant"])
        print("%s#%-2d received %s %s -> meant %s %s  gap %2d  | %s" % (
            r["group"], r["slot"], rec, rec.strftime("%a"), mt, mt.strftime("%a"),
            (mt - rec).days, r["text"]))
