#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h73-0501..., write outputs.

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
Does not create or change any text: it only checks, orders and numbers rows.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
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

groups = defaultdict(list)
for r in rows:
    n = r["_line"]
    if r.get("lang") not in LANG_GROUPS:
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
    # received
    try:
        rec = dt.date.fromisoformat(r.get("received"))
        if r["received"] != rec.isoformat():
            raise ValueError
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        slot = f"{g}#{s}"
        if drawn.get(slot) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(slot)} for {slot}")
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r.get('received')!r}")
        rec = None
    m = r.get("meaning")
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif m.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    mt = r.get("meant")
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if mt != md.isoformat():
                raise ValueError
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")
    groups[g].append(r)

# groups: 12, 11 rows each, slots 1..11, one language each, 5/4/3
if sorted(groups) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(groups)}")
lang_of_group = {}
for g, rs in sorted(groups.items()):
    if len(rs) != 11:
        err(f"{g}: {len(rs)} rows, want 11")
    if sorted(r.get("slot") for r in rs) != list(range(1, 12)):
        err(f"{g}: slots {sorted(r.get('slot') for r in rs)}")
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    lang_of_group[g] = next(iter(langs))
per_lang = Counter(lang_of_group.values())
if dict(per_lang) != LANG_GROUPS:
    err(f"groups per language {dict(per_lang)} != {LANG_GROUPS}")

# duplicate texts (exact, and after case/space folding)
seen = {}
for r in rows:
    key = " ".join(str(r.get("text", "")).split()).casefold()
    if key in seen:
        err(f"line {r['_line']}: duplicate text of line {seen[key]}")
    seen[key] = r["_line"]

if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(73513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h73-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, ids h73-{FIRST_ID:04d}..h73-{FIRST_ID + len(rows) - 1:04d}")
print("groups per language:", dict(per_lang))
