#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text) for a
by-eye check against the taxonomy's date rules. Reads raw-b.jsonl next to this
script and writes meant-check-b.txt next to it. Does not change any text."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    out = ["meant dates in raw-b.jsonl (group#slot  received  ->  meant  gap  text)", ""]
    for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
        if r["meant"] is None:
            continue
        rec = dt.date.fromisoformat(r["received"])
        m = dt.date.fromisoformat(r["meant"])
        out.append("%s#%-2d  %s %s  ->  %s %s  +%-2dd  %s" % (
            r["group"], r["slot"], rec.isoformat(), rec.strftime("%a"),
            m.isoformat(), m.strftime("%a"), (m - rec).days, r["text"]))
    out.append("")
    out.append("promise-like rows with meant = null (no determinable day):")
    for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
        if r["meant"] is None and "romise" in r["meaning"]:
            rec = dt.date.fromisoformat(r["received"])
            out.append("%s#%-2d  %s %s  ->  null  %s" % (
                r["group"], r["slot"], rec.isoformat(), rec.strftime("%a"), r["text"]))
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
