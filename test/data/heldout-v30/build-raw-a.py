#!/usr/bin/env python3
"""Join the hand-typed replies (replies.py) with their cards into raw-a.jsonl."""
import json
from replies import R

cards = {}
with open("cards.jsonl", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        cards[c["card"]] = c

byn = {n: (meant, text) for n, meant, text in R}
assert len(byn) == len(R) == len(cards) == 264
with open("raw-a.jsonl", "w", encoding="utf-8") as f:
    for n in sorted(cards):
        c = cards[n]
        meant, text = byn[n]
        row = {"card": n, "lang": c["lang"], "way": c["way"], "received": c["received"],
               "missed": c["missed"], "text": text, "meant": meant}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(cards))
