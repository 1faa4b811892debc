#!/usr/bin/env python3
"""Check raw-b.jsonl against cards.jsonl, shuffle, assign ids h28-0501..h28-0764,
write unlabelled-b.jsonl (no `meant`) and meant-b.jsonl (id -> meant)."""
import datetime as dt
import json
import random
import sys

WAYS = {"w%02d" % i for i in range(1, 25)}
KEYS = {"card", "lang", "way", "received", "text", "meant"}

cards = {}
with open("cards.jsonl", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        cards[c["card"]] = c

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if line.strip():
            rows.append(json.loads(line))

errors = []
def err(msg):
    errors.append(msg)

if len(rows) != 264:
    err("expected 264 rows, got %d" % len(rows))
seen_cards, seen_texts = set(), set()
for r in rows:
    if set(r) != KEYS:
        err("card %s: keys %s" % (r.get("card"), sorted(r)))
        continue
    k = r["card"]
    if k in seen_cards:
        err("card %s twice" % k)
    seen_cards.add(k)
    c = cards.get(k)
    if c is None:
        err("card %s not in cards.jsonl" % k)
        continue
    if r["lang"] != c["lang"]:
        err("card %s: lang %s != %s" % (k, r["lang"], c["lang"]))
    if r["received"] != c["received"]:
        err("card %s: received %s != %s" % (k, r["received"], c["received"]))
    if r["way"] not in WAYS:
        err("card %s: bad way %r" % (k, r["way"]))
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err("card %s: empty text" % k)
    elif t in seen_texts:
        err("card %s: duplicate text" % k)
    seen_texts.add(t)
    m = r["meant"]
    if m is not None:
        try:
            md = dt.date.fromisoformat(m)
            if md < dt.date.fromisoformat(r["received"]):
                err("card %s: meant %s before received" % (k, m))
        except (TypeError, ValueError):
            err("card %s: bad meant %r" % (k, m))
if seen_cards != set(range(1, 265)):
    err("cards missing: %s" % sorted(set(range(1, 265)) - seen_cards))

if errors:
    print("\n".join(errors))
    sys.exit(1)

rows.sort(key=lambda r: r["card"])
random.Random(2830).shuffle(rows)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
     open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = "h28-%04d" % (501 + i)
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["way"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meant": r["meant"]},
                            ensure_ascii=False) + "\n")
print("ok: %d rows; ids h28-0501..h28-%04d" % (len(rows), 500 + len(rows)))
