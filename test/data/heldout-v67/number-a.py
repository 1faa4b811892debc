#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(67413), number h67-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Exits non-zero on any error.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open("dates-a.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line")
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

group_lang = {}
by_group = defaultdict(list)
texts = Counter()
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANGS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err(f"line {n}: group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: slot {slot!r}")
    if group in group_lang and group_lang[group] != lang:
        err(f"line {n}: group {group} has two languages")
    group_lang.setdefault(group, lang)
    by_group[group].append(slot)
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    else:
        texts[text] += 1
    # received: valid, Mon-Sat, in range, equal to drawn date
    try:
        rec = dt.date.fromisoformat(r.get("received"))
    except (TypeError, ValueError):
        err(f"line {n}: received {r.get('received')!r}")
        rec = None
    if rec:
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        want = drawn.get(f"{group}#{slot}")
        if want != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {want} for {group}#{slot}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif meaning.count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if rec and md < rec:
                err(f"line {n}: meant {meant} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {meant!r} is not an ISO date")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_groups = Counter(group_lang.values())
for lang, want in WANT_GROUPS.items():
    if lang_groups.get(lang, 0) != want:
        err(f"{lang}: {lang_groups.get(lang, 0)} groups, want {want}")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(by_group)}")
for g, slots in by_group.items():
    if sorted(slots) != list(range(1, 12)):
        err(f"{g}: slots {sorted(slots)}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(67413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h67-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
