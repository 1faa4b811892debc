#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-11-02 to 2026-12-31,
using random.Random(67512). Run BEFORE writing any reply.
Writes dates-b.json (slot -> ISO date), prints each slot with weekday
and a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import random

START = dt.date(2026, 11, 2)
END = dt.date(2026, 12, 31)

days = []
d = START
while d <= END:
    if d.weekday() <= 5:  # Mon=0 .. Sat=5
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(67512)
slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        slots[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open("dates-b.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=1, ensure_ascii=False)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days between {START} and {END}")
for k, v in slots.items():
    day = dt.date.fromisoformat(v)
    print(f"{k:7s} {v} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
