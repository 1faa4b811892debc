#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(45413), number h45-0001..,
write unlabelled-a.jsonl and meanings-a.jsonl. Standard library only."""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def iso(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")
        return None
    if d.isoformat() != s:
        err(f"{where}: date not in YYYY-MM-DD form {s!r}")
    return d


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys/order {list(r.keys())} != {KEYS}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    w = f"line {n} ({r.get('group')}#{r.get('slot')})"
    if r["lang"] not in LANG_GROUPS:
        err(f"{w}: bad lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 24):
        err(f"{w}: bad group {g!r}")
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(f"{w}: group {g} mixes languages")
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err(f"{w}: bad slot {s!r}")
    group_slots[g].append(s)
    t = r["text"]
    if not (isinstance(t, str) and t.strip() and t == t.strip()):
        err(f"{w}: empty text or surrounding whitespace")
    texts[t] += 1
    rec = iso(r["received"], w + " received")
    if rec:
        if rec.weekday() == 6:
            err(f"{w}: received on a Sunday")
        if not (START <= rec <= END):
            err(f"{w}: received out of range")
        key = f"{g}#{s}"
        if drawn.get(key) != r["received"]:
            err(f"{w}: received {r['received']} != drawn {drawn.get(key)}")
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err(f"{w}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        md = iso(r["meant"], w + " meant")
        if md and rec and md < rec:
            err(f"{w}: meant {md} before received {rec}")

if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")
per_lang = Counter(group_lang.values())
for lang, k in LANG_GROUPS.items():
    if per_lang[lang] != k:
        err(f"{per_lang[lang]} groups in {lang}, expected {k}")
if len(group_lang) != 24:
    err(f"{len(group_lang)} groups, expected 24")
for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err(f"group {g}: slots {sorted(sl)} != 1..11")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(f"{len(errors)} error(s); nothing written")

recs = [r for _, r in rows]
recs.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(45413).shuffle(recs)

with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(recs, 1):
        rid = f"h45-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(recs)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")
