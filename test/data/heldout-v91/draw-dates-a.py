#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-10-26 to 2027-01-09 inclusive,
using random.Random(91412). Writes dates-a.json (slot -> ISO date) next to
this script and prints every slot with its weekday, plus a calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 10, 26)
END = dt.date(2027, 1, 9)

days = []
d = START
while d <= END:
    if d.weekday() < 6:  # Mon=0 .. Sat=5; Sunday excluded
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(91412)
dates = {}
for g in range(1, 13):
    for s in range(1, 12):
        dates[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
    json.dump(dates, f, indent=1)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days from {START} to {END}")
for slot, iso in dates.items():
    day = dt.date.fromisoformat(iso)
    print(f"{slot:7s} {iso} {day.strftime('%a')}")

cal = calendar.TextCalendar(calendar.MONDAY)
print()
print(cal.formatyear(2026))
print(cal.formatmonth(2027, 1))
