#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
with random.Random(73412). Slots are drawn in order g01#1, g01#2, ..., g12#11.
Writes dates-a.json (slot -> ISO date), prints each slot with its weekday and a
2026 calendar.
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
    if d.weekday() != 6:  # Monday=0 .. Saturday=5, skip Sunday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(73412)
slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        key = f"g{g:02d}#{s}"
        slots[key] = rng.choice(days).isoformat()

with open("dates-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1)
    f.write("\n")

print(f"{len(days)} candidate days (Mon-Sat) from {START} to {END}")
for key, iso in slots.items():
    day = dt.date.fromisoformat(iso)
    print(f"{key:7s} {iso} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
