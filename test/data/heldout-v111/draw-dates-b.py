#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Dates are drawn uniformly among Monday-Saturday days from 2026-01-05 to
2026-11-27 (inclusive) with random.Random(111512), in slot order
g01#1, g01#2, ..., g01#11, g02#1, ..., g12#11.
Writes dates-b.json next to this script and prints each slot with its
weekday, followed by a 2026 calendar.
"""
import calendar
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
N_GROUPS = 12
N_SLOTS = 11


def eligible_days():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # 6 = Sunday; keep Monday..Saturday
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def main():
    rng = random.Random(111512)
    days = eligible_days()
    out = {}
    for g in range(1, N_GROUPS + 1):
        for s in range(1, N_SLOTS + 1):
            slot = "g%02d#%d" % (g, s)
            out[slot] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for slot, iso in out.items():
        d = datetime.date.fromisoformat(iso)
        print("%-7s %s %s" % (slot, iso, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
