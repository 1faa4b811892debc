#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27,
with random.Random(118412). Writes dates-a.json next to this script and
prints every slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 118412
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
GROUPS = 12
SLOTS = 11


def eligible_days():
    days = []
    d = START
    while d <= END:
        if d.weekday() <= 5:  # Monday=0 .. Saturday=5
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def main():
    rng = random.Random(SEED)
    days = eligible_days()
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            key = "g%02d#%d" % (g, s)
            out[key] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("eligible days:", len(days))
    for key, iso in out.items():
        d = datetime.date.fromisoformat(iso)
        print("%-7s %s %s" % (key, iso, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026, 2, 1, 1, 3))


if __name__ == "__main__":
    main()
