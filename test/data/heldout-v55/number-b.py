#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with seed 55513, number h55-0501..,
write unlabelled-b.jsonl and meanings-b.jsonl."""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LO, HI = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

errors = []
def err(msg):
    errors.append(msg)

drawn = json.load(open("dates-b.json", encoding="utf-8"))
rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())}")
            continue
        rows.append((n, r))

langs_by_group = collections.defaultdict(set)
slots_by_group = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    langs_by_group[g].add(r["lang"])
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    slots_by_group[g].append(r["slot"])
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except Exception:
        err(f"line {n}: received {r['received']!r}")
        continue
    if not (LO <= rec <= HI) or rec.weekday() == 6:
        err(f"line {n}: received {rec} out of range or Sunday")
    if drawn.get(f"{g}#{r['slot']}") != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(g + '#' + str(r['slot']))}")
    if not isinstance(r["meaning"], str) or not r["meaning"].endswith(STOP_ENDS):
        err(f"line {n}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            m = dt.date.fromisoformat(r["meant"])
            if m < rec:
                err(f"line {n}: meant {m} before received {rec}")
        except Exception:
            err(f"line {n}: meant {r['meant']!r}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text {t!r} x{c}")
folded = collections.Counter(t.casefold().strip(" .!?") for t in texts)
for t, c in folded.items():
    if c > 1:
        err(f"near-duplicate text (case/punctuation only) {t!r} x{c}")
if sorted(langs_by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(langs_by_group)}")
per_lang = collections.Counter()
for g, ls in langs_by_group.items():
    if len(ls) != 1:
        err(f"{g}: several languages {ls}")
    per_lang[next(iter(ls))] += 1
    if sorted(slots_by_group[g]) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots_by_group[g])}")
if dict(per_lang) != {"es": 5, "pt": 4, "en": 3}:
    err(f"groups per language {dict(per_lang)}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    print("\n".join(errors))
    sys.exit(1)

data = [r for _, r in rows]
data.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(55513).shuffle(data)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
     open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(data):
        rid = f"h55-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")
print(f"OK: {len(data)} rows -> unlabelled-b.jsonl, meanings-b.jsonl "
      f"(h55-0501..h55-{500 + len(data):04d})")
