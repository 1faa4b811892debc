#!/usr/bin/env python3
"""Draw a received date for every slot of part b (k01#1 ... k24#11).

Dates are Monday-Saturday days between 2026-01-05 and 2026-11-27 inclusive,
drawn with random.Random(36512) in slot order. Writes dates-b.tsv.
Running it again rebuilds the same file byte for byte.
"""
import datetime
import random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
GROUPS = ["k%02d" % i for i in range(1, 25)]
SLOTS = 11

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # drop Sundays
        days.append(d)
    d += datetime.timedelta(days=1)

rng = random.Random(36512)
lines = ["group\tslot\treceived\tweekday"]
for g in GROUPS:
    for s in range(1, SLOTS + 1):
        day = rng.choice(days)
        lines.append("%s\t%d\t%s\t%s" % (g, s, day.isoformat(), day.strftime("%A")))

with open("dates-b.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print("wrote dates-b.tsv with %d slots" % (len(lines) - 1))
