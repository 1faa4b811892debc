#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(56513), number h56-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

for r in rows:
    n = r["_line"]
    if r.get("lang") not in ("es", "pt", "en"):
        err(f"line {n}: bad lang {r.get('lang')!r}")
    g = r.get("group")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: bad group {g!r}")
    s = r.get("slot")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: bad slot {s!r}")
    t = r.get("text")
    if not (isinstance(t, str) and t.strip() and t == t.strip()):
        err(f"line {n}: empty text or surrounding whitespace")
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r.get('received')!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        slot_key = f"{g}#{s}"
        if drawn.get(slot_key) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(slot_key)} for {slot_key}")
    m = r.get("meaning")
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r.get("meant")
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if len(mt) != 10:
                raise ValueError
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")

# groups: 12 groups, 11 rows each, slots 1..11, one language per group, 5/4/3
by_group = defaultdict(list)
for r in rows:
    by_group[r.get("group")].append(r)
expected_groups = [f"g{i:02d}" for i in range(1, 13)]
if sorted(by_group) != expected_groups:
    err(f"groups {sorted(by_group)} != g01..g12")
group_lang = {}
for g, rs in sorted(by_group.items()):
    slots = sorted(r.get("slot") for r in rs if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    group_lang[g] = sorted(langs)[0]
lang_groups = Counter(group_lang.values())
if (lang_groups["es"], lang_groups["pt"], lang_groups["en"]) != (5, 4, 3):
    err(f"groups per language {dict(lang_groups)} != es 5 / pt 4 / en 3")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

# duplicates (exact, and after case/space folding)
texts = Counter(r.get("text") for r in rows)
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
folded = Counter(" ".join(str(r.get("text")).casefold().split()) for r in rows)
for t, c in folded.items():
    if c > 1:
        err(f"near-duplicate text (case/space) x{c}: {t!r}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(f"{len(errors)} error(s); nothing written")

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(56513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h56-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

stops = sum(r["meaning"].endswith(STOP_YES) for r in rows)
meant = sum(r["meant"] is not None for r in rows)
print(f"OK: {len(rows)} rows, ids h56-{FIRST_ID:04d}..h56-{FIRST_ID + len(rows) - 1:04d}; "
      f"langs {dict(Counter(r['lang'] for r in rows))}; stops {stops}; meant dates {meant}")
