#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(63513), number h63-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
"""
import collections
import datetime as dt
import json
import random
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open("dates-b.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

groups = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    where = f"line {n} ({r['group']}#{r['slot']})"
    if r["lang"] not in ("es", "pt", "en"):
        err(f"{where}: bad lang {r['lang']!r}")
    if r["group"] not in [f"g{i:02d}" for i in range(1, 13)]:
        err(f"{where}: bad group")
    if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
        err(f"{where}: bad slot")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"{where}: empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: bad received")
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err(f"{where}: received out of range")
        if rec.weekday() == 6:
            err(f"{where}: received on a Sunday")
        if drawn.get(f"{r['group']}#{r['slot']}") != r["received"]:
            err(f"{where}: received {r['received']} != drawn "
                f"{drawn.get(r['group'] + '#' + str(r['slot']))}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{where}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                err(f"{where}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"{where}: bad meant {r['meant']!r}")
    groups[r["group"]].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

langs_per_group = {}
for g, rs in sorted(groups.items()):
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err(f"{g}: slots {sorted(r['slot'] for r in rs)} are not 1..11")
    ls = {r["lang"] for r in rs}
    if len(ls) != 1:
        err(f"{g}: mixed languages {ls}")
    langs_per_group[g] = sorted(ls)[0]
if len(groups) != 12:
    err(f"{len(groups)} groups, expected 12")
per_lang = collections.Counter(langs_per_group.values())
if per_lang != {"es": 5, "pt": 4, "en": 3}:
    err(f"groups per language {dict(per_lang)} != es 5 / pt 4 / en 3")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(63513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h63-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, groups per language {dict(per_lang)}; "
      f"ids h63-0501..h63-{500 + len(ordered):04d}")
