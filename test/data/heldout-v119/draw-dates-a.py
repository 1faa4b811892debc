#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 (12 groups, 132 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27,
using random.Random(119412). Writes dates-a.json next to this script.
"""
import calendar
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
GROUPS = 12
SLOTS = 11

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # Mon..Sat
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(119412)
out = {}
for g in range(1, GROUPS + 1):
    for s in range(1, SLOTS + 1):
        out["g%02d#%d" % (g, s)] = rng.choice(days).isoformat()

with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

print("candidate days: %d (%s..%s, Mon-Sat)" % (len(days), START, END))
for k, v in out.items():
    print(k, v, dt.date.fromisoformat(v).strftime("%a"))
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
