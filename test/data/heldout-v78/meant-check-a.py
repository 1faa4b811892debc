#!/usr/bin/env python3
"""List every meant date of raw-a.jsonl beside its received date (both
weekdays, gap in days, text) for a by-eye check; writes meant-check-a.txt.
The hand-written verdicts are kept in meant-check-a.notes and appended."""
import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = ["# meant-check-a: every promise date vs. its received date",
             "# group#slot | received (wd) | meant (wd) | gap | text", ""]
    n = 0
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["meant"] is None:
                continue
            n += 1
            rd = datetime.date.fromisoformat(r["received"])
            md = datetime.date.fromisoformat(r["meant"])
            lines.append("%s#%-2d | %s %s | %s %s | %+3d d | %s" % (
                r["group"], r["slot"], rd, rd.strftime("%a"), md,
                md.strftime("%a"), (md - rd).days, r["text"]))
    lines += ["", "rows with a meant date: %d" % n, ""]
    notes = os.path.join(HERE, "meant-check-a.notes")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            lines.append(f.read().rstrip("\n"))
    with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
