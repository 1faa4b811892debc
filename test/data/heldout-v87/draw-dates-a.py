#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
with random.Random(87412). Draw order: g01#1, g01#2, ..., g01#11, g02#1, ... g12#11.
Writes dates-a.json (slot -> ISO date) next to this script, prints each slot with
its weekday and a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

start = dt.date(2026, 1, 5)
end = dt.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() != 6:  # Mon=0 .. Sat=5, skip Sunday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(87412)
out = {}
for g in range(1, 13):
    for s in range(1, 12):
        out[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

print(f"{len(days)} eligible Mon-Sat days from {start} to {end}")
for k, v in out.items():
    dd = dt.date.fromisoformat(v)
    print(f"{k:7s} {v} {dd.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
