#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Dates are drawn uniformly among Monday-Saturday days from 2026-01-05 to
2026-11-27 (inclusive) with random.Random(68512). Writes dates-b.json and
prints each slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import random

START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
GROUPS = 12
SLOTS = 11

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # 6 = Sunday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(68512)
dates = {}
for g in range(1, GROUPS + 1):
    for s in range(1, SLOTS + 1):
        dates[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-b.json", "w", encoding="utf-8") as f:
    json.dump(dates, f, indent=1)
    f.write("\n")

for k, v in dates.items():
    day = dt.date.fromisoformat(v)
    print(f"{k:7s} {v} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
