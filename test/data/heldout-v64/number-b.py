#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h64-0501..., write outputs.

Outputs (UTF-8, ensure_ascii=False, one JSON object per line):
  unlabelled-b.jsonl : id, lang, part ("b"), group, text, received
  meanings-b.jsonl   : id, group, meaning, meant
"""
import collections
import datetime as dt
import hashlib
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: not an ISO date: {s!r}")
        return None
    if d.isoformat() != s:
        err(f"{where}: not in YYYY-MM-DD form: {s!r}")
    return d


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
            err(f"line {n}: bad JSON: {e}")
            continue
        keys = [k for k, _ in obj]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        rows.append((n, dict(obj)))

if len(rows) != 132:
    err(f"expected 132 rows, found {len(rows)}")

by_group = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    where = f"line {n} ({r.get('group')}#{r.get('slot')})"
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANG_GROUPS:
        err(f"{where}: bad lang {lang!r}")
    if not (isinstance(group, str) and group in {f"g{i:02d}" for i in range(1, 13)}):
        err(f"{where}: bad group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"{where}: bad slot {slot!r}")
    text = r.get("text")
    if not (isinstance(text, str) and text.strip()):
        err(f"{where}: empty text")
    else:
        texts[text] += 1
    rec = parse_date(r.get("received"), where + " received")
    if rec is not None:
        if not (START <= rec <= END):
            err(f"{where}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"{where}: received {rec} is a Sunday")
        key = f"{group}#{slot}"
        if drawn.get(key) != r.get("received"):
            err(f"{where}: received {r.get('received')} != drawn {drawn.get(key)}")
    meaning = r.get("meaning")
    if not (isinstance(meaning, str) and (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO))):
        err(f"{where}: meaning does not end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        md = parse_date(meant, where + " meant")
        if md is not None and rec is not None and md < rec:
            err(f"{where}: meant {md} before received {rec}")
    by_group[group].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

lang_count = collections.Counter()
for g in sorted(by_group):
    rs = by_group[g]
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    else:
        lang_count[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
if len(by_group) != 12:
    err(f"expected 12 groups, found {len(by_group)}")
if dict(lang_count) != LANG_GROUPS:
    err(f"groups per language {dict(lang_count)} != {LANG_GROUPS}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(64513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered):
        rid = f"h64-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"OK: {len(ordered)} rows, ids h64-{FIRST_ID:04d}..h64-{FIRST_ID + len(ordered) - 1:04d}")
for name in ("unlabelled-b.jsonl", "meanings-b.jsonl"):
    with open(name, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), name)
