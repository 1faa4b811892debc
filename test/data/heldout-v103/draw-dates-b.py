#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
with random.Random(103512). Slots are drawn in order g01#1, g01#2, ... g12#11,
one rng.choice() each. Writes dates-b.json next to this script and prints
every slot with its weekday, then a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 103512
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
GROUPS = 12
SLOTS = 11


def main():
    days = []
    d = START
    while d <= END:
        if d.weekday() < 6:  # Mon=0 .. Sat=5; Sunday excluded
            days.append(d)
        d += dt.timedelta(days=1)
    rng = random.Random(SEED)
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            out["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("eligible days: %d (%s .. %s, Mon-Sat)" % (len(days), START, END))
    for k, v in out.items():
        print(k, v, dt.date.fromisoformat(v).strftime("%a"))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
