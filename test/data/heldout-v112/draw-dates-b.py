#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27,
random.Random(112512). Writes dates-b.json next to this script and prints
each slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # Mon=0 .. Sat=5, drop Sunday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(112512)
slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        slots[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open(os.path.join(HERE, "dates-b.json"), "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1)
    f.write("\n")

print(f"{len(days)} candidate days (Mon-Sat) {START} .. {END}")
for k, v in slots.items():
    day = dt.date.fromisoformat(v)
    print(f"{k:7s} {v} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
