#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
using random.Random(65412). Writes dates-a.json (slot -> ISO date) and prints
each slot with its weekday plus a 2026 calendar.
"""
import calendar
import datetime
import json
import random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # Monday=0 .. Saturday=5; drop Sunday
        days.append(d)
    d += datetime.timedelta(days=1)

rng = random.Random(65412)
slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        slots[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days between {START} and {END}")
for slot, iso in slots.items():
    dt = datetime.date.fromisoformat(iso)
    print(f"{slot:7s} {iso} {dt.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
