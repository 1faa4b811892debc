#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for every slot g01#1 .. g24#11.
Seeded with random.Random(37412); writes received-a.json (slot -> YYYY-MM-DD)."""
import calendar, datetime, json

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
rng = __import__("random").Random(37412)

eligible = []
d = START
while d <= END:
    if d.weekday() != 6:          # 6 = Sunday
        eligible.append(d)
    d += datetime.timedelta(days=1)

slots = {}
for g in range(1, 25):
    for n in range(1, 12):
        slots[f"g{g:02d}#{n}"] = rng.choice(eligible).isoformat()

with open("received-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, ensure_ascii=False, indent=1)
    f.write("\n")

for slot, iso in slots.items():
    dd = datetime.date.fromisoformat(iso)
    print(slot, iso, dd.strftime("%a"))
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026, 2, 1, 1, 3))
