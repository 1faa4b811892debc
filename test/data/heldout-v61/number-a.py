#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(61413), number h61-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Standard library only.
Exits non-zero (and writes nothing) if any check fails.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw-a.jsonl"
DATES = HERE / "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}

errors = []


def err(msg):
    errors.append(msg)


drawn = json.loads(DATES.read_text(encoding="utf-8"))
rows = []
for n, line in enumerate(RAW.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {n}: blank line")
        continue
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {n}: bad JSON: {e}")
        continue
    if list(obj.keys()) != KEYS:
        err(f"line {n}: keys {list(obj.keys())} != {KEYS}")
        continue
    rows.append((n, obj))

group_lang = defaultdict(set)
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    if r["lang"] not in WANT_GROUPS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_lang[g].add(r["lang"])
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"line {n}: empty text or leading/trailing space")
    texts[t] += 1
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
        if drawn.get(f"{g}#{s}") != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')} for {g}#{s}")
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif m.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not ISO date")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t!r}")

if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
for g, slots in sorted(group_slots.items()):
    if sorted(slots) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots)} != 1..11")
    if len(group_lang[g]) != 1:
        err(f"{g}: several languages {group_lang[g]}")
per_lang = Counter(next(iter(v)) for v in group_lang.values() if len(v) == 1)
if dict(per_lang) != WANT_GROUPS:
    err(f"groups per language {dict(per_lang)} != {WANT_GROUPS}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    print(f"{len(errors)} problem(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(61413).shuffle(ordered)

unl, mea = [], []
for i, r in enumerate(ordered, 1):
    rid = f"h61-{i:04d}"
    unl.append(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                           "text": r["text"], "received": r["received"]}, ensure_ascii=False))
    mea.append(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                           "meant": r["meant"]}, ensure_ascii=False))

(HERE / "unlabelled-a.jsonl").write_text("\n".join(unl) + "\n", encoding="utf-8")
(HERE / "meanings-a.jsonl").write_text("\n".join(mea) + "\n", encoding="utf-8")
print(f"ok: {len(ordered)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
