#!/usr/bin/env python3
"""Draw 264 received dates (Mon-Sat, 2026-01-05..2026-11-27) and languages for part b."""
import datetime as dt
import json
import random

rng = random.Random(2829)
start, end = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() < 6:  # Monday..Saturday
        days.append(d)
    d += dt.timedelta(days=1)

N = 264
received = [rng.choice(days) for _ in range(N)]
langs = rng.choices(["es", "pt", "en"], weights=[0.40, 0.35, 0.25], k=N)

with open("cards.jsonl", "w", encoding="utf-8") as f:
    for i, (r, lang) in enumerate(zip(received, langs), start=1):
        f.write(json.dumps({"card": i, "received": r.isoformat(),
                            "weekday": r.strftime("%A"), "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(days), "candidate days;", N, "cards written")
