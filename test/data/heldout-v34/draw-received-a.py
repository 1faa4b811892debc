#!/usr/bin/env python3
"""Draw one received date per reply slot (writing order g01#1..g24#11), before any reply is written.
Mondays-Saturdays between 2026-01-05 and 2026-11-27. Writes received-a.json and prints a helper
table (weekday, next day, end of month) used while writing the replies by hand."""
import datetime as dt, json, random

START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
days = [START + dt.timedelta(d) for d in range((END - START).days + 1)]
days = [d for d in days if d.weekday() != 6]          # drop Sundays
rng = random.Random(34412)
slots = []
for g in range(1, 25):
    for k in range(1, 12):
        slots.append({"group": f"g{g:02d}", "slot": k, "received": rng.choice(days).isoformat()})
with open("received-a.json", "w", encoding="utf-8") as f:
    json.dump(slots, f, indent=0)
for s in slots:
    d = dt.date.fromisoformat(s["received"])
    print(s["group"], s["slot"], s["received"], d.strftime("%a"))
