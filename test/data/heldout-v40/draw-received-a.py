#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot l01#1..l24#11."""
import calendar, datetime, json, random

rng = random.Random(40412)
start = datetime.date(2026, 1, 5)
end = datetime.date(2026, 11, 27)
days = [start + datetime.timedelta(d) for d in range((end - start).days + 1)]
days = [d for d in days if d.weekday() != 6]  # Monday-Saturday
out = {}
for g in range(1, 25):
    for n in range(1, 12):
        slot = f"l{g:02d}#{n}"
        out[slot] = rng.choice(days).isoformat()
with open("received-a.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
for slot, d in out.items():
    dd = datetime.date.fromisoformat(d)
    print(slot, d, dd.strftime("%a"))
print()
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
