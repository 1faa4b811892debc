# Step 1: draw one received date per slot, Mon-Sat, 2026-01-05..2026-11-27
import random, datetime, calendar, json
rng = random.Random(42412)
start, end = datetime.date(2026,1,5), datetime.date(2026,11,27)
days = []
d = start
while d <= end:
    if d.weekday() != 6:
        days.append(d)
    d += datetime.timedelta(days=1)
out = {}
for g in range(1, 25):
    for s in range(1, 12):
        slot = f"a{g:02d}#{s}"
        day = rng.choice(days)
        out[slot] = day.isoformat()
        print(slot, day.isoformat(), day.strftime("%a"))
with open("dates-a.json", "w") as f:
    json.dump(out, f, indent=1)
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
