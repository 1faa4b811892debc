#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform draw (with replacement) among Monday-Saturday days from 2026-01-05
to 2026-11-27 inclusive, using random.Random(93412). Slots are drawn in the
order g01#1, g01#2, ..., g01#11, g02#1, ..., g12#11.
Writes dates-a.json (slot -> ISO date) next to this script and prints each
slot with its weekday, then a 2026 calendar.
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
        if d.weekday() <= 5:  # Mon=0 .. Sat=5; Sunday excluded
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def main():
    rng = random.Random(93412)
    days = eligible_days()
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            slot = "g%02d#%d" % (g, s)
            out[slot] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("eligible days:", len(days))
    for slot, iso in out.items():
        d = dt.date.fromisoformat(iso)
        print("%-7s %s %s" % (slot, iso, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
