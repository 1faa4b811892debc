#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text).

Reads raw-a.jsonl next to this script and writes meant-check-a.listing.txt;
the hand-written verdicts live in meant-check-a.txt.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    for r in rows:
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        m = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d received %s %s -> meant %s %s (+%d d) | %s" % (
            r["group"], r["slot"], r["received"], rec.strftime("%a"),
            r["meant"], m.strftime("%a"), (m - rec).days, r["text"]))
    out.append("total meant dates: %d" % len(out))
    with open(os.path.join(HERE, "meant-check-a.listing.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
