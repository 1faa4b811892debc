#!/usr/bin/env python3
"""List every row of raw-b.jsonl that has a meant date: received date and weekday,
meant date and weekday, gap in days, and the text. Writes the table part of
meant-check-b.txt (the by-eye verdicts are typed below it by hand afterwards)."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = ["slot     received        meant           gap  text"]
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    for r in rows:
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        m = datetime.date.fromisoformat(r["meant"])
        lines.append("%-8s %s %s  %s %s  %3d  %s" % (
            "%s#%d" % (r["group"], r["slot"]), rec, rec.strftime("%a"),
            m, m.strftime("%a"), (m - rec).days, r["text"]))
    lines.append("")
    lines.append("rows with a meant date: %d" % (len(lines) - 2))
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
