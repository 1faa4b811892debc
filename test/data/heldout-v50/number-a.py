#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number and split it.

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Python 3 standard library only.
Does not create or alter any reply text.
"""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

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
            obj = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        keys = [k for k, _ in obj]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        rows.append((n, dict(obj)))

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    lang, g, slot, text = r.get("lang"), r.get("group"), r.get("slot"), r.get("text")
    if lang not in LANG_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"line {n}: group {g!r}")
    if group_lang.setdefault(g, lang) != lang:
        err(f"line {n}: group {g} mixes languages {group_lang[g]} / {lang}")
    if not (isinstance(slot, int) and 1 <= slot <= 11):
        err(f"line {n}: slot {slot!r}")
    group_slots[g].append(slot)
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    texts[text] += 1
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: received {r.get('received')!r}")
        rec = None
    if rec:
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{g}#{slot}")
        if want != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {want} for {g}#{slot}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not meaning.endswith(ENDINGS):
        err(f"line {n}: meaning must end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if len(meant) != 10:
                raise ValueError
            if rec and md < rec:
                err(f"line {n}: meant {meant} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {meant!r} not an ISO date")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")
for g, slots in group_slots.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(slots)}")
per_lang = collections.Counter(group_lang.values())
for lang, k in LANG_GROUPS.items():
    if per_lang.get(lang, 0) != k:
        err(f"lang {lang}: {per_lang.get(lang, 0)} groups, want {k}")
if len(group_slots) != 24 or len(rows) != 264:
    err(f"{len(group_slots)} groups / {len(rows)} rows, want 24 / 264")

if errors:
    print("\n".join(errors), file=sys.stderr)
    print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(50413).shuffle(data)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(data, 1):
        rid = f"h50-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")
print(f"ok: {len(data)} rows, groups per lang {dict(per_lang)}")
