#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h112-0501.. and write
unlabelled-b.jsonl and meanings-b.jsonl (all paths relative to this folder)."""
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
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST = dt.date(2026, 1, 5)
LAST = dt.date(2026, 11, 27)
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
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
            err(f"line {n}: bad JSON {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        rows.append((n, dict(pairs)))

group_lang = {}
group_slots = {}
texts = {}
for n, r in rows:
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in WANT_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err(f"line {n}: group {group!r}")
    if group_lang.setdefault(group, lang) != lang:
        err(f"line {n}: group {group} mixes languages")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: slot {slot!r}")
    group_slots.setdefault(group, []).append(slot)
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    elif text in texts:
        err(f"line {n}: duplicate text of line {texts[text]}")
    else:
        texts[text] = n
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: received {r.get('received')!r}")
        rec = None
    if rec:
        if not (FIRST <= rec <= LAST):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{group}#{slot}")
        if r.get("received") != want:
            err(f"line {n}: received {r.get('received')} != drawn {want} for {group}#{slot}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning must end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
        except (TypeError, ValueError):
            err(f"line {n}: meant {meant!r}")
            md = None
        if md and rec and md < rec:
            err(f"line {n}: meant {md} before received {rec}")

langs_per = {}
for g, l in group_lang.items():
    langs_per[l] = langs_per.get(l, 0) + 1
if langs_per != WANT_GROUPS:
    err(f"groups per language {langs_per} != {WANT_GROUPS}")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(group_slots)}")
for g, s in group_slots.items():
    if sorted(s) != list(range(1, 12)):
        err(f"{g}: slots {sorted(s)}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(112513).shuffle(recs)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(recs):
        rid = f"h112-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK {len(recs)} rows -> ids h112-{FIRST_ID:04d}..h112-{FIRST_ID + len(recs) - 1:04d}")
print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))
