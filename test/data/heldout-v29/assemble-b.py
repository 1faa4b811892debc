#!/usr/bin/env python3
"""Join the hand-written replies (hand-b.txt: '### card | meant' then the text) with cards.jsonl -> raw-b.jsonl."""
import json, re

cards = {c["card"]: c for c in map(json.loads, open("cards.jsonl", encoding="utf-8"))}
t = open("hand-b.txt", encoding="utf-8").read()
blocks = re.findall(r"^### (\d+) \| (\S+)\n(.*?)(?=^###|\Z)", t, re.S | re.M)
with open("raw-b.jsonl", "w", encoding="utf-8") as f:
    for n, meant, text in blocks:
        c = cards[int(n)]
        row = {"card": c["card"], "lang": c["lang"], "way": c["way"], "received": c["received"],
               "text": text.strip(), "meant": None if meant == "null" else meant}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(blocks), "rows")
