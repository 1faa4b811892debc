#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h59-0501..., write the part-b outputs.

Reads raw-b.jsonl and dates-b.json (from draw-dates-b.py). Writes
unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Copies text verbatim; never
writes, templates or varies any text.
"""
import collections
import datetime as dt
import json
import random
import sys

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
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")

seen_text = {}
seen_slot = set()
group_lang = {}
for n, r in rows:
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys {list(r.keys())} != {KEYS}")
        continue
    lang, g, s = r["lang"], r["group"], r["slot"]
    if lang not in LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: bad group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: bad slot {s!r}")
    if (g, s) in seen_slot:
        err(f"line {n}: duplicate slot {g}#{s}")
    seen_slot.add((g, s))
    if g in group_lang and group_lang[g] != lang:
        err(f"line {n}: group {g} mixes {group_lang[g]} and {lang}")
    group_lang.setdefault(g, lang)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"line {n}: empty or untrimmed text")
    elif t in seen_text:
        err(f"line {n}: duplicate text (same as line {seen_text[t]})")
    else:
        seen_text[t] = n
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r['received']!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if drawn.get(f"{g}#{s}") != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {r['received']}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")

per_group = collections.Counter(r["group"] for _, r in rows)
for gi in range(1, 13):
    g = f"g{gi:02d}"
    if per_group.get(g) != 11:
        err(f"group {g}: {per_group.get(g, 0)} rows, want 11")
    missing = [s for s in range(1, 12) if (g, s) not in seen_slot]
    if missing:
        err(f"group {g}: missing slots {missing}")
lang_count = collections.Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if lang_count.get(lang, 0) != want:
        err(f"lang {lang}: {lang_count.get(lang, 0)} groups, want {want}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(59513).shuffle(data)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data):
        rid = f"h59-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows, ids h59-{FIRST_ID:04d}..h59-{FIRST_ID + len(data) - 1:04d}")
