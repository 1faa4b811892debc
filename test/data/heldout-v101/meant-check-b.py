#!/usr/bin/env python3
"""List every row of raw-b.jsonl with a meant date: received + weekday,
meant + weekday, gap in days, text. Writes meant-check-b.txt (table part only;
the by-eye review notes are kept in meant-check-b-notes.txt and appended)."""
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
        mt = datetime.date.fromisoformat(r["meant"])
        out.append("%-8s %s %s  %s %s  %3d  %s" % (
            "%s#%d" % (r["group"], r["slot"]), rec, rec.strftime("%a"),
            mt, mt.strftime("%a"), (mt - rec).days, r["text"]))
    out.append("")
    out.append("rows with a meant date: %d" % n)
    notes = os.path.join(HERE, "meant-check-b-notes.txt")
    if os.path.exists(notes):
        out.append("")
        out.append(open(notes, encoding="utf-8").read().rstrip("\n"))
    with open(os.path.join(HERE, "meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
