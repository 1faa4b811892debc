#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number the rows h46-0001...

Checks: key names and order, languages, 24 groups (10 es / 8 pt / 6 en),
11 rows with slots 1..11 per group, one language per group, received is a
Mon-Sat date between 2026-01-05 and 2026-11-27 equal to the drawn date in
dates-a.json, meaning ends with the stop sentence, meant is null or a valid
ISO date >= received, no duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(46413), numbers the
rows in the shuffled order and writes unlabelled-a.jsonl and meanings-a.jsonl.
Standard library only; it never writes or changes any text.
"""
import collections
import datetime as dt
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    try:
        if not isinstance(s, str) or len(s) != 10:
            raise ValueError
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


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
        row = dict(obj)
        row["_line"] = n
        rows.append(row)

by_group = collections.defaultdict(list)
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANGS:
        err(f"line {n}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 24):
        err(f"line {n}: bad group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"line {n}: bad slot {slot!r}")
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    rec = parse_date(r.get("received"))
    if rec is None:
        err(f"line {n}: bad received {r.get('received')!r}")
    else:
        if rec.weekday() == 6:
            err(f"line {n}: received {rec} is a Sunday")
        if not (START <= rec <= END):
            err(f"line {n}: received {rec} out of range")
        key = f"{group}#{slot}"
        if drawn.get(key) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != drawn {drawn.get(key)} for {key}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = r.get("meant")
    if meant is not None:
        md = parse_date(meant)
        if md is None:
            err(f"line {n}: bad meant {meant!r}")
        elif rec is not None and md < rec:
            err(f"line {n}: meant {md} before received {rec}")
    by_group[group].append(r)

# groups, slots, one language per group, language counts
lang_groups = collections.Counter()
for g in (f"g{i:02d}" for i in range(1, 25)):
    grp = by_group.get(g, [])
    if len(grp) != 11:
        err(f"{g}: {len(grp)} rows, want 11")
    slots = sorted(r.get("slot") for r in grp if isinstance(r.get("slot"), int))
    if slots != list(range(1, 12)):
        err(f"{g}: slots {slots}")
    langs = {r.get("lang") for r in grp}
    if len(langs) != 1:
        err(f"{g}: languages {langs}")
    elif grp:
        lang_groups[langs.pop()] += 1
extra = set(by_group) - {f"g{i:02d}" for i in range(1, 25)}
if extra:
    err(f"unexpected groups {sorted(extra)}")
for lang, want in LANGS.items():
    if lang_groups[lang] != want:
        err(f"{lang}: {lang_groups[lang]} groups, want {want}")
if len(rows) != 264:
    err(f"{len(rows)} rows, want 264")


# duplicate texts: exact, and after case/accent/space folding
def fold(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


seen, seen_fold = {}, {}
for r in rows:
    t = r.get("text")
    if not isinstance(t, str):
        continue
    if t in seen:
        err(f"line {r['_line']}: duplicate text of line {seen[t]}")
    seen.setdefault(t, r["_line"])
    ft = fold(t)
    if ft in seen_fold and seen_fold[ft] != seen[t]:
        err(f"line {r['_line']}: near-duplicate text of line {seen_fold[ft]}")
    seen_fold.setdefault(ft, r["_line"])

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(f"{len(errors)} error(s); nothing written")

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(46413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = f"h46-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(rows)} rows validated; wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")
