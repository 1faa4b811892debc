#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 24 groups (264 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 inclusive,
using random.Random(52412). Slots are drawn in order g01#1, g01#2, ... g24#11.
Writes dates-a.json (slot -> ISO date) and prints each slot with its weekday
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
    if d.weekday() != 6:  # Monday=0 ... Saturday=5, Sunday=6 excluded
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(52412)
out = {}
for g in range(1, 25):
    for s in range(1, 12):
        out[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-a.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")

print(f"{len(days)} candidate days, {len(out)} slots")
for slot, iso in out.items():
    day = dt.date.fromisoformat(iso)
    print(f"{slot:7s} {iso} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026, 2, 1, 1, 3))
