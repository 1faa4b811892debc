#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(3031), number h30-0001..h30-0264,
write unlabelled-a.jsonl (id, lang, part, group, text, received) and meant-a.jsonl (id, meant)."""
import json
import random
import sys
from datetime import date

FIELDS = ["card", "lang", "way", "received", "missed", "text", "meant"]
errors = []
rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f, start=1):
        r = json.loads(line)
        rows.append(r)
        if sorted(r) != sorted(FIELDS):
            errors.append(f"line {i}: fields {sorted(r)}")
            continue
        if r["lang"] not in ("es", "pt", "en"):
            errors.append(f"line {i}: lang {r['lang']}")
        if not (isinstance(r["way"], str) and len(r["way"]) == 3 and r["way"][0] == "w"
                and 1 <= int(r["way"][1:]) <= 24):
            errors.append(f"line {i}: way {r['way']}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"line {i}: empty text")
        try:
            rec = date.fromisoformat(r["received"])
            mis = date.fromisoformat(r["missed"])
            if not 1 <= (rec - mis).days <= 12:
                errors.append(f"line {i}: missed not 1-12 days before received")
        except (TypeError, ValueError):
            errors.append(f"line {i}: bad received/missed")
            continue
        if r["meant"] is not None:
            try:
                m = date.fromisoformat(r["meant"])
                if m < rec:
                    errors.append(f"line {i}: meant {m} before received {rec}")
            except (TypeError, ValueError):
                errors.append(f"line {i}: meant does not parse: {r['meant']!r}")

if len(rows) != 264:
    errors.append(f"{len(rows)} rows, expected 264")
if len({r["card"] for r in rows}) != len(rows):
    errors.append("duplicate card numbers")
if len({r["text"] for r in rows}) != len(rows):
    errors.append("duplicate texts")
if errors:
    print("\n".join(errors))
    sys.exit(1)

rows.sort(key=lambda r: r["card"])
random.Random(3031).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meant-a.jsonl", "w", encoding="utf-8") as fm:
    for k, r in enumerate(rows, start=1):
        rid = f"h30-{k:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["way"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"ok: {len(rows)} rows -> unlabelled-a.jsonl, meant-a.jsonl")
