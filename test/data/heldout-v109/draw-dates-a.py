#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Dates are drawn uniformly among Monday-Saturday days from 2026-01-05 to
2026-11-27 (inclusive) with random.Random(109412), in slot order
g01#1, g01#2, ..., g01#11, g02#1, ..., g12#11.
Writes dates-a.json (slot -> ISO date) next to this script and prints each
slot with its weekday, followed by a 2026 calendar.
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
        if d.weekday() <= 5:  # Monday=0 .. Saturday=5
            days.append(d)
        d += dt.timedelta(days=1)
    rng = random.Random(109412)
    slots = {}
    for g in range(1, 13):
        for s in range(1, 12):
            slots["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(slots, f, indent=1)
        f.write("\n")
    print("candidate days:", len(days))
    for k, v in slots.items():
        day = dt.date.fromisoformat(v)
        print("%-7s %s %s" % (k, v, day.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
