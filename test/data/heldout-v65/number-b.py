#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h65-0501..., write unlabelled-b.jsonl
and meanings-b.jsonl. Standard library only; deterministic."""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
EXPECTED_LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


dates = json.load(open("dates-b.json", encoding="utf-8"))
rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys/order {list(r.keys())}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = collections.defaultdict(list)
texts = {}
for n, r in rows:
    if r["lang"] not in EXPECTED_LANG_GROUPS:
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(f"line {n}: group {g} mixes languages")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"line {n}: empty text")
    elif t in texts:
        err(f"line {n}: duplicate text of line {texts[t]}")
    else:
        texts[t] = n
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END) or rec.weekday() == 6:
            err(f"line {n}: received {rec} not Mon-Sat in range")
        if dates.get(f"{g}#{s}") != r["received"]:
            err(f"line {n}: received {rec} != drawn {dates.get(f'{g}#{s}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if rec is not None and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r}")

if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")
lang_count = collections.Counter(group_lang.values())
if dict(lang_count) != EXPECTED_LANG_GROUPS:
    err(f"groups per language {dict(lang_count)}")
for g in sorted(group_slots):
    if sorted(group_slots[g]) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(group_slots[g])}")
if len(group_slots) != 12:
    err(f"{len(group_slots)} groups")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print(" ", e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(65513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered):
        rid = f"h65-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(ordered)} rows, ids h65-{FIRST_ID:04d}..h65-{FIRST_ID + len(ordered) - 1:04d}")
print("rows per lang:", dict(collections.Counter(r["lang"] for r in ordered)))
