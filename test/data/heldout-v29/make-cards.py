#!/usr/bin/env python3
"""Draw the 264 cards for part b (received date, language, way). stdlib only."""
import datetime, json, random

rng = random.Random(2930)
start, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() < 6:  # Monday..Saturday
        days.append(d)
    d += datetime.timedelta(days=1)

ways = [f"w{i:02d}" for i in range(1, 25) for _ in range(11)]
rng.shuffle(ways)
cards = []
for n in range(1, 265):
    received = rng.choice(days)
    lang = rng.choices(["es", "pt", "en"], weights=[40, 35, 25])[0]
    cards.append({"card": n, "lang": lang, "way": ways[n - 1], "received": received.isoformat()})

with open("cards.jsonl", "w", encoding="utf-8") as f:
    for c in cards:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cards), "cards")
