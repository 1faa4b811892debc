#!/usr/bin/env python3
"""Draw a received date for each of the 264 reply slots (24 situations x 11).

Dates are drawn uniformly over Mondays-Saturdays between 2026-01-05 and
2026-11-27 (inclusive) with random.Random(3442), slots taken in order
s01/1, s01/2, ... s24/11. Writes dates-b.tsv (group, slot, received, weekday).
"""
import datetime as dt
import random

START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)

days = []
d = START
while d <= END:
    if d.weekday() != 6:          # Monday=0 ... Saturday=5; skip Sunday
        days.append(d)
    d += dt.timedelta(days=1)

rng = random.Random(3442)
rows = []
for s in range(1, 25):
    for n in range(1, 12):
        rows.append((f"s{s:02d}", n, rng.choice(days)))

with open("dates-b.tsv", "w", encoding="utf-8") as f:
    f.write("group\tslot\treceived\tweekday\n")
    for g, n, day in rows:
        f.write(f"{g}\t{n}\t{day.isoformat()}\t{day.strftime('%a')}\n")

print(f"{len(days)} eligible days; {len(rows)} slots written to dates-b.tsv")
