#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot f01#1..f24#11."""
import datetime, random

rng = random.Random(40512)
start, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() != 6:  # exclude Sunday
        days.append(d)
    d += datetime.timedelta(days=1)

with open("dates-b.tsv", "w", encoding="utf-8") as f:
    f.write("group\tslot\treceived\tweekday\n")
    for g in range(1, 25):
        for s in range(1, 12):
            day = rng.choice(days)
            f.write(f"f{g:02d}\t{s}\t{day.isoformat()}\t{day.strftime('%A')}\n")
