#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle (random.Random(60413)), number h60-0001..,
write unlabelled-a.jsonl and meanings-a.jsonl. Never writes or alters text."""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw-a.jsonl"
DATES = HERE / "dates-a.json"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

errors = []


def err(msg):
    errors.append(msg)


drawn = json.loads(DATES.read_text(encoding="utf-8"))
rows = []
for n, line in enumerate(RAW.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {n}: blank line")
        continue
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {n}: bad JSON: {e}")
        continue
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys/order {list(r.keys())}")
        continue
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: lang {r['lang']!r}")
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err(f"line {n}: group {g!r}")
    if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool) and 1 <= r["slot"] <= 11):
        err(f"line {n}: slot {r['slot']!r}")
    if not (isinstance(r["text"], str) and r["text"].strip() and r["text"] == r["text"].strip()):
        err(f"line {n}: empty text or surrounding whitespace")
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(f"line {n}: received {r['received']!r}")
        rec = None
    if rec:
        if not (START <= rec <= END) or rec.weekday() == 6:
            err(f"line {n}: received {rec} out of range or Sunday")
        key = f"{g}#{r['slot']}"
        if drawn.get(key) != r["received"]:
            err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    if not (isinstance(r["meaning"], str) and r["meaning"].endswith(STOP_ENDINGS)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif r["meaning"].count("Asking us to stop writing:") != 1:
        err(f"line {n}: stop sentence appears more than once")
    if r["meant"] is not None:
        try:
            m = dt.date.fromisoformat(r["meant"])
            if len(r["meant"]) != 10:
                raise ValueError
            if rec and m < rec:
                err(f"line {n}: meant {m} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: meant {r['meant']!r}")
    rows.append(r)

# group structure
by_group = defaultdict(list)
for r in rows:
    by_group[r["group"]].append(r)
if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(by_group)}")
lang_of = {}
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err(f"{g}: more than one language {langs}")
    lang_of[g] = rs[0]["lang"]
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err(f"{g}: slots {sorted(r['slot'] for r in rs)}")
per_lang = Counter(lang_of.values())
if per_lang != Counter({"es": 5, "pt": 4, "en": 3}):
    err(f"groups per language {dict(per_lang)} (want es 5, pt 4, en 3)")
if len(rows) != 132:
    err(f"{len(rows)} rows (want 132)")
texts = Counter(r["text"] for r in rows)
dups = [t for t, c in texts.items() if c > 1]
if dups:
    err(f"duplicate texts: {dups}")
norm = Counter(" ".join(r["text"].lower().split()) for r in rows)
if any(c > 1 for c in norm.values()):
    err("texts duplicate after case/space normalisation")

if errors:
    print("INVALID:", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(60413).shuffle(rows)

with open(HERE / "unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open(HERE / "meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h60-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"valid: {len(rows)} rows, groups per language {dict(sorted(per_lang.items()))}")
print("wrote unlabelled-a.jsonl and meanings-a.jsonl")
