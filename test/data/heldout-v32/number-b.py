#!/usr/bin/env python3
"""Validate raw-b.jsonl against cards.jsonl, shuffle, number and split.

Writes unlabelled-b.jsonl (what the classifier sees) and meant-b.jsonl
(what the writer meant, keyed by the same id).
"""
import datetime as dt
import json
import random
import sys

def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]

cards = load("cards.jsonl")
raw = load("raw-b.jsonl")
errors = []

def err(msg):
    errors.append(msg)

if len(cards) != 264:
    err(f"cards.jsonl has {len(cards)} rows, expected 264")
if len(raw) != 264:
    err(f"raw-b.jsonl has {len(raw)} rows, expected 264")

by_card = {c["card"]: c for c in cards}
if sorted(by_card) != list(range(1, 265)):
    err("cards.jsonl does not hold cards 1..264 exactly once")

seen = set()
for i, r in enumerate(raw, 1):
    if list(r.keys()) != ["card", "text", "meant", "note"]:
        err(f"line {i}: keys {list(r.keys())}")
        continue
    n = r["card"]
    if n in seen:
        err(f"line {i}: card {n} repeated")
    seen.add(n)
    if n != i:
        err(f"line {i}: card {n} out of order")
    if n not in by_card:
        err(f"line {i}: unknown card {n}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"card {n}: empty text")
    if not isinstance(r["note"], str) or not r["note"].strip():
        err(f"card {n}: empty note")
    if r["meant"] is not None:
        try:
            m = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err(f"card {n}: bad meant {r['meant']!r}")
            continue
        if len(r["meant"]) != 10:
            err(f"card {n}: meant not YYYY-MM-DD")
        rec = dt.date.fromisoformat(by_card[n]["received"])
        if m < rec:
            err(f"card {n}: meant {m} before received {rec}")
if seen != set(range(1, 265)):
    err(f"missing cards: {sorted(set(range(1, 265)) - seen)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

order = list(raw)
random.Random(3233).shuffle(order)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for k, r in enumerate(order):
        c = by_card[r["card"]]
        rid = f"h32-{501 + k:04d}"
        fu.write(json.dumps({
            "id": rid,
            "lang": c["lang"],
            "part": "b",
            "text": r["text"],
            "received": c["received"],
        }, ensure_ascii=False) + "\n")
        fm.write(json.dumps({
            "id": rid,
            "card": r["card"],
            "first": c["first"],
            "second": c["second"],
            "who": c["who"],
            "style": c["style"],
            "meant": r["meant"],
            "note": r["note"],
        }, ensure_ascii=False) + "\n")

print(f"ok: 264 rows validated; ids h32-0501..h32-{500 + len(order):04d} written")
