#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot t01#1..t24#11."""
import calendar, datetime, json, random

rng = random.Random(38412)
start, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() != 6:  # not Sunday
        days.append(d)
    d += datetime.timedelta(days=1)

slots = {}
for g in range(1, 25):
    for n in range(1, 12):
        slots[f"t{g:02d}#{n}"] = rng.choice(days).isoformat()

with open("received-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, ensure_ascii=False, indent=1)
    f.write("\n")

for k, v in slots.items():
    dd = datetime.date.fromisoformat(v)
    print(k, v, dd.strftime("%A"))
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
