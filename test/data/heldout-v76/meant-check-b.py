#!/usr/bin/env python3
"""List every non-null meant date beside its received date (with weekdays,
gap in days and the text) for checking by eye. Writes meant-check-b-table.txt
next to this script; the hand-written review is in meant-check-b.txt."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    out = []
    n = 0
    for r in rows:
        if r["meant"] is None:
            continue
        n += 1
        rec = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d %s %s -> %s %s  +%-2d | %s" % (
            r["group"], r["slot"], rec, rec.strftime("%a"), md,
            md.strftime("%a"), (md - rec).days, r["text"]))
    out.append("")
    out.append("%d rows with a meant date; %d with meant null" % (n, len(rows) - n))
    with open(os.path.join(HERE, "meant-check-b-table.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
