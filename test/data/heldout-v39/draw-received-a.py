#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot p01#1..p24#11."""
import calendar
import datetime as dt
import json
import random

START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
rng = random.Random(39412)

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # not Sunday
        days.append(d)
    d += dt.timedelta(days=1)

slots = {}
for g in range(1, 25):
    for n in range(1, 12):
        slots[f"p{g:02d}#{n}"] = rng.choice(days).isoformat()

with open("received-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1, ensure_ascii=False)
    f.write("\n")

for k, v in slots.items():
    print(k, v, dt.date.fromisoformat(v).strftime("%a"))
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
