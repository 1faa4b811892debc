#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform over Monday-Saturday days from 2026-01-05 to 2026-11-27 inclusive,
using random.Random(119512). Writes dates-b.json next to this script and
prints every slot with its weekday, plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)


def main():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # Mon..Sat
            days.append(d)
        d += dt.timedelta(days=1)
    rng = random.Random(119512)
    dates = {}
    for g in range(1, 13):
        for s in range(1, 12):
            dates["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(dates, f, indent=1)
        f.write("\n")
    print("eligible days: %d (%s .. %s)" % (len(days), START, END))
    for slot, iso in dates.items():
        day = dt.date.fromisoformat(iso)
        print("%-6s %s %s" % (slot, iso, day.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2026, 2, 1, 1, 3))


if __name__ == "__main__":
    main()
