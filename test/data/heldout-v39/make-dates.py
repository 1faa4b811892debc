#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot d01#1..d24#11."""
import datetime
import random

rng = random.Random(39512)
start = datetime.date(2026, 1, 5)
end = datetime.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() != 6:  # not Sunday
        days.append(d)
    d += datetime.timedelta(days=1)

rows = []
for g in range(1, 25):
    for s in range(1, 12):
        day = rng.choice(days)
        rows.append((f"d{g:02d}", s, day.isoformat(), day.strftime("%A")))

with open("dates-b.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("group\tslot\treceived\tweekday\n")
    for r in rows:
        f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n")
print(f"wrote {len(rows)} rows")
