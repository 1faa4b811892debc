#!/usr/bin/env python3
"""List every non-null meant date of raw-a.jsonl beside its received date (both weekdays),
the gap in days and the text. Writes the listing part of meant-check-a.txt; the by-eye
verdicts are written by hand below the listing (see the CHECKS section of that file)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = ["MEANT-DATE CHECK, part a (raw-a.jsonl) — listing", ""]
n = 0
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["meant"] is None:
            continue
        n += 1
        a = dt.date.fromisoformat(r["received"])
        b = dt.date.fromisoformat(r["meant"])
        lines.append(f"{r['group']}#{r['slot']:<2} received {a} {a:%a} -> meant {b} {b:%a}  "
                     f"gap {(b - a).days:>2} d | {r['text']}")
lines += ["", f"{n} rows with a meant date", ""]
with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("\n".join(lines))
