#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 12 groups (132 slots).

Uniform (with replacement) among Monday-Saturday days from 2026-01-05 to
2026-11-27 inclusive, using random.Random(72412). Slots are drawn in order
g01#1, g01#2, ..., g01#11, g02#1, ..., g12#11.
Writes dates-a.json (slot -> ISO date) and prints each slot with its weekday
plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import random

START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

days = []
d = START
while d <= END:
    if d.weekday() <= 5:  # Monday..Saturday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(72412)
slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        slots[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days from {START} to {END}")
for k, v in slots.items():
    print(k, v, WD[dt.date.fromisoformat(v).weekday()])
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
