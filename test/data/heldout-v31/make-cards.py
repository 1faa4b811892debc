#!/usr/bin/env python3
"""Draw the 264 cards for part b (python3 stdlib only)."""
import datetime, json, random

rng = random.Random(3130)

start, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() < 6:          # Monday..Saturday
        days.append(d)
    d += datetime.timedelta(days=1)

langs = ["es"] * 106 + ["pt"] * 92 + ["en"] * 66
rng.shuffle(langs)
moments = [f"m{i:02d}" for i in range(1, 25) for _ in range(11)]
rng.shuffle(moments)
assert len(langs) == len(moments) == 264

with open("cards.jsonl", "w", encoding="utf-8") as f:
    for n in range(264):
        rec = rng.choice(days)
        f.write(json.dumps({"card": n + 1, "lang": langs[n], "moment": moments[n],
                            "received": rec.isoformat(),
                            "weekday": rec.strftime("%a")}, ensure_ascii=False) + "\n")
print("wrote 264 cards")
