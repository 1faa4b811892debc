#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h31-0501..h31-0764, write unlabelled-b.jsonl and meant-b.jsonl."""
import datetime, json, random, sys

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8") if l.strip()]
errors = []
if len(rows) != 264:
    errors.append(f"expected 264 rows, got {len(rows)}")
keys = {"card", "lang", "moment", "received", "text", "meant", "intent"}
texts = set()
for r in rows:
    if set(r) != keys:
        errors.append(f"card {r.get('card')}: keys {sorted(r)}")
        continue
    if r["lang"] not in ("es", "pt", "en"):
        errors.append(f"card {r['card']}: lang {r['lang']}")
    if not (isinstance(r["moment"], str) and len(r["moment"]) == 3 and r["moment"][0] == "m"
            and 1 <= int(r["moment"][1:]) <= 24):
        errors.append(f"card {r['card']}: moment {r['moment']}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        errors.append(f"card {r['card']}: empty text")
    if r["text"] in texts:
        errors.append(f"card {r['card']}: duplicate text")
    texts.add(r["text"])
    if not isinstance(r["intent"], str) or not r["intent"].strip():
        errors.append(f"card {r['card']}: empty intent")
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except Exception:
        errors.append(f"card {r['card']}: received {r['received']!r}")
        continue
    if r["meant"] is not None:
        try:
            m = datetime.date.fromisoformat(r["meant"])
            if m < rec:
                errors.append(f"card {r['card']}: meant {m} before received {rec}")
        except Exception:
            errors.append(f"card {r['card']}: meant {r['meant']!r}")
if sorted(r["card"] for r in rows) != list(range(1, 265)):
    errors.append("cards are not exactly 1..264")
if errors:
    print("\n".join(errors))
    sys.exit(1)

rng = random.Random(3132)
rng.shuffle(rows)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
     open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h31-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["moment"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meant": r["meant"], "intent": r["intent"]},
                            ensure_ascii=False) + "\n")
print(f"ok: {len(rows)} rows, ids h31-0501..h31-{500 + len(rows):04d}")
