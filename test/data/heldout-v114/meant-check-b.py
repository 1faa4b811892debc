#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text).

Reads raw-b.jsonl next to this script and writes meant-check-b.txt next to
it, for checking by eye against the taxonomy's date rules.  Read-only
with respect to raw-b.jsonl.
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8")]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    out = ["meant-check-b: every meant date beside its received date",
           "slot     received        meant           gap  text", ""]
    n = 0
    for r in rows:
        if r["meant"] is None:
            continue
        n += 1
        rec = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d %s %s  %s %s  %+3d  %s" % (
            r["group"], r["slot"], rec, rec.strftime("%a"), md, md.strftime("%a"),
            (md - rec).days, r["text"]))
    out.append("")
    out.append("%d rows with a meant date" % n)
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
