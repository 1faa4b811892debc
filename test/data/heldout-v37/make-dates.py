#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot k01#1..k24#11."""
import calendar
import datetime
import random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

eligible = []
d = START
while d <= END:
    if d.weekday() != 6:  # drop Sundays
        eligible.append(d)
    d += datetime.timedelta(days=1)

rng = random.Random(37512)
rows = []
for g in range(1, 25):
    for s in range(1, 12):
        day = rng.choice(eligible)
        rows.append((f"k{g:02d}", s, day.isoformat(), DAYS[day.weekday()]))

with open("dates-b.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("group\tslot\treceived\tweekday\n")
    for r in rows:
        f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n")

for r in rows:
    print(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}")
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026, 2, 1, 1, 3))
