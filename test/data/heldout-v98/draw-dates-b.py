#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Dates are drawn uniformly among Monday-Saturday days from 2026-01-05 to
2026-11-27 with random.Random(98512), in slot order g01#1, g01#2, ... g12#11.
Writes dates-b.json (slot -> ISO date) next to this script and prints each
slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)


def candidate_days():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # Monday=0 .. Saturday=5; skip Sunday
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def main():
    rng = random.Random(98512)
    days = candidate_days()
    slots = {}
    for g in range(1, 13):
        for s in range(1, 12):
            slots["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(slots, f, indent=1)
        f.write("\n")
    for key, iso in slots.items():
        d = dt.date.fromisoformat(iso)
        print("%-7s %s %s" % (key, iso, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
