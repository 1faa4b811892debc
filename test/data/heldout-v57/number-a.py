#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(57413), number h57-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Standard library only.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys/order {list(obj.keys())}")
            continue
        rows.append((n, obj))

if len(rows) != 132:
    err(f"expected 132 rows, got {len(rows)}")

group_lang = defaultdict(set)
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    group_lang[g].add(r["lang"])
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"line {n}: empty or untrimmed text")
    texts[t] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        continue
    if not (START <= rec <= END) or rec.weekday() == 6:
        err(f"line {n}: received {rec} out of range or Sunday")
    if drawn.get(f"{g}#{s}") != r["received"]:
        err(f"line {n}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning must end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not an ISO date")

langs_of_groups = Counter()
for g, ls in group_lang.items():
    if len(ls) != 1:
        err(f"group {g}: more than one language {ls}")
    langs_of_groups[next(iter(ls))] += 1
if len(group_lang) != 12:
    err(f"expected 12 groups, got {len(group_lang)}")
if langs_of_groups != Counter({"es": 5, "pt": 4, "en": 3}):
    err(f"groups per language {dict(langs_of_groups)} (want es 5, pt 4, en 3)")
for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(sl)}")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if errors:
    print("VALIDATION FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(57413).shuffle(data)

with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data, 1):
        rid = f"h57-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows validated; groups per language {dict(langs_of_groups)}")
print("wrote unlabelled-a.jsonl and meanings-a.jsonl")
