#!/usr/bin/env python3
"""Draw a received date for every writing slot r01#1 .. r24#11 (part a).

Dates are Monday-Saturday days between 2026-01-05 and 2026-11-27 inclusive,
drawn with random.Random(35412) in slot order. Output: received-a.json
(slot -> {"date": YYYY-MM-DD, "weekday": name}).
"""
import datetime
import json
import random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)

days = []
d = START
while d <= END:
    if d.weekday() != 6:  # drop Sundays
        days.append(d)
    d += datetime.timedelta(days=1)

rng = random.Random(35412)
out = {}
for g in range(1, 25):
    for n in range(1, 12):
        day = rng.choice(days)
        out[f"r{g:02d}#{n}"] = {"date": day.isoformat(), "weekday": day.strftime("%A")}

with open("received-a.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(out), "slots written to received-a.json")
