#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle and number the rows h49-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Standard library only.
Exits non-zero (writing nothing) if any check fails.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
WANT_GROUPS = {"es": 10, "pt": 8, "en": 6}

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
            err(f"line {n}: bad JSON: {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

texts = Counter()
by_group = defaultdict(list)
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in WANT_GROUPS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 24):
        err(f"line {n}: group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: slot {slot!r}")
    text = r.get("text")
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        err(f"line {n}: empty or padded text")
    texts[text] += 1
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: received {r.get('received')!r}")
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        want = drawn.get(f"{group}#{slot}")
        if want != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {want}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif meaning.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if len(meant) != 10:
                raise ValueError
        except (TypeError, ValueError):
            err(f"line {n}: meant {meant!r} not an ISO date")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"line {n}: meant {meant} before received {rec}")
    by_group[group].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_groups = Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {sorted(langs)}")
    else:
        lang_groups[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs if isinstance(r.get("slot"), int))
    if len(rs) != 11 or slots != list(range(1, 12)):
        err(f"{g}: {len(rs)} rows, slots {slots}")
if len(by_group) != 24:
    err(f"{len(by_group)} groups, want 24")
if dict(lang_groups) != WANT_GROUPS:
    err(f"groups per language {dict(lang_groups)} != {WANT_GROUPS}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(49413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h49-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(rows)} rows, groups per language {dict(lang_groups)}")
print("wrote unlabelled-a.jsonl and meanings-a.jsonl")
