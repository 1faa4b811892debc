#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27,
using random.Random(74412). Slots are drawn in order g01#1, g01#2, ... g12#11.
Writes dates-a.json (slot -> ISO date), prints each slot with its weekday
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
    if d.weekday() < 6:  # Mon=0 .. Sat=5
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(74412)
out = {}
for g in range(1, 13):
    for s in range(1, 12):
        slot = f"g{g:02d}#{s}"
        out[slot] = rng.choice(days).isoformat()

with open("dates-a.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days from {START} to {END}")
for slot, iso in out.items():
    day = dt.date.fromisoformat(iso)
    print(f"{slot:8s} {iso} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
