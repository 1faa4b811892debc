#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(70413), number h70-0001...,
write unlabelled-a.jsonl and meanings-a.jsonl. Standard library only."""
import datetime as dt
import json
import random
import sys

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
GROUPS = [f"g{i:02d}" for i in range(1, 13)]
EXPECTED_LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}

errors = []


def err(msg):
    errors.append(msg)


drawn = json.load(open(DATES, encoding="utf-8"))
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
        rows.append((n, dict(pairs)))

if len(rows) != 132:
    err(f"expected 132 rows, got {len(rows)}")

group_lang = {}
group_slots = {}
texts = {}
for n, r in rows:
    lang, g, s, text = r.get("lang"), r.get("group"), r.get("slot"), r.get("text")
    if lang not in EXPECTED_LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if g not in GROUPS:
        err(f"line {n}: bad group {g!r}")
    if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 11:
        err(f"line {n}: bad slot {s!r}")
    group_lang.setdefault(g, set()).add(lang)
    group_slots.setdefault(g, []).append(s)
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    else:
        if text in texts:
            err(f"line {n}: duplicate text (also line {texts[text]})")
        texts[text] = n
        if not 150 <= len(text) <= 600:
            err(f"line {n}: text length {len(text)} outside 150-600 (theme)")
    # received
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r.get('received')!r}")
        rec = None
    if rec:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{g}#{s}")
        if want != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {want} for {g}#{s}")
    # meaning
    m = r.get("meaning")
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    # meant
    mt = r.get("meant")
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if rec and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")

# group structure
lang_groups = {"es": 0, "pt": 0, "en": 0}
for g in GROUPS:
    langs = group_lang.get(g, set())
    if len(langs) != 1:
        err(f"{g}: languages {langs} (need exactly one)")
    else:
        l = next(iter(langs))
        if l in lang_groups:
            lang_groups[l] += 1
    if sorted(group_slots.get(g, [])) != list(range(1, 12)):
        err(f"{g}: slots {sorted(group_slots.get(g, []))} != 1..11")
if lang_groups != EXPECTED_LANG_GROUPS:
    err(f"groups per language {lang_groups} != {EXPECTED_LANG_GROUPS}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(70413).shuffle(data)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(data, 1):
        rid = f"h70-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
