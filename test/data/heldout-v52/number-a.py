#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h52-0001..., write unlabelled-a.jsonl and meanings-a.jsonl.

Checks: key order, langs, 10/8/6 groups, 11 rows and slots 1-11 per group, one language
per group, received Mon-Sat within 2026-01-05..2026-11-27 and equal to the drawn date in
dates-a.json, meaning ends with the stop sentence, meant null or a valid date >= received,
no duplicate texts. Shuffle: sort by (group, slot), then random.Random(52413).shuffle.
"""
import datetime as dt
import json
import random
import sys
from collections import defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

errors = []


def err(msg):
    errors.append(msg)


drawn = json.load(open("dates-a.json", encoding="utf-8"))
rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
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
            err(f"line {n}: keys {list(r.keys())}")
            continue
        rows.append((n, r))

by_group = defaultdict(list)
texts = {}
for n, r in rows:
    where = f"line {n} {r['group']}#{r['slot']}"
    if r["lang"] not in ("es", "pt", "en"):
        err(f"{where}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"{where}: group {g!r}")
    if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
        err(f"{where}: slot {r['slot']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"{where}: empty text")
    if r["text"] in texts:
        err(f"{where}: duplicate text of {texts[r['text']]}")
    texts[r["text"]] = where
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: received {r['received']!r}")
        rec = None
    if rec:
        if not START <= rec <= END:
            err(f"{where}: received out of range")
        if rec.weekday() == 6:
            err(f"{where}: received on a Sunday")
        if drawn.get(f"{g}#{r['slot']}") != r["received"]:
            err(f"{where}: received {r['received']} != drawn {drawn.get(g + '#' + str(r['slot']))}")
    m = r["meaning"]
    if not isinstance(m, str) or not m.endswith(ENDINGS):
        err(f"{where}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
            if rec and md < rec:
                err(f"{where}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"{where}: meant {r['meant']!r}")
    by_group[g].append(r)

lang_groups = defaultdict(list)
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    lang_groups[next(iter(langs))].append(g)
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
    err(f"groups present: {sorted(by_group)}")
for lang, want in (("es", 10), ("pt", 8), ("en", 6)):
    if len(lang_groups[lang]) != want:
        err(f"{lang}: {len(lang_groups[lang])} groups, want {want}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    print("\n".join(errors))
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(52413).shuffle(ordered)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered, 1):
        rid = f"h52-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(ordered)} rows; es={lang_groups['es']} pt={lang_groups['pt']} en={lang_groups['en']}")
