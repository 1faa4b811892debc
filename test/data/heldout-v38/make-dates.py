#!/usr/bin/env python3
"""Draw a received date (Mon-Sat, 2026-01-05..2026-11-27) for each slot s01#1..s24#11."""
import datetime, random

rng = random.Random(38512)
start = datetime.date(2026, 1, 5)
end = datetime.date(2026, 11, 27)
days = [start + datetime.timedelta(d) for d in range((end - start).days + 1)]
days = [d for d in days if d.weekday() != 6]  # drop Sundays
rows = []
for g in range(1, 25):
    for s in range(1, 12):
        d = rng.choice(days)
        rows.append((f"s{g:02d}", str(s), d.isoformat(), d.strftime("%A")))
with open("dates-b.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("group\tslot\treceived\tweekday\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} rows to dates-b.tsv")
