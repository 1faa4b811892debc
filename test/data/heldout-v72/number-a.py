#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(72413), number h72-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Standard library only.
Exits non-zero on any validation error.
"""
import collections
import datetime as dt
import hashlib
import json
import random
import sys

RAW = "raw-a.jsonl"
DATES = "dates-a.json"
OUT_U = "unlabelled-a.jsonl"
OUT_M = "meanings-a.jsonl"
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
MIN_LEN, MAX_LEN = 150, 600  # THEME: every text 150 to 600 characters

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
        err(f"{where}: not canonical ISO date: {s!r}")
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
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        rows.append((n, r))

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    w = f"line {n}"
    if list(r.keys()) != KEYS:
        err(f"{w}: keys {list(r.keys())} != {KEYS}")
        continue
    lang, group, slot = r["lang"], r["group"], r["slot"]
    if lang not in WANT_GROUPS_PER_LANG:
        err(f"{w}: bad lang {lang!r}")
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err(f"{w}: bad group {group!r}")
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err(f"{w}: bad slot {slot!r}")
    w = f"line {n} ({group}#{slot})"
    if group in group_lang and group_lang[group] != lang:
        err(f"{w}: group {group} mixes {group_lang[group]} and {lang}")
    group_lang.setdefault(group, lang)
    group_slots[group].append(slot)
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        err(f"{w}: empty text")
    else:
        texts[text] += 1
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            err(f"{w}: text length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
    rec = parse_date(r["received"], w + " received")
    if rec is not None:
        if rec.weekday() == 6:
            err(f"{w}: received {rec} is a Sunday")
        if not (START <= rec <= END):
            err(f"{w}: received {rec} out of range")
        key = f"{group}#{slot}"
        if drawn.get(key) != r["received"]:
            err(f"{w}: received {r['received']} != drawn {drawn.get(key)}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"{w}: meaning does not end with the stop sentence")
    if r["meant"] is not None:
        md = parse_date(r["meant"], w + " meant")
        if md is not None and rec is not None and md < rec:
            err(f"{w}: meant {md} before received {rec}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:60]!r}")
if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
    err(f"groups present: {sorted(group_slots)}")
for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err(f"{g}: slots {sorted(sl)} are not 1..11 once each")
per_lang = collections.Counter(group_lang.values())
for lang, want in WANT_GROUPS_PER_LANG.items():
    if per_lang[lang] != want:
        err(f"{lang}: {per_lang[lang]} groups, want {want}")
if len(rows) != 132:
    err(f"{len(rows)} rows, want 132")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

recs = [r for _, r in rows]
recs.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(72413).shuffle(recs)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(recs, 1):
        rid = f"h72-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

# summary
lens = sorted(len(r["text"]) for r in recs)
stops = sum(r["meaning"].endswith(STOP_YES) for r in recs)
meant = sum(r["meant"] is not None for r in recs)
wd = collections.Counter(dt.date.fromisoformat(r["received"]).strftime("%a") for r in recs)
print(f"OK {len(recs)} rows; per lang rows:",
      dict(collections.Counter(r["lang"] for r in recs)))
print(f"text length min/median/max: {lens[0]}/{(lens[65] + lens[66]) / 2}/{lens[-1]}")
print(f"stop=yes {stops}, stop=no {len(recs) - stops}, meant dates {meant}")
print("received weekdays:", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
for p in (OUT_U, OUT_M):
    with open(p, "rb") as f:
        print(f"sha256 {hashlib.sha256(f.read()).hexdigest()}  {p}")
