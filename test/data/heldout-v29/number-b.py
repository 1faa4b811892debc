#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle (random.Random(2931)), number h29-0501..h29-0764,
write unlabelled-b.jsonl and meant-b.jsonl. stdlib only."""
import datetime, json, random, sys

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8") if l.strip()]
errors = []
if len(rows) != 264:
    errors.append(f"expected 264 rows, got {len(rows)}")
keys = ["card", "lang", "way", "received", "text", "meant"]
texts = set()
cards = set()
for r in rows:
    if list(r.keys()) != keys:
        errors.append(f"card {r.get('card')}: keys {list(r.keys())}")
        continue
    if r["lang"] not in ("es", "pt", "en"):
        errors.append(f"card {r['card']}: lang {r['lang']}")
    if not (isinstance(r["way"], str) and len(r["way"]) == 3 and r["way"][0] == "w"
            and 1 <= int(r["way"][1:]) <= 24):
        errors.append(f"card {r['card']}: way {r['way']}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        errors.append(f"card {r['card']}: empty text")
    if r["text"] in texts:
        errors.append(f"card {r['card']}: duplicate text")
    texts.add(r["text"])
    if r["card"] in cards:
        errors.append(f"card {r['card']}: duplicate card")
    cards.add(r["card"])
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        errors.append(f"card {r['card']}: received {r['received']!r}")
        continue
    if r["meant"] is not None:
        try:
            m = datetime.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            errors.append(f"card {r['card']}: meant {r['meant']!r}")
            continue
        if m < rec:
            errors.append(f"card {r['card']}: meant {m} before received {rec}")
if cards != set(range(1, 265)):
    errors.append("cards are not exactly 1..264")
if errors:
    print("\n".join(errors))
    sys.exit(1)

random.Random(2931).shuffle(rows)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
     open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h29-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["way"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"ok: {len(rows)} rows -> unlabelled-b.jsonl, meant-b.jsonl (h29-0501..h29-{500 + len(rows):04d})")
