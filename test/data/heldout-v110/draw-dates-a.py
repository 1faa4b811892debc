#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Dates are uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27,
drawn with random.Random(110412). Writes dates-a.json next to this script
and prints every slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)


def main():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # Monday=0 .. Saturday=5, skip Sunday
            days.append(d)
        d += datetime.timedelta(days=1)
    rng = random.Random(110412)
    dates = {}
    for g in range(1, 13):
        for s in range(1, 12):
            slot = "g%02d#%d" % (g, s)
            dates[slot] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(dates, f, indent=1)
        f.write("\n")
    for slot, iso in dates.items():
        dd = datetime.date.fromisoformat(iso)
        print("%-7s %s %s" % (slot, iso, dd.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
