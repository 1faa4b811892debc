#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
using random.Random(60512). Writes dates-b.json (slot -> ISO date), prints each
slot with its weekday and a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import random

rng = random.Random(60512)
start = dt.date(2026, 1, 5)
end = dt.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() != 6:  # Monday=0 .. Saturday=5; Sunday excluded
        days.append(d)
    d += dt.timedelta(days=1)

dates = {}
for g in range(1, 13):
    for s in range(1, 12):
        slot = f"g{g:02d}#{s}"
        dates[slot] = rng.choice(days).isoformat()

with open("dates-b.json", "w", encoding="utf-8") as f:
    json.dump(dates, f, indent=1)
    f.write("\n")

print(f"{len(days)} eligible days, {len(dates)} slots")
for slot, iso in dates.items():
    day = dt.date.fromisoformat(iso)
    print(f"{slot:7s} {iso} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
