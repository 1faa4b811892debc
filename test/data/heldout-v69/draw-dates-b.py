#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
using random.Random(69512). Writes dates-b.json (slot -> ISO date), prints each
slot with its weekday and a 2026 calendar. Run BEFORE writing any reply.
"""
import calendar
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # Monday=0 .. Saturday=5, Sunday=6 excluded
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(69512)
slots = {}
for g in range(1, 13):
    for s in range(1, 12):
        slots[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()

(HERE / "dates-b.json").write_text(json.dumps(slots, indent=1) + "\n", encoding="utf-8")

print(f"{len(days)} eligible Mon-Sat days between {START} and {END}")
for k, v in slots.items():
    day = dt.date.fromisoformat(v)
    print(f"{k:7s} {v} {day.strftime('%a')}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
