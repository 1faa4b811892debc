#!/usr/bin/env python3
"""Make 264 writing cards for part a (the week after a broken promise).

Each card: received date (uniform over Mon-Sat days 2026-01-05..2026-11-27),
language (quota es 106 / pt 92 / en 66 = ~40/35/25 %, shuffled), missed date (1-12 days before
received) and one of 24 ways w01..w24 (11 cards each).
"""
import json
import random
from datetime import date, timedelta

rng = random.Random(3030)

start, end = date(2026, 1, 5), date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() < 6:  # Mon..Sat
        days.append(d)
    d += timedelta(days=1)

ways = [f"w{i:02d}" for i in range(1, 25)] * 11
rng.shuffle(ways)
langs = ["es"] * 106 + ["pt"] * 92 + ["en"] * 66
rng.shuffle(langs)

cards = []
for n, way in enumerate(ways, start=1):
    received = rng.choice(days)
    lang = langs[n - 1]
    missed = received - timedelta(days=rng.randint(1, 12))
    cards.append({
        "card": n,
        "lang": lang,
        "way": way,
        "received": received.isoformat(),
        "received_dow": received.strftime("%a"),
        "missed": missed.isoformat(),
        "missed_dow": missed.strftime("%a"),
    })

with open("cards.jsonl", "w", encoding="utf-8") as f:
    for c in cards:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")

from collections import Counter
print(len(cards), Counter(c["lang"] for c in cards), Counter(c["way"] for c in cards).most_common(2))
