#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h52-0501..., write unlabelled-b.jsonl and meanings-b.jsonl.

Standard library only. Exits non-zero on any validation error (and writes nothing).
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501
PREFIX = "h52-"

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
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        rows.append((n, obj))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys {list(r.keys())} != {KEYS}")
        continue
    lang, g, s, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in LANG_GROUPS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: bad group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: bad slot {s!r}")
    if not (isinstance(text, str) and text.strip()):
        err(f"line {n}: empty text")
    if text != text.strip():
        err(f"line {n}: text has leading/trailing whitespace")
    texts[text] += 1
    if g in group_lang and group_lang[g] != lang:
        err(f"line {n}: group {g} mixes {group_lang[g]} and {lang}")
    group_lang.setdefault(g, lang)
    group_slots[g].append(s)
    # received
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
        key = f"{g}#{s}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    # meaning
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"line {n}: meaning does not end with the stop sentence")
    # meant
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_count = Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if lang_count[lang] != want:
        err(f"{lang}: {lang_count[lang]} groups, want {want}")
if len(group_lang) != 24:
    err(f"{len(group_lang)} groups, want 24")
for g, slots in group_slots.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)} != 1..11")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(52513).shuffle(data)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(data):
        rid = f"{PREFIX}{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(data)} rows, ids {PREFIX}{FIRST_ID:04d}..{PREFIX}{FIRST_ID + len(data) - 1:04d}")
print("langs:", dict(Counter(r["lang"] for r in data)))
print("stops:", sum(r["meaning"].endswith(STOP_YES) for r in data),
      "meant dates:", sum(r["meant"] is not None for r in data))
