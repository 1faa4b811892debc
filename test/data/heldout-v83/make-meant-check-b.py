#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text).

Reads raw-b.jsonl next to this script and writes meant-check-b.txt there.
It only lists rows; it never changes raw-b.jsonl.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    n = 0
    for r in rows:
        if r["meant"] is None:
            continue
        n += 1
        rec = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d %s %s -> %s %s  +%2dd  %s" % (
            r["group"], r["slot"], rec.isoformat(), rec.strftime("%a"),
            md.isoformat(), md.strftime("%a"), (md - rec).days, r["text"]))
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("# meant dates (%d rows): slot received -> meant, gap, text\n" % n)
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
