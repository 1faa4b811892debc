#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(61513), number h61-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Standard library only.
"""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open("dates-b.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
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
            continue
        rows.append((n, dict(obj)))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    where = f"line {n} ({r.get('group')}#{r.get('slot')})"
    if r["lang"] not in WANT_GROUPS_PER_LANG:
        err(f"{where}: bad lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(f"{where}: bad group {g!r}")
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(f"{where}: group {g} mixes languages")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"{where}: bad slot {s!r}")
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err(f"{where}: empty text or stray outer whitespace")
    texts[t] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"{where}: bad received {r['received']!r}")
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(f"{where}: received {rec} out of range")
        if rec.weekday() == 6:
            err(f"{where}: received {rec} is a Sunday")
        if drawn.get(f"{g}#{s}") != r["received"]:
            err(f"{where}: received {r['received']} != drawn {drawn.get(f'{g}#{s}')}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{where}: meaning does not end with the stop sentence")
    mt = r["meant"]
    if mt is not None:
        try:
            md = dt.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err(f"{where}: bad meant {mt!r}")
            md = None
        if md is not None and rec is not None and md < rec:
            err(f"{where}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err(f"{g}: slots {sorted(sl)} != 1..11")
per_lang = Counter(group_lang.values())
if dict(per_lang) != WANT_GROUPS_PER_LANG:
    err(f"groups per language {dict(per_lang)} != {WANT_GROUPS_PER_LANG}")
if len(rows) != 132:
    err(f"{len(rows)} rows, expected 132")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

data = [r for _, r in rows]
data.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(61513).shuffle(data)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data):
        rid = f"h61-{FIRST_ID + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print(f"ok: {len(data)} rows, ids h61-{FIRST_ID:04d}..h61-{FIRST_ID + len(data) - 1:04d}")
print("languages:", dict(Counter(r["lang"] for r in data)))
