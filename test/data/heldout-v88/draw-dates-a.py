#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27, using
random.Random(88412). Writes dates-a.json next to this script and prints
each slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
WEEKDAYS_PT = ["seg", "ter", "qua", "qui", "sex", "sab", "dom"]


def candidate_days():
    start = datetime.date(2026, 1, 5)
    end = datetime.date(2026, 11, 27)
    days = []
    d = start
    while d <= end:
        if d.weekday() != 6:  # Monday(0)..Saturday(5)
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def main():
    rng = random.Random(88412)
    days = candidate_days()
    out = {}
    for g in range(1, 13):
        for s in range(1, 12):
            slot = "g%02d#%d" % (g, s)
            out[slot] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("candidate days:", len(days))
    for slot, iso in out.items():
        d = datetime.date.fromisoformat(iso)
        print("%-7s %s %s %s" % (slot, iso, d.strftime("%a"), WEEKDAYS_PT[d.weekday()]))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
