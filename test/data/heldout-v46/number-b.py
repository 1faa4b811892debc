#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it with random.Random(46513), number the rows
h46-0501..., and write unlabelled-b.jsonl and meanings-b.jsonl.

Exits with status 1 (and writes nothing) if any check fails.
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
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
FIRST_ID = 501
PREFIX = "h46-"

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
        rows.append((n, r))

by_group = defaultdict(list)
texts = Counter()
for n, r in rows:
    where = f"line {n}"
    if list(r.keys()) != KEYS:
        err(f"{where}: keys {list(r.keys())} != {KEYS}")
        continue
    lang, group, slot, text = r["lang"], r["group"], r["slot"], r["text"]
    where = f"line {n} ({group}#{slot})"
    if lang not in LANG_GROUPS:
        err(f"{where}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 24):
        err(f"{where}: bad group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"{where}: bad slot {slot!r}")
    if not (isinstance(text, str) and text.strip()):
        err(f"{where}: empty text")
    texts[text] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: bad received {r['received']!r}")
        rec = None
    if rec is not None:
        if rec.weekday() == 6:
            err(f"{where}: received {rec} is a Sunday")
        if not (START <= rec <= END):
            err(f"{where}: received {rec} out of range")
        if drawn.get(f"{group}#{slot}") != r["received"]:
            err(f"{where}: received {r['received']} != drawn {drawn.get(f'{group}#{slot}')}")
    m = r["meaning"]
    if not (isinstance(m, str) and m.endswith(STOP_ENDINGS)):
        err(f"{where}: meaning does not end with the stop sentence")
    meant = r["meant"]
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if rec is not None and md < rec:
                err(f"{where}: meant {meant} before received {rec}")
        except (TypeError, ValueError):
            err(f"{where}: bad meant {meant!r}")
    by_group[group].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_of_group = {}
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {sorted(langs)}")
    lang_of_group[g] = rs[0]["lang"]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
    err(f"groups present: {sorted(by_group)}")
gcount = Counter(lang_of_group.values())
for lang, want in LANG_GROUPS.items():
    if gcount[lang] != want:
        err(f"{lang}: {gcount[lang]} groups, want {want}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(46513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"{PREFIX}{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

stops = sum(r["meaning"].endswith("yes") for r in ordered)
meants = sum(r["meant"] is not None for r in ordered)
print(f"OK: {len(ordered)} rows, ids {PREFIX}{FIRST_ID:04d}..{PREFIX}{FIRST_ID + len(ordered) - 1:04d}; "
      f"groups {dict(gcount)}; stops {stops}; meant dates {meants}")
