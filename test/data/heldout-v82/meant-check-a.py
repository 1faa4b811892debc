#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays, gap, text).

Reads raw-a.jsonl and unlabelled-a.jsonl (for the ids) next to this script and
prints the table; the by-eye verdicts are added by hand in meant-check-a.txt.
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ids = {}
    with open(os.path.join(HERE, "unlabelled-a.jsonl"), encoding="utf-8") as f:
        for line in f:
            u = json.loads(line)
            ids[(u["group"], u["text"])] = u["id"]
    rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8")]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    n = 0
    for r in rows:
        if r["meant"] is None:
            continue
        n += 1
        rec = dt.date.fromisoformat(r["received"])
        mt = dt.date.fromisoformat(r["meant"])
        print(f"{ids[(r['group'], r['text'])]}  {r['group']}#{r['slot']:<2}  "
              f"received {rec} {rec.strftime('%a')}  meant {mt} {mt.strftime('%a')}  "
              f"gap {(mt - rec).days:>2}d  | {r['text']}")
    print(f"\n{n} rows with a meant date")


if __name__ == "__main__":
    main()
