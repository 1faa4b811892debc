#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h56-0001..., write unlabelled-a.jsonl
and meanings-a.jsonl. Standard library only. Exits non-zero on any problem."""
import collections
import datetime as dt
import json
import random
import sys

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
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
        r = dict(pairs)
        r["_line"] = n
        rows.append(r)

groups = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    lang, g, s = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANGS:
        err(f"line {n}: lang {lang!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: slot {s!r}")
    t = r.get("text")
    if not isinstance(t, str) or not t.strip():
        err(f"line {n}: empty text")
    else:
        texts[t] += 1
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
        want = drawn.get(f"{g}#{s}")
        if want != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {want} for {g}#{s}")
    m = r.get("meaning")
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        try:
            md = dt.date.fromisoformat(meant)
            if rec and md < rec:
                err(f"line {n}: meant {md} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {meant!r} not an ISO date")
    groups[g].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:60]!r}")

if sorted(groups) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(groups)}")
lang_groups = collections.Counter()
for g, rs in sorted(groups.items()):
    slots = sorted(r["slot"] for r in rs if isinstance(r.get("slot"), int))
    if len(rs) != 11 or slots != list(range(1, 12)):
        err(f"{g}: {len(rs)} rows, slots {slots}")
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    else:
        lang_groups[langs.pop()] += 1
if dict(lang_groups) != WANT_GROUPS_PER_LANG:
    err(f"groups per language {dict(lang_groups)} != {WANT_GROUPS_PER_LANG}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(56413).shuffle(rows)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h56-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
