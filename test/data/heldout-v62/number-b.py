#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(62513), number h62-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Exits non-zero on any error.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_TAILS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open("dates-b.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    lang, g, s, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in WANT_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        err(f"line {n}: empty text or surrounding whitespace")
    texts[text] += 1
    if g in group_lang and group_lang[g] != lang:
        err(f"line {n}: group {g} mixes {group_lang[g]} and {lang}")
    group_lang.setdefault(g, lang)
    group_slots[g].append(s)
    # received
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r} not ISO")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{g}#{s}")
        if r["received"] != want:
            err(f"line {n}: received {r['received']} != drawn {want} for {g}#{s}")
    # meaning
    m = r["meaning"]
    if not isinstance(m, str) or not m.endswith(STOP_TAILS):
        err(f"line {n}: meaning does not end with the stop sentence")
    # meant
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if len(mt) != 10:
                raise ValueError
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not a valid ISO date")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
if len(group_lang) != 12 or sorted(group_lang) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_lang)}")
per_lang = Counter(group_lang.values())
if dict(per_lang) != WANT_GROUPS:
    err(f"groups per language {dict(per_lang)} != {WANT_GROUPS}")
for g, slots in sorted(group_slots.items()):
    if sorted(slots) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots)} != 1..11")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

data = [r for _, r in rows]
data.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(62513).shuffle(data)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(data):
        rid = f"h62-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows, ids h62-{FIRST_ID:04d}..h62-{FIRST_ID + len(data) - 1:04d}")
print("groups per language:", dict(per_lang))
