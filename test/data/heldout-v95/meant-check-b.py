#!/usr/bin/env python3
"""List every row of raw-b.jsonl that has a meant date, for checking by eye.

Writes meant-check-b.txt next to this script: group#slot, received date and
weekday, meant date and weekday, gap in days, stop yes/no, and the text.
It computes nothing about what the text means; the dates are checked by hand.
"""
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
        meant = datetime.date.fromisoformat(r["meant"])
        stop = "stop" if r["meaning"].endswith(": yes") else "    "
        out.append("%s#%-2d %s %s -> %s %s  +%3dd  %s  %s" % (
            r["group"], r["slot"], rec.isoformat(), rec.strftime("%a"),
            meant.isoformat(), meant.strftime("%a"), (meant - rec).days,
            stop, r["text"]))
    header = ("meant-check-b: %d rows with a meant date (of %d)\n"
              "group#slot received -> meant  gap  stop?  text\n" % (n, len(rows)))
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n".join(out) + "\n")
    print(header + "\n".join(out))


if __name__ == "__main__":
    main()
