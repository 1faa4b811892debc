#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap in days, text).

Writes the table part of meant-check-a.txt; the by-eye verdicts are typed by hand
below the marker line and are kept when the table is regenerated.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "=== by-eye check (hand-written) ==="


def main():
    out_path = os.path.join(HERE, "meant-check-a.txt")
    notes = ""
    if os.path.exists(out_path):
        with open(out_path, encoding="utf-8") as f:
            old = f.read()
        if MARK in old:
            notes = old[old.index(MARK):]
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["meant"] is not None:
                rows.append(r)
    lines = ["meant dates in raw-a.jsonl: %d" % len(rows), ""]
    lines.append("group#slot  received        meant           gap  text")
    for r in rows:
        rec = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        lines.append("%-10s  %s %s  %s %s  %3d  %s" % (
            "%s#%d" % (r["group"], r["slot"]), rec, rec.strftime("%a"),
            md, md.strftime("%a"), (md - rec).days, r["text"]))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n\n" + (notes or MARK + "\n"))


if __name__ == "__main__":
    main()
