#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
with random.Random(106512). Writes dates-b.json next to this script and prints
each slot with its weekday, plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
GROUPS = 12
SLOTS = 11


def main():
    days = []
    d = START
    while d <= END:
        if d.weekday() <= 5:  # Mon..Sat
            days.append(d)
        d += dt.timedelta(days=1)
    rng = random.Random(106512)
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            out["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("eligible days: %d" % len(days))
    for k, v in out.items():
        d = dt.date.fromisoformat(v)
        print("%-7s %s %s" % (k, v, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026, 2, 1, 1, 3))


if __name__ == "__main__":
    main()
