#!/usr/bin/env python3
"""Draw a received date for every slot s01#1 ... s24#11 (part b).

Dates: Monday-Saturday only, 2026-01-05 .. 2026-11-27 inclusive,
drawn with random.Random(35512) in slot order. Writes dates-b.tsv.
"""
import datetime
import random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
GROUPS = 24
SLOTS = 11

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # drop Sundays
        days.append(d)
    d += datetime.timedelta(days=1)

rng = random.Random(35512)
rows = []
for g in range(1, GROUPS + 1):
    for s in range(1, SLOTS + 1):
        day = rng.choice(days)
        rows.append(("s%02d" % g, str(s), day.isoformat(), day.strftime("%A")))

with open("dates-b.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("group\tslot\treceived\tweekday\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print("wrote %d slots to dates-b.tsv" % len(rows))
