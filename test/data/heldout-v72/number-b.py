#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h72-0501..., write the two outputs.

Outputs (UTF-8, ensure_ascii=False, one JSON object per line):
  unlabelled-b.jsonl : id, lang, part ("b"), group, text, received
  meanings-b.jsonl   : id, group, meaning, meant
Order: rows sorted by (group, slot), then shuffled with random.Random(72513),
then numbered h72-0501, h72-0502, ... in that order.
"""
import datetime as dt
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
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
            err(f"line {n}: bad JSON: {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

if len(rows) != 132:
    err(f"expected 132 rows, got {len(rows)}")

groups = {}
for r in rows:
    n = r["_line"]
    if r.get("lang") not in LANG_GROUPS:
        err(f"line {n}: bad lang {r.get('lang')!r}")
    g = r.get("group")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: bad group {g!r}")
    s = r.get("slot")
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"line {n}: bad slot {s!r}")
    t = r.get("text")
    if not (isinstance(t, str) and t.strip() and t == t.strip()):
        err(f"line {n}: empty text or surrounding whitespace")
    # received: Mon-Sat, in range, equal to the drawn date of its slot
    try:
        rec = dt.date.fromisoformat(r.get("received"))
        if rec.isoformat() != r.get("received"):
            raise ValueError
    except (TypeError, ValueError):
        err(f"line {n}: bad received {r.get('received')!r}")
        rec = None
    if rec is not None:
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if not START <= rec <= END:
            err(f"line {n}: received {rec} out of range")
        key = f"{g}#{s}"
        if drawn.get(key) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(key)} for {key}")
    m = r.get("meaning")
    if not (isinstance(m, str) and m.endswith(STOP_ENDS)):
        err(f"line {n}: meaning does not end with the stop sentence")
    mt = r.get("meant")
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
            if md.isoformat() != mt:
                raise ValueError
            if rec is not None and md < rec:
                err(f"line {n}: meant {mt} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {mt!r}")
    groups.setdefault(g, []).append(r)

# groups: 12, 11 rows each, slots 1..11, one language per group, 5/4/3 split
if sorted(groups) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(groups)}")
per_lang = {}
for g, rs in groups.items():
    slots = sorted(r["slot"] for r in rs if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err(f"{g}: several languages {langs}")
    else:
        lang = langs.pop()
        per_lang[lang] = per_lang.get(lang, 0) + 1
if per_lang != LANG_GROUPS:
    err(f"groups per language {per_lang} != {LANG_GROUPS}")

# no duplicate texts (exact, and after case/space folding)
seen = {}
for r in rows:
    t = r.get("text")
    k = " ".join(str(t).lower().split())
    if k in seen:
        err(f"line {r['_line']}: duplicate text of line {seen[k]}")
    seen[k] = r["_line"]

if errors:
    print(f"{len(errors)} problem(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(72513).shuffle(rows)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows):
        rid = f"h72-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows, ids h72-{FIRST_ID:04d}..h72-{FIRST_ID + len(rows) - 1:04d}")
print(f"groups per language: {per_lang}")
