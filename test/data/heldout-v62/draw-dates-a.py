#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).
Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27, seed 62412."""
import calendar
import datetime as dt
import json
import random

rng = random.Random(62412)
start, end = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() < 6:  # Mon..Sat
        days.append(d)
    d += dt.timedelta(days=1)

slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        slots[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1)
    f.write("\n")

for k, v in slots.items():
    print(k, v, dt.date.fromisoformat(v).strftime("%a"))
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
