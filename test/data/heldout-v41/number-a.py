#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h41-0001..h41-0264, write unlabelled-a.jsonl and meanings-a.jsonl."""
import json, random, datetime, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
LO, HI = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
FIELDS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
SUFFIXES = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

def fail(msg):
    sys.exit("INVALID: " + msg)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail(f"blank line {n}")
        r = json.loads(line)
        if list(r.keys()) != FIELDS:
            fail(f"line {n}: keys {list(r.keys())}")
        rows.append(r)

drawn = json.load(open(DATES, encoding="utf-8"))
if len(rows) != 264:
    fail(f"{len(rows)} rows, expected 264")

groups = collections.defaultdict(list)
texts = set()
for r in rows:
    g, s = r["group"], r["slot"]
    if r["lang"] not in ("es", "pt", "en"):
        fail(f"{g}#{s} lang {r['lang']}")
    if not (isinstance(s, int) and 1 <= s <= 11):
        fail(f"{g}#{s} slot")
    if not isinstance(r["text"], str) or not r["text"].strip():
        fail(f"{g}#{s} empty text")
    if r["text"] in texts:
        fail(f"{g}#{s} duplicate text")
    texts.add(r["text"])
    rec = datetime.date.fromisoformat(r["received"])
    if not (LO <= rec <= HI) or rec.weekday() == 6:
        fail(f"{g}#{s} received {rec}")
    if drawn.get(f"{g}#{s}") != r["received"]:
        fail(f"{g}#{s} received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
    if not r["meaning"].endswith(SUFFIXES):
        fail(f"{g}#{s} meaning suffix")
    if r["meant"] is not None:
        m = datetime.date.fromisoformat(r["meant"])
        if m < rec:
            fail(f"{g}#{s} meant {m} before received {rec}")
    groups[g].append(r)

if sorted(groups) != [f"t{i:02d}" for i in range(1, 25)]:
    fail(f"groups {sorted(groups)}")
langcount = collections.Counter()
for g, rs in groups.items():
    if sorted(x["slot"] for x in rs) != list(range(1, 12)):
        fail(f"{g} slots")
    ls = {x["lang"] for x in rs}
    if len(ls) != 1:
        fail(f"{g} mixed langs {ls}")
    langcount[ls.pop()] += 1
if langcount != {"es": 10, "pt": 8, "en": 6}:
    fail(f"groups per lang {langcount}")

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(41413).shuffle(rows)

with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as u, \
     open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as m:
    for i, r in enumerate(rows, 1):
        rid = f"h41-{i:04d}"
        u.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                            "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        m.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                            "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"OK: {len(rows)} rows, groups per lang {dict(langcount)}")
