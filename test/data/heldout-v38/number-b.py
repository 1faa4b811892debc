#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h38-0501..h38-0764, write unlabelled-b.jsonl and meant-b.jsonl."""
import csv, datetime, json, random, re, sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
errors = []

def err(msg):
    errors.append(msg)

dates = {}
with open("dates-b.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        dates[(r["group"], int(r["slot"]))] = r["received"]

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")

if len(rows) != 264:
    err(f"expected 264 rows, got {len(rows)}")

seen_text = {}
seen_slot = set()
group_langs = defaultdict(set)
group_count = Counter()
lang_count = Counter()
for n, r in rows:
    if list(r.keys()) != KEYS:
        err(f"line {n}: keys {list(r.keys())} != {KEYS}")
        continue
    g, s, t, rec, m, meant = r["group"], r["slot"], r["text"], r["received"], r["meaning"], r["meant"]
    if r["lang"] not in ("es", "pt", "en"):
        err(f"line {n}: bad lang {r['lang']}")
    if not re.fullmatch(r"s(0[1-9]|1[0-9]|2[0-4])", str(g)):
        err(f"line {n}: bad group {g}")
    if not isinstance(s, int) or not 1 <= s <= 11:
        err(f"line {n}: bad slot {s}")
    if (g, s) in seen_slot:
        err(f"line {n}: repeated slot {g}#{s}")
    seen_slot.add((g, s))
    group_langs[g].add(r["lang"])
    group_count[g] += 1
    lang_count[r["lang"]] += 1
    if not isinstance(t, str) or not t or t != t.strip():
        err(f"line {n}: empty or padded text {t!r}")
    key = " ".join(str(t).split()).casefold()
    if key in seen_text:
        err(f"line {n}: text repeats line {seen_text[key]}")
    seen_text[key] = n
    if dates.get((g, s)) != rec:
        err(f"line {n}: received {rec} != dates-b.tsv {dates.get((g, s))}")
    try:
        rd = datetime.date.fromisoformat(rec)
        if rd.weekday() == 6:
            err(f"line {n}: received on a Sunday")
    except (TypeError, ValueError):
        err(f"line {n}: bad received {rec!r}")
        rd = None
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    if meant is not None:
        try:
            md = datetime.date.fromisoformat(meant)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meant):
                raise ValueError
            if rd and md < rd:
                err(f"line {n}: meant {meant} before received {rec}")
        except (TypeError, ValueError):
            err(f"line {n}: bad meant {meant!r}")

for i in range(1, 25):
    g = f"s{i:02d}"
    if group_count[g] != 11:
        err(f"group {g}: {group_count[g]} rows, expected 11")
    if len(group_langs[g]) != 1:
        err(f"group {g}: languages {group_langs[g]}")
if dict(lang_count) != {"es": 110, "pt": 88, "en": 66}:
    err(f"language counts {dict(lang_count)} != es 110 / pt 88 / en 66")

if errors:
    print("\n".join(errors))
    sys.exit(f"{len(errors)} error(s); nothing written")

recs = [r for _, r in rows]
random.Random(38513).shuffle(recs)
with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
     open("meant-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(recs):
        rid = f"h38-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"OK: {len(recs)} rows valid; ids h38-0501..h38-{500 + len(recs):04d}; wrote unlabelled-b.jsonl, meant-b.jsonl")
