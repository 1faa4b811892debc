#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 inclusive,
using random.Random(80412). Writes dates-a.json next to this script and prints
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
        if d.weekday() != 6:  # 6 = Sunday; keep Monday..Saturday
            days.append(d)
        d += dt.timedelta(days=1)
    rng = random.Random(80412)
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            key = "g%02d#%d" % (g, s)
            out[key] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("candidate days: %d (%s .. %s)" % (len(days), days[0], days[-1]))
    for key, iso in out.items():
        day = dt.date.fromisoformat(iso)
        print("%-7s %s %s" % (key, iso, day.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
