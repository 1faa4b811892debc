#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h34-0501 ... h34-0764.

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meant-b.jsonl (id, group, meaning, meant). Standard library only.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-b.jsonl"
KEYS = {"lang", "group", "slot", "text", "received", "meaning", "meant"}
LANGS = {"es", "pt", "en"}
FIRST, N = 501, 264
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")
        return None


rows = []
with open(RAW, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: empty line")
            continue
        try:
            rows.append((ln, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {ln}: invalid JSON ({e})")

if len(rows) != N:
    err(f"expected {N} rows, found {len(rows)}")

per_group = Counter()
group_langs = defaultdict(set)
slots = defaultdict(set)
texts = {}
for ln, r in rows:
    where = f"line {ln}"
    if set(r) != KEYS:
        err(f"{where}: keys {sorted(r)} != {sorted(KEYS)}")
        continue
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "s" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 24):
        err(f"{where}: bad group {g!r}")
    per_group[g] += 1
    if r["lang"] not in LANGS:
        err(f"{where}: bad lang {r['lang']!r}")
    group_langs[g].add(r["lang"])
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"{where}: bad slot {r['slot']!r}")
    elif r["slot"] in slots[g]:
        err(f"{where}: duplicate slot {g}/{r['slot']}")
    slots[g].add(r["slot"])
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(f"{where}: empty text")
    elif t in texts:
        err(f"{where}: duplicate text (also line {texts[t]})")
    else:
        texts[t] = ln
    if not isinstance(r["meaning"], str) or not r["meaning"].strip():
        err(f"{where}: empty meaning")
    rec = parse_date(r["received"], where)
    if rec and not (START <= rec <= END and rec.weekday() != 6):
        err(f"{where}: received {rec} outside Mon-Sat {START}..{END}")
    if r["meant"] is not None:
        m = parse_date(r["meant"], where)
        if m and rec and m < rec:
            err(f"{where}: meant {m} before received {rec}")

if len(per_group) != 24:
    err(f"expected 24 groups, found {len(per_group)}")
for g, c in sorted(per_group.items()):
    if c != 11:
        err(f"{g}: {c} rows, expected 11")
    if len(group_langs[g]) != 1:
        err(f"{g}: several languages {sorted(group_langs[g])}")

if errors:
    print("VALIDATION FAILED", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

data = [r for _, r in sorted(rows, key=lambda x: (x[1]["group"], x[1]["slot"]))]
random.Random(3443).shuffle(data)

with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, \
        open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(data):
        rid = f"h34-{FIRST + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

langs = Counter(r["lang"] for r in data)
print(f"ok: {len(data)} rows, ids h34-{FIRST:04d}..h34-{FIRST + len(data) - 1:04d}")
print("by language:", dict(sorted(langs.items())))
print("with a meant date:", sum(r["meant"] is not None for r in data))
