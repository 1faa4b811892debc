#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(77513) and number h77-0501...

Writes unlabelled-b.jsonl and meanings-b.jsonl next to this script.
All paths are relative to this script's folder.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
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
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = {}
texts = {}
for n, r in rows:
    tag = f"line {n} ({r.get('group')}#{r.get('slot')})"
    if r["lang"] not in ("es", "pt", "en"):
        err(f"{tag}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"{tag}: group {g!r}")
        continue
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(f"{tag}: group {g} mixes languages")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"{tag}: slot {s!r}")
        continue
    group_slots.setdefault(g, []).append(s)
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"{tag}: empty text")
    elif r["text"] in texts:
        err(f"{tag}: duplicate text (also line {texts[r['text']]})")
    else:
        texts[r["text"]] = n
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{tag}: received {r['received']!r}")
        continue
    if rec.weekday() == 6:
        err(f"{tag}: received {rec} is a Sunday")
    if not (START <= rec <= END):
        err(f"{tag}: received {rec} out of range")
    if drawn.get(f"{g}#{s}") != r["received"]:
        err(f"{tag}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{tag}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err(f"{tag}: meant {r['meant']!r}")
        else:
            if md < rec:
                err(f"{tag}: meant {md} before received {rec}")

lang_groups = {}
for g, lang in group_lang.items():
    lang_groups[lang] = lang_groups.get(lang, 0) + 1
if lang_groups != WANT_LANG_GROUPS:
    err(f"groups per language {lang_groups} != {WANT_LANG_GROUPS}")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
for g, sl in sorted(group_slots.items()):
    if sorted(sl) != list(range(1, 12)):
        err(f"{g}: slots {sorted(sl)}")

if errors:
    print("INVALID raw-b.jsonl:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(77513).shuffle(data)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data):
        rid = f"h77-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(data)} rows valid; wrote {os.path.basename(OUT_U)} and "
      f"{os.path.basename(OUT_M)} (h77-{FIRST_ID:04d}..h77-{FIRST_ID + len(data) - 1:04d})")
