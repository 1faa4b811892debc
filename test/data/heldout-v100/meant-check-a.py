#!/usr/bin/env python3
"""List every meant date from raw-a.jsonl beside its received date.

Writes meant-check-a.table.txt (slot, received + weekday, meant + weekday,
gap in days, text) for checking by eye against the taxonomy's date rules.
The verdicts in meant-check-a.txt are written by hand from this table.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def main():
    lines = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        mt = datetime.date.fromisoformat(r["meant"])
        lines.append("%s#%-2d  rec %s %s  meant %s %s  gap %3d  | %s" % (
            r["group"], r["slot"], rec, WD[rec.weekday()], mt, WD[mt.weekday()],
            (mt - rec).days, r["text"]))
    with open(os.path.join(HERE, "meant-check-a.table.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print("%d meant dates" % len(lines))


if __name__ == "__main__":
    main()
