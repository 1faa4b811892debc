#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write the two output files.

Group split for this part (theme): 6 es / 4 pt / 2 en, 11 rows per group.
Ids h100-0501 ... h100-0632. Shuffle seed random.Random(100513).
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
LANGS = {"es", "pt", "en"}
WANT_GROUPS = {"es": 6, "pt": 4, "en": 2}
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
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        r["_line"] = n
        rows.append(r)

group_lang = {}
group_slots = {}
texts = {}
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
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
    group_slots.setdefault(g, []).append(s)
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
        err(f"line {n}: received {r['received']!r} not a date")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{g}#{s}")
        if want != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {want} for {g}#{s}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if len(mt) != 10:
                raise ValueError
        except (TypeError, ValueError):
            err(f"line {n}: meant {mt!r} not an ISO date")
        else:
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")

for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(sl)} are not 1..11 once each")
count = {}
for g, lang in group_lang.items():
    count[lang] = count.get(lang, 0) + 1
if count != WANT_GROUPS:
    err(f"groups per language {count} != {WANT_GROUPS}")
if len(group_lang) != 12 or len(rows) != 132:
    err(f"{len(group_lang)} groups / {len(rows)} rows (want 12 / 132)")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(100513).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h100-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows, ids h100-{FIRST_ID:04d}..h100-{FIRST_ID + len(rows) - 1:04d}")
