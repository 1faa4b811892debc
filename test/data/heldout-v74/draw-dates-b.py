#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 inclusive,
drawn with random.Random(74512) BEFORE any reply text is written.
Writes dates-b.json (slot -> ISO date), prints each slot with its weekday
and a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import random

START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # Monday=0 .. Saturday=5; drop Sunday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(74512)
out = {}
for g in range(1, 13):
    for s in range(1, 12):
        out[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-b.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days from {START} to {END}")
for slot, iso in out.items():
    day = dt.date.fromisoformat(iso)
    print(f"{slot:7s} {iso} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
