#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Dates are drawn with random.Random(88512), uniformly among the Monday-Saturday
days from 2026-01-05 to 2026-11-27 (inclusive). Writes dates-b.json next to this
script and prints every slot with its weekday, followed by a 2026 calendar.
"""
import calendar
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
GROUPS = 12
SLOTS = 11


def candidate_days():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # 6 = Sunday; keep Monday..Saturday
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def main():
    rng = random.Random(88512)
    days = candidate_days()
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            slot = "g%02d#%d" % (g, s)
            out[slot] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("candidate days: %d (Mon-Sat, %s .. %s)" % (len(days), START, END))
    for slot, iso in out.items():
        d = datetime.date.fromisoformat(iso)
        print("%-7s %s %s" % (slot, iso, d.strftime("%a")))
    print()
    print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2026, 2, 1, 1, 3))


if __name__ == "__main__":
    main()
