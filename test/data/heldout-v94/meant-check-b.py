#!/usr/bin/env python3
"""List every meant date of raw-b.jsonl beside its received date (both weekdays),
the gap in days and the text, into meant-check-b.txt, for checking by eye."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
for r in rows:
    if r["meant"] is None:
        continue
    rec = datetime.date.fromisoformat(r["received"])
    mea = datetime.date.fromisoformat(r["meant"])
    out.append("%s#%-2d received %s %s -> meant %s %s  gap %+d d" % (
        r["group"], r["slot"], rec, rec.strftime("%a"), mea, mea.strftime("%a"), (mea - rec).days))
    out.append("   text: " + r["text"].replace("\n", " / "))
    out.append("   meaning: " + r["meaning"])
    out.append("")
with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print("\n".join(out))
print(len([r for r in rows if r["meant"]]), "meant dates")
