#!/usr/bin/env python3
"""Step 1: draw one received date per slot (s01#1 .. s24#11), Mon-Sat, 2026-01-05..2026-11-27."""
import calendar, datetime, json, random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
days = []
d = START
while d <= END:
    if d.weekday() != 6:  # no Sundays
        days.append(d)
    d += datetime.timedelta(days=1)

rng = random.Random(43512)
out = []
for g in range(1, 25):
    for s in range(1, 12):
        dd = rng.choice(days)
        out.append({"group": f"s{g:02d}", "slot": s, "received": dd.isoformat(), "weekday": dd.strftime("%a")})

for r in out:
    print(f'{r["group"]}#{r["slot"]:<2d} {r["received"]} {r["weekday"]}')
with open("dates-b.json", "w") as f:
    json.dump(out, f, indent=0)
print()
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
