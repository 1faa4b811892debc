#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
using random.Random(89512). Writes dates-b.json next to this script and prints
every slot with its weekday, followed by a 2026 calendar.
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


def eligible_days():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # Monday=0 .. Saturday=5; drop Sunday
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def main():
    rng = random.Random(89512)
    days = eligible_days()
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            out["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("eligible days: %d (%s .. %s, Mon-Sat)" % (len(days), START, END))
    for slot, iso in out.items():
        d = dt.date.fromisoformat(iso)
        print("%-7s %s %s" % (slot, iso, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
