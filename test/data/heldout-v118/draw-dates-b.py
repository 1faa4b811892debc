#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27,
with random.Random(118512). Writes dates-b.json next to this script and
prints every slot with its weekday, followed by a 2026 calendar.
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
        if d.weekday() != 6:  # Monday=0 .. Saturday=5; drop Sunday
            days.append(d)
        d += datetime.timedelta(days=1)
    rng = random.Random(118512)
    slots = {}
    for g in range(1, 13):
        for s in range(1, 12):
            slots["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
        json.dump(slots, f, indent=1)
        f.write("\n")
    print("candidate days:", len(days))
    for k, v in slots.items():
        dd = datetime.date.fromisoformat(v)
        print(k.ljust(7), v, dd.strftime("%a"))
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
