#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(39513), number h39-0501..h39-0764,
write unlabelled-b.jsonl and meant-b.jsonl. Standard library only."""
import collections
import csv
import datetime
import json
import random
import re
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
EXPECTED_LANG = {"es": 110, "pt": 88, "en": 66}
GROUPS = [f"d{i:02d}" for i in range(1, 25)]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


# dates-b.tsv
dates = {}
with open("dates-b.tsv", encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        dates[(r["group"], int(r["slot"]))] = r["received"]
if len(dates) != 264:
    err(f"dates-b.tsv has {len(dates)} slots, expected 264")

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err(f"line {n}: keys {keys} != {KEYS}")
        rows.append((n, dict(pairs)))

if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")

per_group = collections.Counter()
group_langs = collections.defaultdict(set)
lang_count = collections.Counter()
seen_text = {}
seen_slot = set()
for n, r in rows:
    g, s, lang, text = r.get("group"), r.get("slot"), r.get("lang"), r.get("text")
    if g not in GROUPS:
        err(f"line {n}: bad group {g!r}")
    if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 11:
        err(f"line {n}: bad slot {s!r}")
    if (g, s) in seen_slot:
        err(f"line {n}: duplicate slot {g}#{s}")
    seen_slot.add((g, s))
    per_group[g] += 1
    group_langs[g].add(lang)
    if lang not in EXPECTED_LANG:
        err(f"line {n}: bad lang {lang!r}")
    lang_count[lang] += 1
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    else:
        if text != text.strip():
            err(f"line {n}: padded text")
        norm = " ".join(text.split()).casefold()
        if norm in seen_text:
            err(f"line {n}: text repeats line {seen_text[norm]}: {text!r}")
        seen_text[norm] = n
    rec = parse_date(r.get("received"))
    if rec is None:
        err(f"line {n}: bad received {r.get('received')!r}")
    else:
        if rec.weekday() == 6:
            err(f"line {n}: received is a Sunday")
        if dates.get((g, s)) != r.get("received"):
            err(f"line {n}: received {r.get('received')} != dates-b.tsv {dates.get((g, s))}")
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    elif meaning != meaning.strip():
        err(f"line {n}: padded meaning")
    meant = r.get("meant")
    if meant is not None:
        md = parse_date(meant)
        if md is None:
            err(f"line {n}: bad meant {meant!r}")
        elif rec is not None and md < rec:
            err(f"line {n}: meant {meant} before received {rec}")

for g in GROUPS:
    if per_group[g] != 11:
        err(f"group {g}: {per_group[g]} rows, expected 11")
    if len(group_langs[g]) != 1:
        err(f"group {g}: languages {sorted(map(str, group_langs[g]))}")
if dict(lang_count) != EXPECTED_LANG:
    err(f"language counts {dict(lang_count)} != {EXPECTED_LANG}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

records = [r for _, r in rows]
records.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(39513).shuffle(records)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meant-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(records):
        rid = f"h39-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(records)} rows, ids h39-0501..h39-{500 + len(records):04d}, langs {dict(lang_count)}")
