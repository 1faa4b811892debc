#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays), the gap and the text.

Reads raw-a.jsonl next to this script and writes meant-check-a.txt (the listing;
the hand-typed eye-check section below the ==== line is kept on re-runs).
"""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    out = []
    n = 0
    for r in rows:
        if r["meant"] is None:
            continue
        n += 1
        rec = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        out.append("%s#%-2d %s received %s %s -> meant %s %s  gap %+d d"
                   % (r["group"], r["slot"], r["lang"], rec.isoformat(), rec.strftime("%a"),
                      md.isoformat(), md.strftime("%a"), (md - rec).days))
        out.append("    text: " + r["text"])
        out.append("    meaning: " + r["meaning"])
        out.append("")
    out.insert(0, "meant dates: %d of %d rows\n" % (n, len(rows)))
    path = os.path.join(HERE, "meant-check-a.txt")
    kept = ""
    if os.path.exists(path):  # keep the hand-typed eye-check section below the ==== line
        old = open(path, encoding="utf-8").read()
        cut = old.find("\n=====")
        if cut >= 0:
            kept = old[cut + 1:]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n" + kept)
    print("\n".join(out))


if __name__ == "__main__":
    main()
