#!/usr/bin/env python3
"""List every meant date in raw-a.jsonl beside its received date, with both
weekdays, the gap in days and the text, for checking by eye.
Writes meant-check-a.table.txt next to this script (the by-eye verdicts are
added by hand in meant-check-a.txt)."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["meant"] is None:
                continue
            rd = datetime.date.fromisoformat(r["received"])
            md = datetime.date.fromisoformat(r["meant"])
            lines.append("%s#%-2d received %s %s -> meant %s %s  gap %2d  | %s" % (
                r["group"], r["slot"], r["received"], rd.strftime("%a"),
                r["meant"], md.strftime("%a"), (md - rd).days, r["text"]))
    out = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "meant-check-a.table.txt"), "w", encoding="utf-8") as f:
        f.write(out)
    print(out, end="")
    print("%d rows with a meant date" % len(lines))


if __name__ == "__main__":
    main()
