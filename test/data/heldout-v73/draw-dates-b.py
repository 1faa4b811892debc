#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
with random.Random(73512), drawn in slot order g01#1, g01#2, ..., g12#11.
Writes dates-b.json (slot -> ISO date) and prints every slot with its weekday
plus a 2026 calendar.
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
    if d.weekday() < 6:  # Mon=0 .. Sat=5
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(73512)
out = {}
for g in range(1, 13):
    for s in range(1, 12):
        slot = f"g{g:02d}#{s}"
        out[slot] = rng.choice(days).isoformat()

with open("dates-b.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

print(f"eligible days: {len(days)} (Mon-Sat, {START} .. {END})")
for slot, iso in out.items():
    day = dt.date.fromisoformat(iso)
    print(f"{slot:7s} {iso} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
