#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text).

Reads raw-a.jsonl next to this script and writes meant-check-a.txt; the
by-eye verdicts are added by hand at the bottom of the .txt afterwards.
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "By-eye check"


def main():
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["meant"] is not None:
                rows.append(r)
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    out = ["meant-check-a: %d rows with a meant date" % len(rows), ""]
    for r in rows:
        rd = dt.date.fromisoformat(r["received"])
        md = dt.date.fromisoformat(r["meant"])
        out.append("%s#%-2d received %s %s -> meant %s %s  gap %+d d" % (
            r["group"], r["slot"], rd.isoformat(), rd.strftime("%a"),
            md.isoformat(), md.strftime("%a"), (md - rd).days))
        out.append("      text: %s" % r["text"])
    path = os.path.join(HERE, "meant-check-a.txt")
    notes = ""
    if os.path.exists(path):  # keep the hand-written verdicts below MARK
        with open(path, encoding="utf-8") as f:
            old = f.read()
        if MARK in old:
            notes = "\n" + old[old.index(MARK):]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n" + notes)
    print("\n".join(out))


if __name__ == "__main__":
    main()
