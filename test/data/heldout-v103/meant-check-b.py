#!/usr/bin/env python3
"""List every row of raw-b.jsonl that has a meant date: received date and
weekday, meant date and weekday, gap in days, group#slot and text.
Writes meant-check-b.txt next to this script (the by-eye verdicts are added
by hand in the section at the end of that file, after the table)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8")]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    lines = ["received        meant           gap  slot     text"]
    n = 0
    for r in rows:
        if r["meant"] is None:
            continue
        n += 1
        a = dt.date.fromisoformat(r["received"])
        b = dt.date.fromisoformat(r["meant"])
        lines.append("%s %s  %s %s  %3d  %s#%-2d %s" % (
            a, a.strftime("%a"), b, b.strftime("%a"), (b - a).days,
            r["group"], r["slot"], r["text"]))
    lines.append("")
    lines.append("%d rows with a meant date; %d rows with meant null" % (n, len(rows) - n))
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
