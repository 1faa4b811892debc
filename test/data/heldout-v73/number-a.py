#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(73413), number h73-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Prints sha256 of both outputs.
Stops with an error message (exit 1) on the first kind of problem found.
"""
import datetime as dt
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def no_dup_keys(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate keys {keys}")
    return dict(pairs)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line, object_pairs_hook=no_dup_keys)
        except ValueError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

by_group = defaultdict(list)
texts = Counter()
for n, r in rows:
    where = f"line {n} ({r['group']}#{r['slot']})"
    if r["lang"] not in LANGS:
        err(f"{where}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"{where}: group {g!r}")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err(f"{where}: slot {r['slot']!r}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"{where}: empty text or surrounding whitespace")
    texts[t] += 1
    # received
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: received {r['received']!r} not ISO")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"{where}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"{where}: received {rec} is a Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"{where}: received {r['received']} != drawn {drawn.get(key)}")
    # meaning
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{where}: meaning does not end with the stop sentence")
    elif m.count("Asking us to stop writing:") != 1:
        err(f"{where}: stop sentence appears more than once")
    # meant
    if r["meant"] is not None:
        try:
            mt = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err(f"{where}: meant {r['meant']!r} not ISO")
            mt = None
        if mt is not None and rec is not None and mt < rec:
            err(f"{where}: meant {mt} before received {rec}")
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:60]!r}")

lang_groups = Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {sorted(langs)}")
    else:
        lang_groups[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots} != 1..11")
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups {sorted(by_group)} != g01..g12")
if dict(lang_groups) != LANGS:
    err(f"groups per language {dict(lang_groups)} != {LANGS}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(73413).shuffle(ordered)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered, 1):
        rid = f"h73-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(ordered)} rows validated and numbered h73-0001..h73-{len(ordered):04d}")
for name in ("unlabelled-a.jsonl", "meanings-a.jsonl"):
    with open(name, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), name)
